// hello.js: a first program for Glassbox. `node bin/glassbox.js run examples/hello.js`
// prints exactly what `node examples/hello.js` prints; the comments say why.

// Creation phase: before the first statement runs, the engine has already made
// `greeting` (a var, so it starts as undefined) and `makeCounter` (a function
// declaration, hoisted with its whole value). That is hoisting.
console.log(greeting); // undefined
console.log(typeof makeCounter); // function

var greeting = 'Hello from Glassbox';
console.log(greeting);

// Each call of makeCounter creates a fresh scope holding its own `count`. The
// function it returns keeps that scope alive: a closure.
function makeCounter() {
  let count = 0;
  return function next() {
    count += 1;
    return count;
  };
}

const first = makeCounter();
const second = makeCounter();
console.log(first(), first(), second()); // 1 2 1

// `let` bindings are hoisted too, but stay uninitialized (the Temporal Dead Zone)
// until their declaration runs, so reading one early throws.
try {
  console.log(later);
} catch (error) {
  console.log(error.name + ': ' + error.message);
}
let later = 'ready';
console.log(later); // ready
