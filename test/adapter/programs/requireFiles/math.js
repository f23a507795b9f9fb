const base = 0;
console.log('math.js loads');
function add(a, b) {
  debugger;
  return base + a + b;
}
exports.add = add;
