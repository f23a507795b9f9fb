// util.inspect with `colors: true` (and formatWithOptions, console.dir, custom inspectors'
// stylize), over the program's own util.inspect.styles/colors, and util.styleText: each row a
// program and the JSON text of what it printed, checked in-process and against `node` too.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAgent, type RunOutcome } from '../../engine';
import { childEnv } from '../helpers/processes';

interface Row { name: string; src: string; out: string }

const E = '\\u001b';
const c = (open: number, text: string, close: number) => `${E}[${open}m${text}${E}[${close}m`;
const num = (t: string) => c(33, t, 39);
const str = (t: string) => c(32, t, 39);
const special = (t: string) => c(36, t, 39);
const grey = (t: string) => c(90, t, 39);

function run(src: string): { lines: string[]; outcome: RunOutcome } {
  const lines: string[] = [];
  const outcome = createAgent(src, { fileName: 't.js', modulePath: '/home/learner/app/t.js', onConsole: (e) => lines.push(e.text) }).runToEnd();
  return { lines, outcome };
}

const show = (expr: string) => `const util = require('util');\nconsole.log(JSON.stringify(${expr}));`;

const ROWS: Row[] = [
  { name: 'primitives in their styles', src: show("util.inspect([1, -0, 'x', null, undefined, true, 5n, Symbol('s')], { colors: true })"),
    out: `"[ ${num('1')}, ${num('-0')}, ${str("'x'")}, ${c(1, 'null', 22)}, ${grey('undefined')}, ${num('true')}, ${num('5n')}, ${str('Symbol(s)')} ]"` },
  { name: 'keys: plain names unstyled, quoted and symbol keys styled', src: show("util.inspect({ a: 1, 'q-k': 2, [Symbol('k')]: 3 }, { colors: true })"),
    out: `"{ a: ${num('1')}, ${str("'q-k'")}: ${num('2')}, [${str('Symbol(k)')}]: ${num('3')} }"` },
  { name: 'dates, regexps, functions and classes', src: show("util.inspect([new Date(0), /x/g, function f() {}, class A {}], { colors: true })"),
    out: `"[ ${c(35, '1970-01-01T00:00:00.000Z', 39)}, ${c(31, '/x/g', 39)}, ${special('[Function: f]')}, ${special('[class A]')} ]"` },
  { name: 'holes, cycles, depth and accessors', src: show("util.inspect([[1, , 2], (() => { const o = {}; o.o = o; return o; })(), { a: { b: { c: {} } } }, { get g() { return 1; } }], { colors: true })"),
    out: `"[\\n  [ ${num('1')}, ${grey('<1 empty item>')}, ${num('2')} ],\\n  ${special('<ref *1>')} { o: ${special('[Circular *1]')} },\\n  { a: { b: ${special('[Object]')} } },\\n  { g: ${special('[Getter]')} }\\n]"` },
  { name: 'promises, weak collections, boxed primitives, bytes', src: show("util.inspect([Promise.resolve(1), new Promise(() => {}), new WeakSet(), new Number(3), new ArrayBuffer(1)], { colors: true })"),
    out: `"[\\n  Promise { ${num('1')} },\\n  Promise { ${special('<pending>')} },\\n  WeakSet { ${special('<items unknown>')} },\\n  ${num('[Number: 3]')},\\n  ArrayBuffer { ${special('[Uint8Contents]')}: <00>, byteLength: ${num('1')} }\\n]"` },
  { name: 'line breaking counts the text without its colors', src: show("util.inspect({ a: 'aaaaaaaaaaaaaaaaaaaa', b: 'bbbbbbbbbbbbbbbbbbbbbbbb', c: 'cccccccccccccccc' }, { colors: true })"),
    out: `"{\\n  a: ${str("'aaaaaaaaaaaaaaaaaaaa'")},\\n  b: ${str("'bbbbbbbbbbbbbbbbbbbbbbbb'")},\\n  c: ${str("'cccccccccccccccc'")}\\n}"` },
  { name: 'a custom inspector gets a coloring stylize', src: show("util.inspect({ [util.inspect.custom](d, o) { return o.stylize('x', 'special') + o.colors; } }, { colors: true })"),
    out: `"${special('x')}true"` },
  { name: 'formatWithOptions colors what it inspects, not %s or %d', src: show("util.formatWithOptions({ colors: true }, '%s %d %o', 'a', 1, [2], true)"),
    out: `"a 1 [ ${num('2')}, [length]: ${num('1')} ] ${num('true')}"` },
  { name: 'the program\'s styles and colors tables', src: show("(util.inspect.styles.number = 'red', delete util.inspect.styles.string, util.inspect.colors.red = [41, 49], util.inspect.styles.special = 'grey', util.inspect([1, 'x', () => {}], { colors: true }))"),
    out: `"[ ${c(41, '1', 49)}, 'x', ${grey('[Function (anonymous)]')} ]"` },
  { name: 'console.dir with colors', src: "console.dir({ a: [1] }, { colors: true });", out: `{ a: [ \u001b[33m1\u001b[39m ] }` },
  { name: 'error frames of Node\'s modules are grey', src: show("(() => { const e = new Error('m'); e.stack = 'Error: m\\n    at f (node:events:1:2)\\n    at g (/x/t.js:3:4)'; return util.inspect(e, { colors: true }); })()"),
    out: `"Error: m\\n${grey('    at f (node:events:1:2)')}\\n    at g (/x/t.js:3:4)"` },
  { name: 'styleText: unstyled in a pipe, styled for a TTY stream or a list of formats', src: show("[util.styleText('red', 'a'), util.styleText('red', 'b', { stream: { isTTY: true, write() {}, on() {} } }), util.styleText(['bold', 'red'], 'c')].join('|')"),
    out: `"a|${c(31, 'b', 39)}|${E}[1m${E}[31mc${E}[39m${E}[22m"` },
  { name: 'styleText\'s errors', src: "const util = require('util');\nfor (const f of [() => util.styleText('nope', 'x'), () => util.styleText('red', 5), () => util.styleText('red', 'x', { validateStream: 1 }), () => util.styleText('red', 'x', { stream: {} })]) {\n  try { f(); } catch (e) { console.log(e.code + ' ' + e.message.slice(0, 60)); }\n}",
    out: [
      "ERR_INVALID_ARG_VALUE The argument 'format' must be one of: 'reset', 'bold', 'dim'",
      'ERR_INVALID_ARG_TYPE The "text" argument must be of type string. Received type nu',
      'ERR_INVALID_ARG_TYPE The "options.validateStream" property must be of type boolea',
      'ERR_INVALID_ARG_TYPE The "stream" argument must be an instance of ReadableStream,',
    ].join('\n') },
];

describe('engine: util.inspect colors and styleText', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const r = run(row.src);
      assert.equal(r.outcome.kind, 'completed', r.outcome.kind === 'completed' ? '' : r.outcome.report);
      assert.equal(r.lines.join('\n'), row.out);
    });
  }

  it('the Variables pane never sees colors: inspect without the option is unchanged', () => {
    const r = run(show("util.inspect({ a: 1 }) + util.inspect({ a: 1 }, { colors: false })"));
    assert.equal(r.lines.join('\n'), '"{ a: 1 }{ a: 1 }"');
  });
});

describe('engine: the colors rows agree with node', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glassbox-colors-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const row of ROWS) {
    it(row.name, () => {
      fs.writeFileSync(path.join(dir, 't.js'), row.src);
      const r = spawnSync(process.execPath, ['t.js'], { cwd: dir, encoding: 'utf8', env: childEnv() });
      assert.equal(r.stdout.trimEnd(), row.out);
    });
  }
});
