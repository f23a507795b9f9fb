// stack-overflow.js: every call pushes an execution context; a function that never stops
// calling itself runs out of stack. The engine throws a RangeError, which is a normal JS
// exception that can be caught. Step into `countDown` a few times and watch the Call
// Stack grow; then continue and the catch below reports the overflow.

function countDown(n) {
  if (n === 0) return 'lift-off';
  return countDown(n - 1);
}
console.log('with a base case:', countDown(5));

let depth = 0;
function forever() {
  depth += 1;
  // No base case: each call adds a frame until the stack is full.
  return forever();
}

try {
  forever();
} catch (error) {
  console.log(error instanceof RangeError); // true
  console.log(error.name + ': ' + error.message); // RangeError: Maximum call stack size exceeded
  console.log('deep enough?', depth > 1000);
}
console.log('the program goes on after the overflow');
