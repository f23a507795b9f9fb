/* global console */
// Array sort with a comparator over numbers from a deterministic LCG.
var seed = 12345;
function next() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % 1000000;
}
var data = [];
for (var i = 0; i < 30000; i++) data.push(next());
data.sort(function (a, b) { return a - b; });
var ordered = true;
var check = 0;
for (var j = 0; j < data.length; j++) {
  if (j > 0 && data[j - 1] > data[j]) ordered = false;
  check = (check * 31 + data[j]) % 1000000007;
}
console.log('ordered = ' + ordered + ', min = ' + data[0] + ', max = ' + data[data.length - 1] + ', check = ' + check);
