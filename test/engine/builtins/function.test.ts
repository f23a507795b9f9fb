// Function.prototype (call, apply, bind, toString, @@hasInstance, caller/arguments) and the
// Function constructor, as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `console.log(typeof Function.prototype, Function.prototype(), Function.prototype.name === '', Function.prototype.length, Object.getPrototypeOf(Function.prototype) === Object.prototype)`,
    out: `function undefined true 0 true`,
  },
  {
    src: `console.log(Object.getOwnPropertyNames(Function.prototype))`,
    out: `[
  'length',      'name',
  'arguments',   'caller',
  'constructor', 'apply',
  'bind',        'call',
  'toString'
]`,
  },
  {
    src: `console.log(Function.prototype.constructor === Function, Function.length, Function.name, Object.getPrototypeOf(Function) === Function.prototype)`,
    out: `true 1 Function true`,
  },
  {
    src: `function show(a, b) { return [this === undefined ? 'undef' : typeof this, a, b].join(); } console.log(show.call(1, 2, 3), show.apply('s', [4, 5]), show.apply(null), show.call())`,
    out: `object,2,3 object,4,5 object,, object,,`,
  },
  {
    src: `function strict() { 'use strict'; return this; } console.log(strict.call(5), strict.apply(null), strict.call(undefined))`,
    out: `5 null undefined`,
  },
  {
    src: `function sloppy() { return this; } console.log(sloppy.call(null) === globalThis, typeof sloppy.call(5), sloppy.call(5) instanceof Number)`,
    out: `true object true`,
  },
  {
    src: `function count() { return arguments.length; } console.log(count.apply(null, { length: 3 }), count.apply(null, 'ab'.split('')), count.apply(null, undefined))`,
    out: `3 2 0`,
  },
  {
    src: `try { (function () {}).apply(null, 1); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: CreateListFromArrayLike called on non-object`,
  },
  {
    src: `console.log(Math.max.apply(null, [1, 5, 3]), Array.prototype.slice.call('abc', 1), [].concat.call([1], [2]))`,
    out: `5 [ 'b', 'c' ] [ 1, 2 ]`,
  },
  {
    src: `const o = { n: 'o', get() { return this.n; } }; const f = o.get; console.log(f.call({ n: 'other' }), f.apply(o))`,
    out: `other o`,
  },
  {
    src: `console.log(Function.prototype.call.length, Function.prototype.apply.length, Function.prototype.bind.length, Function.prototype.toString.length)`,
    out: `1 2 1 0`,
  },
  {
    src: `function add(a, b, c) { return [this.k, a, b, c].join(); } const b = add.bind({ k: 'K' }, 1); console.log(b(2, 3), b.name, b.length, Object.getOwnPropertyNames(b))`,
    out: `K,1,2,3 bound add 2 [ 'length', 'name' ]`,
  },
  {
    src: `function f(a, b) {} console.log(f.bind().bind().name, f.bind(null, 1, 2, 3).length, (() => {}).bind().name, Math.max.bind(null, 1).length)`,
    out: `bound bound f 0 bound  1`,
  },
  {
    src: `const anon = function () {}; Object.defineProperty(anon, 'name', { value: 42 }); console.log(JSON.stringify(anon.bind().name))`,
    out: `"bound "`,
  },
  {
    src: `function g() {} Object.defineProperty(g, 'length', { value: -5 }); const h = function () {}; Object.defineProperty(h, 'length', { value: Infinity }); console.log(g.bind().length, h.bind(null, 1).length)`,
    out: `0 Infinity`,
  },
  {
    src: `function P(x) { this.x = x; } const BP = P.bind({ ignored: true }, 7); const p = new BP(); console.log(p.x, p instanceof P, p instanceof BP, 'prototype' in BP)`,
    out: `7 true true false`,
  },
  {
    src: `class A { constructor(v) { this.v = v; } } const BA = A.bind(null, 'bound'); console.log(new BA().v, Object.getPrototypeOf(BA) === Function.prototype)`,
    out: `bound true`,
  },
  {
    src: `function T() {} Object.setPrototypeOf(T, null); const bt = Function.prototype.bind.call(T); console.log(Object.getPrototypeOf(bt))`,
    out: `null`,
  },
  {
    src: `try { Function.prototype.bind.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Bind must be called on a function`,
  },
  {
    src: `const bound = function () { return this; }.bind('s'); console.log(typeof bound(), typeof bound.call(1))`,
    out: `object object`,
  },
  {
    src: `function named(a, b) { return a + b; } console.log(named.toString()); console.log(String((x) => x * 2)); console.log(\`\${function () { /* c */ }}\`)`,
    out: `function named(a, b) { return a + b; }
(x) => x * 2
function () { /* c */ }`,
  },
  {
    src: `class K { m() {} } console.log(K.toString()); console.log(K.prototype.m.toString()); console.log(String({ get x() { return 1; } }.__lookupGetter__('x')))`,
    out: `class K { m() {} }
m() {}
get x() { return 1; }`,
  },
  {
    src: `console.log(Array.prototype.push.toString()); console.log(String(Object.getOwnPropertyDescriptor(Object.prototype, '__proto__').get)); console.log(String(Function.prototype))`,
    out: `function push() { [native code] }
function get __proto__() { [native code] }
function () { [native code] }`,
  },
  {
    src: `console.log(String(function () {}.bind())); console.log(String(Math.max.bind())); console.log(Array.prototype[Symbol.iterator].toString())`,
    out: `function () { [native code] }
function () { [native code] }
function values() { [native code] }`,
  },
  {
    src: `try { Function.prototype.toString.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Function.prototype.toString requires that 'this' be a Function`,
  },
  {
    src: `const add = Function('a', 'b', 'return a + b'); console.log(add(2, 3), add.name, add.length, typeof add)`,
    out: `5 anonymous 2 function`,
  },
  {
    src: `const f = new Function('a, b', 'c', 'return a + b + c'); console.log(f(1, 2, 3)); console.log(f.toString())`,
    out: `6
function anonymous(a, b,c
) {
return a + b + c
}`,
  },
  {
    src: `console.log(new Function().toString()); console.log(Function()())`,
    out: `function anonymous(
) {

}
undefined`,
  },
  {
    src: `var x = 'global'; function outer() { var x = 'local'; return Function('return typeof x === "string" ? x : "none"')(); } console.log(outer())`,
    out: `none`,
  },
  {
    src: `try { Function('}'); } catch (e) { console.log(e.name); }`,
    out: `SyntaxError`,
  },
  {
    src: `const f = Function('return this'); console.log(f() === globalThis)`,
    out: `true`,
  },
  {
    src: `console.log(Function('"use strict"; return this')())`,
    out: `undefined`,
  },
  {
    src: `console.log(Function({ toString() { return 'return 7'; } })())`,
    out: `7`,
  },
  {
    src: `class MyFn extends Function {} const m = new MyFn('return 1'); console.log(m(), m instanceof MyFn, m instanceof Function)`,
    out: `1 true true`,
  },
  {
    src: `const d = Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance); console.log(d.writable, d.enumerable, d.configurable, d.value.name)`,
    out: `false false false [Symbol.hasInstance]`,
  },
  {
    src: `function F() {} console.log(F[Symbol.hasInstance](new F()), Object[Symbol.hasInstance]({}), F[Symbol.hasInstance](1))`,
    out: `true true false`,
  },
  {
    src: `class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } } console.log(2 instanceof Even, 3 instanceof Even)`,
    out: `true false`,
  },
  {
    src: `try { ({}) instanceof Math.max; } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Function has non-object prototype 'undefined' in instanceof check`,
  },
  {
    src: `const d = Object.getOwnPropertyDescriptor(Function.prototype, 'caller'); console.log(typeof d.get, d.get === d.set, d.enumerable, d.configurable, d.get.name === '', d.get.length, Object.isFrozen(d.get))`,
    out: `function true false true true 0 true`,
  },
  {
    src: `const a = Object.getOwnPropertyDescriptor(Function.prototype, 'arguments'); const c = Object.getOwnPropertyDescriptor(Function.prototype, 'caller'); console.log(a.get === c.get)`,
    out: `true`,
  },
  {
    src: `for (const f of [() => 1, function () { 'use strict'; }, class {}]) { try { f.caller; } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them
TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them
TypeError: 'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them`,
  },
  {
    src: `try { Function.prototype.arguments = 1; } catch (e) { console.log(e.name); }`,
    out: `TypeError`,
  },
  {
    src: `function sloppy() {} console.log(sloppy.caller, sloppy.arguments, Object.getOwnPropertyNames(sloppy).sort())`,
    out: `null null [ 'arguments', 'caller', 'length', 'name', 'prototype' ]`,
  },
];

describeRows('builtins: Function', rows);
