// The core-module parts of issue 15 checked inside the engine: path.win32 against node:path's own
// win32 functions (the host is the oracle), the call text a failed assert.ok quotes, and
// process.argv/exit/exitCode as a run's outcome.
import assert from 'node:assert/strict';
import { win32 as nodeWin32 } from 'node:path';
import { createAgent, type RunOutcome } from '../../engine';
import * as win32 from '../../engine/realm/node/win32Path';
import { callSource } from '../../engine/realm/node/assertCallSite';
import type { CallerCode } from '../../engine/realm/realm';

const MAIN = '/home/learner/app/main.js';

function run(source: string): { out: string; outcome: RunOutcome } {
  let out = '';
  const outcome = createAgent(source, { fileName: MAIN, modulePath: MAIN, onConsole: (e) => { out += e.raw ? e.text : `${e.text}\n`; } }).runToEnd();
  return { out, outcome };
}

describe('engine: path.win32 matches node:path.win32', () => {
  const samples = [
    '', '.', '..', '/', '\\', 'C:', 'C:\\', 'C:/', 'c:foo', 'C:\\foo\\bar.txt', 'C:\\foo\\bar\\', 'C:\\foo\\..\\..\\x',
    '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\dir\\file.js', '\\\\server', '\\\\\\x', '//server/share/a',
    'foo/bar\\baz', 'foo\\..\\..\\bar', '.\\a\\.\\b', 'a\\b\\', '.hidden', 'file.', '...', 'C:..\\x', '\\foo\\bar', 'dir\\f.tar.gz',
  ];
  const cwd = '/home/learner/app';
  const cases: [string, (p: string) => unknown, (p: string) => unknown][] = [
    ['normalize', win32.normalize, nodeWin32.normalize],
    ['isAbsolute', win32.isAbsolute, nodeWin32.isAbsolute],
    ['dirname', win32.dirname, nodeWin32.dirname],
    ['basename', (p) => win32.basename(p), (p) => nodeWin32.basename(p)],
    ['basename with a suffix', (p) => win32.basename(p, '.txt'), (p) => nodeWin32.basename(p, '.txt')],
    ['extname', win32.extname, nodeWin32.extname],
    ['parse', win32.parse, nodeWin32.parse],
    ['format of parse', (p) => win32.format(win32.parse(p)), (p) => nodeWin32.format(nodeWin32.parse(p))],
    ['join', (p) => win32.join([p, 'b', '..', 'c']), (p) => nodeWin32.join(p, 'b', '..', 'c')],
    ['join after a root', (p) => win32.join(['C:\\', p]), (p) => nodeWin32.join('C:\\', p)],
    // Node's win32 resolve starts from process.cwd() (a POSIX folder here): the same folder is given.
    ['resolve', (p) => win32.resolve(process.cwd(), ['D:\\r', p]), (p) => nodeWin32.resolve('D:\\r', p)],
    ['relative', (p) => win32.relative(cwd, 'C:\\a\\b\\c', `C:\\${p}`), (p) => nodeWin32.relative('C:\\a\\b\\c', `C:\\${p}`)],
    ['toNamespacedPath (absolute)', (p) => win32.toNamespacedPath(cwd, `C:\\${p}`), (p) => nodeWin32.toNamespacedPath(`C:\\${p}`)],
  ];
  for (const [name, mine, node] of cases) {
    it(name, () => {
      for (const p of samples) assert.deepEqual(mine(p), node(p), `${name}(${JSON.stringify(p)})`);
    });
  }
});

describe('engine: the call a failed assert.ok quotes', () => {
  const at = (line: number, column: number) => ({ line, column });
  const cases: { name: string; caller: CallerCode; code: string | undefined; column?: number }[] = [
    { name: 'a call on the first line of the file (the wrapper line before it)', caller: { sourceText: 'function (exports) {\nassert.ok(x > 1);\n}', kind: 'module', start: at(1, 1), at: at(1, 1) }, code: 'assert.ok(x > 1)', column: 7 },
    { name: 'the innermost call around the place', caller: { sourceText: 'function (e) {\nf(1, assert(g(2)));\n}', kind: 'module', start: at(1, 1), at: at(1, 6) }, code: 'assert(g(2))', column: 5 },
    { name: 'a call over several lines', caller: { sourceText: 'function (e) {\n  assert(\n    a &&\n    b);\n}', kind: 'module', start: at(1, 1), at: at(1, 3) }, code: 'assert(\n    a &&\n    b)', column: 2 },
    { name: 'a call inside a function whose text starts mid-line', caller: { sourceText: 'function f() {\n  assert.ok(0)\n}', kind: 'normal', start: at(4, 9), at: at(5, 3) }, code: 'assert.ok(0)', column: 9 },
    { name: 'a call on the line a function starts', caller: { sourceText: '() => assert(0)', kind: 'arrow', start: at(2, 11), at: at(2, 17) }, code: 'assert(0)', column: 16 },
    { name: 'eval code has no text to quote', caller: { sourceText: 'assert(0)', kind: 'eval', start: at(1, 1), at: at(1, 1) }, code: undefined },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const site = callSource(c.caller);
      assert.equal(site?.code, c.code);
      if (c.column !== undefined) assert.equal(site?.column, c.column);
    });
  }
});

describe('engine: process', () => {
  const cases: { name: string; source: string; out: string; exitCode: number }[] = [
    { name: 'argv names Glassbox\'s node and the program', source: 'console.log(process.argv.join(" "), process.argv0, process.execPath)', out: `/glassbox/bin/node ${MAIN} node /glassbox/bin/node\n`, exitCode: 0 },
    { name: 'stdout.write adds no line end', source: 'process.stdout.write("a"); process.stdout.write("b"); console.log(process.stdout.write(""))', out: 'abtrue\n', exitCode: 0 },
    { name: 'exitCode is the exit code', source: 'process.exitCode = 7', out: '', exitCode: 7 },
    { name: 'exit ends the run at once, after the exit listeners', source: 'process.on("exit", (c) => console.log("bye", c)); setTimeout(() => console.log("never")); try { process.exit(2); } finally { console.log("never") }', out: 'bye 2\n', exitCode: 2 },
    { name: 'the exit event comes when the loop is empty, and nothing runs after it', source: 'process.on("exit", () => { console.log("exit"); setTimeout(() => console.log("never")); }); setTimeout(() => console.log("timer"), 5)', out: 'timer\nexit\n', exitCode: 0 },
    { name: 'beforeExit comes when the loop is empty, and again after the work it adds', source: 'let n = 0; process.on("beforeExit", () => { console.log("before", n); if (n++ < 1) setTimeout(() => {}); }); process.on("exit", () => console.log("exit"))', out: 'before 0\nbefore 1\nexit\n', exitCode: 0 },
    { name: 'a listener of the exit event can exit with another code', source: 'process.exitCode = 1; process.on("exit", () => process.exit(4))', out: '', exitCode: 4 },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { out, outcome } = run(c.source);
      assert.deepEqual(outcome, { kind: 'completed', exitCode: c.exitCode });
      assert.equal(out, c.out);
    });
  }
});

describe('engine: process.on(\'exit\') after an uncaught exception', () => {
  const cases: { name: string; source: string; out: string; report: string }[] = [
    { name: 'the listeners run with code 1, then the exception is reported', source: 'process.on("exit", (c) => console.log("exit", c, process.exitCode)); setTimeout(() => console.log("never")); throw new Error("x")', out: 'exit 1 1\n', report: 'Uncaught Error: x' },
    { name: 'after an unhandled rejection too', source: 'process.on("exit", (c) => console.log("exit", c)); Promise.reject(new RangeError("r"))', out: 'exit 1\n', report: 'Uncaught (in promise) RangeError: r' },
    { name: 'a listener that throws ends the run with its own exception', source: 'process.on("exit", () => { throw new TypeError("in exit"); })', out: '', report: 'Uncaught TypeError: in exit' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { out, outcome } = run(c.source);
      assert.equal(outcome.kind, 'uncaught');
      assert.equal(outcome.kind === 'uncaught' ? outcome.report.split('\n')[0] : '', c.report);
      assert.equal(out, c.out);
    });
  }
});
