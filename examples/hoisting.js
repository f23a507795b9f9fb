// hoisting.js: the creation phase. Before any statement of a scope runs, the engine
// walks the scope's declarations and makes a binding for each one. Step into it with
// Glassbox: the first stop is "creation phase of the global execution context", and the
// Variables pane already lists every name below.

// 1. `var` bindings are created and set to undefined, so reading one early is allowed.
console.log('var before its line:', planet); // undefined

// 2. Function declarations are created with their whole value: callable from line one.
console.log('call before its line:', greet('Ada'));

// 3. A function expression assigned to a var is only a var: undefined until its line runs.
console.log('typeof shout before its line:', typeof shout); // undefined

var planet = 'Earth';
console.log('var after its line:', planet);

function greet(name) {
  // Each call has its own creation phase: `name` and `arguments` are bound, and the var
  // `greeting` below already exists (undefined) when the first statement runs.
  console.log('  inside greet, greeting starts as', greeting);
  var greeting = 'Hello, ' + name;
  return greeting;
}

var shout = function (text) {
  return text.toUpperCase() + '!';
};
console.log(shout('now it is a function'));

// 4. A later function declaration with the same name wins: both were hoisted, in order.
console.log('which one?', which());
function which() { return 'the first'; }
function which() { return 'the second'; }

// 5. `var` ignores blocks: this `inner` belongs to the whole file, even though the
// block never runs.
console.log('var from a block that never ran:', inner);
if (false) {
  var inner = 'never assigned';
}
