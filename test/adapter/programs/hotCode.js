function multiply(a, b) {
  return a * b;
}
let total = 0;
for (let i = 0; i < 5; i++) total += multiply(i, 2);
console.log(total);
console.log(multiply('3', 4));
debugger;
