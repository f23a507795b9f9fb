// A CommonJS file: `module.exports` is what `import cart from './cart.cjs'` gets.
const items = new Map();

module.exports = {
  add(name, quantity) {
    items.set(name, (items.get(name) ?? 0) + quantity);
  },
  total() {
    let sum = 0;
    for (const quantity of items.values()) sum += quantity;
    return sum;
  },
};
