// Array: the constructor, Array.isArray/of/from, and the Array.prototype methods that read,
// change or copy elements (callbacks are in arrayIteration.test.ts), as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `console.log(Array(3), new Array(3).length, Array(1, 2), Array('3'), new Array(), Array(0))`,
    out: `[ <3 empty items> ] 3 [ 1, 2 ] [ '3' ] [] []`,
  },
  {
    src: `try { new Array(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Array(1.5); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `RangeError: Invalid array length
RangeError: Invalid array length`,
  },
  {
    src: `class MyArray extends Array {}
const a = new MyArray(1, 2, 3);
console.log(a.length, a instanceof MyArray, Array.isArray(a), a.map(x => x * 2) instanceof MyArray)`,
    out: `3 true true true`,
  },
  {
    src: `console.log(Array.isArray([]), Array.isArray({ length: 0 }), Array.isArray(Array.prototype), Array.prototype.length)`,
    out: `true false true 0`,
  },
  {
    src: `console.log(Array.of(7), Array.of(1, 2, 3), Array.of().length, Array.of(undefined))`,
    out: `[ 7 ] [ 1, 2, 3 ] 0 [ undefined ]`,
  },
  {
    src: `console.log(Array.from('abc'), Array.from({ length: 2, 0: 'a' }), Array.from([1, , 3]), Array.from({}))`,
    out: `[ 'a', 'b', 'c' ] [ 'a', undefined ] [ 1, undefined, 3 ] []`,
  },
  {
    src: `console.log(Array.from({ length: 3 }, (_, i) => i * 2), Array.from([1, 2], function (x) { return x + this.d; }, { d: 10 }))`,
    out: `[ 0, 2, 4 ] [ 11, 12 ]`,
  },
  {
    src: `console.log(Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 2]])), Array.from(new Map([[1, 2]]).keys()))`,
    out: `[ 1, 2 ] [ [ 1, 2 ] ] [ 1 ]`,
  },
  {
    src: `try { Array.from(null); } catch (e) { console.log(e.message); }
try { Array.from([1], 3); } catch (e) { console.log(e.message); }
try { Array.from({ [Symbol.iterator]: 5 }); } catch (e) { console.log(e.message); }`,
    out: `object null is not iterable (cannot read property Symbol(Symbol.iterator))
3 is not a function
%Array%.from requires that the property of the first argument, items[Symbol.iterator], when exists, be a function`,
  },
  {
    src: `const it = { [Symbol.iterator]() { let i = 0; return { next: () => ({ done: i >= 3, value: i++ }), return() { console.log('closed'); return {}; } }; } };
console.log(Array.from(it));
try { Array.from(it, x => { if (x === 1) throw new Error('stop'); return x; }); } catch (e) { console.log(e.message); }`,
    out: `[ 0, 1, 2 ]
closed
stop`,
  },
  {
    src: `const a = [1, 2, 3];
console.log(a.at(0), a.at(-1), a.at(5), a.at('1'), Array.prototype.at.call('abc', -1))`,
    out: `1 3 undefined 2 c`,
  },
  {
    src: `const a = [1, 2, 3, 2, NaN, , undefined];
console.log(a.indexOf(2), a.indexOf(2, 2), a.lastIndexOf(2), a.lastIndexOf(2, -5), a.indexOf(NaN), a.includes(NaN))
console.log(a.indexOf(undefined), a.includes(undefined), [, ,].includes(undefined), [, ,].indexOf(undefined), [-0].includes(0))`,
    out: `1 3 3 1 -1 true
6 true true -1 true`,
  },
  {
    src: `const a = [1, 2, 3, 4, 5];
console.log(a.slice(1, 3), a.slice(-2), a.slice(), a.slice(3, 1), [1, , 3].slice(0))
console.log(Array.prototype.slice.call({ length: 3, 0: 'a', 2: 'c' }, 1))`,
    out: `[ 2, 3 ] [ 4, 5 ] [ 1, 2, 3, 4, 5 ] [] [ 1, <1 empty item>, 3 ]
[ <1 empty item>, 'c' ]`,
  },
  {
    src: `console.log([1, 2].concat(3, [4, [5]], [[6]]), [1, , 3].concat([4, , 6]), [].concat.call(1, 2))
const spreadable = { length: 2, 0: 'x', 1: 'y', [Symbol.isConcatSpreadable]: true };
const a = [9]; a[Symbol.isConcatSpreadable] = false;
console.log([0].concat(spreadable, a).length, [0].concat(spreadable))`,
    out: `[ 1, 2, 3, 4, [ 5 ], [ 6 ] ] [ 1, <1 empty item>, 3, 4, <1 empty item>, 6 ] [ [Number: 1], 2 ]
4 [ 0, 'x', 'y' ]`,
  },
  {
    src: `console.log([1, [2, [3, null]], undefined, null].join(), [1, 2, 3].join(' - '), [].join(), [null].join('x'), Array(3).join('ab'))`,
    out: `1,2,3,,, 1 - 2 - 3   abab`,
  },
  {
    src: `const a = [1, 2]; a.push(a);
console.log(a.join(), String(a), a.toString())
const b = [1]; b.push([2, b]);
console.log(b.join(';'))`,
    out: `1,2, 1,2, 1,2,
1;2,`,
  },
  {
    src: `console.log(Array.prototype.join.call({ length: 3, 0: 1, 2: 3 }, '-'), Array.prototype.toString.call({ join: () => 'joined' }), Array.prototype.toString.call({}))`,
    out: `1--3 joined [object Object]`,
  },
  {
    src: `console.log([1, 'a', { toString() { return 'obj'; } }, [2, 3]].toString(), String([null, undefined]), \`\${[1, [2, 3]]}\`)`,
    out: `1,a,obj,2,3 , 1,2,3`,
  },
  {
    src: `console.log([1, null, 'x', { toLocaleString() { return 'L'; } }].toLocaleString())`,
    out: `1,,x,L`,
  },
  {
    src: `const a = [1, 2];
console.log(a.push(3, 4), a, a.pop(), a, a.shift(), a, a.unshift(0, 0.5), a)
console.log([].pop(), [].shift(), a.push(), a.unshift())`,
    out: `4 [ 0, 0.5, 2, 3 ] 4 [ 0, 0.5, 2, 3 ] 1 [ 0, 0.5, 2, 3 ] 4 [ 0, 0.5, 2, 3 ]
undefined undefined 4 4`,
  },
  {
    src: `const o = { length: 1, 0: 'a' };
console.log(Array.prototype.push.call(o, 'b'), JSON.stringify(o), Array.prototype.pop.call(o), Array.prototype.shift.call(o), JSON.stringify(o))
const e = {}; Array.prototype.push.call(e, 1); console.log(JSON.stringify(e))`,
    out: `2 {"0":"a","1":"b","length":2} b a {"length":0}
{"0":1,"length":1}`,
  },
  {
    src: `const a = [1, 2, 3, 4, 5];
console.log(a.splice(1, 2), a, a.splice(1, 0, 'x', 'y'), a, a.splice(-1), a, a.splice(1), a, a.splice())`,
    out: `[ 2, 3 ] [ 1 ] [] [ 1 ] [ 5 ] [ 1 ] [ 'x', 'y', 4 ] [ 1 ] []`,
  },
  {
    src: `const a = [1, , 3];
console.log(a.reverse(), [1, 2, 3, 4].reverse(), a.fill(0, 1), [1, 2, 3].fill(9), [1, 2, 3, 4].fill(7, -3, -1))`,
    out: `[ 3, 0, 0 ] [ 4, 3, 2, 1 ] [ 3, 0, 0 ] [ 9, 9, 9 ] [ 1, 7, 7, 4 ]`,
  },
  {
    src: `console.log([1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0, 3), [1, 2, 3, 4, 5].copyWithin(-2), [1, , 3].copyWithin(0, 1))`,
    out: `[ 4, 5, 3, 4, 5 ] [ 1, 1, 2, 3, 5 ] [ 1, 2, 3, 1, 2 ] [ <1 empty item>, 3, 3 ]`,
  },
  {
    src: `const a = [3, 1, 2];
console.log(a.toReversed(), a.toSorted(), a.toSpliced(1, 1, 'x', 'y'), a.with(0, 9), a.with(-1, 0), a)
console.log([1, , 3].toReversed(), [1, , 3].with(0, 0), [1, , 3].toSpliced(0, 0))`,
    out: `[ 2, 1, 3 ] [ 1, 2, 3 ] [ 3, 'x', 'y', 2 ] [ 9, 1, 2 ] [ 3, 1, 0 ] [ 3, 1, 2 ]
[ 3, undefined, 1 ] [ 0, undefined, 3 ] [ 1, undefined, 3 ]`,
  },
  {
    src: `try { [1].with(5, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [1].with(-2, 1); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `RangeError: Invalid index : 5
RangeError: Invalid index : -2`,
  },
  {
    src: `const f = Object.freeze([1, 2]);
for (const op of [() => f.push(3), () => f.pop(), () => f.shift(), () => f.sort(), () => f.reverse()]) {
  try { op(); } catch (e) { console.log(e.name + ': ' + e.message); }
}`,
    out: `TypeError: Cannot add property 2, object is not extensible
TypeError: Cannot delete property '1' of [object Array]
TypeError: Cannot assign to read only property '0' of object '[object Array]'
TypeError: Cannot assign to read only property '0' of object '[object Array]'
TypeError: Cannot assign to read only property '0' of object '[object Array]'`,
  },
  {
    src: `try { Array.prototype.push.call({ length: 2 ** 53 - 1 }, 1); } catch (e) { console.log(e.message); }`,
    out: `Pushing 1 elements on an array-like of length 9007199254740991 is disallowed, as the total surpasses 2**53-1`,
  },
  {
    src: `for (const m of ['map', 'forEach', 'indexOf', 'concat', 'join', 'push', 'at', 'includes', 'toString']) {
  try { Array.prototype[m].call(null); } catch (e) { console.log(m, e.message); }
}`,
    out: `map Array.prototype.map called on null or undefined
forEach Array.prototype.forEach called on null or undefined
indexOf Array.prototype.indexOf called on null or undefined
concat Array.prototype.concat called on null or undefined
join Cannot convert undefined or null to object
push Cannot convert undefined or null to object
at Cannot convert undefined or null to object
includes Cannot convert undefined or null to object
toString Cannot convert undefined or null to object`,
  },
  {
    src: `Array.prototype[1] = 'inherited';
const a = [0, , 2];
console.log(a.join(), a.indexOf('inherited'), a.map(x => x).length, 1 in a)
delete Array.prototype[1];`,
    out: `0,inherited,2 1 3 true`,
  },
  {
    src: `console.log(Object.getOwnPropertyNames(Array.prototype).join())
console.log(Object.getOwnPropertyNames(Array).join(), Array.length, Array.name)`,
    out: `length,constructor,at,concat,copyWithin,fill,find,findIndex,findLast,findLastIndex,lastIndexOf,pop,push,reverse,shift,unshift,slice,sort,splice,includes,indexOf,join,keys,entries,values,forEach,filter,flat,flatMap,map,every,some,reduce,reduceRight,toLocaleString,toString,toReversed,toSorted,toSpliced,with
length,name,prototype,isArray,from,of 1 Array`,
  },
  {
    src: `const u = Array.prototype[Symbol.unscopables];
console.log(Object.getPrototypeOf(u), Object.keys(u).join())`,
    out: `null at,copyWithin,entries,fill,find,findIndex,findLast,findLastIndex,flat,flatMap,includes,keys,values,toReversed,toSorted,toSpliced`,
  },
  {
    src: `const lengths = ['at', 'concat', 'copyWithin', 'fill', 'flat', 'indexOf', 'join', 'push', 'slice', 'splice', 'toSpliced', 'with', 'reduce', 'unshift'].map(m => m + ':' + Array.prototype[m].length);
console.log(lengths.join(' '), Array.from.length, Array.of.length)`,
    out: `at:1 concat:1 copyWithin:2 fill:1 flat:0 indexOf:1 join:1 push:1 slice:2 splice:2 toSpliced:2 with:2 reduce:1 unshift:1 1 0`,
  },
  {
    src: `const a = [1, 2, 3];
a.constructor = { [Symbol.species]: function (n) { this.made = n; } };
const r = a.map(x => x * 2);
console.log(Object.keys(r), r.made, Array.isArray(r))
a.constructor = { [Symbol.species]: 5 };
try { a.slice(); } catch (e) { console.log(e.message); }`,
    out: `[ '0', '1', '2', 'made' ] 3 false
object.constructor[Symbol.species] is not a constructor`,
  },
];

describeRows("Array: constructor, statics, element access, in-place changes and copies", rows);
