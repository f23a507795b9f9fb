// The synchronous fast paths of String.prototype's readers, String.fromCharCode and Math,
// each beside its fallback (valueOf, toString, a wrapper or a Symbol), as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `const s = 'hello, world';
console.log(s.charCodeAt(1), s.charCodeAt(1.9), s.charCodeAt('2'), s.charCodeAt(), s.charCodeAt(-1), s.charCodeAt(99), s.charCodeAt(NaN), s.charCodeAt(null), s.charCodeAt(true));`,
    out: `101 101 108 104 NaN NaN 104 104 101`,
  },
  {
    src: `const s = 'hello, world';
console.log(s.charAt(4), s.charAt(-1) === '', s.at(-1), s.at('-2'), s.codePointAt(0), 'a\\u{1F600}'.codePointAt(1), s.codePointAt(50));`,
    out: `o true d l 104 128512 undefined`,
  },
  {
    src: `const log = [];
const pos = { valueOf() { log.push('valueOf'); return 1; } };
const str = { toString() { log.push('toString'); return 'l'; } };
console.log('hello'.charCodeAt(pos), 'hello'.indexOf(str, pos), 'hello'.slice(pos, { valueOf() { log.push('end'); return 3; } }), log.join());`,
    out: `101 2 el valueOf,toString,valueOf,valueOf,end`,
  },
  {
    src: `console.log(String.prototype.charCodeAt.call(12345, 1), String.prototype.indexOf.call(new String('abc'), 'c'), String.prototype.slice.call({ toString() { return 'xyz'; } }, 1));`,
    out: `50 2 yz`,
  },
  {
    src: `try { 'abc'.charCodeAt(Symbol('p')); } catch (e) { console.log(e.constructor.name, e.message); }
try { String.prototype.charAt.call(null, 0); } catch (e) { console.log(e.constructor.name, e.message); }
try { 'abc'.indexOf(Symbol.iterator); } catch (e) { console.log(e.constructor.name, e.message); }`,
    out: `TypeError Cannot convert a Symbol value to a number
TypeError String.prototype.charAt called on null or undefined
TypeError Cannot convert a Symbol value to a string`,
  },
  {
    src: `const s = 'abcabc';
console.log(s.indexOf('c'), s.indexOf('c', 3), s.indexOf('c', -5), s.indexOf(''), s.indexOf('', 99), s.indexOf(undefined), 'undefined'.indexOf());`,
    out: `2 5 2 0 6 -1 0`,
  },
  {
    src: `const s = 'abcabc';
console.log(s.lastIndexOf('a'), s.lastIndexOf('a', 2), s.lastIndexOf('a', NaN), s.lastIndexOf('a', -3), s.includes('ca'), s.includes('ca', 3), s.startsWith('bc', 1), s.endsWith('ab', 4), s.endsWith('c', undefined));`,
    out: `3 0 3 0 true false true false true`,
  },
  {
    src: `const s = 'abcabc';
console.log(s.slice(1, -1), s.slice(-2), s.slice(4, 2) === '', s.substring(4, 1), s.substring(-3), s.substr(-4, 2), s.substr(1), s.substr(2, -1) === '');`,
    out: `bcab bc true bca abcabc ca bcabc true`,
  },
  {
    src: `console.log('  x '.trim() + '|', ' y '.trimStart() + '|', 'Ab'.toUpperCase(), 'AB'.toLowerCase(), 'e\\u0301'.normalize().length, 'e\\u0301'.normalize('NFD').length);
try { 'x'.normalize('bad'); } catch (e) { console.log(e.constructor.name, e.message); }`,
    out: `x| y | AB ab 1 2
RangeError The normalization form should be one of NFC, NFD, NFKC, NFKD.`,
  },
  {
    src: `try { 'abc'.startsWith(/a/); } catch (e) { console.log(e.constructor.name, e.message); }
const re = /a/; re[Symbol.match] = false;
console.log('/a/'.startsWith(re), 'a'.includes({ [Symbol.match]: false, toString() { return 'a'; } }));`,
    out: `TypeError First argument to String.prototype.startsWith must not be a regular expression
true true`,
  },
  {
    src: `console.log(String.fromCharCode(), String.fromCharCode(72, 105), String.fromCharCode(65 + 65536), String.fromCharCode('66', true, null, 67.9), String.fromCharCode(-1).charCodeAt(0));`,
    out: ` Hi A B\x01\x00C 65535`,
  },
  {
    src: `const log = [];
console.log(String.fromCharCode(65, { valueOf() { log.push('v'); return 66; } }), log.join());
try { String.fromCharCode(65, Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }`,
    out: `AB v
TypeError Cannot convert a Symbol value to a number`,
  },
  {
    src: `console.log(Math.max(), Math.min(), Math.max(1, 3, 2), Math.min(1, -0, 0), Object.is(Math.max(-0, 0), 0), Math.max(1, NaN, 3), Math.max('7', null));
console.log(Math.floor(2.5), Math.floor(), Math.abs('-3'), Math.pow(2, 10), Math.atan2(1, 1) === Math.PI / 4, Math.hypot(3, 4), Math.round(-0.5), Math.imul(3, 4));`,
    out: `-Infinity Infinity 3 -0 true NaN 7
2 NaN 3 1024 true 5 -0 12`,
  },
  {
    src: `const log = [];
console.log(Math.max(1, { valueOf() { log.push('max'); return 9; } }, 2), Math.floor({ valueOf() { log.push('floor'); return 1.5; } }), log.join());
try { Math.abs(Symbol()); } catch (e) { console.log(e.constructor.name, e.message); }
try { Math.max(1n); } catch (e) { console.log(e.constructor.name, e.message); }`,
    out: `9 1 max,floor
TypeError Cannot convert a Symbol value to a number
TypeError Cannot convert a BigInt value to a number`,
  },
];

describeRows('fast paths: strings and Math, and their fallbacks', rows);
