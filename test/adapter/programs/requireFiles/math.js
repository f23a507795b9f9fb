const base = 0;
function add(a, b) {
  debugger;
  return base + a + b;
}
exports.add = add;
