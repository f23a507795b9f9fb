// closures.js: a function keeps the scope it was created in. Step into the calls below
// and watch the Variables pane: the inner functions show a Closure scope holding the
// outer function's bindings long after that function returned.

// 1. Each call of makeCounter makes a fresh scope with its own `count`.
function makeCounter(label) {
  let count = 0;
  return function increment() {
    count += 1;
    return label + ': ' + count;
  };
}

const apples = makeCounter('apples');
const pears = makeCounter('pears');
console.log(apples()); // apples: 1
console.log(apples()); // apples: 2
console.log(pears()); // pears: 1  (its own count)

// 2. Closures share the binding, not a copy of its value.
function makeAccount() {
  let balance = 0;
  return {
    deposit(amount) { balance += amount; },
    read() { return balance; },
  };
}
const account = makeAccount();
account.deposit(5);
account.deposit(7);
console.log('balance:', account.read()); // 12

// 3. `let` in a for loop makes a new binding per iteration; `var` makes one for the loop.
const withLet = [];
for (let i = 0; i < 3; i++) {
  withLet.push(() => i);
}
const withVar = [];
for (var j = 0; j < 3; j++) {
  withVar.push(() => j);
}
console.log('let:', withLet.map((f) => f()).join(' ')); // 0 1 2
console.log('var:', withVar.map((f) => f()).join(' ')); // 3 3 3

// 4. A closure can keep data private: nothing outside can reach `secret` except `check`.
function makeLock(secret) {
  return (guess) => guess === secret;
}
const check = makeLock('open sesame');
console.log(check('please'), check('open sesame')); // false true
