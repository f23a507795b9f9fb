// The String constructor, String.prototype methods and the string iterator, as Node 20
// prints them (the RegExp-using methods are in regexp.test.ts).
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `console.log(String(), String(undefined), String(null), String(12.5), String(-0), String([1, [2, 3]]), String({}), String(Symbol('desc')), String(10n))`,
    out: ` undefined null 12.5 0 1,2,3 [object Object] Symbol(desc) 10`,
  },
  {
    src: `const s = new String('ab'); console.log(typeof s, s.length, s[1], s instanceof String, s == 'ab', s === 'ab', Object.keys(s), JSON.stringify(s))`,
    out: `object 2 b true true false [ '0', '1' ] "ab"`,
  },
  {
    src: `try { new String(Symbol('x')); } catch (e) { console.log(e.name + ': ' + e.message); }
try { \`\${Symbol('y')}\`; } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Cannot convert a Symbol value to a string
TypeError: Cannot convert a Symbol value to a string`,
  },
  {
    src: `class Up extends String { shout() { return this.toUpperCase() + '!'; } }
const u = new Up('hi'); console.log(u.shout(), u.length, u instanceof String, Object.getPrototypeOf(u) === Up.prototype)`,
    out: `HI! 2 true true`,
  },
  {
    src: `console.log(String.fromCharCode(72, 105, 65.9, 0x10041, -1 >>> 16), String.fromCodePoint(0x1f600, 97).length, String.fromCodePoint())`,
    out: `HiAA￿ 3 `,
  },
  {
    src: `try { String.fromCodePoint(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.fromCodePoint(1.5); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.fromCodePoint('x'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.fromCodePoint(0x110000); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `RangeError: Invalid code point -1
RangeError: Invalid code point 1.5
RangeError: Invalid code point NaN
RangeError: Invalid code point 1114112`,
  },
  {
    src: `console.log(String.raw\`a\\n\${1 + 1}b\\t\`, String.raw({ raw: ['x', 'y', 'z'] }, 1, 2, 3), String.raw({ raw: 'abc' }, '-', '+'), String.raw({ raw: [] }))`,
    out: `a\\n2b\\t x1y2z a-b+c `,
  },
  {
    src: `const s = 'hello';
console.log(s.at(0), s.at(-1), s.at(9), s.charAt(1), s.charAt(-1) === '', s.charCodeAt(1), s.charCodeAt(9), s.codePointAt(0), s.codePointAt(9))`,
    out: `h o undefined e true 101 NaN 104 undefined`,
  },
  {
    src: `const e = 'a😀b';
console.log(e.length, e.codePointAt(1), e.codePointAt(2), e.charCodeAt(1), [...e], Array.from(e).length)`,
    out: `4 128512 56832 55357 [ 'a', '😀', 'b' ] 3`,
  },
  {
    src: `console.log('ab'.concat('c', 1, null, undefined, [2, 3]), ''.concat(), 'x'.concat({ toString() { return 'T'; } }))`,
    out: `abc1nullundefined2,3  xT`,
  },
  {
    src: `const s = 'To be, or not to be';
console.log(s.indexOf('be'), s.indexOf('be', 4), s.indexOf('xyz'), s.indexOf(''), s.indexOf('', 99), s.lastIndexOf('be'), s.lastIndexOf('be', 5), s.lastIndexOf('T', -3))`,
    out: `3 17 -1 0 19 17 3 0`,
  },
  {
    src: `const s = 'JavaScript';
console.log(s.includes('Script'), s.includes('script'), s.includes('J', 1), s.startsWith('Java'), s.startsWith('Script', 4), s.endsWith('Java', 4), s.endsWith('pt'), s.startsWith(''))`,
    out: `true false false true true true true true`,
  },
  {
    src: `try { 'abc'.startsWith(/a/); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'abc'.includes(/a/); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'abc'.endsWith(/c/); } catch (e) { console.log(e.name + ': ' + e.message); }
const notRe = /a/; notRe[Symbol.match] = false; console.log('/a/x'.includes(notRe))`,
    out: `TypeError: First argument to String.prototype.startsWith must not be a regular expression
TypeError: First argument to String.prototype.includes must not be a regular expression
TypeError: First argument to String.prototype.endsWith must not be a regular expression
true`,
  },
  {
    src: `const s = 'abcdef';
console.log(s.slice(1, 3), s.slice(-2), s.slice(4, 1), s.substring(4, 1), s.substring(-3, 2), s.substr(-3, 2), s.substr(2), s.slice(), s.substring(NaN, 2))`,
    out: `bc ef  bcd ab de cdef abcdef ab`,
  },
  {
    src: `console.log('abc'.padStart(6, '12'), 'abc'.padEnd(6), '|' + 'abc'.padEnd(5, '') + '|', 'abc'.padStart(2), '5'.padStart(3, 0), 'x'.repeat(3), 'ab'.repeat(0) === '')`,
    out: `121abc abc    |abc| abc 005 xxx true`,
  },
  {
    src: `try { 'a'.repeat(-1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'a'.repeat(Infinity); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'abc'.repeat(2 ** 30); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'a'.padEnd(2 ** 31); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `RangeError: Invalid count value: -1
RangeError: Invalid count value: Infinity
RangeError: Invalid string length
RangeError: Invalid string length`,
  },
  {
    src: `const s = '  \\t Hello World \\n ';
console.log('[' + s.trim() + ']', '[' + s.trimStart() + ']', '[' + s.trimEnd() + ']', String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight.name)`,
    out: `[Hello World] [Hello World 
 ] [  	 Hello World] true trimEnd`,
  },
  {
    src: `console.log('Hello'.toUpperCase(), 'ÇA VA'.toLowerCase(), 'ß'.toUpperCase(), 'I'.toLocaleLowerCase('tr'), 'i'.toLocaleUpperCase('en-US'), 'İ'.toLowerCase().length)`,
    out: `HELLO ça va SS ı I 2`,
  },
  {
    src: `console.log('café' === 'cafe\\u0301', 'café'.normalize('NFD').length, 'cafe\\u0301'.normalize() === 'café', '\\ufb01'.normalize('NFKC'))
try { 'a'.normalize('nfc'); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `false 5 true fi
RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.`,
  },
  {
    src: `console.log('a'.localeCompare('b'), 'b'.localeCompare('a'), 'a'.localeCompare('a'), 'a'.localeCompare('B'), 'ä'.localeCompare('a', 'de', { sensitivity: 'base' }), ['z', 'a', 'Ä', 'b'].sort((x, y) => x.localeCompare(y)))`,
    out: `-1 1 0 -1 0 [ 'a', 'Ä', 'b', 'z' ]`,
  },
  {
    src: `console.log('2'.localeCompare('10'), '2'.localeCompare('10', undefined, { numeric: true }))
try { 'a'.localeCompare('b', [1]); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'a'.localeCompare('b', 'not a locale!'); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `1 -1
TypeError: Language ID should be string or object.
RangeError: Incorrect locale information provided`,
  },
  {
    src: `console.log('ab\\ud800'.isWellFormed(), 'ab'.isWellFormed(), 'a\\ud800b\\udc00'.toWellFormed() === 'a\\ufffdb\\ufffd', '😀'.toWellFormed() === '😀')`,
    out: `false true true true`,
  },
  {
    src: `console.log('x'.anchor('a"b'), 'x'.bold(), 'x'.link('u'), 'x'.fontsize(7), 'x'.sub(), 'x'.big.length)`,
    out: `<a name="a&quot;b">x</a> <b>x</b> <a href="u">x</a> <font size="7">x</font> <sub>x</sub> 0`,
  },
  {
    src: `const it = 'a😀'[Symbol.iterator]();
console.log(Object.prototype.toString.call(it), it[Symbol.iterator]() === it, it.next(), it.next(), it.next(), it.next())`,
    out: `[object String Iterator] true { value: 'a', done: false } { value: '😀', done: false } { value: undefined, done: true } { value: undefined, done: true }`,
  },
  {
    src: `const proto = Object.getPrototypeOf(''[Symbol.iterator]());
console.log(proto[Symbol.toStringTag], Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf([].values())))
try { proto.next.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `String Iterator true
TypeError: Method String Iterator.prototype.next called on incompatible receiver #<Object>`,
  },
  {
    src: `for (const m of ['at', 'trim', 'padStart', 'split', 'replace', 'toUpperCase']) {
  try { String.prototype[m].call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { String.prototype[Symbol.iterator].call(undefined); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: String.prototype.at called on null or undefined
TypeError: String.prototype.trim called on null or undefined
TypeError: String.prototype.padStart called on null or undefined
TypeError: String.prototype.split called on null or undefined
TypeError: String.prototype.replace called on null or undefined
TypeError: String.prototype.toUpperCase called on null or undefined
TypeError: String.prototype[Symbol.iterator] called on null or undefined`,
  },
  {
    src: `try { String.prototype.toString.call(1); } catch (e) { console.log(e.name + ': ' + e.message); }
try { String.prototype.valueOf.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(String.prototype.toString.call(new String('w')), String.prototype.valueOf.call('v'))`,
    out: `TypeError: String.prototype.toString requires that 'this' be a String
TypeError: String.prototype.valueOf requires that 'this' be a String
w v`,
  },
  {
    src: `const obj = { toString() { return 'Obj'; } };
console.log(String.prototype.toUpperCase.call(obj), String.prototype.slice.call(12345, 1, 3), String.prototype.at.call(true, 0), String.prototype.includes.call([1, 2], ','))`,
    out: `OBJ 23 t true`,
  },
  {
    src: `console.log(String.length, String.name, String.prototype.length, typeof String.prototype.valueOf(), Object.prototype.toString.call(String.prototype), String.prototype.constructor === String)`,
    out: `1 String 0 string [object String] true`,
  },
  {
    src: `console.log('padStart', String.prototype.padStart.length, 'slice', String.prototype.slice.length, 'replace', String.prototype.replace.length, 'concat', String.prototype.concat.length, 'raw', String.raw.length, 'fromCharCode', String.fromCharCode.length)`,
    out: `padStart 1 slice 2 replace 2 concat 1 raw 1 fromCharCode 1`,
  },
  {
    src: `const log = [];
const arg = (name, v) => ({ valueOf() { log.push(name); return v; }, toString() { log.push(name); return String(v); } });
'abcdef'.slice(arg('start', 1), arg('end', 3)); 'abc'.padEnd(arg('len', 5), arg('fill', '-'));
String.prototype.indexOf.call(arg('this', 'xyz'), arg('search', 'y'), arg('pos', 0));
console.log(log.join(' '))`,
    out: `start end len fill this search pos`,
  },
];

describeRows('builtins: String', rows);
