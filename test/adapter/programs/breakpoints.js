function square(x) {
  return x * x;
}

let total = 0;
for (let i = 1; i <= 5; i++) {
  total += square(i);
}
console.log('total', total);
