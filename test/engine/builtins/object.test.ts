// Object: the constructor, its statics and Object.prototype, as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `console.log(typeof Object(), Object(1) instanceof Number, typeof new Object('s'), Object(null) !== null)`,
    out: `object true object true`,
  },
  {
    src: `const o = {}; console.log(Object(o) === o, new Object(o) === o)`,
    out: `true true`,
  },
  {
    src: `class A extends Object { constructor() { super(); this.x = 1; } } const a = new A(); console.log(a.x, a instanceof A, Object.getPrototypeOf(a) === A.prototype)`,
    out: `1 true true`,
  },
  {
    src: `console.log(Object.length, Object.name, Object.prototype.constructor === Object)`,
    out: `1 Object true`,
  },
  {
    src: `const o = { b: 1, a: 2, 2: 'x', 1: 'y', [Symbol('s')]: 3 }; console.log(Object.keys(o), Object.values(o))`,
    out: `[ '1', '2', 'b', 'a' ] [ 'y', 'x', 1, 2 ]`,
  },
  {
    src: `console.log(Object.entries({ a: 1, b: 'two' }))`,
    out: `[ [ 'a', 1 ], [ 'b', 'two' ] ]`,
  },
  {
    src: `console.log(Object.keys('ab'), Object.keys([5, 6]), Object.keys(5))`,
    out: `[ '0', '1' ] [ '0', '1' ] []`,
  },
  {
    src: `const o = Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }); console.log(Object.keys(o), Object.getOwnPropertyNames(o))`,
    out: `[ 'a' ] [ 'a', 'hidden' ]`,
  },
  {
    src: `const o = { get g() { return 'got'; } }; console.log(Object.values(o), Object.entries(o))`,
    out: `[ 'got' ] [ [ 'g', 'got' ] ]`,
  },
  {
    src: `const o = { a: 1, get b() { delete this.c; return 2; }, c: 3 }; console.log(Object.entries(o))`,
    out: `[ [ 'a', 1 ], [ 'b', 2 ] ]`,
  },
  {
    src: `try { Object.keys(null); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Cannot convert undefined or null to object`,
  },
  {
    src: `const t = { a: 1 }; const r = Object.assign(t, { b: 2 }, null, undefined, { a: 3 }); console.log(r === t, t)`,
    out: `true { a: 3, b: 2 }`,
  },
  {
    src: `const log = []; const src = { get x() { log.push('get'); return 1; } }; const dst = { set x(v) { log.push('set ' + v); } }; Object.assign(dst, src); console.log(log.join())`,
    out: `get,set 1`,
  },
  {
    src: `console.log(Object.assign({}, 'ab', [9], 1, true))`,
    out: `{ '0': 9, '1': 'b' }`,
  },
  {
    src: `'use strict'; try { Object.assign(Object.freeze({ a: 1 }), { a: 2 }); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Cannot assign to read only property 'a' of object '#<Object>'`,
  },
  {
    src: `const p = { hi() { return 'hi'; } }; const o = Object.create(p); console.log(o.hi(), Object.getPrototypeOf(o) === p, Object.keys(o).length)`,
    out: `hi true 0`,
  },
  {
    src: `const o = Object.create(null); console.log(Object.getPrototypeOf(o), typeof o.toString)`,
    out: `null undefined`,
  },
  {
    src: `const o = Object.create({}, { x: { value: 1, enumerable: true }, y: { value: 2 } }); console.log(Object.keys(o), o.y)`,
    out: `[ 'x' ] 2`,
  },
  {
    src: `for (const p of [1, undefined, 's']) { try { Object.create(p); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `TypeError: Object prototype may only be an Object or null: 1
TypeError: Object prototype may only be an Object or null: undefined
TypeError: Object prototype may only be an Object or null: s`,
  },
  {
    src: `const o = {}; Object.defineProperty(o, 'x', { value: 1 }); console.log(Object.getOwnPropertyDescriptor(o, 'x'))`,
    out: `{ value: 1, writable: false, enumerable: false, configurable: false }`,
  },
  {
    src: `const o = {}; Object.defineProperty(o, 'x', { get() { return 5; }, enumerable: true, configurable: true }); const d = Object.getOwnPropertyDescriptor(o, 'x'); console.log(o.x, typeof d.get, d.set, d.enumerable, d.configurable)`,
    out: `5 function undefined true true`,
  },
  {
    src: `'use strict'; const o = {}; Object.defineProperty(o, 'x', { value: 1 }); try { o.x = 2; } catch (e) { console.log(e.name + ': ' + e.message); } console.log(o.x)`,
    out: `TypeError: Cannot assign to read only property 'x' of object '#<Object>'
1`,
  },
  {
    src: `const tests = [() => Object.defineProperty(1, 'a', {}), () => Object.defineProperty({}, 'a', 1), () => Object.defineProperty({}, 'a', { get: 1 }), () => Object.defineProperty({}, 'a', { set: {} }), () => Object.defineProperty({}, 'a', { get() {}, value: 1 })];
for (const t of tests) { try { t(); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `TypeError: Object.defineProperty called on non-object
TypeError: Property description must be an object: 1
TypeError: Getter must be a function: 1
TypeError: Setter must be a function: #<Object>
TypeError: Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>`,
  },
  {
    src: `const o = Object.freeze({ a: 1 }); for (const k of ['a', 'b']) { try { Object.defineProperty(o, k, { value: 2 }); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `TypeError: Cannot redefine property: a
TypeError: Cannot define property b, object is not extensible`,
  },
  {
    src: `const o = {}; Object.defineProperties(o, { a: { value: 1, enumerable: true }, b: { get() { return 2; }, enumerable: true } }); console.log(o.a, o.b, Object.keys(o))`,
    out: `1 2 [ 'a', 'b' ]`,
  },
  {
    src: `try { Object.defineProperties(1, {}); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Object.defineProperties called on non-object`,
  },
  {
    src: `console.log(Object.getOwnPropertyDescriptor({ a: 1 }, 'b'), Object.getOwnPropertyDescriptor('abc', 'length'))`,
    out: `undefined { value: 3, writable: false, enumerable: false, configurable: false }`,
  },
  {
    src: `const d = Object.getOwnPropertyDescriptors({ a: 1, get b() { return 2; } }); console.log(Object.keys(d), d.a.writable, typeof d.b.get)`,
    out: `[ 'a', 'b' ] true function`,
  },
  {
    src: `const s = Symbol('s'); const o = { a: 1, [s]: 2 }; console.log(Object.getOwnPropertyNames(o), Object.getOwnPropertySymbols(o))`,
    out: `[ 'a' ] [ Symbol(s) ]`,
  },
  {
    src: `console.log(Object.getOwnPropertyNames([1, 2]), Object.getOwnPropertyNames('hi'))`,
    out: `[ '0', '1', 'length' ] [ '0', '1', 'length' ]`,
  },
  {
    src: `console.log(Object.getPrototypeOf(1) === Number.prototype, Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Object.prototype))`,
    out: `true true null`,
  },
  {
    src: `const a = {}; const b = Object.setPrototypeOf({}, a); console.log(Object.getPrototypeOf(b) === a, Object.setPrototypeOf(1, null))`,
    out: `true 1`,
  },
  {
    src: `const tests = [() => Object.setPrototypeOf(null, {}), () => Object.setPrototypeOf({}, 1), () => Object.setPrototypeOf(Object.preventExtensions({}), {}), () => { const a = {}; Object.setPrototypeOf(a, Object.create(a)); }];
for (const t of tests) { try { t(); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `TypeError: Object.setPrototypeOf called on null or undefined
TypeError: Object prototype may only be an Object or null: 1
TypeError: #<Object> is not extensible
TypeError: Cyclic __proto__ value`,
  },
  {
    src: `const o = Object.freeze({ a: 1, nested: { b: 2 } }); o.a = 9; o.c = 3; delete o.a; o.nested.b = 3; console.log(o.a, o.c, o.nested.b, Object.isFrozen(o), Object.isFrozen(o.nested))`,
    out: `1 undefined 3 true false`,
  },
  {
    src: `'use strict'; const o = Object.freeze({ a: 1 }); for (const f of [() => { o.a = 2; }, () => { o.b = 2; }, () => { delete o.a; }]) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `TypeError: Cannot assign to read only property 'a' of object '#<Object>'
TypeError: Cannot add property b, object is not extensible
TypeError: Cannot delete property 'a' of #<Object>`,
  },
  {
    src: `const o = Object.seal({ a: 1 }); o.a = 2; o.b = 3; delete o.a; console.log(o, Object.isSealed(o), Object.isFrozen(o), Object.isExtensible(o))`,
    out: `{ a: 2 } true false false`,
  },
  {
    src: `const o = Object.preventExtensions({ a: 1 }); o.b = 2; delete o.a; console.log(o, Object.isExtensible(o), Object.isSealed(o))`,
    out: `{} false true`,
  },
  {
    src: `const a = Object.freeze([1, 2]); console.log(Object.isFrozen(a), Object.isSealed(a), Object.getOwnPropertyDescriptor(a, 0), Object.getOwnPropertyDescriptor(a, 'length'))`,
    out: `true true { value: 1, writable: false, enumerable: true, configurable: false } { value: 2, writable: false, enumerable: false, configurable: false }`,
  },
  {
    src: `'use strict'; const a = Object.freeze([1]); for (const f of [() => { a[0] = 2; }, () => a.push(2), () => { a.length = 0; }]) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } } console.log(a)`,
    out: `TypeError: Cannot assign to read only property '0' of object '[object Array]'
TypeError: Cannot add property 1, object is not extensible
TypeError: Cannot assign to read only property 'length' of object '[object Array]'
[ 1 ]`,
  },
  {
    src: `'use strict'; const a = Object.seal([1, 2]); a[0] = 9; try { a.pop(); } catch (e) { console.log(e.name + ': ' + e.message); } console.log(a, Object.isSealed(a), Object.isFrozen(a))`,
    out: `TypeError: Cannot delete property '1' of [object Array]
[ 9, 2 ] true false`,
  },
  {
    src: `console.log(Object.isFrozen(1), Object.isSealed('s'), Object.isExtensible(1), Object.freeze(5), Object.isFrozen({}), Object.isFrozen(Object.preventExtensions({})))`,
    out: `true true false 5 false true`,
  },
  {
    src: `console.log(Object.fromEntries([['a', 1], ['b', 2]]), Object.fromEntries(new Map([['x', true]])))`,
    out: `{ a: 1, b: 2 } { x: true }`,
  },
  {
    src: `function* g() { yield ['k', 'v']; } console.log(Object.fromEntries(g()))`,
    out: `{ k: 'v' }`,
  },
  {
    src: `for (const v of [null, 1, [1], ['ab']]) { try { Object.fromEntries(v); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `TypeError: undefined is not iterable
TypeError: number 1 is not iterable (cannot read property Symbol(Symbol.iterator))
TypeError: Iterator value 1 is not an entry object
TypeError: Iterator value ab is not an entry object`,
  },
  {
    src: `console.log(Object.is(NaN, NaN), Object.is(0, -0), Object.is('a', 'a'), Object.is({}, {}))`,
    out: `true false true false`,
  },
  {
    src: `console.log(Object.hasOwn({ a: 1 }, 'a'), Object.hasOwn({ a: 1 }, 'toString'), Object.hasOwn([1], 0))`,
    out: `true false true`,
  },
  {
    src: `const o = { a: 1 }; console.log(o.hasOwnProperty('a'), o.hasOwnProperty('toString'), Object.prototype.hasOwnProperty.call([1], '0'))`,
    out: `true false true`,
  },
  {
    src: `try { Object.prototype.hasOwnProperty.call(null, 'a'); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Cannot convert undefined or null to object`,
  },
  {
    src: `function F() {} const f = new F(); console.log(F.prototype.isPrototypeOf(f), Object.prototype.isPrototypeOf(f), Array.prototype.isPrototypeOf(f), Object.prototype.isPrototypeOf.call(null, 1))`,
    out: `true true false false`,
  },
  {
    src: `console.log([1].propertyIsEnumerable(0), [1].propertyIsEnumerable('length'), ({ a: 1 }).propertyIsEnumerable('a'))`,
    out: `true false true`,
  },
  {
    src: `const ts = Object.prototype.toString; console.log([null, undefined, 1, 's', true, 1n, Symbol(), [], {}, function () {}, new Error('x'), new Boolean(false), new Number(1), new String(''), Object(1n), Object(Symbol())].map((v) => ts.call(v)).join(' '))`,
    out: `[object Null] [object Undefined] [object Number] [object String] [object Boolean] [object BigInt] [object Symbol] [object Array] [object Object] [object Function] [object Error] [object Boolean] [object Number] [object String] [object BigInt] [object Symbol]`,
  },
  {
    src: `const ts = Object.prototype.toString; console.log(ts.call(new Date(0)), ts.call(/x/), ts.call(new Map()), ts.call(JSON), ts.call(Math), ts.call(Reflect), ts.call(globalThis), ts.call((function () { return arguments; })()))`,
    out: `[object Date] [object RegExp] [object Map] [object JSON] [object Math] [object Reflect] [object global] [object Arguments]`,
  },
  {
    src: `const ts = Object.prototype.toString; console.log(ts.call({ [Symbol.toStringTag]: 'Custom' }), ts.call(Object.assign([], { [Symbol.toStringTag]: 5 })), String({}), \`\${{}}\`)`,
    out: `[object Custom] [object Array] [object Object] [object Object]`,
  },
  {
    src: `class Temp { get [Symbol.toStringTag]() { return 'Temp'; } } console.log(String(new Temp()), Object.prototype.toString.call(Object.create(null)))`,
    out: `[object Temp] [object Object]`,
  },
  {
    src: `console.log(({}).toLocaleString(), [1, 2].toLocaleString === Object.prototype.toLocaleString); try { Object.prototype.toLocaleString.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `[object Object] false
TypeError: Object.prototype.toLocaleString called on null or undefined`,
  },
  {
    src: `const o = {}; console.log(o.valueOf() === o, typeof Object.prototype.valueOf.call(1))`,
    out: `true object`,
  },
  {
    src: `const p = { x: 1 }; const o = {}; o.__proto__ = p; console.log(o.x, o.__proto__ === p, ({}).__proto__ === Object.prototype); o.__proto__ = 5; console.log(o.__proto__ === p)`,
    out: `1 true true
true`,
  },
  {
    src: `const d = Object.getOwnPropertyDescriptor(Object.prototype, '__proto__'); console.log(d.get.name, d.set.name, d.enumerable, d.configurable); try { d.set.call(null, {}); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `get __proto__ set __proto__ false true
TypeError: set Object.prototype.__proto__ called on null or undefined`,
  },
  {
    src: `const o = Object.create(null); o.__proto__ = { a: 1 }; console.log(o.a, Object.keys(o))`,
    out: `undefined [ '__proto__' ]`,
  },
  {
    src: `const o = {}; o.__defineGetter__('x', function () { return 42; }); o.__defineSetter__('x', function (v) { this.y = v; }); o.x = 7; console.log(o.x, o.y, typeof o.__lookupGetter__('x'), Object.create(o).__lookupSetter__('x') === o.__lookupSetter__('x'), o.__lookupGetter__('y'))`,
    out: `42 7 function true undefined`,
  },
  {
    src: `try { ({}).__defineGetter__('a', 1); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Object.prototype.__defineGetter__: Expecting function`,
  },
  {
    src: `console.log(Object.getOwnPropertyNames(Object.prototype))`,
    out: `[
  'constructor',
  '__defineGetter__',
  '__defineSetter__',
  'hasOwnProperty',
  '__lookupGetter__',
  '__lookupSetter__',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toString',
  'valueOf',
  '__proto__',
  'toLocaleString'
]`,
  },
];

describeRows('builtins: Object', rows);
