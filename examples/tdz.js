// tdz.js: the Temporal Dead Zone. `let`, `const` and `class` bindings are hoisted too:
// the creation phase makes them, but leaves them uninitialized. Until the declaration
// line runs, the Variables pane shows them as TDZ, and any read or write throws.

function tryRead(label, read) {
  try {
    console.log(label, read());
  } catch (error) {
    console.log(label, error.name + ': ' + error.message);
  }
}

// 1. Reading a `let` before its declaration throws a ReferenceError (not undefined).
tryRead('score before its line:', () => score);
let score = 10;
tryRead('score after its line:', () => score);

// 2. The TDZ is about time, not position: a function may mention a later `const`, as
// long as it is called after the declaration ran.
function describe() {
  return 'limit is ' + limit;
}
tryRead('describe() too early:', describe);
const limit = 3;
tryRead('describe() in time:', describe);

// 3. Classes are in the TDZ too, unlike function declarations.
tryRead('new Point before its line:', () => new Point());
class Point {}
tryRead('new Point after its line:', () => typeof new Point());

// 4. A block has its own scope: the inner `score` shadows the outer one from the top of
// the block, so this read hits the inner binding while it is still in its TDZ.
{
  tryRead('inner score too early:', () => score);
  let score = 'inner';
  tryRead('inner score:', () => score);
}

// 5. `typeof` is no escape: it throws for a TDZ binding (but not for an undeclared name).
tryRead('typeof undeclaredName:', () => typeof undeclaredName);
tryRead('typeof later:', () => typeof later);
let later = 'done';
console.log('later is', later);
