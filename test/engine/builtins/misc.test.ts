// Symbol, Boolean, BigInt, Reflect and the global functions (parseInt, URI handling, indirect
// eval, the sandboxed process), as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `const s = Symbol('desc'); console.log(typeof s, s.toString(), s.description, String(s), Symbol().description, Symbol(undefined).toString(), Symbol(null).description)`,
    out: `symbol Symbol(desc) desc Symbol(desc) undefined Symbol() null`,
  },
  {
    src: `try { new Symbol(); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Symbol is not a constructor`,
  },
  {
    src: `console.log(Symbol('a') === Symbol('a'), Symbol.for('app') === Symbol.for('app'), Symbol.keyFor(Symbol.for('app')), Symbol.keyFor(Symbol('x')), Symbol.keyFor(Symbol.iterator), Symbol.for().toString())`,
    out: `false true app undefined undefined Symbol(undefined)`,
  },
  {
    src: `try { Symbol.keyFor('a'); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: a is not a symbol`,
  },
  {
    src: `console.log(Symbol.iterator.toString(), Symbol.asyncIterator.description, typeof Symbol.hasInstance, Symbol.toPrimitive === Symbol.toPrimitive)`,
    out: `Symbol(Symbol.iterator) Symbol.asyncIterator symbol true`,
  },
  {
    src: `const d = Object.getOwnPropertyDescriptor(Symbol, 'iterator'); console.log(d.writable, d.enumerable, d.configurable, Symbol.length, Symbol.name)`,
    out: `false false false 0 Symbol`,
  },
  {
    src: `console.log(Object.getOwnPropertyNames(Symbol.prototype), Symbol.prototype[Symbol.toStringTag])`,
    out: `[ 'constructor', 'toString', 'valueOf', 'description' ] Symbol`,
  },
  {
    src: `const w = Object(Symbol('boxed')); console.log(typeof w, w.description, w.toString(), typeof w.valueOf(), w instanceof Symbol)`,
    out: `object boxed Symbol(boxed) symbol true`,
  },
  {
    src: `for (const f of [() => Symbol() + '', () => \`\${Symbol('t')}\`, () => Symbol() * 2, () => Symbol.prototype.toString.call(1), () => Symbol.prototype.valueOf.call({})]) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `TypeError: Cannot convert a Symbol value to a string
TypeError: Cannot convert a Symbol value to a string
TypeError: Cannot convert a Symbol value to a number
TypeError: Symbol.prototype.toString requires that 'this' be a Symbol
TypeError: Symbol.prototype.valueOf requires that 'this' be a Symbol`,
  },
  {
    src: `const s = Symbol('key'); const o = { [s]: 1, normal: 2 }; console.log(Object.keys(o), o[s], Object.getOwnPropertySymbols(o)[0] === s, JSON.stringify(o))`,
    out: `[ 'normal' ] 1 true {"normal":2}`,
  },
  {
    src: `console.log(Symbol('x') == Object(Symbol('x')), Symbol.prototype[Symbol.toPrimitive].name, Symbol({ toString() { return 'T'; } }).description)`,
    out: `false [Symbol.toPrimitive] T`,
  },
  {
    src: `console.log(Boolean(''), Boolean('0'), Boolean(0), Boolean(NaN), Boolean({}), Boolean([]), Boolean(0n), Boolean(Symbol()), Boolean())`,
    out: `false true false false true true false true false`,
  },
  {
    src: `const b = new Boolean(false); console.log(typeof b, b ? 'truthy' : 'falsy', b.valueOf(), b.toString(), b == false, b === false)`,
    out: `object truthy false false true false`,
  },
  {
    src: `console.log(true.toString(), false.valueOf(), Boolean.prototype.valueOf(), Object.prototype.toString.call(Boolean.prototype), Boolean.length)`,
    out: `true false false [object Boolean] 1`,
  },
  {
    src: `for (const f of [() => Boolean.prototype.toString.call(1), () => Boolean.prototype.valueOf.call('x')]) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `TypeError: Boolean.prototype.toString requires that 'this' be a Boolean
TypeError: Boolean.prototype.valueOf requires that 'this' be a Boolean`,
  },
  {
    src: `class B extends Boolean {} const b = new B(true); console.log(b.valueOf(), b instanceof B, b instanceof Boolean)`,
    out: `true true true`,
  },
  {
    src: `console.log(BigInt(10), BigInt('0x1f'), BigInt(' 12 '), BigInt(''), BigInt(true), BigInt(Number.MAX_SAFE_INTEGER) + 2n, typeof BigInt(1))`,
    out: `10n 31n 12n 0n 1n 9007199254740993n bigint`,
  },
  {
    src: `for (const v of [1.5, NaN, 'abc', '1.5', undefined, null, Symbol('q'), {}, '-0x10']) { try { BigInt(v); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `RangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer
RangeError: The number NaN cannot be converted to a BigInt because it is not an integer
SyntaxError: Cannot convert abc to a BigInt
SyntaxError: Cannot convert 1.5 to a BigInt
TypeError: Cannot convert undefined to a BigInt
TypeError: Cannot convert null to a BigInt
TypeError: Cannot convert Symbol(q) to a BigInt
SyntaxError: Cannot convert [object Object] to a BigInt
SyntaxError: Cannot convert -0x10 to a BigInt`,
  },
  {
    src: `try { new BigInt(1); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: BigInt is not a constructor`,
  },
  {
    src: `console.log((255n).toString(16), (-255n).toString(2), (10n).toString(), (1234567n).toLocaleString(), (5n).valueOf() === 5n, Object(5n).toString())`,
    out: `ff -11111111 10 1,234,567 true 5`,
  },
  {
    src: `for (const f of [() => (10n).toString(1), () => (10n).toString(37), () => BigInt.prototype.toString.call(1), () => BigInt.prototype.valueOf.call({})]) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `RangeError: toString() radix argument must be between 2 and 36
RangeError: toString() radix argument must be between 2 and 36
TypeError: BigInt.prototype.toString requires that 'this' be a BigInt
TypeError: BigInt.prototype.valueOf requires that 'this' be a BigInt`,
  },
  {
    src: `console.log(BigInt.asIntN(8, 255n), BigInt.asIntN(8, 127n), BigInt.asUintN(8, -1n), BigInt.asUintN(64, -1n), BigInt.asIntN(0, 5n))`,
    out: `-1n 127n 255n 18446744073709551615n 0n`,
  },
  {
    src: `for (const f of [() => BigInt.asIntN(-1, 1n), () => BigInt.asIntN(8, 1), () => BigInt.asUintN(8, '1x')]) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `RangeError: Invalid value: not (convertible to) a safe integer
TypeError: Cannot convert 1 to a BigInt
SyntaxError: Cannot convert 1x to a BigInt`,
  },
  {
    src: `console.log(Object.getOwnPropertyNames(BigInt), Object.getOwnPropertyNames(BigInt.prototype), BigInt.prototype[Symbol.toStringTag], Object.prototype.toString.call(1n))`,
    out: `[ 'length', 'name', 'prototype', 'asUintN', 'asIntN' ] [ 'constructor', 'toLocaleString', 'toString', 'valueOf' ] BigInt [object BigInt]`,
  },
  {
    src: `console.log(Object.getOwnPropertyNames(Reflect).join(), String(Reflect), typeof Reflect)`,
    out: `defineProperty,deleteProperty,apply,construct,get,getOwnPropertyDescriptor,getPrototypeOf,has,isExtensible,ownKeys,preventExtensions,set,setPrototypeOf [object Reflect] object`,
  },
  {
    src: `function f(a, b) { return this.k + a + b; } console.log(Reflect.apply(f, { k: 1 }, [2, 3]), Reflect.apply(Math.max, null, [1, 4]))`,
    out: `6 4`,
  },
  {
    src: `for (const v of [{}, 's', undefined]) { try { Reflect.apply(v); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `TypeError: Function.prototype.apply was called on #<Object>, which is an object and not a function
TypeError: Function.prototype.apply was called on s, which is a string and not a function
TypeError: Function.prototype.apply was called on undefined, which is a undefined and not a function`,
  },
  {
    src: `class A { constructor(x) { this.x = x; } } class B {} const o = Reflect.construct(A, [1], B); console.log(o.x, o instanceof B, o instanceof A, Reflect.construct(Date, [0]).getTime())`,
    out: `1 true false 0`,
  },
  {
    src: `for (const f of [() => Reflect.construct(1, []), () => Reflect.construct(function () {}, [], 1), () => Reflect.construct(() => {}, []), () => Reflect.apply(function () {}, null)]) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `TypeError: 1 is not a constructor
TypeError: 1 is not a constructor
TypeError: () => {} is not a constructor
TypeError: CreateListFromArrayLike called on non-object`,
  },
  {
    src: `const o = { a: 1, get g() { return this.a; } }; console.log(Reflect.get(o, 'a'), Reflect.get(o, 'g', { a: 'receiver' }), Reflect.has(o, 'toString'), Reflect.has(o, 'zz'))`,
    out: `1 receiver true false`,
  },
  {
    src: `const o = {}; console.log(Reflect.set(o, 'a', 1), o.a, Reflect.set(Object.freeze({ a: 1 }), 'a', 2), Reflect.set({ set s(v) { this.t = v; } }, 's', 5))`,
    out: `true 1 false true`,
  },
  {
    src: `const o = {}; console.log(Reflect.defineProperty(o, 'x', { value: 1 }), Reflect.defineProperty(o, 'x', { value: 2 }), Reflect.deleteProperty(o, 'x'), Reflect.deleteProperty({ y: 1 }, 'y'))`,
    out: `true false false true`,
  },
  {
    src: `const s = Symbol('s'); console.log(Reflect.ownKeys({ b: 1, a: 2, 1: 0, [s]: 3 }), Reflect.ownKeys([1]))`,
    out: `[ '1', 'b', 'a', Symbol(s) ] [ '0', 'length' ]`,
  },
  {
    src: `const o = {}; console.log(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o), Reflect.setPrototypeOf(o, null), Reflect.setPrototypeOf(o, Object.prototype), Reflect.getPrototypeOf([]) === Array.prototype)`,
    out: `true true false false true true`,
  },
  {
    src: `console.log(Reflect.getOwnPropertyDescriptor({ a: 1 }, 'a'), Reflect.getOwnPropertyDescriptor({}, 'a'))`,
    out: `{ value: 1, writable: true, enumerable: true, configurable: true } undefined`,
  },
  {
    src: `for (const name of ['get', 'set', 'has', 'ownKeys', 'defineProperty', 'getPrototypeOf', 'deleteProperty', 'isExtensible', 'preventExtensions', 'getOwnPropertyDescriptor', 'setPrototypeOf']) { try { Reflect[name](1, 'a', {}); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `TypeError: Reflect.get called on non-object
TypeError: Reflect.set called on non-object
TypeError: Reflect.has called on non-object
TypeError: Reflect.ownKeys called on non-object
TypeError: Reflect.defineProperty called on non-object
TypeError: Reflect.getPrototypeOf called on non-object
TypeError: Reflect.deleteProperty called on non-object
TypeError: Reflect.isExtensible called on non-object
TypeError: Reflect.preventExtensions called on non-object
TypeError: Reflect.getOwnPropertyDescriptor called on non-object
TypeError: Reflect.setPrototypeOf called on non-object`,
  },
  {
    src: `try { Reflect.setPrototypeOf({}, 1); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Object prototype may only be an Object or null: 1`,
  },
  {
    src: `console.log(typeof globalThis, globalThis.globalThis === globalThis, global === globalThis, Object.prototype.toString.call(globalThis))`,
    out: `object true true [object global]`,
  },
  {
    src: `console.log(Object.getOwnPropertyDescriptor(globalThis, 'NaN'), Object.getOwnPropertyDescriptor(globalThis, 'undefined').writable, Object.getOwnPropertyDescriptor(globalThis, 'Infinity').configurable)`,
    out: `{ value: NaN, writable: false, enumerable: false, configurable: false } false false`,
  },
  {
    src: `NaN = 1; undefined = 2; Infinity = 3; console.log(NaN, undefined, Infinity)`,
    out: `NaN undefined Infinity`,
  },
  {
    src: `'use strict'; try { undefined = 1; } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Cannot assign to read only property 'undefined' of object '#<Object>'`,
  },
  {
    src: `const d = Object.getOwnPropertyDescriptor(globalThis, 'parseInt'); console.log(d.writable, d.enumerable, d.configurable, parseInt.length, parseFloat.length, isNaN.length, eval.length, eval.name)`,
    out: `true false true 2 1 1 1 eval`,
  },
  {
    src: `console.log(parseInt('0x1f'), parseInt('  12px'), parseInt('-0'), parseInt('z', 36), parseInt('10', 37), parseInt('', 10), parseInt('123', 0), parseInt('12', 1), parseInt('0b11'), parseInt(1e21), parseInt(0.0000005), parseInt('  -0x10'), parseInt(null, 36))`,
    out: `31 12 -0 35 NaN NaN 123 NaN 0 1 5 -16 1112745`,
  },
  {
    src: `console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e1x'), parseFloat('Infinityx'), parseFloat('-Infinity'), parseFloat('abc'), parseFloat('  1e'), parseFloat('0x10'), Object.is(parseFloat('-0'), -0), parseFloat({ toString() { return '7.5'; } }))`,
    out: `3.14 0.5 -5 Infinity -Infinity NaN 1 0 true 7.5`,
  },
  {
    src: `console.log(isNaN('abc'), isNaN(''), isNaN(undefined), isNaN(null), isNaN('1e3'), isFinite('12'), isFinite(Infinity), isFinite(null), isFinite('x'))`,
    out: `true false true false false true false true false`,
  },
  {
    src: `try { isNaN(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); } try { isNaN(1n); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Cannot convert a Symbol value to a number
TypeError: Cannot convert a BigInt value to a number`,
  },
  {
    src: `console.log(encodeURIComponent("a b&c=d/é?#;,@+$!'()*~-_."), encodeURI("http://x.com/a b?q=1&r=é#h;,/?:@&=+$!'()*"), encodeURIComponent('\\uD83D\\uDE00'))`,
    out: `a%20b%26c%3Dd%2F%C3%A9%3F%23%3B%2C%40%2B%24!'()*~-_. http://x.com/a%20b?q=1&r=%C3%A9#h;,/?:@&=+$!'()* %F0%9F%98%80`,
  },
  {
    src: `console.log(decodeURIComponent('%E2%82%AC%20%2F'), decodeURI('%E2%82%AC%20%2F%23'), decodeURIComponent(encodeURIComponent('ünï cödé')))`,
    out: `€ / € %2F%23 ünï cödé`,
  },
  {
    src: `for (const f of [() => decodeURIComponent('%'), () => encodeURIComponent('\\uD800'), () => decodeURI('%E0%A4%A')]) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `URIError: URI malformed
URIError: URI malformed
URIError: URI malformed`,
  },
  {
    src: `console.log(escape('a b+é@*_-./\\u1234'), unescape('%u1234%20%zz%4'))`,
    out: `a%20b+%E9@*_-./%u1234 ሴ %zz%4`,
  },
  {
    src: `console.log(eval(1), eval({ a: 1 }).a, eval(), (0, eval)('1 + 2'), (0, eval)('var evalVar = 5; evalVar * 2'), typeof evalVar)`,
    out: `1 1 undefined 3 10 number`,
  },
  {
    src: `const x = 'local'; globalThis.y = 'global y'; function f() { const y = 'inner'; return (0, eval)('typeof x + " " + y'); } console.log(f())`,
    out: `undefined global y`,
  },
  {
    src: `try { (0, eval)('let x = 1; x +'); } catch (e) { console.log(e.name); }`,
    out: `SyntaxError`,
  },
  // not Node's output: Glassbox's process is a sandbox with nothing of the host in it (DESIGN.md, decision 7):
  // an empty env, and argv naming Glassbox's fixed execPath and the program.
  {
    src: `console.log(typeof process, typeof process.env, Object.keys(process.env).length, process.argv, process.exitCode, typeof require, typeof module, typeof Buffer)`,
    out: `object object 0 [ '/glassbox/bin/node', 't.js' ] undefined function object function`,
  },
];

describeRows('builtins: Symbol, Boolean, BigInt, Reflect, globals', rows);
