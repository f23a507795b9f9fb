var greeting = 'hello';
let count = 2;
const limit = 3;
function multiply(e, f) {
  let product = e * f;
  return product;
}
const result = multiply(count, limit);
console.log(greeting, result);
