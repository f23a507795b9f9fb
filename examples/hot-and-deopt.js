// Hot code. Glassbox counts how often each function runs. After 1,000 calls `multiply` is
// hot: Glassbox optimizes it (a quickened copy of its bytecode, with `a * b` guarded to
// work on numbers only). Called with a string, the guard fails: it deoptimizes back to the
// plain bytecode, right where it was, and the Debug Console says why.
// Debug it with "stopOnDeopt": true in the launch configuration to stop at that moment.

function multiply(a, b) {
  return a * b;
}

let total = 0;
for (let i = 0; i < 2000; i++) {
  total += multiply(i, 2);
}
console.log('total:', total);

// '6' is a string: `a * b` still works in JavaScript, but not in the optimized code.
console.log('multiply("6", 7) =', multiply('6', 7));

// Paused here: the CodeLens over `multiply` reads "called 2,001×, hot · deoptimized 1× (not a number)".
debugger;
