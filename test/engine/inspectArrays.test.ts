// util.inspect of arrays as Node 20 prints them: holes, extra keys, `... n more items`,
// and the column layout of long arrays of short items.
import { describeInspectRows, InspectRow } from './inspectMirror';

const rows: InspectRow[] = [
  { src: `[]`, out: `[]` },
  { src: `[1,2,3]`, out: `[ 1, 2, 3 ]` },
  { src: `[,]`, out: `[ <1 empty item> ]` },
  { src: `[1,,3]`, out: `[ 1, <1 empty item>, 3 ]` },
  { src: `[,,1,,,]`, out: `[ <2 empty items>, 1, <2 empty items> ]` },
  { src: `new Array(5)`, out: `[ <5 empty items> ]` },
  { src: `[undefined, null]`, out: `[ undefined, null ]` },
  { src: `['a', 'b']`, out: `[ 'a', 'b' ]` },
  { src: `Object.assign([1,2], {a: 2})`, out: `[ 1, 2, a: 2 ]` },
  { src: `Object.assign([], {a: 1})`, out: `[ a: 1 ]` },
  { src: `Object.assign([,1], {x: 'y'})`, out: `[ <1 empty item>, 1, x: 'y' ]` },
  { src: `Object.assign([1], {[Symbol('s')]: 2})`, out: `[ 1, [Symbol(s)]: 2 ]` },
  {
    src: `Array.from({length: 101}, (_, i) => i)`,
    out: `[
   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,
  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,
  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
  96, 97, 98, 99,
  ... 1 more item
]`,
  },
  {
    src: `Array.from({length: 30}, (_, i) => i)`,
    out: `[
   0,  1,  2,  3,  4,  5,  6,  7,  8,
   9, 10, 11, 12, 13, 14, 15, 16, 17,
  18, 19, 20, 21, 22, 23, 24, 25, 26,
  27, 28, 29
]`,
  },
  {
    src: `Array.from({length: 26}, (_, i) => String.fromCharCode(97 + i))`,
    out: `[
  'a', 'b', 'c', 'd', 'e', 'f',
  'g', 'h', 'i', 'j', 'k', 'l',
  'm', 'n', 'o', 'p', 'q', 'r',
  's', 't', 'u', 'v', 'w', 'x',
  'y', 'z'
]`,
  },
  {
    src: `Array.from({length: 7}, (_, i) => i * 1000)`,
    out: `[
     0, 1000, 2000,
  3000, 4000, 5000,
  6000
]`,
  },
  {
    src: `Array.from({length: 10}, (_, i) => ({a: i}))`,
    out: `[
  { a: 0 }, { a: 1 },
  { a: 2 }, { a: 3 },
  { a: 4 }, { a: 5 },
  { a: 6 }, { a: 7 },
  { a: 8 }, { a: 9 }
]`,
  },
  {
    src: `Array.from({length: 20}, (_, i) => [i])`,
    out: `[
  [ 0 ],  [ 1 ],  [ 2 ],
  [ 3 ],  [ 4 ],  [ 5 ],
  [ 6 ],  [ 7 ],  [ 8 ],
  [ 9 ],  [ 10 ], [ 11 ],
  [ 12 ], [ 13 ], [ 14 ],
  [ 15 ], [ 16 ], [ 17 ],
  [ 18 ], [ 19 ]
]`,
  },
  {
    src: `Array.from({length: 8}, (_, i) => 'item number ' + i)`,
    out: `[
  'item number 0',
  'item number 1',
  'item number 2',
  'item number 3',
  'item number 4',
  'item number 5',
  'item number 6',
  'item number 7'
]`,
  },
  {
    src: `[1, 'a', 2, 'b', 3, 'c', 4, 'd']`,
    out: `[
  1, 'a', 2, 'b',
  3, 'c', 4, 'd'
]`,
  },
  {
    src: `Array.from({length: 12}, (_, i) => BigInt(i))`,
    out: `[
   0n,  1n, 2n, 3n, 4n,
   5n,  6n, 7n, 8n, 9n,
  10n, 11n
]`,
  },
  {
    src: `Array.from({length: 200}, (_, i) => i % 7 === 0 ? undefined : i)`,
    out: `[
  undefined, 1,  2,  3,  4,  5,  6,
  undefined, 8,  9,  10, 11, 12, 13,
  undefined, 15, 16, 17, 18, 19, 20,
  undefined, 22, 23, 24, 25, 26, 27,
  undefined, 29, 30, 31, 32, 33, 34,
  undefined, 36, 37, 38, 39, 40, 41,
  undefined, 43, 44, 45, 46, 47, 48,
  undefined, 50, 51, 52, 53, 54, 55,
  undefined, 57, 58, 59, 60, 61, 62,
  undefined, 64, 65, 66, 67, 68, 69,
  undefined, 71, 72, 73, 74, 75, 76,
  undefined, 78, 79, 80, 81, 82, 83,
  undefined, 85, 86, 87, 88, 89, 90,
  undefined, 92, 93, 94, 95, 96, 97,
  undefined, 99,
  ... 100 more items
]`,
  },
  {
    src: `Object.assign(Array.from({length: 10}, (_, i) => i), {extra: true})`,
    out: `[ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, extra: true ]`,
  },
  {
    src: `Object.assign(Array.from({length: 100}, (_, i) => i), {extra: true})`,
    out: `[
  0,  1,  2,  3,  4,  5,  6,  7,  8,  9,  10, 11,
  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,
  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,
  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,
  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,
  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,
  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,
  96, 97, 98, 99,
  extra: true
]`,
  },
  {
    src: `[1.5, -2, 300000, 4e21, 5, 6, 7, 8]`,
    out: `[
    1.5, -2, 300000,
  4e+21,  5,      6,
      7,  8
]`,
  },
  {
    src: `Array.from({length: 16}, (_, i) => 'x'.repeat(i))`,
    out: `[
  '',               'x',
  'xx',             'xxx',
  'xxxx',           'xxxxx',
  'xxxxxx',         'xxxxxxx',
  'xxxxxxxx',       'xxxxxxxxx',
  'xxxxxxxxxx',     'xxxxxxxxxxx',
  'xxxxxxxxxxxx',   'xxxxxxxxxxxxx',
  'xxxxxxxxxxxxxx', 'xxxxxxxxxxxxxxx'
]`,
  },
  { src: `[1, 2, 3, 4, 5, 6]`, out: `[ 1, 2, 3, 4, 5, 6 ]` },
  {
    src: `[1, 2, 3, 4, 5, 6, 7]`,
    out: `[
  1, 2, 3, 4,
  5, 6, 7
]`,
  },
  {
    src: `['a', 'b', 'c', 'd', 'e', 'f', 'g']`,
    out: `[
  'a', 'b', 'c',
  'd', 'e', 'f',
  'g'
]`,
  },
  {
    src: `[true, false, true, false, true, false, true]`,
    out: `[
  true, false,
  true, false,
  true, false,
  true
]`,
  },
  {
    src: `Array.from({length: 27}, (_, i) => i % 2 ? 'short' : 'a bit longer string')`,
    out: `[
  'a bit longer string', 'short',
  'a bit longer string', 'short',
  'a bit longer string', 'short',
  'a bit longer string', 'short',
  'a bit longer string', 'short',
  'a bit longer string', 'short',
  'a bit longer string', 'short',
  'a bit longer string', 'short',
  'a bit longer string', 'short',
  'a bit longer string', 'short',
  'a bit longer string', 'short',
  'a bit longer string', 'short',
  'a bit longer string', 'short',
  'a bit longer string'
]`,
  },
  {
    src: `[[1, 2], [3, 4], [5, 6], [7, 8], [9, 10], [11, 12], [13, 14]]`,
    out: `[
  [ 1, 2 ],
  [ 3, 4 ],
  [ 5, 6 ],
  [ 7, 8 ],
  [ 9, 10 ],
  [ 11, 12 ],
  [ 13, 14 ]
]`,
  },
  {
    src: `Array.from({length: 7}, () => ({}))`,
    out: `[
  {}, {}, {}, {},
  {}, {}, {}
]`,
  },
  {
    src: `Array.from({length: 9}, (_, i) => -i)`,
    out: `[
  -0, -1, -2, -3, -4,
  -5, -6, -7, -8
]`,
  },
  { src: `[1, 2, 3, , 5, 6, 7, 8]`, out: `[ 1, 2, 3, <1 empty item>, 5, 6, 7, 8 ]` },
  { src: `(() => { const a = [1, 2, 3]; a.length = 5; return a })()`, out: `[ 1, 2, 3, <2 empty items> ]` },
  { src: `(() => { const a = []; a[3] = 1; a.foo = 'bar'; return a })()`, out: `[ <3 empty items>, 1, foo: 'bar' ]` },
  {
    src: `(() => { const a = Array.from({length: 12}, (_, i) => i); delete a[2]; return a })()`,
    opts: { maxArrayLength: 8 },
    out: `[ 0, 1, <1 empty item>, 3, 4, 5, 6, 7, ... 4 more items ]`,
  },
  { src: `(() => { const a = []; a[150] = 1; return a })()`, out: `[ <150 empty items>, 1 ]` },
  {
    src: `['this is a rather long string value that goes past the break length', 'and another one']`,
    out: `[
  'this is a rather long string value that goes past the break length',
  'and another one'
]`,
  },
  {
    src: `Array.from({length: 3}, (_, i) => 'abcdefghijklmnopqrstuvwxyz'.repeat(2) + i)`,
    out: `[
  'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0',
  'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz1',
  'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz2'
]`,
  },
  {
    src: `{arr: Array.from({length: 30}, (_, i) => i)}`,
    out: `{
  arr: [
     0,  1,  2,  3,  4,  5,  6,  7,  8,
     9, 10, 11, 12, 13, 14, 15, 16, 17,
    18, 19, 20, 21, 22, 23, 24, 25, 26,
    27, 28, 29
  ]
}`,
  },
  { src: `{a: {b: {arr: Array.from({length: 40}, (_, i) => i * 3)}}}`, out: `{ a: { b: { arr: [Array] } } }` },
  { src: `Array.from({length: 10}, (_, i) => i)`, opts: { maxArrayLength: 3 }, out: `[ 0, 1, 2, ... 7 more items ]` },
  { src: `[1, 2, 3]`, opts: { maxArrayLength: 0 }, out: `[ ... 3 more items ]` },
];

describeInspectRows('inspect: arrays', rows);
