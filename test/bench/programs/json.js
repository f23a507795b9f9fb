/* global console */
// JSON: stringify and parse a moderate nested structure, repeatedly.
function build(n) {
  var items = [];
  for (var i = 0; i < n; i++) {
    items.push({ id: i, name: 'item' + i, tags: ['a', 'b' + (i % 3)], pos: { x: i, y: -i }, ok: i % 2 === 0, note: null });
  }
  return { version: 3, title: 'bench "json"', items: items };
}
var data = build(50);
var chars = 0;
var ids = 0;
for (var r = 0; r < 200; r++) {
  var text = JSON.stringify(data);
  var back = JSON.parse(text);
  chars += text.length;
  ids += back.items[r % 50].id + back.items.length;
}
console.log('chars = ' + chars + ', ids = ' + ids + ', title = ' + JSON.parse(JSON.stringify(data)).title);
