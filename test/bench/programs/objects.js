/* global console */
// Object allocation: many small {x, y} objects, created and read back.
function point(x, y) {
  return { x: x, y: y };
}
var total = 0;
var keep = [];
for (var i = 0; i < 120000; i++) {
  var p = point(i % 100, i % 37);
  total += p.x * p.y;
  if (i % 1000 === 0) keep.push(p);
}
var kept = 0;
for (var j = 0; j < keep.length; j++) kept += keep[j].x + keep[j].y;
console.log('total = ' + total + ', kept = ' + keep.length + '/' + kept);
