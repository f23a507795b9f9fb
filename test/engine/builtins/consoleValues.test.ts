// console.log of every kind of value, checked against what Node 20 prints for the same
// program (errors get fixed stacks so that no file paths appear).
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  { src: `console.log('plain', 'strings', 'are', 'not', 'quoted')`, out: `plain strings are not quoted` },
  {
    src: `console.log(1, -0, 1n, true, null, undefined, Symbol('s'), NaN)`,
    out: `1 -0 1n true null undefined Symbol(s) NaN`,
  },
  {
    src: `console.log(['a', "it's", 'q"uo\`te\\'s', 'line\\nbreak'])`,
    out: `[ 'a', "it's", 'q"uo\`te\\'s', 'line\\nbreak' ]`,
  },
  {
    src: `console.log([1, 2, 3], [], [,], [1, , 3], new Array(3))`,
    out: `[ 1, 2, 3 ] [] [ <1 empty item> ] [ 1, <1 empty item>, 3 ] [ <3 empty items> ]`,
  },
  { src: `const a = [1, 2]; a.extra = 'x'; console.log(a)`, out: `[ 1, 2, extra: 'x' ]` },
  {
    src: `console.log(Array.from({ length: 30 }, (_, i) => i))`,
    out: `[
   0,  1,  2,  3,  4,  5,  6,  7,  8,
   9, 10, 11, 12, 13, 14, 15, 16, 17,
  18, 19, 20, 21, 22, 23, 24, 25, 26,
  27, 28, 29
]`,
  },
  {
    src: `console.log(Array.from({ length: 101 }, (_, i) => i * 2))`,
    out: `[
    0,   2,   4,   6,   8,  10,  12,  14,  16,  18,  20,  22,
   24,  26,  28,  30,  32,  34,  36,  38,  40,  42,  44,  46,
   48,  50,  52,  54,  56,  58,  60,  62,  64,  66,  68,  70,
   72,  74,  76,  78,  80,  82,  84,  86,  88,  90,  92,  94,
   96,  98, 100, 102, 104, 106, 108, 110, 112, 114, 116, 118,
  120, 122, 124, 126, 128, 130, 132, 134, 136, 138, 140, 142,
  144, 146, 148, 150, 152, 154, 156, 158, 160, 162, 164, 166,
  168, 170, 172, 174, 176, 178, 180, 182, 184, 186, 188, 190,
  192, 194, 196, 198,
  ... 1 more item
]`,
  },
  {
    src: `console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i).repeat(i % 4 + 1)))`,
    out: `[
  'A', 'BB', 'CCC', 'DDDD',
  'E', 'FF', 'GGG', 'HHHH',
  'I', 'JJ', 'KKK', 'LLLL',
  'M', 'NN', 'OOO', 'PPPP',
  'Q', 'RR', 'SSS', 'TTTT',
  'U', 'VV', 'WWW', 'XXXX',
  'Y', 'ZZ'
]`,
  },
  {
    src: `console.log({ a: 1, 'b-c': 2, [Symbol('s')]: 3, $d: 4, _e: 5 })`,
    out: `{ a: 1, 'b-c': 2, '$d': 4, _e: 5, [Symbol(s)]: 3 }`,
  },
  { src: `console.log({ a: { b: { c: { d: { e: 1 } } } } })`, out: `{ a: { b: { c: [Object] } } }` },
  { src: `console.log({ a: [{ b: [{ c: 1 }] }] })`, out: `{ a: [ { b: [Array] } ] }` },
  {
    src: `const o = { name: 'glassbox', version: 1, tags: ['debugger', 'engine', 'learning'], nested: { deep: true } }; console.log(o)`,
    out: `{
  name: 'glassbox',
  version: 1,
  tags: [ 'debugger', 'engine', 'learning' ],
  nested: { deep: true }
}`,
  },
  {
    src: `console.log({ first: 'a'.repeat(30), second: 'b'.repeat(30), third: 'c'.repeat(30) })`,
    out: `{
  first: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  second: 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
  third: 'cccccccccccccccccccccccccccccc'
}`,
  },
  {
    src: `console.log(Array.from({ length: 5 }, (_, i) => ({ id: i, label: 'item ' + i })))`,
    out: `[
  { id: 0, label: 'item 0' },
  { id: 1, label: 'item 1' },
  { id: 2, label: 'item 2' },
  { id: 3, label: 'item 3' },
  { id: 4, label: 'item 4' }
]`,
  },
  {
    src: `const o = {}; o.self = o; o.list = [o]; console.log(o)`,
    out: `<ref *1> { self: [Circular *1], list: [ [Circular *1] ] }`,
  },
  {
    src: `const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; console.log([a, b])`,
    out: `[
  <ref *1> { name: 'a', b: { name: 'b', a: [Circular *1] } },
  <ref *2> { name: 'b', a: <ref *1> { name: 'a', b: [Circular *2] } }
]`,
  },
  {
    src: `console.log(Object.create(null), Object.assign(Object.create(null), { x: 1 }))`,
    out: `[Object: null prototype] {} [Object: null prototype] { x: 1 }`,
  },
  {
    src: `console.log({ get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} })`,
    out: `{ g: [Getter], s: [Setter], gs: [Getter/Setter] }`,
  },
  {
    src: `const o = { shown: 1 }; Object.defineProperty(o, 'hidden', { value: 2 }); console.log(o, Object.keys(o))`,
    out: `{ shown: 1 } [ 'shown' ]`,
  },
  {
    src: `let calls = 0; const o = { get x() { calls++; return 1; } }; console.log(o); console.log(calls)`,
    out: `{ x: [Getter] }
0`,
  },
  {
    src: `function f() {} console.log(f, function () {}, () => {}, async function g() {}, function* h() {}, async function* k() {})`,
    out: `[Function: f] [Function (anonymous)] [Function (anonymous)] [AsyncFunction: g] [GeneratorFunction: h] [AsyncGeneratorFunction: k]`,
  },
  {
    src: `const arrow = () => {}; const anon = [function () {}][0]; console.log(arrow, anon)`,
    out: `[Function: arrow] [Function (anonymous)]`,
  },
  {
    src: `class A {} class B extends A {} console.log(A, B, class {}, new A(), new B())`,
    out: `[class A] [class B extends A] [class (anonymous)] A {} B {}`,
  },
  {
    src: `class Point { constructor(x, y) { this.x = x; this.y = y; } } console.log(new Point(1, 2), [new Point(3, 4)])`,
    out: `Point { x: 1, y: 2 } [ Point { x: 3, y: 4 } ]`,
  },
  {
    src: `class A { get v() { return 1; } m() {} static s = 2; } console.log(new A(), A)`,
    out: `A {} [class A] { s: 2 }`,
  },
  {
    src: `function F() { this.a = 1; } F.prototype.m = function () {}; console.log(new F(), F)`,
    out: `F { a: 1 } [Function: F]`,
  },
  {
    src: `function f() {} f.extra = 42; console.log(f, f.bind(null))`,
    out: `[Function: f] { extra: 42 } [Function: bound f]`,
  },
  {
    src: `console.log(Math.max, [].push, Object, Array, Map, Symbol)`,
    out: `[Function: max] [Function: push] [Function: Object] [Function: Array] [Function: Map] [Function: Symbol]`,
  },
  { src: `console.log(Object.create({ inherited: 1 }), Object.create(Array.prototype))`, out: `{} Array {}` },
  { src: `console.log({ [Symbol.toStringTag]: 'Own', a: 1 })`, out: `{ a: 1, [Symbol(Symbol.toStringTag)]: 'Own' }` },
  {
    src: `const o = {}; Object.defineProperty(o, Symbol.toStringTag, { value: 'Tagged' }); console.log(o)`,
    out: `Object [Tagged] {}`,
  },
  {
    src: `(function () { console.log(arguments); })(1, 'two', [3])`,
    out: `[Arguments] { '0': 1, '1': 'two', '2': [ 3 ] }`,
  },
  { src: `(function () { console.log(arguments); })()`, out: `[Arguments] {}` },
  {
    src: `function* g() { yield 1; } console.log(g(), [1, 2][Symbol.iterator](), [1].entries())`,
    out: `Object [Generator] {} Object [Array Iterator] {} Object [Array Iterator] {}`,
  },
  { src: `console.log(Math, JSON, Reflect)`, out: `Object [Math] {} Object [JSON] {} Object [Reflect] {}` },
  {
    src: `console.log(new Map([['a', 1], ['b', { c: 2 }]]), new Set([1, 'two', [3]]), new Map(), new Set())`,
    out: `Map(2) { 'a' => 1, 'b' => { c: 2 } } Set(3) { 1, 'two', [ 3 ] } Map(0) {} Set(0) {}`,
  },
  {
    src: `const m = new Map(); m.set(m, m); console.log(m)`,
    out: `<ref *1> Map(1) { [Circular *1] => [Circular *1] }`,
  },
  {
    src: `console.log(new WeakMap(), new WeakSet(), new WeakMap([[{}, 1]]))`,
    out: `WeakMap { <items unknown> } WeakSet { <items unknown> } WeakMap { <items unknown> }`,
  },
  {
    src: `console.log(new Date(0), new Date(NaN), new Date(Date.UTC(2024, 1, 29, 12, 30)))`,
    out: `1970-01-01T00:00:00.000Z Invalid Date 2024-02-29T12:30:00.000Z`,
  },
  { src: `const d = new Date(0); d.note = 'epoch'; console.log(d)`, out: `1970-01-01T00:00:00.000Z { note: 'epoch' }` },
  { src: `console.log(/ab+c/gi, new RegExp('a/b'), new RegExp(''), /[/]/y)`, out: `/ab+c/gi /a\\/b/ /(?:)/ /[/]/y` },
  {
    src: `console.log(new Number(3), new String('ab'), new Boolean(false), Object(Symbol('q')), Object(1n))`,
    out: `[Number: 3] [String: 'ab'] [Boolean: false] [Symbol: Symbol(q)] [BigInt: 1n]`,
  },
  {
    src: `const s = new String('hi'); s.x = 1; console.log(s, [new Number(-0)])`,
    out: `[String: 'hi'] { x: 1 } [ [Number: -0] ]`,
  },
  {
    src: `console.log(Promise.resolve(42), new Promise(() => {}), Promise.resolve({ a: [1] }))`,
    out: `Promise { 42 } Promise { <pending> } Promise { { a: [ 1 ] } }`,
  },
  { src: `const p = Promise.reject(7); p.catch(() => {}); console.log(p)`, out: `Promise { <rejected> 7 }` },
  {
    src: `const p = Promise.reject('no'); p.catch(() => {}); console.log({ p })`,
    out: `{ p: Promise { <rejected> 'no' } }`,
  },
  {
    src: `const inner = Promise.resolve(1); console.log(Promise.resolve(inner) === inner, Promise.resolve().then(() => 1))`,
    out: `true Promise { <pending> }`,
  },
  {
    src: `const e = new Error('boom'); e.stack = 'Error: boom\\n    at f (t.js:1:1)'; console.log(e)`,
    out: `Error: boom
    at f (t.js:1:1)`,
  },
  {
    src: `const e = new Error('boom'); e.stack = 'Error: boom\\n    at f (t.js:1:1)'; e.code = 'E_BOOM'; console.log(e); console.log({ e })`,
    out: `Error: boom
    at f (t.js:1:1) {
  code: 'E_BOOM'
}
{
  e: Error: boom
      at f (t.js:1:1) {
    code: 'E_BOOM'
  }
}`,
  },
  {
    src: `const e = new TypeError('bad'); e.stack = 'TypeError: bad'; console.log(e, [e])`,
    out: `[TypeError: bad] [ [TypeError: bad] ]`,
  },
  {
    src: `class MyError extends Error {} const e = new MyError('mine'); e.stack = 'Error: mine\\n    at g (t.js:2:2)'; console.log(e)`,
    out: `MyError: mine
    at g (t.js:2:2)`,
  },
  {
    src: `class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } } const e = new MyError('named'); e.stack = 'MyError: named'; console.log(e)`,
    out: `[MyError: named]`,
  },
  {
    src: `const e = new Error('outer', { cause: new Error('inner') }); e.stack = 'Error: outer'; e.cause.stack = 'Error: inner'; console.log(e)`,
    out: `[Error: outer] { [cause]: [Error: inner] }`,
  },
  {
    src: `const e = new RangeError('deep'); e.stack = 'RangeError: deep'; console.log({ a: { b: { c: e } } })`,
    out: `{ a: { b: { c: [RangeError: deep] } } }`,
  },
  {
    src: `console.log(String(new Error('x')), new Error('y').message, String(new TypeError()))`,
    out: `Error: x y TypeError`,
  },
  {
    src: `try { null.x; } catch (e) { e.stack = e.stack.split('\\n')[0]; console.log(e); }`,
    out: `[TypeError: Cannot read properties of null (reading 'x')]`,
  },
];

describeRows('console.log: values as Node prints them', rows);
