// Reflect: the internal methods as functions (false instead of throwing, receivers,
// newTarget, key order), as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: "console.log(Reflect.ownKeys({ b: 1, 10: 1, a: 1, 2: 1, [Symbol.for('s')]: 1 }), Reflect.ownKeys([1, 2]), Reflect.ownKeys(function f(a) {}))",
    out: "[ '2', '10', 'b', 'a', Symbol(s) ] [ '0', '1', 'length' ] [ 'length', 'name', 'arguments', 'caller', 'prototype' ]",
  },
  {
    src: "const o = { get g() { return this === r; } }; const r = {}; console.log(Reflect.get(o, 'g'), Reflect.get(o, 'g', r), Reflect.get([5], 0), Reflect.get(o, 'missing'))",
    out: "false true 5 undefined",
  },
  {
    src: "const o = { set s(v) { this.got = v; } }; const r = {}; console.log(Reflect.set(o, 's', 1, r), r.got, o.got, Reflect.set(o, 'plain', 2, r), r.plain, o.plain)",
    out: "true 1 undefined true 2 undefined",
  },
  {
    src: "console.log(Reflect.set(Object.freeze({ a: 1 }), 'a', 2), Reflect.set({}, 'x', 1, 5), Reflect.set(Object.preventExtensions({}), 'n', 1))",
    out: "false false false",
  },
  {
    src: "const r = Object.defineProperty({}, 'x', { value: 1, writable: false, configurable: true }); console.log(Reflect.set({}, 'x', 2, r), r.x)",
    out: "false 1",
  },
  {
    src: "const r = Object.defineProperty({}, 'x', { get() { return 1; }, configurable: true }); console.log(Reflect.set({}, 'x', 2, r))",
    out: "false",
  },
  {
    src: "const o = {}; console.log(Reflect.defineProperty(o, 'a', { value: 1 }), Reflect.defineProperty(o, 'a', { value: 2 }), Reflect.defineProperty(Object.freeze({}), 'b', { value: 1 }), o.a)",
    out: "true false false 1",
  },
  {
    src: "console.log(Reflect.getOwnPropertyDescriptor({ a: 1 }, 'a'), Reflect.getOwnPropertyDescriptor({}, 'a'), Reflect.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x'))",
    out: "{ value: 1, writable: true, enumerable: true, configurable: true } undefined {\n  get: [Function: get x],\n  set: undefined,\n  enumerable: true,\n  configurable: true\n}",
  },
  {
    src: "console.log(Reflect.deleteProperty({ a: 1 }, 'a'), Reflect.deleteProperty(Object.freeze({ a: 1 }), 'a'), Reflect.deleteProperty([1], 'length'))",
    out: "true false false",
  },
  {
    src: "console.log(Reflect.has({ a: 1 }, 'a'), Reflect.has([], 'length'), Reflect.has(Object.create({ inh: 1 }), 'inh'), Reflect.has({}, Symbol.iterator))",
    out: "true true true false",
  },
  {
    src: "const o = {}; console.log(Reflect.isExtensible(o), Reflect.preventExtensions(o), Reflect.isExtensible(o), Reflect.setPrototypeOf(o, null), Reflect.setPrototypeOf(o, Object.prototype))",
    out: "true true false false true",
  },
  {
    src: "const a = {}; const b = Object.create(a); console.log(Reflect.setPrototypeOf(a, b), Reflect.getPrototypeOf(b) === a, Reflect.getPrototypeOf(Object.create(null)))",
    out: "false true null",
  },
  {
    src: "console.log(Reflect.apply(String.prototype.slice, 'hello', [1, 3]), Reflect.apply(Math.min, undefined, { length: 2, 0: 4, 1: 3 }))",
    out: "el 3",
  },
  {
    src: "function F() { this.nt = new.target; } function G() {} G.prototype.tag = 'G'; const o = Reflect.construct(F, [], G); console.log(o.nt === G, o.tag, Object.getPrototypeOf(o) === G.prototype)",
    out: "true G true",
  },
  {
    src: "class Base { constructor() { this.made = new.target.name; } } class Other {} console.log(Reflect.construct(Base, []), Reflect.construct(Base, [], Other), Reflect.construct(Base, [], Other) instanceof Other)",
    out: "Base { made: 'Base' } Other { made: 'Other' } true",
  },
  {
    src: "console.log(Reflect.construct(Error, ['m'], TypeError) instanceof TypeError, Reflect.construct(Array, [1, 2]), Reflect.construct(Map, [[[1, 2]]]).get(1))",
    out: "true [ 1, 2 ] 2",
  },
  {
    src: "for (const f of [() => Reflect.apply(1, null, []), () => Reflect.apply(Math.max, null), () => Reflect.apply(Math.max, null, 1), () => Reflect.construct(Math.max, []), () => Reflect.construct(function () {}, [], 1), () => Reflect.construct(function () {})]) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }",
    out: "TypeError: Function.prototype.apply was called on 1, which is a number and not a function\nTypeError: CreateListFromArrayLike called on non-object\nTypeError: CreateListFromArrayLike called on non-object\nTypeError: function max() { [native code] } is not a constructor\nTypeError: 1 is not a constructor\nTypeError: CreateListFromArrayLike called on non-object",
  },
  {
    src: "for (const m of ['get', 'set', 'has', 'deleteProperty', 'defineProperty', 'getOwnPropertyDescriptor', 'ownKeys', 'getPrototypeOf', 'setPrototypeOf', 'isExtensible', 'preventExtensions']) { try { Reflect[m](1, 'a', {}); } catch (e) { console.log(e.name + ': ' + e.message); } }",
    out: "TypeError: Reflect.get called on non-object\nTypeError: Reflect.set called on non-object\nTypeError: Reflect.has called on non-object\nTypeError: Reflect.deleteProperty called on non-object\nTypeError: Reflect.defineProperty called on non-object\nTypeError: Reflect.getOwnPropertyDescriptor called on non-object\nTypeError: Reflect.ownKeys called on non-object\nTypeError: Reflect.getPrototypeOf called on non-object\nTypeError: Reflect.setPrototypeOf called on non-object\nTypeError: Reflect.isExtensible called on non-object\nTypeError: Reflect.preventExtensions called on non-object",
  },
  {
    src: "try { Reflect.defineProperty({}, 'a', 1); } catch (e) { console.log(e.message); } try { Reflect.setPrototypeOf({}, 1); } catch (e) { console.log(e.message); } try { Reflect.defineProperty({}, 'a', { get: 1 }); } catch (e) { console.log(e.message); }",
    out: "Property description must be an object: 1\nObject prototype may only be an Object or null: 1\nGetter must be a function: 1",
  },
  {
    src: "console.log(Object.getOwnPropertyNames(Reflect).map((k) => k + '/' + Reflect[k].length).join(' '), Object.prototype.toString.call(Reflect), typeof Reflect)",
    out: "defineProperty/3 deleteProperty/2 apply/3 construct/2 get/2 getOwnPropertyDescriptor/2 getPrototypeOf/1 has/2 isExtensible/1 ownKeys/1 preventExtensions/1 set/3 setPrototypeOf/2 [object Reflect] object",
  },
  {
    src: "try { new Reflect.get({}, 'a'); } catch (e) { console.log(e.message); } try { Reflect(); } catch (e) { console.log(e.message); }",
    out: "Reflect.get is not a constructor\nReflect is not a function",
  },
  {
    src: "console.log(Reflect.get(new Proxy({ a: 1 }, {}), 'a'), Reflect.ownKeys(new Proxy({ b: 1 }, {})), Reflect.has(new Proxy({}, { has: () => true }), 'q'))",
    out: "1 [ 'b' ] true",
  },
  {
    src: "const key = { toString() { console.log('toString'); return 'k'; } }; const o = {}; Reflect.set(o, key, 1); console.log(Reflect.get(o, key), Reflect.has(o, key))",
    out: "toString\ntoString\ntoString\n1 true",
  },
];

describeRows('builtins: Reflect', rows);
