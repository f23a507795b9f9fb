function add(a, b) {
  const sum = a + b;
  return sum;
}
let total = 0;
for (let i = 1; i <= 3; i++) {
  total = add(total, i);
  console.log('total', total);
}
const stamp = Date.now();
const luck = Math.random();
setTimeout(() => {
  console.log('later', Date.now() - stamp);
}, 5);
console.log('end', total, luck < 1);
