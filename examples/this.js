// this.js: `this` is decided by how a function is called, not where it is written.
// Stop inside each function and look at `this` in the Local scope.

'use strict';

const cat = {
  name: 'Tom',
  // 1. Called as a method (cat.describe()): `this` is the object before the dot.
  describe() {
    return 'I am ' + this.name;
  },
  // 3. Arrow functions have no `this` of their own: they use the one around them.
  later() {
    const arrow = () => this.name;
    return arrow();
  },
};
console.log('method call:', cat.describe());

// 2. The same function called on its own loses the object: in strict mode `this` is
// undefined (in sloppy mode it would be globalThis).
const describe = cat.describe;
try {
  describe();
} catch (error) {
  console.log('plain call:', error.name + ': ' + error.message);
}
console.log('arrow inside a method:', cat.later());

// 4. call, apply and bind choose `this` explicitly.
const dog = { name: 'Rex' };
console.log('call:', cat.describe.call(dog));
console.log('apply:', cat.describe.apply({ name: 'Kit' }, []));
const bound = cat.describe.bind(dog);
console.log('bind:', bound());

// 5. `new` makes a fresh object and passes it as `this` to the constructor.
function Person(name) {
  this.name = name;
}
Person.prototype.hello = function () {
  return 'Hello from ' + this.name;
};
const ada = new Person('Ada');
console.log('new:', ada.hello());

// 6. Class methods are strict: extracted, they lose `this` too.
class Counter {
  constructor() { this.count = 0; }
  increment() { this.count += 1; return this.count; }
}
const counter = new Counter();
console.log('class method:', counter.increment());
const loose = counter.increment;
try {
  loose();
} catch (error) {
  console.log('extracted class method:', error.name);
}

// 7. At the top of a CommonJS module (what Node and Glassbox run), `this` is an empty
// object (module.exports), not globalThis.
console.log('top-level this is globalThis?', this === globalThis);
