'use strict';
// leak-global-fixed.js: the fix for leak-global.js. The cache is a declared binding in a
// module-level closure and keeps only the last few entries. In the Memory view the cache
// hangs off the remember function's closure scope, never off a Global root, and it never
// holds more than KEEP entries, so each dropped entry is garbage the collector can free
// and the heap-size sparkline levels off. 'use strict' turns any undeclared assignment
// into a ReferenceError instead of a silent global.

const KEEP = 5;

function makeSquares() {
  const cache = [];
  return function rememberSquare(n) {
    const entry = { n: n, square: n * n, padding: new Array(100).fill(n) };
    cache.push(entry);
    if (cache.length > KEEP) cache.shift(); // the oldest entry becomes garbage
    return { square: entry.square, held: cache.length };
  };
}

const rememberSquare = makeSquares();
let total = 0;
let held = 0;
for (let i = 1; i <= 50; i++) {
  const result = rememberSquare(i);
  total += result.square;
  held = result.held;
}

console.log('sum of squares:', total);
console.log('cache is a global:', 'cache' in globalThis);
console.log('entries still held:', held);
