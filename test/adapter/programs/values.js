const limit = 10;
let count = 1;
const box = { name: 'box', nested: { deep: true }, get upper() { return this.name.toUpperCase(); } };
const list = [1, 2, 3];
const map = new Map([['k', 1]]);
const set = new Set(['s']);
const promise = Promise.resolve(42);
function greet(who) { return 'hi ' + who; }
debugger;
console.log(count, box.name);
