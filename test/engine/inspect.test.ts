// util.inspect as Node 20 prints primitives, strings and plain objects (default options
// unless a row says otherwise), checked on values copied into a minimal realm.
import { describeInspectRows, InspectRow } from './inspectMirror';

const primitives: InspectRow[] = [
  { src: `1`, out: `1` },
  { src: `-0`, out: `-0` },
  { src: `0`, out: `0` },
  { src: `NaN`, out: `NaN` },
  { src: `-Infinity`, out: `-Infinity` },
  { src: `1e21`, out: `1e+21` },
  { src: `1n`, out: `1n` },
  { src: `-5n`, out: `-5n` },
  { src: `true`, out: `true` },
  { src: `undefined`, out: `undefined` },
  { src: `null`, out: `null` },
  { src: `Symbol('x')`, out: `Symbol(x)` },
  { src: `Symbol()`, out: `Symbol()` },
  { src: `Symbol.iterator`, out: `Symbol(Symbol.iterator)` },
  { src: `'abc'`, out: `'abc'` },
  { src: `"it's"`, out: `"it's"` },
  { src: `'say "hi" it\\'s'`, out: `\`say "hi" it's\`` },
  { src: `'a\`b\\'c"d'`, out: `'a\`b\\'c"d'` },
  { src: `'a\${b}\\'c"d'`, out: `'a\${b}\\'c"d'` },
  { src: `'line\\nbreak'`, out: `'line\\nbreak'` },
  { src: `'tab\\there'`, out: `'tab\\there'` },
  { src: `'\\x00\\x1b\\x7f\\x9f\\xa0'`, out: `'\\x00\\x1B\\x7F\\x9F\u00a0'` },
  { src: `'back\\\\slash'`, out: `'back\\\\slash'` },
  { src: `'\\ud800x'`, out: `'\\ud800x'` },
  { src: `'x\\udc00'`, out: `'x\\udc00'` },
  { src: `'😀'`, out: `'😀'` },
  { src: `''`, out: `''` },
  { src: `'x'.repeat(20)`, opts: { maxStringLength: 5 }, out: `'xxxxx'... 15 more characters` },
  { src: `'xy'`, opts: { maxStringLength: 1 }, out: `'x'... 1 more character` },
  {
    src: `['multi\\nline string that is long enough to be split at its line breaks by inspect, yes']`,
    out: `[
  'multi\\n' +
    'line string that is long enough to be split at its line breaks by inspect, yes'
]`,
  },
  { src: `['short\\nlines']`, out: `[ 'short\\nlines' ]` },
  {
    src: `{a: 'multi\\nline\\nstring that is long enough to be split into pieces by inspect yes'}`,
    out: `{
  a: 'multi\\n' +
    'line\\n' +
    'string that is long enough to be split into pieces by inspect yes'
}`,
  },
];

const objects: InspectRow[] = [
  { src: `{}`, out: `{}` },
  { src: `{a: 1}`, out: `{ a: 1 }` },
  { src: `{a: 1, 'b-c': 2, [Symbol('s')]: 3}`, out: `{ a: 1, 'b-c': 2, [Symbol(s)]: 3 }` },
  {
    src: `{$a: 1, _b: 2, 'c d': 3, 1: 4, '01': 5, 'é': 6}`,
    out: `{ '1': 4, '$a': 1, _b: 2, 'c d': 3, '01': 5, 'é': 6 }`,
  },
  { src: `{['__proto__']: 1}`, out: `{ ['__proto__']: 1 }` },
  { src: `{'': 1, ' ': 2, 'a\\nb': 3, "it's": 4}`, out: `{ '': 1, ' ': 2, 'a\\nb': 3, "it's": 4 }` },
  {
    src: `{[Symbol()]: 1, [Symbol('a b')]: 2, [Symbol("it's")]: 3}`,
    out: `{ [Symbol()]: 1, [Symbol(a b)]: 2, [Symbol(it\\'s)]: 3 }`,
  },
  { src: `{a: undefined, b: null}`, out: `{ a: undefined, b: null }` },
  {
    src: `{a: 'x'.repeat(100)}`,
    out: `{
  a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'
}`,
  },
  { src: `{a: {b: {c: {d: 1}}}}`, out: `{ a: { b: { c: [Object] } } }` },
  { src: `{a: {b: {c: {}}}}`, out: `{ a: { b: { c: {} } } }` },
  { src: `{a: [[[[1]]]]}`, out: `{ a: [ [ [Array] ] ] }` },
  { src: `{a: [[[]]]}`, out: `{ a: [ [ [] ] ] }` },
  {
    src: `{a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23, x: 24, y: 25, z: 26}`,
    out: `{
  a: 1,
  b: 2,
  c: 3,
  d: 4,
  e: 5,
  f: 6,
  g: 7,
  h: 8,
  i: 9,
  j: 10,
  k: 11,
  l: 12,
  m: 13,
  n: 14,
  o: 15,
  p: 16,
  q: 17,
  r: 18,
  s: 19,
  t: 20,
  u: 21,
  v: 22,
  w: 23,
  x: 24,
  y: 25,
  z: 26
}`,
  },
  {
    src: `{alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd', epsilon: 'eeeee'}`,
    out: `{
  alpha: 'aaaaaaaaaa',
  beta: 'bbbbbbbbbb',
  gamma: 'cccccccccc',
  delta: 'dddddddddd',
  epsilon: 'eeeee'
}`,
  },
  {
    src: `{alpha: 'aaaaaaaaaa', beta: 'bbbbbbbbbb', gamma: 'cccccccccc', delta: 'dddddddddd', epsilon: 'eeeeeeee'}`,
    out: `{
  alpha: 'aaaaaaaaaa',
  beta: 'bbbbbbbbbb',
  gamma: 'cccccccccc',
  delta: 'dddddddddd',
  epsilon: 'eeeeeeee'
}`,
  },
  { src: `{a: {b: 1, c: 2}, d: [1, 2, {e: 3}]}`, out: `{ a: { b: 1, c: 2 }, d: [ 1, 2, { e: 3 } ] }` },
  { src: `{x: {y: {z: 1}, w: 2}, v: 3}`, out: `{ x: { y: { z: 1 }, w: 2 }, v: 3 }` },
  { src: `{a: {b: {c: 1}}, d: 1}`, out: `{ a: { b: { c: 1 } }, d: 1 }` },
  { src: `{a: {b: {c: 1}, d: {e: 1}}}`, out: `{ a: { b: { c: 1 }, d: { e: 1 } } }` },
  { src: `[{a: 1, b: 2}, {a: 3, b: 4}]`, out: `[ { a: 1, b: 2 }, { a: 3, b: 4 } ]` },
  { src: `[[1, 2, [3, 4, [5, [6]]]]]`, out: `[ [ 1, 2, [ 3, 4, [Array] ] ] ]` },
  { src: `{a: [1, 2, 3], b: {c: [4, 5, {d: 6}]}}`, out: `{ a: [ 1, 2, 3 ], b: { c: [ 4, 5, [Object] ] } }` },
  {
    src: `{key: 'value', nested: {array: [1, 2, 3], object: {x: 1, y: 2}}, fn: function named() {}, sym: Symbol('s')}`,
    out: `{
  key: 'value',
  nested: { array: [ 1, 2, 3 ], object: { x: 1, y: 2 } },
  fn: [Function: named],
  sym: Symbol(s)
}`,
  },
  {
    src: `Array.from({length: 4}, () => ({name: 'alice', age: 30, tags: ['a', 'b']}))`,
    out: `[
  { name: 'alice', age: 30, tags: [ 'a', 'b' ] },
  { name: 'alice', age: 30, tags: [ 'a', 'b' ] },
  { name: 'alice', age: 30, tags: [ 'a', 'b' ] },
  { name: 'alice', age: 30, tags: [ 'a', 'b' ] }
]`,
  },
  {
    src: `{text: 'this is a rather long string value that goes past the break length of eighty chars'}`,
    out: `{
  text: 'this is a rather long string value that goes past the break length of eighty chars'
}`,
  },
  {
    src: `{get a() { return 1 }, set b(v) {}, get c() { return 1 }, set c(v) {}}`,
    out: `{ a: [Getter], b: [Setter], c: [Getter/Setter] }`,
  },
  {
    src: `(() => { const o = {}; Object.defineProperty(o, 'hidden', {value: 1}); o.shown = 2; return o })()`,
    out: `{ shown: 2 }`,
  },
  { src: `{matrix: [[1, 2, 3], [4, 5, 6], [7, 8, 9]]}`, out: `{ matrix: [ [ 1, 2, 3 ], [ 4, 5, 6 ], [ 7, 8, 9 ] ] }` },
  {
    src: `{f() {}, g: function () {}, h: () => {}, async i() {}, *j() {}}`,
    out: `{
  f: [Function: f],
  g: [Function: g],
  h: [Function: h],
  i: [AsyncFunction: i],
  j: [GeneratorFunction: j]
}`,
  },
  { src: `{a: {b: {c: {d: 1}}}}`, opts: { depth: 0 }, out: `{ a: [Object] }` },
  {
    src: `{a: {b: {c: {d: {e: 1}}}}}`,
    opts: { depth: Infinity },
    out: `{
  a: {
    b: { c: { d: { e: 1 } } }
  }
}`,
  },
  { src: `{a: [1, {b: 2}]}`, opts: { depth: 1 }, out: `{ a: [ 1, [Object] ] }` },
  {
    src: `{a: 1, b: {c: 2}}`,
    opts: { compact: false },
    out: `{
  a: 1,
  b: {
    c: 2
  }
}`,
  },
  { src: `{a: 1, b: {c: 2}, d: [1, 2]}`, opts: { compact: true }, out: `{ a: 1, b: { c: 2 }, d: [ 1, 2 ] }` },
  {
    src: `{a: {b: {c: 1}}}`,
    opts: { compact: 1 },
    out: `{
  a: {
    b: { c: 1 }
  }
}`,
  },
  { src: `{b: 1, a: 2, c: {z: 1, y: 2}}`, opts: { sorted: true }, out: `{ a: 2, b: 1, c: { y: 2, z: 1 } }` },
  {
    src: `{a: 'x'.repeat(50), b: 'y'.repeat(50)}`,
    opts: { breakLength: 200 },
    out: `{ a: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', b: 'yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy' }`,
  },
  {
    src: `{a: 1, b: [1, 2, 3, 4, 5], c: {d: {e: 1}}}`,
    opts: { breakLength: Infinity, maxArrayLength: 3 },
    out: `{ a: 1, b: [ 1, 2, 3, ... 2 more items ], c: { d: { e: 1 } } }`,
  },
];

describeInspectRows('inspect: primitives and strings', primitives);
describeInspectRows('inspect: objects and line breaking', objects);
