// The learner's classic: hoisting, a closure and a template, small enough to read whole.
let a = 20;
function multiply(e, f) {
  const g = 20;
  return e * f * g;
}
const twice = (n) => multiply(n, 2);
console.log(`${a} → ${twice(a)}`, /x+/g.test('xx'));
