// The built-in iterators: %IteratorPrototype%, array iterators over arrays and array-likes,
// Map and Set iterators (live, and done for good once finished), as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `const it = ['a', 'b'][Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), it.next())`,
    out: `{ value: 'a', done: false } { value: 'b', done: false } { value: undefined, done: true } { value: undefined, done: true }`,
  },
  {
    src: `console.log([...['a', 'b'].keys()], [...['a', 'b'].entries()], [...[1, , 3].values()], [...[, 'x'].keys()])`,
    out: `[ 0, 1 ] [ [ 0, 'a' ], [ 1, 'b' ] ] [ 1, undefined, 3 ] [ 0, 1 ]`,
  },
  {
    src: `const it = Array.prototype.values.call({ length: 2, 0: 'x', 1: 'y' });
console.log(it.next(), [...it], [...Array.prototype.entries.call('hi')])`,
    out: `{ value: 'x', done: false } [ 'y' ] [ [ 0, 'h' ], [ 1, 'i' ] ]`,
  },
  {
    src: `const a = [1];
const it = a.values();
it.next();
a.push(2);
console.log(it.next(), it.next())
a.push(3);
console.log(it.next())`,
    out: `{ value: 2, done: false } { value: undefined, done: true }
{ value: undefined, done: true }`,
  },
  {
    src: `const a = [1, 2, 3];
const seen = [];
for (const x of a) { seen.push(x); if (x === 1) a.pop(); }
console.log(seen)`,
    out: `[ 1, 2 ]`,
  },
  {
    src: `let reads = 0;
const o = { get length() { reads++; return 2; }, 0: 'p', 1: 'q' };
console.log([...Array.prototype.values.call(o)], reads)`,
    out: `[ 'p', 'q' ] 3`,
  },
  {
    src: `const it = [][Symbol.iterator]();
const proto = Object.getPrototypeOf(it);
const iterProto = Object.getPrototypeOf(proto);
console.log(Object.prototype.toString.call(it), proto[Symbol.toStringTag], Object.getOwnPropertyNames(proto), Object.getOwnPropertyNames(iterProto))
console.log(iterProto[Symbol.iterator].name, it[Symbol.iterator]() === it, Object.getPrototypeOf(iterProto) === Object.prototype)`,
    out: `[object Array Iterator] Array Iterator [ 'next' ] []
[Symbol.iterator] true true`,
  },
  {
    src: `const mapProto = Object.getPrototypeOf(new Map().keys());
const setProto = Object.getPrototypeOf(new Set().values());
const arrProto = Object.getPrototypeOf([].keys());
console.log(mapProto[Symbol.toStringTag], setProto[Symbol.toStringTag], Object.getPrototypeOf(mapProto) === Object.getPrototypeOf(arrProto), Object.getOwnPropertyNames(setProto))`,
    out: `Map Iterator Set Iterator true [ 'next' ]`,
  },
  {
    src: `const it = new Map([[1, 'a'], [2, 'b']]).entries();
console.log(it.next(), it.next(), it.next())
const s = new Set(['x']).entries();
console.log(s.next(), s.next())`,
    out: `{ value: [ 1, 'a' ], done: false } { value: [ 2, 'b' ], done: false } { value: undefined, done: true }
{ value: [ 'x', 'x' ], done: false } { value: undefined, done: true }`,
  },
  {
    src: `const m = new Map([[1, 'a']]);
const it = m.keys();
console.log(it.next(), it.next());
m.set(2, 'b');
console.log(it.next())`,
    out: `{ value: 1, done: false } { value: undefined, done: true }
{ value: undefined, done: true }`,
  },
  {
    src: `const m = new Map([[1, 'a']]);
const it = m.values();
m.set(2, 'b');
m.delete(1);
console.log([...it])`,
    out: `[ 'b' ]`,
  },
  {
    src: `for (const f of [() => [].keys().next.call({}), () => new Map().keys().next.call([].keys()), () => new Set().values().next.call(new Map().keys())]) {
  try { f(); } catch (e) { console.log(e.message); }
}`,
    out: `Method Array Iterator.prototype.next called on incompatible receiver #<Object>
Method Map Iterator.prototype.next called on incompatible receiver #<Object>
Method Set Iterator.prototype.next called on incompatible receiver #<Object>`,
  },
  {
    src: `const [first, ...rest] = new Set([1, 2, 3]);
const [[k, v]] = new Map([['key', 'val']]);
console.log(first, rest, k, v)`,
    out: `1 [ 2, 3 ] key val`,
  },
  {
    src: `const m = new Map([['a', 1], ['b', 2]]);
console.log(Array.from(m.keys()).join(), Array.from(m, ([k, v]) => k + v).join(), Object.fromEntries(m))`,
    out: `a,b a1,b2 { a: 1, b: 2 }`,
  },
  {
    src: `function* gen() { yield 1; yield 2; }
console.log(Object.getPrototypeOf(Object.getPrototypeOf(gen.prototype)) === Object.getPrototypeOf(Object.getPrototypeOf([].values())))`,
    out: `true`,
  },
  {
    src: `console.log([1, 2].values(), new Map([[1, 2]]).entries(), new Set([1]).values(), new Map([[1, 2]]).keys(), new Set([5]).entries())
const it = new Map([[1, 2], [3, 4]]).entries();
it.next();
console.log(it);
it.next(); it.next();
console.log(it)`,
    out: `Object [Array Iterator] {} [Map Entries] { [ 1, 2 ] } [Set Iterator] { 1 } [Map Iterator] { 1 } [Set Entries] { [ 5, 5 ] }
[Map Entries] { [ 3, 4 ] }
[Map Entries] {  }`,
  },
  {
    src: `const m = new Map([['a', 1], ['b', 2]]);
const it = m.values();
it.next();
m.set('c', 3);
console.log(it)
const s = new Set([1, 2, 3]);
const si = s[Symbol.iterator]();
si.next();
s.delete(2);
console.log(si, [...si])`,
    out: `[Map Iterator] { 2, 3 }
[Set Iterator] {  } [ 3 ]`,
  },
];

describeRows("Built-in iterators: array, Map and Set iterators and %IteratorPrototype%", rows);
