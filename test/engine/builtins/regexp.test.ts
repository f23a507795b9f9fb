// RegExp objects and the string methods that use them (match, matchAll, replace, replaceAll,
// search, split), through Symbol.match/replace/... as the spec delegates, as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `const re = /(\\d+)-(?<word>[a-z]+)/;
const m = re.exec('id 42-abc!');
console.log(m[0], m[1], m[2], m.index, m.input, m.groups.word, Object.getPrototypeOf(m.groups), m.length, Object.keys(m))`,
    out: `42-abc 42 abc 3 id 42-abc! abc null 3 [ '0', '1', '2', 'index', 'input', 'groups' ]`,
  },
  {
    src: `console.log(/a(b)?/.exec('ac'), /x/.exec('abc'), /(?<n>z)?/.exec('').groups)`,
    out: `[ 'a', undefined, index: 0, input: 'ac', groups: undefined ] null [Object: null prototype] { n: undefined }`,
  },
  {
    src: `const re = /o/g;
const s = 'foo boo';
let m;
while ((m = re.exec(s)) !== null) console.log(m.index, re.lastIndex);
console.log(re.lastIndex)`,
    out: `1 2
2 3
5 6
6 7
0`,
  },
  {
    src: `const re = /a/y;
console.log(re.test('aab'), re.lastIndex, re.test('aab'), re.lastIndex, re.test('aab'), re.lastIndex)
const g = /a/g; g.lastIndex = 5; console.log(g.test('aaa'), g.lastIndex)`,
    out: `true 1 true 2 false 0
false 0`,
  },
  {
    src: `const re = /(?<y>\\d{4})/d;
const m = re.exec('in 2024');
console.log(m.indices[0], m.indices[1], m.indices.groups.y, Object.keys(m))`,
    out: `[ 3, 7 ] [ 3, 7 ] [ 3, 7 ] [ '0', '1', 'index', 'input', 'groups', 'indices' ]`,
  },
  {
    src: `const re = /ab+c/gi;
console.log(re.source, re.flags, re.global, re.ignoreCase, re.multiline, re.sticky, re.unicode, re.dotAll, re.hasIndices, re.unicodeSets, String(re), re.lastIndex)`,
    out: `ab+c gi true true false false false false false false /ab+c/gi 0`,
  },
  {
    src: `console.log(new RegExp('a/b').source, String(new RegExp('a/b', 'g')), new RegExp('').source, String(new RegExp('\\n')), RegExp('x', 'ysgmi').flags, /x/dgimsuy.flags, /[\\p{L}]/v.flags)`,
    out: `a\\/b /a\\/b/g (?:) /\\n/ gimsy dgimsuy v`,
  },
  {
    src: `const re = /x/gi;
console.log(RegExp(re) === re, new RegExp(re) === re, new RegExp(re).flags, new RegExp(re, 'm').flags, RegExp(re, 'y').flags, RegExp(re).lastIndex)`,
    out: `true false gi m y 0`,
  },
  {
    src: `try { new RegExp('('); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new RegExp('[', 'u'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new RegExp('a', 'gg'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new RegExp('a', 'q'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new RegExp('a', 'uv'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new RegExp("(?<n>a)(?<n>b)"); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `SyntaxError: Invalid regular expression: /(/: Unterminated group
SyntaxError: Invalid regular expression: /[/u: Unterminated character class
SyntaxError: Invalid flags supplied to RegExp constructor 'gg'
SyntaxError: Invalid flags supplied to RegExp constructor 'q'
SyntaxError: Invalid flags supplied to RegExp constructor 'uv'
SyntaxError: Invalid regular expression: /(?<n>a)(?<n>b)/: Duplicate capture group name`,
  },
  {
    src: `const d = Object.getOwnPropertyDescriptor(/a/, 'lastIndex');
console.log(d, Object.getOwnPropertyNames(/a/), Object.prototype.toString.call(/a/), typeof /a/, /a/ instanceof RegExp)`,
    out: `{ value: 0, writable: true, enumerable: false, configurable: false } [ 'lastIndex' ] [object RegExp] object true`,
  },
  {
    src: `console.log(RegExp.prototype.source, RegExp.prototype.flags, RegExp.prototype.global, String(RegExp.prototype), RegExp[Symbol.species] === RegExp, RegExp.length, RegExp.prototype.exec.length)`,
    out: `(?:)  undefined /(?:)/ true 2 1`,
  },
  {
    src: `try { RegExp.prototype.exec.call({}, 'a'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { RegExp.prototype.test.call(1, 'a'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call(1); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Method RegExp.prototype.exec called on incompatible receiver #<Object>
TypeError: Method RegExp.prototype.test called on incompatible receiver undefined
TypeError: RegExp.prototype.global getter called on non-RegExp object
TypeError: RegExp.prototype.flags getter called on non-object 1`,
  },
  {
    src: `console.log(RegExp.prototype.toString.call({ source: 'src', flags: 'fl' }), Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get.call({ global: 1, sticky: 'yes', hasIndices: true }))`,
    out: `/src/fl dgy`,
  },
  {
    src: `console.log('a1b22c333'.match(/\\d+/g), 'a1b22'.match(/\\d+/), 'abc'.match(/z/g), 'abc'.match(/z/), 'abc'.match(), 'a.c'.match('.'), 'x'.match(null))`,
    out: `[ '1', '22', '333' ] [ '1', index: 1, input: 'a1b22', groups: undefined ] null null [ '', index: 0, input: 'abc', groups: undefined ] [ 'a', index: 0, input: 'a.c', groups: undefined ] null`,
  },
  {
    src: `const all = [...'a1b22c333'.matchAll(/(?<digits>\\d+)/g)];
console.log(all.length, all.map((m) => m[0] + '@' + m.index + ':' + m.groups.digits).join(' '))
console.log([...'aXbX'.matchAll('X')].map((m) => m.index), [...'abc'.matchAll(/(?:)/g)].length)`,
    out: `3 1@1:1 22@3:22 333@6:333
[ 1, 3 ] 4`,
  },
  {
    src: `const it = 'ab'.matchAll(/./g);
console.log(Object.prototype.toString.call(it), it[Symbol.iterator]() === it, it.next().value[0], it.next().value[0], it.next())
try { 'a'.matchAll(/a/); } catch (e) { console.log(e.name + ': ' + e.message); }
try { it.next.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `[object RegExp String Iterator] true a b { value: undefined, done: true }
TypeError: String.prototype.matchAll called with a non-global RegExp argument
TypeError: Method %RegExpStringIterator%.prototype.next called on incompatible receiver #<Object>`,
  },
  {
    src: `const s = 'John Smith';
console.log(s.replace(/(\\w+)\\s(\\w+)/, '$2, $1'), s.replace(/(?<first>\\w+) (?<last>\\w+)/, '$<last> $<first> $<none>!'), s.replace('Smith', '[$&] [$\`] [$\\'] $$'), s.replace(/o/g, '0'))`,
    out: `Smith, John Smith John ! John [Smith] [John ] [] $ J0hn Smith`,
  },
  {
    src: `console.log('abc'.replace(/(b)/, '$01|$10|$2|$0|$00'), 'abc'.replace(/b/, '$1'), 'aaa'.replace('a', '$<x>'), 'x'.replace(/x/, '$'))`,
    out: `ab|b0|$2|$0|$00c a$1c $<x>aa $`,
  },
  {
    src: `console.log('a-b-c'.replace(/-/g, (m, offset, str) => \`[\${m}\${offset}\${str.length}]\`), 'a1b2'.replace(/(?<d>\\d)/g, (...args) => JSON.stringify(args.at(-1))), 'abc'.replace('b', (...a) => a.join('|')))`,
    out: `a[-15]b[-35]c a{"d":"1"}b{"d":"2"} ab|1|abcc`,
  },
  {
    src: `console.log('aaa'.replaceAll('a', 'b'), 'aaa'.replaceAll('', '-'), 'a.b.c'.replaceAll('.', '$&$&'), 'xyxy'.replaceAll(/y/g, (m, i) => i), 'abc'.replaceAll('b', () => '$&'))
try { 'aaa'.replaceAll(/a/, 'b'); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `bbb -a-a-a- a..b..c x1x3 a$&c
TypeError: String.prototype.replaceAll called with a non-global RegExp argument`,
  },
  {
    src: `console.log('😀😀'.replace(/(?:)/gu, '-'), '😀'.replace(/(?:)/g, '-').length, 'aaa'.replace(/a*?/g, 'X'), 'abc'.replace(/$/, '!'))`,
    out: `-😀-😀- 5 XaXaXaX abc!`,
  },
  {
    src: `console.log('Hello'.search(/l/), 'Hello'.search('lo'), 'Hello'.search(/z/), 'a.b'.search('.'))
const re = /l/g; re.lastIndex = 3; console.log('Hello'.search(re), re.lastIndex)`,
    out: `2 3 -1 0
2 3`,
  },
  {
    src: `console.log('a,b,,c'.split(','), 'a,b,c'.split(',', 2), 'abc'.split(''), 'abc'.split(), ''.split(','), ''.split(''), 'a1b2c'.split(/\\d/), 'a1b2c'.split(/(\\d)/), 'abc'.split(/(?:)/, 2))`,
    out: `[ 'a', 'b', '', 'c' ] [ 'a', 'b' ] [ 'a', 'b', 'c' ] [ 'abc' ] [ '' ] [] [ 'a', 'b', 'c' ] [ 'a', '1', 'b', '2', 'c' ] [ 'a', 'b' ]`,
  },
  {
    src: `console.log('😀a😀'.split(''), '😀a😀'.split(/(?:)/u), 'a, b ,c'.split(/\\s*,\\s*/), 'abc'.split(/b/, 0), 'test'.split(/(t)?/), ''.split(/(?:)/))`,
    out: `[ '\\ud83d', '\\ude00', 'a', '\\ud83d', '\\ude00' ] [ '😀', 'a', '😀' ] [ 'a', 'b', 'c' ] [] [ '', 't', 'e', undefined, 's', 't', '' ] []`,
  },
  {
    src: `class MyRegExp extends RegExp {
  exec(s) { const m = super.exec(s); if (m) m[0] = m[0].toUpperCase(); return m; }
}
const re = new MyRegExp('b', 'g');
console.log(re instanceof RegExp, re.test('abc'), 'abcb'.replace(re, '<$&>'), 'abcb'.match(re), 'a,b'.split(new MyRegExp(',')), [...'bb'.matchAll(re)].map((m) => m[0]))`,
    out: `true true a<B>c<B> [ 'B', 'B' ] [ 'a', 'b' ] [ 'B', 'B' ]`,
  },
  {
    src: `const re = /x/g;
re.exec = function (s) { console.log('exec called on', s, this.lastIndex); return null; };
console.log(re.test('xx'), 'xx'.replace(re, 'y'), 'xx'.match(re))
re.exec = () => 42;
try { re.test('x'); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `exec called on xx 0
exec called on xx 0
exec called on xx 0
false xx null
TypeError: RegExp exec method returned something other than an Object or null`,
  },
  {
    src: `const fake = { [Symbol.replace](s, r) { return s + '+' + r; }, [Symbol.split](s, l) { return [s, l]; }, [Symbol.search]() { return 99; }, [Symbol.match]() { return 'matched'; } };
console.log('str'.replace(fake, 'R'), 'str'.split(fake, 3), 'str'.search(fake), 'str'.match(fake))`,
    out: `str+R [ 'str', 3 ] 99 matched`,
  },
  {
    src: `const re = /a/g; Object.defineProperty(re, 'lastIndex', { writable: false });
try { re.exec('a'); } catch (e) { console.log(e.name, e.message.slice(0, 49)); }
const plain = /a/; Object.defineProperty(plain, 'lastIndex', { writable: false });
console.log(plain.test('a'), plain.exec('b'))`,
    out: `TypeError Cannot assign to read only property 'lastIndex' o
true null`,
  },
  {
    src: `const re = /a/;
re.constructor = { [Symbol.species]: function () { return /,/y; } };
console.log('a,b'.split(re))
re.constructor = 5;
try { 'a'.split(re); } catch (e) { console.log(e.name + ': ' + e.message); }
re.constructor = { [Symbol.species]: 5 };
try { 'a'.split(re); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `[ 'a', 'b' ]
TypeError: The .constructor property is not an object
TypeError: object.constructor[Symbol.species] is not a constructor`,
  },
  {
    src: `for (const [m, v] of [['match', 5], ['replace', 5], ['search', {}], ['split', 'x'], ['matchAll', true]]) {
  try { 'a'[m]({ [Symbol[m]]: v, flags: 'g' }); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { 'a'.matchAll({ [Symbol.match]: true, flags: null }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { 'a'.replaceAll({ [Symbol.match]: true }, 'x'); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: '5' returned for property 'Symbol(Symbol.match)' of object '#<Object>' is not a function
TypeError: number 5 is not a function
TypeError: '#<Object>' returned for property 'Symbol(Symbol.search)' of object '#<Object>' is not a function
TypeError: string "x" is not a function
TypeError: boolean true is not a function
TypeError: The .flags property of the argument to String.prototype.matchAll cannot be null or undefined
TypeError: String.prototype.replaceAll called on null or undefined`,
  },
  {
    src: `/(\\w+)@(\\w+)\\.com/.test('mail: joe@site.com');
console.log(RegExp.$1, RegExp.$2, RegExp.lastMatch, RegExp['$\`'], RegExp.rightContext, RegExp.input)
'a-b'.split(/(-)/); console.log(RegExp.$1, RegExp.leftContext, RegExp.lastParen)`,
    out: `joe site joe@site.com mail:   mail: joe@site.com
- a -`,
  },
  {
    src: `console.log(/^b/m.test('a\\nb'), /a.b/s.test('a\\nb'), /a.b/.test('a\\nb'), /\\u{1F600}/u.test('😀'), /^.$/u.test('😀'), /^.$/.test('😀'), /[\\p{Emoji}--\\p{ASCII}]/v.test('😀'))`,
    out: `true true false true true false true`,
  },
];

describeRows('builtins: RegExp', rows);
