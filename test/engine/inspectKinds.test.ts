// util.inspect of functions, classes, collections, boxed primitives, promises, cycles,
// prototypes and errors, as Node 20 prints them.
import { describeInspectRows, InspectRow } from './inspectMirror';

const functions: InspectRow[] = [
  { src: `function f() {}`, out: `[Function: f]` },
  { src: `function () {}`, out: `[Function (anonymous)]` },
  { src: `() => {}`, out: `[Function (anonymous)]` },
  { src: `(() => { const f = () => {}; return f })()`, out: `[Function: f]` },
  { src: `class A {}`, out: `[class A]` },
  { src: `class {}`, out: `[class (anonymous)]` },
  { src: `class extends Array {}`, out: `[class (anonymous) extends Array]` },
  {
    src: `(() => { class A {}; class B extends A {}; return [A, B, new A(), new B()] })()`,
    out: `[ [class A], [class B extends A], A {}, B {} ]`,
  },
  { src: `function* g() {}`, out: `[GeneratorFunction: g]` },
  { src: `async function af() {}`, out: `[AsyncFunction: af]` },
  { src: `async function* ag() {}`, out: `[AsyncGeneratorFunction: ag]` },
  { src: `async () => {}`, out: `[AsyncFunction (anonymous)]` },
  { src: `(() => { function f() {}; f.a = 1; return f })()`, out: `[Function: f] { a: 1 }` },
  { src: `(() => { function f() {}; return f.bind(null) })()`, out: `[Function: bound f]` },
  { src: `(() => { function* g() {}; return g.bind(null) })()`, out: `[Function: bound g] GeneratorFunction` },
  { src: `Math.max`, out: `[Function: max]` },
  { src: `Object`, out: `[Function: Object]` },
  { src: `Array`, out: `[Function: Array]` },
  { src: `Map`, out: `[Function: Map]` },
  { src: `[function () {}, class {}, Symbol('s')]`, out: `[ [Function (anonymous)], [class (anonymous)], Symbol(s) ]` },
  { src: `(() => { class A { constructor() { this.x = 1 } }; return new A() })()`, out: `A { x: 1 }` },
  { src: `(() => { class Foo {}; return {foo: new Foo()} })()`, out: `{ foo: Foo {} }` },
  { src: `(() => { function F() { this.a = 1 }; return new F() })()`, out: `F { a: 1 }` },
  { src: `(() => { const o = Object.create({}); o.a = 1; return o })()`, out: `{ a: 1 }` },
  { src: `(() => { class A {}; return A.prototype })()`, out: `{}` },
  { src: `(() => { class A { static s = 1 }; return A })()`, out: `[class A] { s: 1 }` },
  {
    src: `(() => { class A { get x() { return 1 } }; class B extends A { constructor() { super(); this.y = 2 } }; return new B() })()`,
    out: `B { y: 2 }`,
  },
  { src: `(function () { return arguments })(1, 'a')`, out: `[Arguments] { '0': 1, '1': 'a' }` },
  { src: `(function () { return arguments })()`, out: `[Arguments] {}` },
  { src: `[][Symbol.iterator]()`, out: `Object [Array Iterator] {}` },
  { src: `(function* () {})()`, out: `Object [Generator] {}` },
  {
    src: `function f() {}`,
    opts: { showHidden: true, depth: 4 },
    out: `<ref *1> [Function: f] {
  [length]: 0,
  [name]: 'f',
  [arguments]: null,
  [caller]: null,
  [prototype]: { [constructor]: [Circular *1] }
}`,
  },
  {
    src: `(() => { class A { get x() { return 1 } }; return new A() })()`,
    opts: { showHidden: true, depth: 4 },
    out: `A { [x]: [Getter] }`,
  },
  {
    src: `(() => { class A { get x() { return 1 } }; class B extends A { get y() {return 2} }; return new B() })()`,
    opts: { showHidden: true },
    out: `B { [y]: [Getter], [x]: [Getter] }`,
  },
];

const kinds: InspectRow[] = [
  { src: `new Map([['a', 1], ['b', 2]])`, out: `Map(2) { 'a' => 1, 'b' => 2 }` },
  { src: `new Map()`, out: `Map(0) {}` },
  { src: `new Set([1, 'a', [2]])`, out: `Set(3) { 1, 'a', [ 2 ] }` },
  { src: `new Set()`, out: `Set(0) {}` },
  { src: `new Map([[{a: 1}, new Set([1])]])`, out: `Map(1) { { a: 1 } => Set(1) { 1 } }` },
  { src: `new WeakMap()`, out: `WeakMap { <items unknown> }` },
  { src: `new WeakSet()`, out: `WeakSet { <items unknown> }` },
  { src: `Object.assign(new Map([[1, 2]]), {x: 1})`, out: `Map(1) { 1 => 2, x: 1 }` },
  {
    src: `new Set(Array.from({length: 30}, (_, i) => i))`,
    out: `Set(30) {
  0,
  1,
  2,
  3,
  4,
  5,
  6,
  7,
  8,
  9,
  10,
  11,
  12,
  13,
  14,
  15,
  16,
  17,
  18,
  19,
  20,
  21,
  22,
  23,
  24,
  25,
  26,
  27,
  28,
  29
}`,
  },
  {
    src: `new Map(Array.from({length: 10}, (_, i) => [i, 'v' + i]))`,
    out: `Map(10) {
  0 => 'v0',
  1 => 'v1',
  2 => 'v2',
  3 => 'v3',
  4 => 'v4',
  5 => 'v5',
  6 => 'v6',
  7 => 'v7',
  8 => 'v8',
  9 => 'v9'
}`,
  },
  {
    src: `new Map([['config', {debug: true, level: 3, targets: ['console', 'file'], nested: {a: {b: 1}}}]])`,
    out: `Map(1) {
  'config' => {
    debug: true,
    level: 3,
    targets: [ 'console', 'file' ],
    nested: { a: [Object] }
  }
}`,
  },
  { src: `new Set([{a: 1}, {b: {c: {d: 1}}}])`, out: `Set(2) { { a: 1 }, { b: { c: [Object] } } }` },
  { src: `new Set([1, 2, 3, 4, 5])`, opts: { maxArrayLength: 2 }, out: `Set(5) { 1, 2, ... 3 more items }` },
  { src: `new Date(0)`, out: `1970-01-01T00:00:00.000Z` },
  { src: `new Date(NaN)`, out: `Invalid Date` },
  { src: `new Date(1e12)`, out: `2001-09-09T01:46:40.000Z` },
  { src: `Object.assign(new Date(0), {a: 1})`, out: `1970-01-01T00:00:00.000Z { a: 1 }` },
  { src: `/a/g`, out: `/a/g` },
  { src: `/a\\/b/gim`, out: `/a\\/b/gim` },
  { src: `new RegExp('a/b')`, out: `/a\\/b/` },
  { src: `new RegExp('')`, out: `/(?:)/` },
  { src: `new RegExp('[/]', 'yg')`, out: `/[/]/gy` },
  { src: `Object.assign(/x/, {y: 1})`, out: `/x/ { y: 1 }` },
  { src: `new Number(3)`, out: `[Number: 3]` },
  { src: `new Number(-0)`, out: `[Number: -0]` },
  { src: `new String('ab')`, out: `[String: 'ab']` },
  { src: `new Boolean(true)`, out: `[Boolean: true]` },
  { src: `Object(Symbol('q'))`, out: `[Symbol: Symbol(q)]` },
  { src: `Object(10n)`, out: `[BigInt: 10n]` },
  { src: `Object.assign(new String('ab'), {c: 1})`, out: `[String: 'ab'] { c: 1 }` },
  { src: `promise('fulfilled', 1)`, out: `Promise { 1 }` },
  { src: `promise('pending')`, out: `Promise { <pending> }` },
  { src: `promise('rejected', 3)`, out: `Promise { <rejected> 3 }` },
  { src: `promise('fulfilled', {a: [1, 2]})`, out: `Promise { { a: [ 1, 2 ] } }` },
  { src: `{p: promise('fulfilled', new Map([[1, {a: 1}]]))}`, out: `{ p: Promise { Map(1) { 1 => [Object] } } }` },
  { src: `Math`, out: `Object [Math] {}` },
  { src: `JSON`, out: `Object [JSON] {}` },
  { src: `Reflect`, out: `Object [Reflect] {}` },
  { src: `{m: Math, j: JSON}`, out: `{ m: Object [Math] {}, j: Object [JSON] {} }` },
  { src: `(() => { const o = {}; o.self = o; return o })()`, out: `<ref *1> { self: [Circular *1] }` },
  { src: `(() => { const a = [1]; a.push(a); return a })()`, out: `<ref *1> [ 1, [Circular *1] ]` },
  {
    src: `(() => { const o = {x: {}}; o.x.y = o; o.z = o.x; return o })()`,
    out: `<ref *1> { x: { y: [Circular *1] }, z: { y: [Circular *1] } }`,
  },
  {
    src: `(() => { const a = {}, b = {a}; a.b = b; return [a, b] })()`,
    out: `[
  <ref *1> { b: { a: [Circular *1] } },
  <ref *2> { a: <ref *1> { b: [Circular *2] } }
]`,
  },
  {
    src: `(() => { const m = new Map(); m.set('self', m); return m })()`,
    out: `<ref *1> Map(1) { 'self' => [Circular *1] }`,
  },
  { src: `Object.create(null)`, out: `[Object: null prototype] {}` },
  { src: `Object.assign(Object.create(null), {a: 1})`, out: `[Object: null prototype] { a: 1 }` },
  { src: `Object.create(Object.create(null))`, out: `Object <[Object: null prototype] {}> {}` },
  { src: `{[Symbol.toStringTag]: 'Custom', a: 1}`, out: `{ a: 1, [Symbol(Symbol.toStringTag)]: 'Custom' }` },
  {
    src: `(() => { const o = {a: 1}; Object.defineProperty(o, Symbol.toStringTag, {value: 'Tag'}); return o })()`,
    out: `Object [Tag] { a: 1 }`,
  },
  {
    src: `(() => { const o = {}; Object.defineProperty(o, Symbol.toStringTag, {value: 'Tag'}); return o })()`,
    out: `Object [Tag] {}`,
  },
  { src: `Object.prototype`, out: `[Object: null prototype] {}` },
  { src: `Function.prototype`, out: `[Function (anonymous)] Object` },
  { src: `Array.prototype`, out: `Object(0) []` },
  {
    src: `{und: undefined, fn: Math.max, cls: class Q {}, date: new Date(0), re: /r/}`,
    out: `{
  und: undefined,
  fn: [Function: max],
  cls: [class Q],
  date: 1970-01-01T00:00:00.000Z,
  re: /r/
}`,
  },
];

const errors: InspectRow[] = [
  {
    src: `(() => { const e = new Error('boom'); e.stack = 'Error: boom\\n    at foo (a.js:1:1)\\n    at bar (a.js:2:2)'; return e })()`,
    out: `Error: boom
    at foo (a.js:1:1)
    at bar (a.js:2:2)`,
  },
  {
    src: `(() => { const e = new Error('boom'); e.stack = 'Error: boom\\n    at foo (a.js:1:1)'; e.x = 1; return {e, list: [e]} })()`,
    out: `{
  e: Error: boom
      at foo (a.js:1:1) {
    x: 1
  },
  list: [
    Error: boom
        at foo (a.js:1:1) {
      x: 1
    }
  ]
}`,
  },
  {
    src: `(() => { const e = new Error('nostack'); e.stack = 'Error: nostack'; return [e, {e}] })()`,
    out: `[ [Error: nostack], { e: [Error: nostack] } ]`,
  },
  {
    src: `(() => { class MyErr extends Error {}; const e = new MyErr('m'); e.stack = 'Error: m\\n    at x (a.js:1:1)'; return e })()`,
    out: `MyErr [Error]: m
    at x (a.js:1:1)`,
  },
  {
    src: `(() => { class MyErr extends Error {}; const e = new MyErr('m'); e.name = 'MyErr'; e.stack = 'MyErr: m'; return e })()`,
    out: `[MyErr: m]`,
  },
  {
    src: `(() => { const e = new Error('c', {cause: 'why'}); e.stack = 'Error: c\\n    at y (b.js:1:1)'; return e })()`,
    out: `Error: c
    at y (b.js:1:1) {
  [cause]: 'why'
}`,
  },
  {
    src: `(() => { const e = new TypeError('t'); e.stack = 'TypeError: t'; e.name = 'Foo'; return e })()`,
    out: `[TypeError: t] { name: 'Foo' }`,
  },
  {
    src: `(() => { const e = new RangeError('r'); e.stack = 'RangeError: r'; return {deep: {deeper: {deepest: e}}} })()`,
    out: `{ deep: { deeper: { deepest: [RangeError: r] } } }`,
  },
  { src: `(() => { const e = new Error('x'); e.stack = ''; return e })()`, out: `[Error: x]` },
  { src: `(() => { const e = new Error(''); e.stack = ''; return e })()`, out: `[Error]` },
  {
    src: `(() => { const e = new Error('m'); e.stack = 'Error: m\\n    at a (x.js:1:1)'; e.message = 'changed'; return e })()`,
    out: `Error: m
    at a (x.js:1:1)`,
  },
  { src: `Error.prototype`, out: `{}` },
  { src: `TypeError.prototype`, out: `[Error [TypeError]]` },
  { src: `Object.create(Error.prototype)`, out: `[Error]` },
  {
    src: `(() => { const c = new Error('inner'); c.stack = 'Error: inner\\n    at a (x.js:1:1)\\n    at b (x.js:2:1)\\n    at c (x.js:3:1)\\n    at d (x.js:4:1)\\n    at e (x.js:5:1)'; const e = new Error('outer', {cause: c}); e.stack = 'Error: outer\\n    at z (x.js:9:1)\\n    at a (x.js:1:1)\\n    at b (x.js:2:1)\\n    at c (x.js:3:1)\\n    at d (x.js:4:1)\\n    at e (x.js:5:1)'; return e })()`,
    out: `Error: outer
    at z (x.js:9:1)
    at a (x.js:1:1)
    ... 3 lines matching cause stack trace ...
    at e (x.js:5:1) {
  [cause]: Error: inner
      at a (x.js:1:1)
      at b (x.js:2:1)
      at c (x.js:3:1)
      at d (x.js:4:1)
      at e (x.js:5:1)
}`,
  },
  {
    src: `(() => { const e = new Error('obj'); e.stack = 'Error: obj'; return Object.setPrototypeOf(e, null) })()`,
    out: `[[Error: null prototype]: obj]`,
  },
  {
    src: `(() => { const e = new Error('h'); e.stack = 'Error: h'; return e })()`,
    opts: { showHidden: true },
    out: `[Error: h] { [stack]: 'Error: h', [message]: 'h' }`,
  },
];

describeInspectRows('inspect: functions and classes', functions);
describeInspectRows('inspect: built-in kinds, cycles and prototypes', kinds);
describeInspectRows('inspect: errors', errors);
