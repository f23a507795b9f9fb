// JSON.parse (with V8's SyntaxError texts and the reviver) and JSON.stringify (replacers,
// indentation, toJSON, boxed primitives, cycles, BigInt), as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `const v = JSON.parse('{"a":[1,2.5,-0,1e3,true,false,null],"b":{"c":"x\\\\ny\\\\u0041\\\\ud83d\\\\ude00"}}');
console.log(v, Object.is(v.a[2], -0), v.b.c)`,
    out: `{
  a: [
    1,    2.5,  -0,
    1000, true, false,
    null
  ],
  b: { c: 'x\\nyA😀' }
} true x
yA😀`,
  },
  {
    src: `console.log(JSON.parse(' 1 '), JSON.parse('"str"'), JSON.parse('null'), JSON.parse('[]'), JSON.parse('{}'), JSON.parse(' [ 1 , { } ] '), JSON.parse(new String('[2]')), JSON.parse(12), JSON.parse(true))`,
    out: `1 str null [] {} [ 1, {} ] [ 2 ] 12 true`,
  },
  {
    src: `const o = JSON.parse('{"__proto__": {"x": 1}, "b": 2, "1": 3, "b": 4}');
console.log(Object.keys(o), o.b, o.x, Object.getPrototypeOf(o) === Object.prototype, Object.getOwnPropertyNames(o).includes('__proto__'))`,
    out: `[ '1', '__proto__', 'b' ] 4 undefined true true`,
  },
  {
    src: `for (const text of ['', '{a}', 'xyz', '[1,]', '{"a":1,}', '[1 2]', '{"a" 1}', '{"a":1 "b":2}', '"abc', '"\\\\x"', '"\\\\u12g4"', '01', '-', '1.', '1e', 'tru', 'true x', '"a\\u0001"', '{"a":1,"b"}']) {
  try { JSON.parse(text); } catch (e) { console.log(JSON.stringify(text), e.name + ': ' + e.message); }
}`,
    out: `"" SyntaxError: Unexpected end of JSON input
"{a}" SyntaxError: Expected property name or '}' in JSON at position 1
"xyz" SyntaxError: Unexpected token 'x', "xyz" is not valid JSON
"[1,]" SyntaxError: Unexpected token ']', "[1,]" is not valid JSON
"{\\"a\\":1,}" SyntaxError: Expected double-quoted property name in JSON at position 7
"[1 2]" SyntaxError: Expected ',' or ']' after array element in JSON at position 3
"{\\"a\\" 1}" SyntaxError: Expected ':' after property name in JSON at position 5
"{\\"a\\":1 \\"b\\":2}" SyntaxError: Expected ',' or '}' after property value in JSON at position 7
"\\"abc" SyntaxError: Unterminated string in JSON at position 4
"\\"\\\\x\\"" SyntaxError: Bad escaped character in JSON at position 2
"\\"\\\\u12g4\\"" SyntaxError: Bad Unicode escape in JSON at position 5
"01" SyntaxError: Unexpected number in JSON at position 1
"-" SyntaxError: No number after minus sign in JSON at position 1
"1." SyntaxError: Unterminated fractional number in JSON at position 2
"1e" SyntaxError: Exponent part is missing a number in JSON at position 2
"tru" SyntaxError: Unexpected end of JSON input
"true x" SyntaxError: Unexpected non-whitespace character after JSON at position 5
"\\"a\\u0001\\"" SyntaxError: Bad control character in string literal in JSON at position 2
"{\\"a\\":1,\\"b\\"}" SyntaxError: Unexpected token '}', "{"a":1,"b"}" is not valid JSON`,
  },
  {
    src: `for (const v of [undefined, NaN, Infinity, {}, [], 'abcdefghijklmnopqrstuvwxyz', '{"key": "value", "other": wrong}', '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, x]']) {
  try { JSON.parse(v); } catch (e) { console.log(e.message); }
}`,
    out: `"undefined" is not valid JSON
"NaN" is not valid JSON
"Infinity" is not valid JSON
"[object Object]" is not valid JSON
Unexpected end of JSON input
Unexpected token 'a', "abcdefghij"... is not valid JSON
Unexpected token 'w', ..." "other": wrong}" is not valid JSON
Unexpected token 'x', ...", 12, 13, x]" is not valid JSON`,
  },
  {
    src: `const r = JSON.parse('{"a":1,"b":[2,3],"c":{"d":4}}', function (key, value) {
  console.log(JSON.stringify(key), JSON.stringify(value), Array.isArray(this));
  return typeof value === 'number' ? value * 10 : value;
});
console.log(r)`,
    out: `"a" 1 false
"0" 2 true
"1" 3 true
"b" [20,30] false
"d" 4 false
"c" {"d":40} false
"" {"a":10,"b":[20,30],"c":{"d":40}} false
{ a: 10, b: [ 20, 30 ], c: { d: 40 } }`,
  },
  {
    src: `console.log(JSON.parse('{"keep":1,"drop":2,"arr":[1,2,3]}', (k, v) => (k === 'drop' || v === 2 ? undefined : v)), JSON.parse('"2020-01-01T00:00:00.000Z"', (k, v) => new Date(v).getUTCFullYear()))`,
    out: `{ keep: 1, arr: [ 1, <1 empty item>, 3 ] } 2020`,
  },
  {
    src: `console.log(JSON.stringify({ a: 1, b: 'two', c: [true, null, 3.5], d: { e: -0 } }), JSON.stringify('he said "hi"\\n'), JSON.stringify(null), JSON.stringify(NaN), JSON.stringify(-Infinity), JSON.stringify(1e21))`,
    out: `{"a":1,"b":"two","c":[true,null,3.5],"d":{"e":0}} "he said \\"hi\\"\\n" null null null 1e+21`,
  },
  {
    src: `console.log(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(Symbol()), JSON.stringify({ u: undefined, f() {}, s: Symbol(), [Symbol('k')]: 1 }), JSON.stringify([undefined, () => 1, Symbol()]))`,
    out: `undefined undefined undefined {} [null,null,null]`,
  },
  {
    src: `console.log(JSON.stringify({ 2: 'two', b: 'b', 1: 'one', a: 'a' }), JSON.stringify(Object.create({ inherited: 1 })), JSON.stringify(Object.defineProperty({ v: 1 }, 'hidden', { value: 2 })), JSON.stringify([, 1]), JSON.stringify({ get g() { return 'got'; } }))`,
    out: `{"1":"one","2":"two","b":"b","a":"a"} {} {"v":1} [null,1] {"g":"got"}`,
  },
  {
    src: `console.log(JSON.stringify({ a: [1, { b: 2 }], c: {} , d: [] }, null, 2))
console.log(JSON.stringify([1, [2]], null, '--'))
console.log(JSON.stringify({ x: 1 }, null, 20))
console.log(JSON.stringify({ x: 1 }, null, 'abcdefghijklmn'))`,
    out: `{
  "a": [
    1,
    {
      "b": 2
    }
  ],
  "c": {},
  "d": []
}
[
--1,
--[
----2
--]
]
{
          "x": 1
}
{
abcdefghij"x": 1
}`,
  },
  {
    src: `console.log(JSON.stringify({ a: 1 }, null, new Number(1)), JSON.stringify({ a: 1 }, null, new String('>')), JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, -3), JSON.stringify({ a: 1 }, null, ''), JSON.stringify({ a: 1 }, null, {}))`,
    out: `{
 "a": 1
} {
>"a": 1
} {"a":1} {"a":1} {"a":1} {"a":1}`,
  },
  {
    src: `console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ['a', 'c']), JSON.stringify({ 1: 'x', 2: 'y' }, [1, new String('2'), {}, 1]), JSON.stringify([{ a: 1, b: 2 }], ['b']))`,
    out: `{"a":1,"c":{"a":3}} {"1":"x","2":"y"} [{"b":2}]`,
  },
  {
    src: `console.log(JSON.stringify({ a: 1, b: 'x', c: [1, 2] }, (key, value) => (typeof value === 'number' ? value + 100 : value)))
console.log(JSON.stringify({ a: 1 }, function (key, value) { return key === '' ? { wrapped: value, holderKeys: Object.keys(this) } : value; }))`,
    out: `{"a":101,"b":"x","c":[101,102]}
{"wrapped":{"a":1},"holderKeys":[""]}`,
  },
  {
    src: `console.log(JSON.stringify(new Date(0)), JSON.stringify({ when: new Date(Date.UTC(2020, 0, 2)) }), JSON.stringify({ d: new Date(NaN) }))
console.log(JSON.stringify({ x: { toJSON(key) { return 'toJSON(' + key + ')'; } } }), JSON.stringify([{ toJSON(k) { return k; } }]))`,
    out: `"1970-01-01T00:00:00.000Z" {"when":"2020-01-02T00:00:00.000Z"} {"d":null}
{"x":"toJSON(x)"} ["0"]`,
  },
  {
    src: `console.log(JSON.stringify([new Number(3), new String('s'), new Boolean(false), Object(Symbol())]), JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(/re/g), JSON.stringify(new Error('e')))`,
    out: `[3,"s",false,{}] {} {} {} {}`,
  },
  {
    src: `try { JSON.stringify(1n); } catch (e) { console.log(e.name + ': ' + e.message); }
try { JSON.stringify({ big: 2n }); } catch (e) { console.log(e.name + ': ' + e.message); }
try { JSON.stringify(Object(3n)); } catch (e) { console.log(e.name + ': ' + e.message); }
BigInt.prototype.toJSON = function () { return this.toString() + 'n'; };
console.log(JSON.stringify({ big: 2n }))`,
    out: `TypeError: Do not know how to serialize a BigInt
TypeError: Do not know how to serialize a BigInt
TypeError: Do not know how to serialize a BigInt
{"big":"2n"}`,
  },
  {
    src: `console.log(JSON.stringify('\\u2028\\u2029'), JSON.stringify('\\ud800'), JSON.stringify('\\udc00x'), JSON.stringify('😀'), JSON.stringify('\\u0000\\u001f\\b\\t'), JSON.stringify({ '\\ud800': 1 }))`,
    out: `"\u2028\u2029" "\\ud800" "\\udc00x" "😀" "\\u0000\\u001f\\b\\t" {"\\ud800":1}`,
  },
  {
    src: `const a = {}; a.self = a;
try { JSON.stringify(a); } catch (e) { console.log(e.name + ': ' + e.message); }
const arr = [1]; arr.push({ back: arr });
try { JSON.stringify(arr); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Converting circular structure to JSON
    --> starting at object with constructor 'Object'
    --- property 'self' closes the circle
TypeError: Converting circular structure to JSON
    --> starting at object with constructor 'Array'
    |     index 1 -> object with constructor 'Object'
    --- property 'back' closes the circle`,
  },
  {
    src: `class Node { constructor(name) { this.name = name; } }
const root = new Node('root');
root.child = { list: [1, { deeper: { again: { last: root } } }] };
try { JSON.stringify(root); } catch (e) { console.log(e.name + ': ' + e.message); }
const m = new Map(); m.self = m;
try { JSON.stringify({ m }); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `TypeError: Converting circular structure to JSON
    --> starting at object with constructor 'Node'
    |     property 'child' -> object with constructor 'Object'
    |     property 'list' -> object with constructor 'Array'
    |     ...
    |     property 'again' -> object with constructor 'Object'
    --- property 'last' closes the circle
TypeError: Converting circular structure to JSON
    --> starting at object with constructor 'Map'
    --- property 'self' closes the circle`,
  },
  {
    src: `const shared = { n: 1 };
console.log(JSON.stringify({ a: shared, b: shared, c: [shared, shared] }))`,
    out: `{"a":{"n":1},"b":{"n":1},"c":[{"n":1},{"n":1}]}`,
  },
  {
    src: `console.log(Object.prototype.toString.call(JSON), String(JSON), JSON[Symbol.toStringTag], Object.keys(JSON), Object.getOwnPropertyNames(JSON), JSON.parse.length, JSON.stringify.length, JSON.stringify.name)`,
    out: `[object JSON] [object JSON] JSON [] [ 'parse', 'stringify' ] 2 3 stringify`,
  },
  {
    src: `const log = [];
const obj = { get a() { log.push('get a'); return { toJSON() { log.push('toJSON a'); return 1; } }; }, b: 2 };
JSON.stringify(obj, (k, v) => { log.push('replacer ' + JSON.stringify(k)); return v; });
console.log(log.join(', '))`,
    out: `replacer "", get a, toJSON a, replacer "a", replacer "b"`,
  },
];

describeRows('builtins: JSON', rows);
