// Map, Set, WeakMap and WeakSet: constructors, methods, SameValueZero keys, live iteration
// and V8's error messages, as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `const m = new Map([[1, 'one'], ['1', 'string one']]);
console.log(m.get(1), m.get('1'), m.size, m.has(2), m.set(2, 'two') === m, m.size)
console.log(m.delete(1), m.delete(1), m.size, m.clear(), m.size)`,
    out: `one string one 2 false true 3
true false 2 undefined 0`,
  },
  {
    src: `const m = new Map();
m.set(NaN, 'nan').set(-0, 'zero');
console.log(m.get(NaN), m.get(0), m.get(+0), Object.is([...m.keys()][1], -0), m.has(-0))`,
    out: `nan zero zero false true`,
  },
  {
    src: `const k1 = {}, k2 = {};
const m = new Map([[k1, 'a'], [k2, 'b']]);
console.log(m.get(k1), m.get({}), m.size, [...m.values()])`,
    out: `a undefined 2 [ 'a', 'b' ]`,
  },
  {
    src: `const m = new Map([['a', 1], ['b', 2]]);
console.log([...m], [...m.keys()], [...m.values()], [...m.entries()])
m.forEach(function (v, k, map) { console.log(k, v, map === m, this.x); }, { x: 'ctx' })`,
    out: `[ [ 'a', 1 ], [ 'b', 2 ] ] [ 'a', 'b' ] [ 1, 2 ] [ [ 'a', 1 ], [ 'b', 2 ] ]
a 1 true ctx
b 2 true ctx`,
  },
  {
    src: `const m = new Map([[1, 'a'], [2, 'b']]);
const seen = [];
for (const [k] of m) { seen.push(k); if (k === 1) { m.delete(2); m.set(3, 'c'); } }
console.log(seen)`,
    out: `[ 1, 3 ]`,
  },
  {
    src: `const m = new Map([[1, 'a']]);
const seen = [];
for (const [k] of m) { seen.push(k); if (k < 4) { m.delete(k); m.set(k + 1, 'x'); } }
console.log(seen, [...m])`,
    out: `[ 1, 2, 3, 4 ] [ [ 4, 'x' ] ]`,
  },
  {
    src: `const s = new Set([1, 2, 3, 2, 1]);
console.log(s.size, s.has(2), s.add(4) === s, s.delete(1), s.delete(1), [...s])`,
    out: `3 true true true false [ 2, 3, 4 ]`,
  },
  {
    src: `const s = new Set([NaN, NaN, 0, -0, 'a', 'a']);
console.log(s.size, [...s], Object.is([...s][1], -0))`,
    out: `3 [ NaN, 0, 'a' ] false`,
  },
  {
    src: `const s = new Set('hello');
console.log([...s].join(''), [...s.entries()][0], [...s.keys()].length)
s.forEach((v, k, set) => console.log(v, k, set === s))`,
    out: `helo [ 'h', 'h' ] 4
h h true
e e true
l l true
o o true`,
  },
  {
    src: `const s = new Set([1, 2, 3]);
const seen = [];
s.forEach(v => { seen.push(v); if (v === 1) s.delete(2); if (v === 3) s.add(4); });
console.log(seen)`,
    out: `[ 1, 3, 4 ]`,
  },
  {
    src: `const s = new Set([1]);
const it = s.values();
s.clear();
s.add(5);
console.log([...it])`,
    out: `[ 5 ]`,
  },
  {
    src: `for (const f of [() => Map(), () => Set(), () => WeakMap(), () => WeakSet()]) {
  try { f(); } catch (e) { console.log(e.name + ': ' + e.message); }
}`,
    out: `TypeError: Constructor Map requires 'new'
TypeError: Constructor Set requires 'new'
TypeError: Constructor WeakMap requires 'new'
TypeError: Constructor WeakSet requires 'new'`,
  },
  {
    src: `for (const arg of [5, {}, true, 'ab', [1], [null]]) {
  try { new Map(arg); } catch (e) { console.log(e.message); }
}
try { new Set(1.5); } catch (e) { console.log(e.message); }`,
    out: `number 5 is not iterable (cannot read property Symbol(Symbol.iterator))
object is not iterable (cannot read property Symbol(Symbol.iterator))
boolean true is not iterable (cannot read property Symbol(Symbol.iterator))
Iterator value a is not an entry object
Iterator value 1 is not an entry object
Iterator value null is not an entry object
number 1.5 is not iterable (cannot read property Symbol(Symbol.iterator))`,
  },
  {
    src: `console.log(new Map(null).size, new Map(undefined).size, new Set(null).size, new Map([[1, 2]], 'ignored').size)`,
    out: `0 0 0 1`,
  },
  {
    src: `let closed = 0;
const it = { [Symbol.iterator]() { return { next: () => ({ done: false, value: 1 }), return() { closed++; return {}; } }; } };
try { new Map(it); } catch (e) { console.log(e.message, closed); }`,
    out: `Iterator value 1 is not an entry object 1`,
  },
  {
    src: `const calls = [];
const orig = Map.prototype.set;
Map.prototype.set = function (k, v) { calls.push(k + '=' + v); return orig.call(this, k, v); };
new Map([[1, 2], [3, 4]]);
Map.prototype.set = 5;
try { new Map([[1, 2]]); } catch (e) { console.log(e.message); }
Map.prototype.set = orig;
console.log(calls)`,
    out: `'5' returned for property 'set' of object '#<Map>' is not a function
[ '1=2', '3=4' ]`,
  },
  {
    src: `for (const f of [() => Map.prototype.get.call({}, 1), () => Map.prototype.set.call([], 1), () => Set.prototype.add.call(new Map(), 1), () => Map.prototype.forEach.call(new Set(), () => 1)]) {
  try { f(); } catch (e) { console.log(e.message); }
}
try { Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call({}); } catch (e) { console.log(e.message); }`,
    out: `Method Map.prototype.get called on incompatible receiver #<Object>
Method Map.prototype.set called on incompatible receiver [object Array]
Method Set.prototype.add called on incompatible receiver #<Map>
Method Map.prototype.forEach called on incompatible receiver #<Set>
Method get Map.prototype.size called on incompatible receiver #<Object>`,
  },
  {
    src: `for (const cb of [undefined, 'abc', {}, null, true, 4, 1.5, 1n, Symbol('q')]) {
  try { new Map([[1, 2]]).forEach(cb); } catch (e) { console.log(e.message); }
}`,
    out: `undefined is not a function
string "abc" is not a function
object is not a function
object null is not a function
boolean true is not a function
number 4 is not a function
number 1.5 is not a function
bigint is not a function
symbol is not a function`,
  },
  {
    src: `class Registry extends Map {
  register(k) { return this.set(k, (this.get(k) || 0) + 1); }
}
const r = new Registry([['x', 5]]);
r.register('x').register('y');
console.log(r instanceof Map, r instanceof Registry, r.get('x'), r.size)`,
    out: `true true 6 2`,
  },
  {
    src: `const wm = new WeakMap();
const k = {};
wm.set(k, 1);
console.log(wm.get(k), wm.has(k), wm.has({}), wm.delete(k), wm.has(k), wm.get(1), wm.has(1), wm.delete(1))`,
    out: `1 true false true false undefined false false`,
  },
  {
    src: `const ws = new WeakSet();
const k = {};
console.log(ws.add(k) === ws, ws.has(k), ws.has(1), ws.delete(k), ws.delete(1), ws.has(k))`,
    out: `true true false true false false`,
  },
  {
    src: `for (const f of [() => new WeakMap().set(1, 2), () => new WeakSet().add('x'), () => new WeakMap([[1, 2]]), () => new WeakSet([1]), () => new WeakMap().set(Symbol.for('reg'), 1)]) {
  try { f(); } catch (e) { console.log(e.message); }
}
const sym = Symbol('local');
console.log(new WeakMap([[sym, 'ok']]).get(sym), new WeakSet([sym]).has(sym))`,
    out: `Invalid value used as weak map key
Invalid value used in weak set
Invalid value used as weak map key
Invalid value used in weak set
Invalid value used as weak map key
ok true`,
  },
  {
    src: `const k = {};
console.log(new WeakMap([[k, 'v']]).get(k), new WeakSet([k, k]).has(k))
try { WeakMap.prototype.set.call({}, {}); } catch (e) { console.log(e.message); }`,
    out: `v true
Method WeakMap.prototype.set called on incompatible receiver #<Object>`,
  },
  {
    src: `console.log(Object.getOwnPropertyNames(Map.prototype).join(), Object.getOwnPropertyNames(Set.prototype).join())
console.log(Object.getOwnPropertyNames(WeakMap.prototype).join(), Object.getOwnPropertyNames(WeakSet.prototype).join())`,
    out: `constructor,get,set,has,delete,clear,entries,forEach,keys,size,values constructor,has,add,delete,clear,entries,forEach,size,values,keys
constructor,delete,get,set,has constructor,delete,has,add`,
  },
  {
    src: `console.log(Map.length, Set.length, WeakMap.length, WeakSet.length, Map.prototype.set.length, Map.prototype.forEach.length)
console.log(Map.prototype.entries === Map.prototype[Symbol.iterator], Set.prototype.keys === Set.prototype.values, Set.prototype.values === Set.prototype[Symbol.iterator])
console.log(Map[Symbol.species] === Map, Set[Symbol.species] === Set, Object.prototype.toString.call(new Map()), String(new WeakSet()))`,
    out: `0 0 0 0 2 1
true true true
true true [object Map] [object WeakSet]`,
  },
  {
    src: `const d = Object.getOwnPropertyDescriptor(Map.prototype, 'size');
console.log(typeof d.get, d.get.name, d.set, d.enumerable, d.configurable)`,
    out: `function get size undefined false true`,
  },
  {
    src: `const m = new Map([['a', 1]]);
console.log(m, new Set([1, 'two', [3]]), new Map(), new WeakMap(), new WeakSet())`,
    out: `Map(1) { 'a' => 1 } Set(3) { 1, 'two', [ 3 ] } Map(0) {} WeakMap { <items unknown> } WeakSet { <items unknown> }`,
  },
];

describeRows("Map, Set, WeakMap, WeakSet", rows);
