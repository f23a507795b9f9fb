// console: util.format placeholders and the other console methods (dir, group, count,
// assert, table...) against Node 20's output; time and trace, whose text Node cannot fix.
import assert from 'node:assert/strict';
import { ConsoleEvent, createAgent } from '../../../engine';
import { formatTime } from '../../../engine/realm/builtins/console';
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  { src: `console.log('%s is %d years', 'Ada', 36)`, out: `Ada is 36 years` },
  { src: `console.log('%s|%s|%s', 'a')`, out: `a|%s|%s` },
  { src: `console.log('%d %i %f', '42.9', '42.9', '42.9')`, out: `42.9 42 42.9` },
  { src: `console.log('%d %d %i', 10n, Symbol('x'), 3.99)`, out: `10n NaN 3` },
  { src: `console.log('%i %f', '0x10', '1e3xyz')`, out: `16 1000` },
  { src: `console.log('%j', { a: [1, 'two'], b: undefined })`, out: `{"a":[1,"two"]}` },
  { src: `const o = {}; o.o = o; console.log('%j', o)`, out: `[Circular]` },
  { src: `console.log('%j', { toJSON() { return 'custom'; } })`, out: `"custom"` },
  { src: `console.log('%o', [1, { a: 2 }])`, out: `[ 1, { a: 2 }, [length]: 2 ]` },
  { src: `console.log('%O', { a: { b: { c: { d: 1 } } } })`, out: `{ a: { b: { c: [Object] } } }` },
  { src: `console.log('%c styled', 'color: red')`, out: ` styled` },
  { src: `console.log('100%% sure', 'extra')`, out: `100% sure extra` },
  { src: `console.log('100%%')`, out: `100%%` },
  { src: `console.log('%x %', 1)`, out: `%x % 1` },
  { src: `console.log('%s', { a: { b: { c: 1 } } }, [1, [2, [3]]])`, out: `{ a: [Object] } [ 1, [ 2, [ 3 ] ] ]` },
  { src: `console.log('%s', [1, [2, [3]]])`, out: `[ 1, [Array] ]` },
  { src: `class P { toString() { return 'P!'; } } console.log('%s', new P())`, out: `P!` },
  { src: `class Q {} console.log('%s', new Q())`, out: `Q {}` },
  { src: `console.log('%s', null, undefined, -0, 5n, Symbol('s'))`, out: `null undefined -0 5n Symbol(s)` },
  { src: `console.log('%s', function foo() { return 1; })`, out: `function foo() { return 1; }` },
  { src: `console.log('%d', { valueOf() { return 7; } })`, out: `7` },
  { src: `console.log('%s', new Error('as string').message)`, out: `as string` },
  { src: `console.log('a', 'b %s', 'c')`, out: `a b %s c` },
  { src: `console.log(1, '%s', 'x')`, out: `1 %s x` },
  { src: `console.log()`, out: `` },
  { src: `console.log('')`, out: `` },
  {
    src: `console.log('multi\\nline', { k: 'v\\nw' })`,
    out: `multi
line { k: 'v\\nw' }`,
  },
  {
    src: `console.info('info'); console.debug('debug'); console.dirxml('dirxml')`,
    out: `info
debug
dirxml`,
  },
  {
    src: `console.warn('warn %d', 1); console.error(new Map([[1, 2]]))`,
    out: `warn 1
Map(1) { 1 => 2 }`,
  },
  {
    src: `console.dir({ a: { b: { c: { d: 1 } } } }); console.dir('str'); console.dir('%s', 'ignored')`,
    out: `{ a: { b: { c: [Object] } } }
'str'
'%s'`,
  },
  {
    src: `console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }); console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null })`,
    out: `{ a: [Object] }
{
  a: { b: { c: { d: 1 } } }
}`,
  },
  {
    src: `console.dir([1, 2, 3, 4], { maxArrayLength: 2 }); console.dir({ x: [1] }, { showHidden: true })`,
    out: `[ 1, 2, ... 2 more items ]
{ x: [ 1, [length]: 1 ] }`,
  },
  {
    src: `console.group('Group A'); console.log('inside'); console.group(); console.log({ a: 1, b: 'two\\nlines' }); console.groupEnd(); console.warn('still A'); console.groupEnd(); console.log('outside')`,
    out: `Group A
  inside
    { a: 1, b: 'two\\nlines' }
  still A
outside`,
  },
  {
    src: `console.groupCollapsed('collapsed %s', 'label'); console.log('x'); console.groupEnd(); console.groupEnd(); console.log('y')`,
    out: `collapsed label
  x
y`,
  },
  {
    src: `console.group('g'); console.table([{ a: 1 }]); console.groupEnd()`,
    out: `g
  ┌─────────┬───┐
  │ (index) │ a │
  ├─────────┼───┤
  │ 0       │ 1 │
  └─────────┴───┘`,
  },
  {
    src: `console.count(); console.count(); console.count('x'); console.count('default'); console.countReset(); console.count()`,
    out: `default: 1
default: 2
x: 1
default: 3
default: 1`,
  },
  {
    src: `console.count(1); console.count('1'); console.count({})`,
    out: `1: 1
1: 2
[object Object]: 1`,
  },
  {
    src: `console.assert(true, 'not printed'); console.assert(false); console.assert(0, 'failed %s', 'here', { n: 1 }); console.assert(null, { o: 1 })`,
    out: `Assertion failed
Assertion failed: failed here { n: 1 }
Assertion failed: [object Object]`,
  },
  {
    src: `console.table([{ a: 1, b: 'x' }, { a: 2, c: [1, 2, 3, 4] }])`,
    out: `┌─────────┬───┬─────┬──────────────────────────────┐
│ (index) │ a │ b   │ c                            │
├─────────┼───┼─────┼──────────────────────────────┤
│ 0       │ 1 │ 'x' │                              │
│ 1       │ 2 │     │ [ 1, 2, 3, ... 1 more item ] │
└─────────┴───┴─────┴──────────────────────────────┘`,
  },
  {
    src: `console.table([[1, 2], [3, 4, 5]])`,
    out: `┌─────────┬───┬───┬───┐
│ (index) │ 0 │ 1 │ 2 │
├─────────┼───┼───┼───┤
│ 0       │ 1 │ 2 │   │
│ 1       │ 3 │ 4 │ 5 │
└─────────┴───┴───┴───┘`,
  },
  {
    src: `console.table([1, 'two', { three: 3 }])`,
    out: `┌─────────┬───────┬────────┐
│ (index) │ three │ Values │
├─────────┼───────┼────────┤
│ 0       │       │ 1      │
│ 1       │       │ 'two'  │
│ 2       │ 3     │        │
└─────────┴───────┴────────┘`,
  },
  {
    src: `console.table({ r1: { c: 1 }, r2: { c: 2, d: true } })`,
    out: `┌─────────┬───┬──────┐
│ (index) │ c │ d    │
├─────────┼───┼──────┤
│ r1      │ 1 │      │
│ r2      │ 2 │ true │
└─────────┴───┴──────┘`,
  },
  {
    src: `console.table(new Map([['k1', { v: 1 }], ['k2', 'plain']]))`,
    out: `┌───────────────────┬──────┬──────────┐
│ (iteration index) │ Key  │ Values   │
├───────────────────┼──────┼──────────┤
│ 0                 │ 'k1' │ { v: 1 } │
│ 1                 │ 'k2' │ 'plain'  │
└───────────────────┴──────┴──────────┘`,
  },
  {
    src: `console.table(new Set(['x', 'y']))`,
    out: `┌───────────────────┬────────┐
│ (iteration index) │ Values │
├───────────────────┼────────┤
│ 0                 │ 'x'    │
│ 1                 │ 'y'    │
└───────────────────┴────────┘`,
  },
  {
    src: `console.table([{ a: 1, b: 2 }, { a: 3 }], ['a'])`,
    out: `┌─────────┬───┐
│ (index) │ a │
├─────────┼───┤
│ 0       │ 1 │
│ 1       │ 3 │
└─────────┴───┘`,
  },
  {
    src: `console.table('not tabular'); console.table(5)`,
    out: `not tabular
5`,
  },
  {
    src: `console.table([{ name: 'wide cell value here', n: 1 }, { name: 'x', n: 22 }])`,
    out: `┌─────────┬────────────────────────┬────┐
│ (index) │ name                   │ n  │
├─────────┼────────────────────────┼────┤
│ 0       │ 'wide cell value here' │ 1  │
│ 1       │ 'x'                    │ 22 │
└─────────┴────────────────────────┴────┘`,
  },
  {
    src: `console.table([])`,
    out: `┌─────────┐
│ (index) │
├─────────┤
└─────────┘`,
  },
  {
    src: `try { console.table([], 'a'); } catch (e) { console.log(e.name, e.code, e.message); }`,
    out: `TypeError ERR_INVALID_ARG_TYPE The "properties" argument must be an instance of Array. Received type string ('a')`,
  },
  {
    src: `console.log(typeof console, typeof console.log, console.log.name, console.log.length, Object.prototype.toString.call(console))`,
    out: `object function log 0 [object console]`,
  },
  {
    src: `console.log(Object.keys(console).slice(0, 19))`,
    out: `[
  'log',            'warn',
  'dir',            'time',
  'timeEnd',        'timeLog',
  'trace',          'assert',
  'clear',          'count',
  'countReset',     'group',
  'groupEnd',       'table',
  'debug',          'info',
  'dirxml',         'error',
  'groupCollapsed'
]`,
  },
  { src: `const log = console.log; log('detached', 1)`, out: `detached 1` },
  {
    src: `console.log(console.log('inner'))`,
    out: `inner
undefined`,
  },
];

describeRows('console: format strings and methods', rows);

function run(src: string): ConsoleEvent[] {
  const events: ConsoleEvent[] = [];
  createAgent(src, { fileName: 't.js', onConsole: (e) => events.push(e) }).runToEnd();
  return events;
}

describe('console: levels, timers and traces', () => {
  it('log, info, debug, dirxml, dir, table, count and group use stdout levels', () => {
    const src = `console.log(1); console.info(2); console.debug(3); console.dirxml(4); console.dir(5); console.table(6); console.count(); console.group('g'); console.groupEnd()`;
    assert.deepEqual(run(src).map((e) => e.level), ['log', 'info', 'debug', 'log', 'log', 'log', 'log', 'log']);
  });
  it('warn, error, assert and trace use stderr levels', () => {
    const src = `console.warn(1); console.error(2); console.assert(false); console.trace()`;
    assert.deepEqual(run(src).map((e) => e.level), ['warn', 'error', 'warn', 'error']);
  });
  it('time and timeEnd print the elapsed time in Node\'s format', () => {
    const [e] = run(`console.time('t'); console.timeEnd('t')`);
    assert.match(e.text, /^t: \d+(\.\d+)?ms$/);
  });
  it('timeLog adds its extra arguments and keeps the timer', () => {
    const texts = run(`console.time(); console.timeLog(undefined, 'extra', { a: 1 }); console.timeEnd()`).map((e) => e.text);
    assert.match(texts[0], /^default: \d+(\.\d+)?ms extra \{ a: 1 \}$/);
    assert.match(texts[1], /^default: \d+(\.\d+)?ms$/);
  });
  it('an unknown or repeated timer label is a warning on stderr', () => {
    const events = run(`console.timeEnd('nope'); console.time('x'); console.time('x'); console.countReset('c')`);
    assert.deepEqual(events.map((e) => e.level), ['warn', 'warn', 'warn']);
    assert.match(events[0].text, /Warning: No such label 'nope' for console\.timeEnd\(\)$/);
    assert.match(events[1].text, /Warning: Label 'x' already exists for console\.time\(\)$/);
    assert.match(events[2].text, /Warning: Count for 'c' does not exist$/);
  });
  it('trace prints `Trace: message` and the call stack', () => {
    const [e] = run(`function inner() { console.trace('here %d', 1); }\ninner();`);
    assert.match(e.text, /^Trace: here 1\n {4}at inner \(/);
  });
  it('trace without a message prints `Trace`', () => {
    const [e] = run(`console.trace()`);
    assert.match(e.text, /^Trace(\n {4}at .*)*$/);
  });
});

describe('console: formatTime', () => {
  // Node's own formatTime (internal/console/constructor) on the same durations.
  const cases: [number, string][] = [
    [0, '0ms'], [0.0004, '0ms'], [0.0125, '0.013ms'], [1.23456, '1.235ms'], [999.9999, '1000ms'], [1000, '1.000s'],
    [1500.5, '1.500s'], [59999.9999, '60.000s'], [60000, '1:00.000 (m:ss.mmm)'], [61234.5, '1:01.234 (m:ss.mmm)'],
    [3723004.5, '1:02:03.005 (h:mm:ss.mmm)'],
  ];
  for (const [ms, text] of cases) it(`${ms} ms -> ${text}`, () => assert.equal(formatTime(ms), text));
});
