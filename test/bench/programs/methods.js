/* global console */
// Method calls: prototype methods on constructor-made objects, called in a loop.
function Vec(x, y) {
  this.x = x;
  this.y = y;
}
Vec.prototype.add = function (o) {
  return new Vec(this.x + o.x, this.y + o.y);
};
Vec.prototype.dot = function (o) {
  return this.x * o.x + this.y * o.y;
};
Vec.prototype.scale = function (k) {
  this.x = (this.x * k) % 1000;
  this.y = (this.y * k) % 1000;
  return this;
};
var acc = new Vec(1, 2);
var step = new Vec(3, 5);
var dots = 0;
for (var i = 0; i < 50001; i++) {
  acc = acc.add(step).scale(3);
  dots = (dots + acc.dot(step)) % 1000003;
}
console.log('acc = ' + acc.x + ',' + acc.y + ', dots = ' + dots);
