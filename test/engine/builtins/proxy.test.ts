// Proxy: every trap, forwarding to the target, the invariant checks in V8's words, revocation,
// callable proxies and how console.log shows them, as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: "const p = new Proxy({}, {}); p.a = 1; console.log(p.a, Object.keys(p), 'a' in p, delete p.a, 'a' in p)",
    out: "1 [ 'a' ] true true false",
  },
  {
    src: "console.log(typeof Proxy, Proxy.length, Proxy.name, Proxy.prototype, Object.getOwnPropertyNames(Proxy))",
    out: "function 2 Proxy undefined [ 'length', 'name', 'revocable' ]",
  },
  {
    src: "try { Proxy({}, {}); } catch (e) { console.log(e.name + ': ' + e.message); }",
    out: "TypeError: Constructor Proxy requires 'new'",
  },
  {
    src: "try { new Proxy({}, 1); } catch (e) { console.log(e.name + ': ' + e.message); }",
    out: "TypeError: Cannot create proxy with a non-object as target or handler",
  },
  {
    src: "const log = []; const p = new Proxy({ x: 1 }, { get(t, k, r) { log.push(k); return r === p ? t[k] * 2 : 0; } }); console.log(p.x, p['x'], log)",
    out: "2 2 [ 'x', 'x' ]",
  },
  {
    src: "const p = new Proxy({}, { set(t, k, v, r) { t[k] = v * 2; return true; } }); p.a = 2; p['b'] = 3; console.log(p.a, p.b, Object.assign(p, { c: 4 }).c)",
    out: "4 6 8",
  },
  {
    src: "'use strict'; const p = new Proxy({}, { set: () => false }); try { p.x = 1; } catch (e) { console.log(e.message); } console.log(Reflect.set(p, 'x', 1))",
    out: "'set' on proxy: trap returned falsish for property 'x'\nfalse",
  },
  {
    src: "const p = new Proxy({}, { set: () => false }); p.x = 1; console.log('sloppy ignores', p.x)",
    out: "sloppy ignores undefined",
  },
  {
    src: "const p = new Proxy({}, { has: (t, k) => k.startsWith('a') }); console.log('abc' in p, 'b' in p, Reflect.has(p, 'ax'), 'a' in Object.create(p))",
    out: "true false true true",
  },
  {
    src: "const p = new Proxy({ a: 1 }, { deleteProperty(t, k) { console.log('delete', k); return delete t[k]; } }); console.log(delete p.a, delete p['zz'], p.a)",
    out: "delete a\ndelete zz\ntrue true undefined",
  },
  {
    src: "'use strict'; const p = new Proxy({ a: 1 }, { deleteProperty: () => false }); try { delete p.a; } catch (e) { console.log(e.message); }",
    out: "'deleteProperty' on proxy: trap returned falsish for property 'a'",
  },
  {
    src: "const p = new Proxy({ a: 1, b: 2, c: 3 }, { ownKeys: () => ['c', 'a', 'zz'] }); console.log(Object.keys(p), Reflect.ownKeys(p), Object.getOwnPropertyNames(p), JSON.stringify(p))",
    out: "[ 'c', 'a' ] [ 'c', 'a', 'zz' ] [ 'c', 'a', 'zz' ] {\"c\":3,\"a\":1}",
  },
  {
    src: "const p = new Proxy({}, { getOwnPropertyDescriptor: (t, k) => ({ value: k.toUpperCase(), enumerable: true, configurable: true }), ownKeys: () => ['x', 'y'] }); console.log(Object.getOwnPropertyDescriptor(p, 'x'), Object.keys(p), p.hasOwnProperty('q'), Object.hasOwn(p, 'r'))",
    out: "{ value: 'X', writable: false, enumerable: true, configurable: true } [ 'x', 'y' ] true true",
  },
  {
    src: "const p = new Proxy({}, { defineProperty(t, k, d) { console.log('define', k, d); return Reflect.defineProperty(t, k, d); } }); Object.defineProperty(p, 'a', { value: 1, enumerable: true }); p.b = 2; console.log(Object.getOwnPropertyDescriptors(p))",
    out: "define a { value: 1, enumerable: true }\ndefine b { value: 2, writable: true, enumerable: true, configurable: true }\n{\n  a: { value: 1, writable: false, enumerable: true, configurable: false },\n  b: { value: 2, writable: true, enumerable: true, configurable: true }\n}",
  },
  {
    src: "const p = new Proxy({}, { getPrototypeOf: () => Array.prototype }); console.log(p instanceof Array, Object.getPrototypeOf(p) === Array.prototype, Array.prototype.isPrototypeOf(p), Reflect.getPrototypeOf(p) === Array.prototype)",
    out: "true true true true",
  },
  {
    src: "const p = new Proxy({}, { setPrototypeOf(t, v) { console.log('setProto', v === null); return Reflect.setPrototypeOf(t, v); } }); Object.setPrototypeOf(p, null); console.log(Object.getPrototypeOf(p)); try { Object.setPrototypeOf(new Proxy({}, { setPrototypeOf: () => false }), {}); } catch (e) { console.log(e.message); }",
    out: "setProto true\nnull\n'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'",
  },
  {
    src: "const p = new Proxy({}, { isExtensible(t) { console.log('isExtensible'); return Reflect.isExtensible(t); }, preventExtensions(t) { console.log('preventExtensions'); return Reflect.preventExtensions(t); } }); console.log(Object.isExtensible(p)); Object.preventExtensions(p); console.log(Object.isExtensible(p), Object.isSealed(p), Object.isFrozen(p))",
    out: "isExtensible\ntrue\npreventExtensions\nisExtensible\nisExtensible\nisExtensible\nfalse true true",
  },
  {
    src: "const t = {}; const p = new Proxy(t, {}); Object.freeze(p); console.log(Object.isFrozen(t), Object.isFrozen(p)); try { Object.preventExtensions(new Proxy({}, { preventExtensions: () => false })); } catch (e) { console.log(e.message); }",
    out: "true true\n'preventExtensions' on proxy: trap returned falsish",
  },
  {
    src: "const f = new Proxy(function (a, b) { return a + b; }, { apply: (t, self, args) => t(...args) * 2 }); console.log(f(1, 2), f.call(null, 2, 3), Reflect.apply(f, null, [1, 1]), typeof f, f.length, f.name)",
    out: "6 10 4 function 2 ",
  },
  {
    src: "class A { constructor(x) { this.x = x; } } const P = new Proxy(A, { construct(t, args, nt) { return { made: args[0], same: nt === P }; } }); console.log(new P(5))",
    out: "{ made: 5, same: true }",
  },
  {
    src: "class A { constructor(x) { this.x = x; } } const P = new Proxy(A, {}); const a = new P(1); console.log(a, a instanceof A, a instanceof P, a.constructor === A)",
    out: "A { x: 1 } true true true",
  },
  {
    src: "class A { constructor() { this.k = new.target.name; } } const P = new Proxy(A, { get(t, k, r) { if (k === 'prototype') console.log('read prototype'); return Reflect.get(t, k, r); } }); console.log(new P())",
    out: "read prototype\nA { k: 'A' }",
  },
  {
    src: "class A { constructor() { this.a = 1; } } const P = new Proxy(A, {}); class B extends P { constructor() { super(); this.b = 2; } } console.log(new B(), new B() instanceof A)",
    out: "B { a: 1, b: 2 } true",
  },
  {
    src: "try { new (new Proxy(function () {}, { construct: () => 1 }))(); } catch (e) { console.log(e.message); }",
    out: "'construct' on proxy: trap returned non-object ('1')",
  },
  {
    src: "try { new (new Proxy(() => 1, {}))(); } catch (e) { console.log(e.name + ': ' + e.message); }",
    out: "TypeError: (intermediate value) is not a constructor",
  },
  {
    src: "try { new Proxy({}, {})(); } catch (e) { console.log(e.name + ': ' + e.message); }",
    out: "TypeError: (intermediate value) is not a function",
  },
  {
    src: "const { proxy, revoke } = Proxy.revocable(function () {}, {}); revoke(); for (const f of [() => proxy(), () => new proxy(), () => proxy.x, () => typeof proxy]) { try { console.log(f()); } catch (e) { console.log(e.message); } }",
    out: "Cannot perform 'apply' on a proxy that has been revoked\nCannot perform 'construct' on a proxy that has been revoked\nCannot perform 'get' on a proxy that has been revoked\nfunction",
  },
  {
    src: "const r = Proxy.revocable({}, {}); console.log(typeof r.revoke, r.revoke.length, r.revoke.name === '', r.revoke(), r.revoke())",
    out: "function 0 true undefined undefined",
  },
  {
    src: "const t = {}; Object.defineProperty(t, 'x', { value: 1 }); const p = new Proxy(t, { get: () => 2 }); try { p.x; } catch (e) { console.log(e.message); }",
    out: "'get' on proxy: property 'x' is a read-only and non-configurable data property on the proxy target but the proxy did not return its actual value (expected '1' but got '2')",
  },
  {
    src: "const t = {}; Object.defineProperty(t, 'x', { set(v) {} }); const p = new Proxy(t, { get: () => 2 }); try { p.x; } catch (e) { console.log(e.message); }",
    out: "'get' on proxy: property 'x' is a non-configurable accessor property on the proxy target and does not have a getter function, but the trap did not return 'undefined' (got '2')",
  },
  {
    src: "const t = {}; Object.defineProperty(t, 'x', { value: 1 }); const p = new Proxy(t, { set: () => true }); try { p.x = 2; } catch (e) { console.log(e.message); } p.x = 1; console.log('same value ok')",
    out: "'set' on proxy: trap returned truish for property 'x' which exists in the proxy target as a non-configurable and non-writable data property with a different value\nsame value ok",
  },
  {
    src: "const t = Object.preventExtensions({ a: 1 }); const p = new Proxy(t, { has: () => false }); try { 'a' in p; } catch (e) { console.log(e.message); }",
    out: "'has' on proxy: trap returned falsish for property 'a' but the proxy target is not extensible",
  },
  {
    src: "const t = Object.preventExtensions({ a: 1 }); const p = new Proxy(t, { deleteProperty: () => true }); try { delete p.a; } catch (e) { console.log(e.message); }",
    out: "'deleteProperty' on proxy: trap returned truish for property 'a' but the proxy target is non-extensible",
  },
  {
    src: "const t = Object.preventExtensions({ a: 1 }); for (const keys of [[], ['a', 'b'], ['a']]) { try { console.log(Reflect.ownKeys(new Proxy(t, { ownKeys: () => keys }))); } catch (e) { console.log(e.message); } }",
    out: "'ownKeys' on proxy: trap result did not include 'a'\n'ownKeys' on proxy: trap returned extra keys but proxy target is non-extensible\n[ 'a' ]",
  },
  {
    src: "for (const v of [1, [1], [{}], ['a', 'a']]) { try { Reflect.ownKeys(new Proxy({}, { ownKeys: () => v })); } catch (e) { console.log(e.message); } }",
    out: "CreateListFromArrayLike called on non-object\n1 is not a valid property name\n#<Object> is not a valid property name\n'ownKeys' on proxy: trap returned duplicate entries",
  },
  {
    src: "const t = Object.preventExtensions({}); for (const d of [{ value: 1, configurable: true }, undefined]) { try { console.log(Object.getOwnPropertyDescriptor(new Proxy(t, { getOwnPropertyDescriptor: () => d }), 'a')); } catch (e) { console.log(e.message); } }",
    out: "'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property 'a' that is incompatible with the existing property in the proxy target\nundefined",
  },
  {
    src: "const t = {}; Object.defineProperty(t, 'x', { value: 1 }); for (const d of [undefined, 1, { value: 2, configurable: true }]) { try { Object.getOwnPropertyDescriptor(new Proxy(t, { getOwnPropertyDescriptor: () => d }), 'x'); } catch (e) { console.log(e.message); } }",
    out: "'getOwnPropertyDescriptor' on proxy: trap returned undefined for property 'x' which is non-configurable in the proxy target\n'getOwnPropertyDescriptor' on proxy: trap returned neither object nor undefined for property 'x'\n'getOwnPropertyDescriptor' on proxy: trap returned descriptor for property 'x' that is incompatible with the existing property in the proxy target",
  },
  {
    src: "const t = {}; Object.defineProperty(t, 'w', { value: 1, writable: true }); try { Object.getOwnPropertyDescriptor(new Proxy(t, { getOwnPropertyDescriptor: () => ({ value: 1, writable: false, configurable: false }) }), 'w'); } catch (e) { console.log(e.message); }",
    out: "'getOwnPropertyDescriptor' on proxy: trap reported non-configurable and writable for property 'w' which is non-configurable, non-writable in the proxy target",
  },
  {
    src: "const t = Object.preventExtensions({}); try { Object.defineProperty(new Proxy(t, { defineProperty: () => true }), 'a', { value: 1 }); } catch (e) { console.log(e.message); }",
    out: "'defineProperty' on proxy: trap returned truish for adding property 'a'  to the non-extensible proxy target",
  },
  {
    src: "const t = {}; Object.defineProperty(t, 'x', { value: 1 }); Object.defineProperty(t, 'w', { value: 1, writable: true }); for (const [k, d] of [['n', { value: 1, configurable: false }], ['x', { value: 2 }], ['w', { value: 1, writable: false, configurable: false }]]) { try { Object.defineProperty(new Proxy(t, { defineProperty: () => true }), k, d); } catch (e) { console.log(e.message); } }",
    out: "'defineProperty' on proxy: trap returned truish for defining non-configurable property 'n' which is either non-existent or configurable in the proxy target\n'defineProperty' on proxy: trap returned truish for adding property 'x'  that is incompatible with the existing property in the proxy target\n'defineProperty' on proxy: trap returned truish for defining non-configurable property 'w' which cannot be non-writable, unless there exists a corresponding non-configurable, non-writable own property of the target object.",
  },
  {
    src: "console.log(Reflect.defineProperty(new Proxy({}, { defineProperty: () => false }), 'a', {}), Reflect.deleteProperty(new Proxy({ a: 1 }, { deleteProperty: () => false }), 'a'), Reflect.preventExtensions(new Proxy({}, { preventExtensions: () => false })), Reflect.setPrototypeOf(new Proxy({}, { setPrototypeOf: () => false }), null))",
    out: "false false false false",
  },
  {
    src: "for (const f of [() => Object.getPrototypeOf(new Proxy({}, { getPrototypeOf: () => 1 })), () => Object.getPrototypeOf(new Proxy(Object.preventExtensions({}), { getPrototypeOf: () => null })), () => Object.setPrototypeOf(new Proxy(Object.preventExtensions({}), { setPrototypeOf: () => true }), null), () => Object.isExtensible(new Proxy({}, { isExtensible: () => false }))]) { try { f(); } catch (e) { console.log(e.message); } }",
    out: "'getPrototypeOf' on proxy: trap returned neither object nor null\n'getPrototypeOf' on proxy: proxy target is non-extensible but the trap did not return its actual prototype\n'setPrototypeOf' on proxy: trap returned truish for setting a new prototype on the non-extensible proxy target\n'isExtensible' on proxy: trap result does not reflect extensibility of proxy target (which is 'true')",
  },
  {
    src: "const p = new Proxy({ a: 1 }, { get: 'nope' }); try { p.a; } catch (e) { console.log(e.message); }",
    out: "'nope' returned for property 'get' of object '#<Object>' is not a function",
  },
  {
    src: "const p = new Proxy({}, { get: null, set: undefined }); p.a = 1; console.log(p.a)",
    out: "1",
  },
  {
    src: "const inner = new Proxy({ v: 1 }, { get: (t, k) => (k === 'v' ? t.v + 1 : undefined) }); const outer = new Proxy(inner, { get: (t, k, r) => Reflect.get(t, k, r) * 10 }); console.log(outer.v)",
    out: "20",
  },
  {
    src: "const p = new Proxy([1, 2, 3], {}); console.log(Array.isArray(p), p.length, p.slice(1), Array.from(p), [...p], p.concat([4]), JSON.stringify({ p }), Object.prototype.toString.call(p))",
    out: "true 3 [ 2, 3 ] [ 1, 2, 3 ] [ 1, 2, 3 ] [ 1, 2, 3, 4 ] {\"p\":[1,2,3]} [object Array]",
  },
  {
    src: "const p = new Proxy([3, 1, 2], {}); p.push(4); p.sort(); console.log(p, p.length, p.indexOf(2), p.join('-'))",
    out: "[ 1, 2, 3, 4 ] 4 1 1-2-3-4",
  },
  {
    src: "const p = new Proxy({ a: 1, b: 2 }, {}); const { a, ...rest } = p; console.log(a, rest, { ...p, c: 3 })",
    out: "1 { b: 2 } { a: 1, b: 2, c: 3 }",
  },
  {
    src: "const p = new Proxy({ a: 1 }, { ownKeys: () => ['b', 'a'], getOwnPropertyDescriptor: (t, k) => ({ value: k, enumerable: true, configurable: true }) }); for (const k in p) console.log('key', k)",
    out: "key b\nkey a",
  },
  {
    src: "const handler = { get(t, k, r) { return typeof t[k] === 'function' ? t[k].bind(t) : t[k]; } }; const m = new Proxy(new Map([[1, 'one']]), handler); console.log(m.get(1), m.size, m.has(2))",
    out: "one 1 false",
  },
  {
    src: "const p = new Proxy({}, { get: (t, k) => k }); console.log(p.hello, p[Symbol.iterator] === Symbol.iterator, `${p.world}`)",
    out: "hello true world",
  },
  {
    src: "console.log(new Proxy({ a: 1 }, { get: () => 5 }), new Proxy([1, 2], {}), new Proxy(function foo() {}, {}), new Proxy(new Map([[1, 2]]), {}))",
    out: "{ a: 1 } [ 1, 2 ] [Function: foo] Map(1) { 1 => 2 }",
  },
  {
    src: "const r = Proxy.revocable({}, {}); r.revoke(); console.log(r.proxy, [r.proxy], { r: r.proxy })",
    out: "<Revoked Proxy> [ <Revoked Proxy> ] { r: <Revoked Proxy> }",
  },
  {
    src: "const o = Object.create(new Proxy({}, { set(t, k, v, r) { console.log('set trap', k, r === o); return Reflect.set(t, k, v, r); } })); o.x = 1; console.log(Object.keys(o), o.x)",
    out: "set trap x true\n[ 'x' ] 1",
  },
  {
    src: "const p = new Proxy({}, { defineProperty(t, k, d) { console.log('define', k, JSON.stringify(d)); return Reflect.defineProperty(t, k, d); }, getOwnPropertyDescriptor(t, k) { console.log('gopd', k); return Reflect.getOwnPropertyDescriptor(t, k); } }); p.a = 1; p.a = 2; console.log(p.a)",
    out: "gopd a\ndefine a {\"value\":1,\"writable\":true,\"enumerable\":true,\"configurable\":true}\ngopd a\ndefine a {\"value\":2}\n2",
  },
];

describeRows('builtins: Proxy', rows);
