// The Number constructor, its constants and predicates, parseInt/parseFloat and
// Number.prototype formatting, as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `console.log(Number(), Number(undefined), Number(null), Number(true), Number(''), Number(' 42 '), Number('0x1F'), Number('0b101'), Number('0o17'), Number('1e3'), Number('-0x1'), Number('1_000'), Number('12px'))`,
    out: `0 NaN 0 1 0 42 31 5 15 1000 NaN NaN NaN`,
  },
  {
    src: `console.log(Number([]), Number([7]), Number([1, 2]), Number({}), Number({ valueOf() { return '8'; } }), Number(new Date(5)), Number(10n), Number(2n ** 64n), Number('Infinity'), Number('-infinity'))`,
    out: `0 7 NaN NaN 8 5 10 18446744073709552000 Infinity NaN`,
  },
  {
    src: `try { Number(Symbol()); } catch (e) { console.log(e.name + ': ' + e.message); }
try { +10n; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object.is(Number('-0'), -0), Number('.5'), Number('5.'), Number('\\n\\t 3 \\r'))`,
    out: `TypeError: Cannot convert a Symbol value to a number
TypeError: Cannot convert a BigInt value to a number
true 0.5 5 3`,
  },
  {
    src: `const n = new Number(5);
console.log(typeof n, n + 1, n.valueOf(), n instanceof Number, n == 5, n === 5, Object.prototype.toString.call(n), JSON.stringify([n]))`,
    out: `object 6 5 true true false [object Number] [5]`,
  },
  {
    src: `class Money extends Number { show() { return '$' + this.toFixed(2); } }
const m = new Money(3.5); console.log(m.show(), m * 2, m instanceof Number)`,
    out: `$3.50 7 true`,
  },
  {
    src: `console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON, Number.MAX_VALUE, Number.MIN_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY)
console.log(Object.getOwnPropertyDescriptor(Number, 'EPSILON'))`,
    out: `9007199254740991 -9007199254740991 2.220446049250313e-16 1.7976931348623157e+308 5e-324 NaN Infinity -Infinity
{
  value: 2.220446049250313e-16,
  writable: false,
  enumerable: false,
  configurable: false
}`,
  },
  {
    src: `console.log(Number.isFinite(1), Number.isFinite('1'), Number.isFinite(Infinity), Number.isInteger(5.0), Number.isInteger(5.5), Number.isInteger('5'), Number.isNaN(NaN), Number.isNaN('NaN'), Number.isSafeInteger(2 ** 53), Number.isSafeInteger(2 ** 53 - 1))`,
    out: `true false false true false false true false false true`,
  },
  {
    src: `console.log(isNaN('NaN'), isFinite('12'), Number.parseFloat === parseFloat, Number.parseInt === parseInt, Number.parseInt.name, Number.parseInt.length)`,
    out: `true true true true parseInt 2`,
  },
  {
    src: `console.log(parseInt('42px'), parseInt('  -12.9'), parseInt('0x1f'), parseInt('1f', 16), parseInt('z', 36), parseInt('101', 2), parseInt('12', 1), parseInt('12', 37), parseInt(''), parseInt('0.00000008'), parseInt(0.00000008), parseInt(null, 36))`,
    out: `42 -12 31 31 35 5 NaN NaN NaN 0 8 1112745`,
  },
  {
    src: `console.log(parseFloat('3.14abc'), parseFloat('.5'), parseFloat('-.5e2x'), parseFloat('Infinityx'), parseFloat('e5'), parseFloat(' \\n 7'), parseFloat([1.5, 2]), parseFloat({ toString() { return '2.5'; } }))`,
    out: `3.14 0.5 -50 Infinity NaN 7 1.5 2.5`,
  },
  {
    src: `console.log((255).toString(16), (255).toString(2), (-255).toString(36), (0.5).toString(2), (3.75).toString(8), (1e21).toString(), (123.456).toString(10), (2 ** 53).toString(36))
try { (1).toString(1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (1).toString(37); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `ff 11111111 -73 0.1 3.6 1e+21 123.456 2gosa7pa2gw
RangeError: toString() radix argument must be between 2 and 36
RangeError: toString() radix argument must be between 2 and 36`,
  },
  {
    src: `console.log((3.14159).toFixed(2), (0.5).toFixed(0), (1.5).toFixed(0), (2.5).toFixed(0), (-1.5).toFixed(0), (1.005).toFixed(2), (1e21).toFixed(2), (123.456).toFixed(), (0).toFixed(3), NaN.toFixed(2))
try { (1).toFixed(101); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (1).toFixed(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Infinity.toFixed(Infinity); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `3.14 1 2 3 -2 1.00 1e+21 123 0.000 NaN
RangeError: toFixed() digits argument must be between 0 and 100
RangeError: toFixed() digits argument must be between 0 and 100
RangeError: toFixed() digits argument must be between 0 and 100`,
  },
  {
    src: `console.log((123.456).toPrecision(4), (0.000123).toPrecision(2), (123456).toPrecision(2), (1.5).toPrecision(), (5).toPrecision(1), Infinity.toPrecision(200))
try { (1).toPrecision(0); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (1).toPrecision(101); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `123.5 0.00012 1.2e+5 1.5 5 Infinity
RangeError: toPrecision() argument must be between 1 and 100
RangeError: toPrecision() argument must be between 1 and 100`,
  },
  {
    src: `console.log((123456).toExponential(2), (0).toExponential(), (1.5).toExponential(3), (-0.00015).toExponential(1), (12345).toExponential(), NaN.toExponential(-1))
try { (1).toExponential(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (1).toExponential(101); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `1.23e+5 0e+0 1.500e+0 -1.5e-4 1.2345e+4 NaN
RangeError: toExponential() argument must be between 0 and 100
RangeError: toExponential() argument must be between 0 and 100`,
  },
  {
    src: `console.log((1234.5).toLocaleString(), (1234567.891).toLocaleString(), (0.5).toLocaleString(), (-1e21).toLocaleString(), NaN.toLocaleString(), (1234.5).toLocaleString('de-DE'), (1234.5).toLocaleString('en-IN'))`,
    out: `1,234.5 1,234,567.891 0.5 -1,000,000,000,000,000,000,000 NaN 1.234,5 1,234.5`,
  },
  {
    src: `console.log((0.256).toLocaleString('en-US', { style: 'percent' }), (12).toLocaleString('en-US', { style: 'currency', currency: 'EUR' }), (1234.5678).toLocaleString(undefined, { maximumFractionDigits: 1 }), (5).toLocaleString('en', { minimumIntegerDigits: 3 }))
try { (1).toLocaleString('en', { style: 'currency' }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { (1).toLocaleString('invalid locale!'); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `26% €12.00 1,234.6 005
TypeError: Currency code is required with currency style.
RangeError: Incorrect locale information provided`,
  },
  {
    src: `for (const m of ['toFixed', 'toString', 'valueOf', 'toPrecision', 'toExponential', 'toLocaleString']) {
  try { Number.prototype[m].call('1'); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log(Number.prototype.toFixed.call(new Number(1.25), 1), Number.prototype.valueOf())`,
    out: `TypeError: Number.prototype.toFixed requires that 'this' be a Number
TypeError: Number.prototype.toString requires that 'this' be a Number
TypeError: Number.prototype.valueOf requires that 'this' be a Number
TypeError: Number.prototype.toPrecision requires that 'this' be a Number
TypeError: Number.prototype.toExponential requires that 'this' be a Number
TypeError: Number.prototype.toLocaleString requires that 'this' be a Number
1.3 0`,
  },
  {
    src: `console.log(Number.length, Number.name, Object.getOwnPropertyNames(Number).join(), Object.getOwnPropertyNames(Number.prototype).join(), Number.prototype.toFixed.length, Number.prototype.toString.length)`,
    out: `1 Number length,name,prototype,isFinite,isInteger,isNaN,isSafeInteger,parseFloat,parseInt,MAX_VALUE,MIN_VALUE,NaN,NEGATIVE_INFINITY,POSITIVE_INFINITY,MAX_SAFE_INTEGER,MIN_SAFE_INTEGER,EPSILON constructor,toExponential,toFixed,toPrecision,toString,valueOf,toLocaleString 1 1`,
  },
  {
    src: `const log = [];
const v = (name, x) => ({ valueOf() { log.push(name); return x; } });
(1.23456).toFixed(v('digits', 2)); (255).toString(v('radix', 16)); Number(v('ctor', 3)); parseInt({ toString() { log.push('str'); return '7'; } }, v('radix2', 10));
console.log(log.join(' '))`,
    out: `digits radix ctor str radix2`,
  },
  {
    src: `console.log(0.1 + 0.2, (0.1 + 0.2).toFixed(10), 1 / 3, 100 / 3, 2 ** 53 + 1, 1e-7, 123e-20, 0.000001, -0, [-0], String(-0), (-0).toString(), JSON.stringify(-0), Object.is(-0 + 0, 0))`,
    out: `0.30000000000000004 0.3000000000 0.3333333333333333 33.333333333333336 9007199254740992 1e-7 1.23e-18 0.000001 -0 [ -0 ] 0 0 0 true`,
  },
];

describeRows('builtins: Number', rows);
