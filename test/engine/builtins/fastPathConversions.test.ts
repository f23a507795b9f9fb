// The synchronous fast paths of String(v), Number(v), parseInt, parseFloat, hasOwnProperty and
// Object.keys, each beside its fallback (toString, valueOf, a Symbol, a proxy), as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `console.log(String(), String(12.5), String(null), String(undefined), String(true), String(10n), String(Symbol('d')), String(-0), typeof new String('x'));
const log = [];
console.log(String({ toString() { log.push('toString'); return 'T'; } }), String([1, [2, 3]]), log.join());`,
    out: ` 12.5 null undefined true 10 Symbol(d) 0 object
T 1,2,3 toString`,
  },
  {
    src: `console.log(Number(), Number('  12  '), Number(''), Number('0x1f'), Number(null), Number(undefined), Number(true), Number(10n), Number('1e3'), Number('abc'), typeof new Number(1));
const log = [];
console.log(Number({ valueOf() { log.push('valueOf'); return 7; } }), Number([5]), log.join());
try { Number(Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }`,
    out: `0 12 0 31 0 NaN 1 10 1000 NaN object
7 5 valueOf
TypeError Cannot convert a Symbol value to a number`,
  },
  {
    src: `console.log(parseInt('42px'), parseInt('ff', 16), parseInt('0x10'), parseInt(' -7 '), parseInt('z', 36), parseInt('12', 1), parseInt(null), parseInt('9', '8'), parseInt(15.99), parseInt('1010', 2.9));
console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-Infinityx'), parseFloat(''), parseFloat(true), Number.parseFloat === parseFloat);
const log = [];
console.log(parseInt({ toString() { log.push('str'); return '11'; } }, { valueOf() { log.push('radix'); return 2; } }), parseFloat({ toString() { log.push('pf'); return '2.5'; } }), log.join());
try { parseInt(Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }`,
    out: `42 255 16 -7 35 NaN NaN NaN 15 10
3.14 0.5 -Infinity NaN NaN true
3 2.5 str,radix,pf
TypeError Cannot convert a Symbol value to a string`,
  },
  {
    src: `const o = { a: 1, 2: 'two' };
const sym = Symbol('s');
o[sym] = 1;
console.log(o.hasOwnProperty('a'), o.hasOwnProperty(2), o.hasOwnProperty('2'), o.hasOwnProperty(sym), o.hasOwnProperty('toString'), [1].hasOwnProperty(0), [1].hasOwnProperty('length'), 'abc'.hasOwnProperty(1), Object.prototype.hasOwnProperty.call(5, 'x'));
const log = [];
console.log(o.hasOwnProperty({ toString() { log.push('key'); return 'a'; } }), log.join());
const p = new Proxy({}, { getOwnPropertyDescriptor(t, k) { log.push('trap ' + String(k)); return undefined; } });
console.log(Object.prototype.hasOwnProperty.call(p, 'z'), log.join());
try { Object.prototype.hasOwnProperty.call(null, 'x'); } catch (e) { console.log(e.constructor.name, e.message); }`,
    out: `true true true true false true true true false
true key
false key,trap z
TypeError Cannot convert undefined or null to object`,
  },
  {
    src: `const o = { b: 1, a: 2, 1: 'x', [Symbol('s')]: 3 };
Object.defineProperty(o, 'hidden', { value: 1, enumerable: false });
console.log(Object.keys(o), Object.keys([4, 5]), Object.keys('hi'), Object.keys(7), Object.keys(function f(a) {}));
const p = new Proxy({ x: 1 }, { ownKeys() { console.log('ownKeys trap'); return ['x']; } });
console.log(Object.keys(p));
try { Object.keys(undefined); } catch (e) { console.log(e.constructor.name, e.message); }`,
    out: `[ '1', 'b', 'a' ] [ '0', '1' ] [ '0', '1' ] [] []
ownKeys trap
[ 'x' ]
TypeError Cannot convert undefined or null to object`,
  },
];

describeRows('fast paths: conversions and own keys, and their fallbacks', rows);
