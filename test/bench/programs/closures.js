/* global console */
// Closures: counters that keep their state in a captured variable.
function makeCounter(step) {
  var count = 0;
  return function () {
    count += step;
    return count;
  };
}
var counters = [];
for (var i = 0; i < 1000; i++) counters.push(makeCounter(i % 7 + 1));
var total = 0;
for (var round = 0; round < 300; round++) {
  for (var k = 0; k < counters.length; k++) total += counters[k]() % 10;
}
console.log('total = ' + total + ', last = ' + counters[999]());
