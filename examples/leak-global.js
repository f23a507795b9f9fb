// leak-global.js: an accidental global. In sloppy mode, assigning a name that was never
// declared creates a property of the global object, and a global lives as long as the
// program. Open the Memory view (Run and Debug side bar) and step through the loop: the
// `cache` box hangs off a Global root, not off rememberSquare's frame, so it outlives every
// call and keeps growing; the heap-size sparkline only goes up.
// The fix (leak-global-fixed.js): declare the cache where it belongs, keep it bounded,
// and add 'use strict' so an undeclared assignment throws instead of leaking.

function rememberSquare(n) {
  // Meant to be a local: the missing `let` makes `cache` a global.
  if (typeof cache === 'undefined') cache = [];
  const entry = { n: n, square: n * n, padding: new Array(100).fill(n) };
  cache.push(entry);
  return entry.square;
}

let total = 0;
for (let i = 1; i <= 50; i++) {
  total += rememberSquare(i);
}

console.log('sum of squares:', total);
console.log('cache is a global:', 'cache' in globalThis);
console.log('entries still held:', cache.length);
