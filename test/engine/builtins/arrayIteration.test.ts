// Array.prototype methods that take a callback (forEach, map, filter, every, some, the find
// family, reduce, reduceRight, flatMap) and flat, as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `[10, 20].forEach(function (x, i, arr) { console.log(x, i, arr.length, this.tag); }, { tag: 't' })`,
    out: `10 0 2 t
20 1 2 t`,
  },
  {
    src: `console.log([1, , 3].map(x => x * 2), [1, 2, 3].map(String), [1, 2, 3].map((x, i, a) => a.length - i))`,
    out: `[ 2, <1 empty item>, 6 ] [ '1', '2', '3' ] [ 3, 2, 1 ]`,
  },
  {
    src: `console.log([1, 0, 2, null, 3].filter(x => x), [1, , 3].filter(() => true), [1, 2, 3, 4].filter((x, i) => i % 2))`,
    out: `[ 1, 2, 3 ] [ 1, 3 ] [ 2, 4 ]`,
  },
  {
    src: `console.log([1, 2, 3].every(x => x > 0), [].every(x => false), [1, 2, 3].some(x => x > 2), [].some(x => true))`,
    out: `true true true false`,
  },
  {
    src: `const seen = [];
[1, , 3].every(x => { seen.push(x); return true; });
[1, , 3].find(x => { seen.push(x); return false; });
console.log(seen)`,
    out: `[ 1, 3, 1, undefined, 3 ]`,
  },
  {
    src: `const a = [5, 12, 8, 130, 44];
console.log(a.find(x => x > 10), a.findIndex(x => x > 10), a.findLast(x => x > 10), a.findLastIndex(x => x > 10))
console.log(a.find(x => x > 1000), a.findIndex(x => x > 1000), a.findLast(x => x < 0), a.findLastIndex(x => x < 0))`,
    out: `12 1 44 4
undefined -1 undefined -1`,
  },
  {
    src: `console.log([1, 2, 3, 4].reduce((acc, x) => acc + x), [1, 2, 3].reduce((acc, x, i) => acc + x * i, 10), [[1, 2], [3]].reduce((a, b) => a.concat(b)))
console.log([1, 2, 3].reduceRight((acc, x) => acc + '-' + x), [, 1, , 2].reduce((a, b) => a + b), ['a'].reduce(x => x + '!'))`,
    out: `10 18 [ 1, 2, 3 ]
3-2-1 3 a`,
  },
  {
    src: `try { [].reduce((a, b) => a); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [, ,].reduceRight((a, b) => a); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log([].reduce((a, b) => a, 'init'))`,
    out: `TypeError: Reduce of empty array with no initial value
TypeError: Reduce of empty array with no initial value
init`,
  },
  {
    src: `const a = [1, 2, 3];
const visited = [];
a.forEach((x, i, arr) => { visited.push(x); if (i === 0) { arr.push(4); arr.pop(); arr.pop(); } });
console.log(visited, a)`,
    out: `[ 1, 2 ] [ 1, 2 ]`,
  },
  {
    src: `const a = [1, 2, 3];
console.log(a.map((x, i, arr) => { if (i === 0) arr.length = 2; return x; }))`,
    out: `[ 1, 2, <1 empty item> ]`,
  },
  {
    src: `for (const m of ['map', 'forEach', 'filter', 'every', 'some', 'find', 'findIndex', 'findLast', 'reduce', 'reduceRight']) {
  try { [1][m](); } catch (e) { console.log(m, e.message); }
}`,
    out: `map undefined is not a function
forEach undefined is not a function
filter undefined is not a function
every undefined is not a function
some undefined is not a function
find undefined is not a function
findIndex undefined is not a function
findLast undefined is not a function
reduce undefined is not a function
reduceRight undefined is not a function`,
  },
  {
    src: `class Foo {}
for (const bad of [3, 'abc', {}, [1, 2], null, true, Symbol('s'), new Foo()]) {
  try { [1].map(bad); } catch (e) { console.log(e.message); }
}`,
    out: `3 is not a function
abc is not a function
#<Object> is not a function
[object Array] is not a function
null is not a function
true is not a function
Symbol(s) is not a function
#<Foo> is not a function`,
  },
  {
    src: `console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(2), [1, [2, [3, [4]]]].flat(Infinity), [1, [2]].flat(0), [1, [2]].flat(-1))
console.log([, 1, [, 2, [3]]].flat(), [[]].flat(), [1, 2].flat())`,
    out: `[ 1, 2, [ 3, [ 4 ] ] ] [ 1, 2, 3, [ 4 ] ] [ 1, 2, 3, 4 ] [ 1, [ 2 ] ] [ 1, [ 2 ] ]
[ 1, 2, [ 3 ] ] [] [ 1, 2 ]`,
  },
  {
    src: `console.log([1, 2].flatMap(x => [x, x * 10]), [1, 2].flatMap(x => [[x]]), ['a b', 'c'].flatMap(s => s.split(' ')), [1, 2, 3].flatMap((x, i) => i))`,
    out: `[ 1, 10, 2, 20 ] [ [ 1 ], [ 2 ] ] [ 'a', 'b', 'c' ] [ 0, 1, 2 ]`,
  },
  {
    src: `try { [1].flatMap(3); } catch (e) { console.log(e.message); }
const a = []; a.push(a);
try { a.flat(Infinity); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `flatMap mapper function is not callable
RangeError: Maximum call stack size exceeded`,
  },
  {
    src: `const o = { length: 3, 0: 'a', 2: 'c' };
console.log(Array.prototype.map.call(o, x => x.toUpperCase()), Array.prototype.filter.call('hello', c => c !== 'l'))`,
    out: `[ 'A', <1 empty item>, 'C' ] [ 'h', 'e', 'o' ]`,
  },
  {
    src: `class MyArray extends Array {}
const m = MyArray.from([1, 2, 3]);
console.log(m.filter(x => x > 1) instanceof MyArray, m.flat() instanceof MyArray, m.slice(1) instanceof MyArray, m.concat([4]) instanceof MyArray, m.toReversed() instanceof MyArray)`,
    out: `true true true true false`,
  },
  {
    src: `const counts = {};
['a', 'b', 'a', 'c', 'a'].forEach(w => { counts[w] = (counts[w] || 0) + 1; });
console.log(counts, Object.entries(counts).map(([k, v]) => k + v).join(' '))`,
    out: `{ a: 3, b: 1, c: 1 } a3 b1 c1`,
  },
];

describeRows("Array: callback methods, reduce, flat and flatMap", rows);
