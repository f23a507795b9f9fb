/* global console */
// String building: concatenate many pieces, then checksum the characters.
var s = '';
for (var i = 0; i < 40000; i++) {
  s += 'item' + i + (i % 2 === 0 ? ';' : ',');
}
var check = 0;
for (var j = 0; j < s.length; j += 3) {
  check = (check * 33 + s.charCodeAt(j)) % 1000000007;
}
console.log('length = ' + s.length + ', check = ' + check);
