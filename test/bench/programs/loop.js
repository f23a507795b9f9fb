/* global console */
// A tight numeric loop: arithmetic, modulo and a local accumulator.
var sum = 0;
for (var i = 0; i < 800000; i++) {
  sum = (sum + (i * i) % 7919) % 1000003;
}
console.log('sum = ' + sum);
