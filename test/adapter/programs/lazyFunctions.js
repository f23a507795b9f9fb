// Glassbox compiles these function bodies on their first call.
function area(shape) {
  const factor = scale(shape);
  return shape.w * shape.h * factor;
}
function scale(shape) {
  var unit = shape.unit;
  let big = unit === 'm';
  return big ? 100 : 1;
}
function neverCalled() {
  return 'never';
}
console.log(area({ w: 2, h: 3, unit: 'm' }));
