// Hidden classes and inline caches. Press F5, then step with F10.
// In the Variables pane, open an object and look at its [[Shape]]: the same keys
// added in the same order share one shape; another order is another shape.
// Right-click a frame in the Call Stack, "Open Disassembly View": each property
// site says how many shapes it has seen (mono, poly(2), ... mega).

function lengthOf(point) {
  if ('color' in point) debugger; // the fifth shape: open the Disassembly view here
  return Math.sqrt(point.x * point.x + point.y * point.y); // one site per `.x` and `.y`
}

const a = { x: 3, y: 4 };
const b = { x: 6, y: 8 };  // same keys, same order: the same shape as a
const c = { y: 1, x: 1 };  // another order: another shape
console.log(lengthOf(a), lengthOf(b)); // the sites are monomorphic: one shape seen
console.log(lengthOf(c));              // now polymorphic: poly(2)

// Objects of many shapes through one function: the sites have seen four shapes,
// poly(4), when the debugger stops; step over the return and they give up caching
// (mega): from then on every read takes the slow, generic path.
const many = [
  { x: 1, y: 1 },
  { x: 1, y: 1, z: 1 },
  { id: 1, x: 1, y: 1 },
  { name: 'p', x: 1, y: 1 },
  { color: 'red', x: 1, y: 1 },
];
let total = 0;
for (const p of many) total += lengthOf(p);
console.log(total.toFixed(3));
