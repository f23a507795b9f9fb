// The synchronous fast paths of push, pop, shift, at, indexOf, includes, join, sort's comparator loop
// and JSON, each beside its fallback (an accessor on an index, a proxy, holes, a subclass, toJSON, a cycle), as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `const a = [1];
console.log(a.push(), a.push(2), a.push(3, 4, 5), a, [].push.call(a, 6), a.length);`,
    out: `1 2 5 [ 1, 2, 3, 4, 5, 6 ] 6 6`,
  },
  {
    src: `const holes = [1, , 3];
holes.push(4);
class Sub extends Array {}
const sub = new Sub();
sub.push('x', 'y');
console.log(holes, 1 in holes, sub, sub.length, sub instanceof Sub);`,
    out: `[ 1, <1 empty item>, 3, 4 ] false Sub(2) [ 'x', 'y' ] 2 true`,
  },
  {
    src: `const obj = { length: 1 };
console.log(Array.prototype.push.call(obj, 'a', 'b'), JSON.stringify(obj));`,
    out: `3 {"1":"a","2":"b","length":3}`,
  },
  {
    src: `const seen = [];
Object.defineProperty(Array.prototype, '3', { set(v) { seen.push(v); }, configurable: true });
const b = [0, 1, 2];
const pushed = [b.push('p'), b.length, Object.keys(b).join()];
delete Array.prototype[3];
console.log(pushed, seen);`,
    out: `[ 4, 4, '0,1,2' ] [ 'p' ]`,
  },
  {
    src: `const p = new Proxy([], { set(t, k, v) { console.log('set', k, v); t[k] = v; return true; } });
console.log(p.push('q'));`,
    out: `set 0 q
set length 1
1`,
  },
  {
    src: `try { Object.freeze([1]).push(2); } catch (e) { console.log(e.constructor.name, e.message); }
const fixed = [1]; Object.defineProperty(fixed, 'length', { writable: false });
try { fixed.push(2); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.preventExtensions([1]).push(2); } catch (e) { console.log(e.constructor.name, e.message); }`,
    out: `TypeError Cannot add property 1, object is not extensible
TypeError Cannot assign to read only property 'length' of object '[object Array]'
TypeError Cannot add property 1, object is not extensible`,
  },
  {
    src: `const calls = [];
const xs = [5, 1, 4, 1, 3, 9, 2, 6];
xs.sort((a, b) => { calls.push(a + '' + b); return a - b; });
console.log(xs.join(), calls.join(' '));`,
    out: `1,1,2,3,4,5,6,9 15 41 45 41 14 11 34 31 93 95 24 21 23 63 65 69`,
  },
  {
    src: `console.log([3, 1, 2].sort((a, b) => (a < b ? 'x' : 1)).join(), [3, 1, 2].sort(() => NaN).join(), [3, 1, 2].sort((a, b) => ({ valueOf() { return b - a; } })).join());`,
    out: `3,1,2 3,1,2 3,2,1`,
  },
  {
    src: `console.log([3, undefined, 1, , 2].sort((a, b) => a - b), [10, 9, 1].sort(), ['b', { toString() { return 'a'; } }].sort().map(String).join());`,
    out: `[ 1, 2, 3, undefined, <1 empty item> ] [ 1, 10, 9 ] a,b`,
  },
  {
    src: `try { [2, 1].sort((a, b) => { throw new Error('cmp ' + a + b); }); } catch (e) { console.log(e.message); }
try { [1, 2].sort(1); } catch (e) { console.log(e.constructor.name, e.message); }`,
    out: `cmp 12
TypeError The comparison function must be either a function or undefined`,
  },
  {
    src: `let seed = 7;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 50;
const small = Array.from({ length: 60 }, next);
let n = 0;
const sorted = small.slice().sort((a, b) => (n++, a - b));
const many = Array.from({ length: 3000 }, (_, i) => ({ v: next(), i })).sort((a, b) => a.v - b.v);
console.log(sorted.every((v, i) => i === 0 || sorted[i - 1] <= v), n, many.every((e, i) => i === 0 || many[i - 1].v < e.v || many[i - 1].i < e.i));`,
    out: `true 274 true`,
  },
  {
    src: `const data = { a: 1, b: 'two "q"\\n', c: [1, null, true, undefined, () => 1, Symbol('s'), NaN, -0, 1e21], d: { e: {}, f: [] }, g: undefined, h: -Infinity, 2: 'idx', [Symbol('k')]: 1 };
console.log(JSON.stringify(data));
console.log(JSON.stringify({ a: [1, { b: 2 }], c: {} }, null, 2), JSON.stringify([1, [2]], null, '--'), JSON.stringify({ a: [1] }, undefined, 'abcdefghijklmnop'), JSON.stringify([1], null, 20));`,
    out: `{"2":"idx","a":1,"b":"two \\"q\\"\\n","c":[1,null,true,null,null,null,null,0,1e+21],"d":{"e":{},"f":[]},"h":null}
{
  "a": [
    1,
    {
      "b": 2
    }
  ],
  "c": {}
} [
--1,
--[
----2
--]
] {
abcdefghij"a": [
abcdefghijabcdefghij1
abcdefghij]
} [
          1
]`,
  },
  {
    src: `console.log(JSON.stringify('x'), JSON.stringify(3), JSON.stringify(null), JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(Symbol()), JSON.stringify(Object.create(null)));`,
    out: `"x" 3 null undefined undefined undefined {}`,
  },
  {
    src: `console.log(JSON.stringify({ d: new Date(0), n: new Number(3), s: new String('s'), b: new Boolean(false), r: /x/g, m: new Map([[1, 2]]), e: new Error('x') }));`,
    out: `{"d":"1970-01-01T00:00:00.000Z","n":3,"s":"s","b":false,"r":{},"m":{},"e":{}}`,
  },
  {
    src: `console.log(JSON.stringify({ get g() { return 'getter'; }, t: { toJSON(k) { return 'toJSON:' + k; } } }), JSON.stringify([, 1]), JSON.stringify(Object.assign([1, 2], { x: 3 })));`,
    out: `{"g":"getter","t":"toJSON:t"} [null,1] [1,2]`,
  },
  {
    src: `Object.prototype.toJSON = function () { return 'proto'; };
const viaProto = JSON.stringify({ a: 1 });
delete Object.prototype.toJSON;
Array.prototype[1] = 'inherited';
const viaHole = JSON.stringify([0, , 2]);
delete Array.prototype[1];
console.log(viaProto, viaHole);`,
    out: `"proto" [0,"inherited",2]`,
  },
  {
    src: `console.log(JSON.stringify(new Proxy({ a: 1 }, { get(t, k) { return k === 'a' ? 'trapped' : t[k]; } })), JSON.stringify({ a: 1, b: 2 }, ['b']), JSON.stringify({ a: 1, b: [2] }, (k, v) => (k === 'a' ? undefined : v)));
console.log(JSON.stringify({ a: 1 }, null, new Number(3)), JSON.stringify({ a: 1 }, null, { valueOf() { return 1; } }));`,
    out: `{"a":"trapped"} {"b":2} {"b":[2]}
{
   "a": 1
} {"a":1}`,
  },
  {
    src: `const cyc = { name: 'c', kids: [{}] }; cyc.kids[0].parent = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.constructor.name, e.message); }
try { JSON.stringify({ n: 1n }); } catch (e) { console.log(e.constructor.name, e.message); }
class Point { constructor(x, y) { this.x = x; this.y = y; } get len() { return 5; } }
const shared = { s: 1 };
console.log(JSON.stringify([new Point(1, 2), shared, shared]));`,
    out: `TypeError Converting circular structure to JSON
    --> starting at object with constructor 'Object'
    |     property 'kids' -> object with constructor 'Array'
    |     index 0 -> object with constructor 'Object'
    --- property 'parent' closes the circle
TypeError Do not know how to serialize a BigInt
[{"x":1,"y":2},{"s":1},{"s":1}]`,
  },
  {
    src: `console.log(JSON.parse('{"a":[1,2,{"b":null}],"c":"\\\\u0041"}'), JSON.parse(' 1e3 '), JSON.parse('"s"'), JSON.parse('[1,2]', (k, v) => (typeof v === 'number' ? v * 10 : v)));
console.log(JSON.parse({ toString() { return '[7]'; } }), JSON.parse(1), JSON.parse(null));
try { JSON.parse('{bad'); } catch (e) { console.log(e.constructor.name, e.message); }
try { JSON.parse(); } catch (e) { console.log(e.constructor.name, e.message); }`,
    out: `{ a: [ 1, 2, { b: null } ], c: 'A' } 1000 s [ 10, 20 ]
[ 7 ] 1 null
SyntaxError Expected property name or '}' in JSON at position 1
SyntaxError "undefined" is not valid JSON`,
  },
  {
    src: `const a = [1, 2, 3];
console.log(a.pop(), a, [].pop(), a.shift(), a, [].shift(), [5, , 7].shift());
const frozen = Object.freeze([1, 2]);
try { frozen.pop(); } catch (e) { console.log(e.constructor.name, e.message); }
try { frozen.shift(); } catch (e) { console.log(e.constructor.name, e.message); }`,
    out: `3 [ 2 ] undefined 1 [ 2 ] undefined 5
TypeError Cannot delete property '1' of [object Array]
TypeError Cannot assign to read only property '0' of object '[object Array]'`,
  },
  {
    src: `let log = '';
Object.defineProperty(Array.prototype, '0', { get() { log += 'get 0;'; return 'inherited'; }, set(v) { log += 'set 0 ' + v + ';'; }, configurable: true });
const holey = [, 'b'];
const shifted = holey.shift();
const popped = [, ].pop();
delete Array.prototype[0];
const tail = ['x']; Object.defineProperty(tail, '1', { get() { log += 'own getter;'; return 'y'; }, configurable: true });
console.log(shifted, popped, tail.pop(), tail.length, log);`,
    out: `inherited inherited y 1 get 0;set 0 b;get 0;own getter;`,
  },
  {
    src: `const a = [10, 20, 30, NaN, undefined, -0];
console.log(a.at(0), a.at(-1), a.at(9), a.at('1'), a.at(1.7), a.at(), a.at(-7), [, 1].at(0));
console.log(a.indexOf(20), a.indexOf(20, 2), a.indexOf(30, -4), a.indexOf(NaN), a.includes(NaN), a.indexOf(undefined), a.includes(0), a.indexOf(10, Infinity), a.indexOf(10, -Infinity), a.indexOf(30, '2'), [].includes(undefined));`,
    out: `10 -0 undefined 20 20 10 undefined undefined
1 -1 2 -1 true 4 true -1 0 2 false`,
  },
  {
    src: `const log = [];
const from = { valueOf() { log.push('valueOf'); return 1; } };
console.log([1, 2, 1].indexOf(1, from), [1, 2].includes(2, from), [1, 2].at(from), log.join());
console.log([1, , 3].includes(undefined), [1, , 3].indexOf(undefined), [1, , 3].indexOf(3));
Array.prototype[1] = 2;
console.log([1, , 3].indexOf(2), [1, , 3].includes(2), [1, , 3].at(1));
delete Array.prototype[1];
try { [1].at(Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }
const p = new Proxy([7, 8], { get(t, k) { if (k === '1') log.push('trap'); return t[k]; } });
console.log(p.indexOf(8), p.at(1), log.join());`,
    out: `2 true 2 valueOf,valueOf,valueOf
true -1 2
1 true 2
TypeError Cannot convert a Symbol value to a number
1 8 valueOf,valueOf,valueOf,trap,trap`,
  },
  {
    src: `console.log([1, 'a', true, null, undefined, 2n, -0].join(), [1, 2].join(''), [1, 2].join(0), [1, 2].join(undefined), [1, 2].join(null), [, , 1].join('-'), [].join());`,
    out: `1,a,true,,,2,0 12 102 1,2 1null2 --1 `,
  },
  {
    src: `const log = [];
const a = [1, [2, [3]], { toString() { log.push('toString'); return 'T'; } }];
console.log(a.join(';'), [1, 2].join({ toString() { log.push('sep'); return '+'; } }), log.join());
const cyc = [1, 2]; cyc.push(cyc);
console.log(cyc.join('-'), String(cyc));
Array.prototype[1] = 'inherited';
console.log([0, , 2].join());
delete Array.prototype[1];
try { [Symbol()].join(); } catch (e) { console.log(e.constructor.name, e.message); }
try { [1].join(Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }`,
    out: `1;2,3;T 1+2 toString,sep
1-2- 1,2,
0,inherited,2
TypeError Cannot convert a Symbol value to a string
TypeError Cannot convert a Symbol value to a string`,
  },
];

describeRows('fast paths: arrays and JSON, and their fallbacks', rows);
