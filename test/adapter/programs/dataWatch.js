function sum(values) {
  let total = 0;
  for (const v of values) {
    total += v;
  }
  return total;
}
const point = { x: 1, y: 2, get size() { return 2; } };
point.x = 1;
point.x = 5;
point.y = 7;
console.log(sum([10, 0, undefined]), point.x);
point.x = 6;
console.log('done');
