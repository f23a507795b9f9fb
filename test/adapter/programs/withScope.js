const point = { x: 1, y: 2 };
function area() {
  var scale = 3;
  eval('var extra = 4');
  with (point) {
    debugger;
    return (x + y) * scale + extra;
  }
}
console.log(area());
