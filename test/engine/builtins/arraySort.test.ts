// Array.prototype.sort and toSorted: default string order, comparators, stability, holes and
// undefined, and the order V8 calls a logging comparator in, as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `console.log([10, 9, 1, 100, 25].sort(), ['b', 'a', 'C', 'B'].sort(), [true, false, null, 'm', 2].sort())`,
    out: `[ 1, 10, 100, 25, 9 ] [ 'B', 'C', 'a', 'b' ] [ 2, false, 'm', null, true ]`,
  },
  {
    src: `console.log([10, 9, 1, 100, 25].sort((a, b) => a - b), [10, 9, 1, 100, 25].sort((a, b) => b - a))`,
    out: `[ 1, 9, 10, 25, 100 ] [ 100, 25, 10, 9, 1 ]`,
  },
  {
    src: `const a = [3, undefined, 1, , 2];
console.log(a.sort(), a.length, 4 in a, 3 in a)
console.log(['b', undefined, 'a'].sort((x, y) => (x < y ? 1 : -1)))`,
    out: `[ 1, 2, 3, undefined, <1 empty item> ] 5 false true
[ 'b', 'a', undefined ]`,
  },
  {
    src: `const people = [{ n: 'ann', age: 30 }, { n: 'bob', age: 25 }, { n: 'cat', age: 30 }, { n: 'dan', age: 25 }];
console.log(people.sort((p, q) => p.age - q.age).map(p => p.n).join())`,
    out: `bob,dan,ann,cat`,
  },
  {
    src: `const nums = [];
for (let i = 0; i < 200; i++) nums.push({ k: (i * 7) % 5, i });
const sorted = nums.slice().sort((a, b) => a.k - b.k);
let stable = true;
for (let i = 1; i < sorted.length; i++) if (sorted[i - 1].k === sorted[i].k && sorted[i - 1].i > sorted[i].i) stable = false;
console.log(stable, sorted[0].k, sorted[199].k)`,
    out: `true 0 4`,
  },
  {
    src: `const calls = [];
[5, 1, 4, 2, 3].sort((a, b) => { calls.push(a + '' + b); return a - b; });
console.log(calls.join(' '))`,
    out: `15 41 45 41 24 21 34 32`,
  },
  {
    src: `const calls = [];
[1, 2, 3, 4, 5, 6].sort((a, b) => { calls.push(a + '' + b); return a - b; });
[6, 5, 4, 3].sort((a, b) => { calls.push(a + '' + b); return a - b; });
console.log(calls.join(' '))`,
    out: `21 32 43 54 65 56 45 34`,
  },
  {
    src: `const a = [3, 1, 2];
const s = a.sort();
console.log(s === a, a.toSorted((x, y) => y - x), a, [3, , 1].toSorted(), [3, , 1].toSorted().length)`,
    out: `true [ 3, 2, 1 ] [ 1, 2, 3 ] [ 1, 3, undefined ] 3`,
  },
  {
    src: `console.log([2, 1].sort(undefined), [3, 2, 1].sort(() => 0), [3, 1, 2].sort(() => NaN), [1, 2, 3].sort((a, b) => ({ valueOf: () => b - a })))`,
    out: `[ 1, 2 ] [ 3, 2, 1 ] [ 3, 1, 2 ] [ 3, 2, 1 ]`,
  },
  {
    src: `for (const bad of [null, 3, {}, 'x']) {
  try { [2, 1].sort(bad); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { [2, 1].toSorted(3); } catch (e) { console.log(e.message); }`,
    out: `TypeError: The comparison function must be either a function or undefined
TypeError: The comparison function must be either a function or undefined
TypeError: The comparison function must be either a function or undefined
TypeError: The comparison function must be either a function or undefined
The comparison function must be either a function or undefined`,
  },
  {
    src: `try { [Symbol('x'), 1].sort(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [3, 2, 1].sort((a, b) => { if (a === 1) throw new Error('boom'); return a - b; }); } catch (e) { console.log(e.message); }`,
    out: `TypeError: Cannot convert a Symbol value to a string
boom`,
  },
  {
    src: `const o = { length: 4, 0: 'd', 1: 'b', 3: 'a' };
Array.prototype.sort.call(o);
console.log(JSON.stringify(o))`,
    out: `{"0":"a","1":"b","2":"d","length":4}`,
  },
  {
    src: `const log = [];
const items = [{ toString() { log.push('b'); return 'b'; } }, { toString() { log.push('a'); return 'a'; } }];
console.log(items.sort().map(String).join(), log.join(''))`,
    out: `a,b abab`,
  },
  {
    src: `console.log(['\\u{1F600}', '\\uFFFF', 'z', 'é', 'e'].sort(), [1, -1, 0, -0].sort((a, b) => a - b))`,
    out: `[ 'e', 'z', 'é', '😀', '￿' ] [ -1, 0, -0, 1 ]`,
  },
  {
    src: `const words = ['banana', 'Apple', 'cherry', 'apple'];
console.log(words.toSorted(), words.toSorted((a, b) => a.toLowerCase() < b.toLowerCase() ? -1 : 1), Object.freeze([1]).sort())`,
    out: `[ 'Apple', 'apple', 'banana', 'cherry' ] [ 'Apple', 'apple', 'banana', 'cherry' ] [ 1 ]`,
  },
];

describeRows("Array.prototype.sort and toSorted", rows);
