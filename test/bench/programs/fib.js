/* global console */
// Recursive calls: the naive Fibonacci function.
function fib(n) {
  if (n < 2) return n;
  return fib(n - 1) + fib(n - 2);
}
console.log('fib(26) = ' + fib(26));
