function makeCounter(step) {
  let count = 0;
  return function next() {
    count += step;
    debugger;
    return count;
  };
}
const counter = makeCounter(2);
const point = { x: 1, y: 2 };
const alias = point;
const list = [point, 'text', 3];
counter();
point.x = 5;
counter();
