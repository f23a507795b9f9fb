// `glassbox trace <file>`: the run told step by step. Spawns the built bundle (so `npm run
// build` first) on small programs and checks for key lines and their order, not the whole text.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GLASSBOX_BIN, childEnv } from './helpers/processes';

describe('glassbox trace', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'glassbox-trace-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  function trace(name: string, source: string) {
    const file = join(dir, name);
    writeFileSync(file, source);
    const r = spawnSync(process.execPath, [GLASSBOX_BIN, 'trace', file], { encoding: 'utf8', env: childEnv(), timeout: 20_000 });
    const lines = r.stdout.split('\n');
    /** Index of the first line matching `re` at or after `from`; fails when there is none. */
    const find = (re: RegExp, from = 0): number => {
      const i = lines.findIndex((l, k) => k >= from && re.test(l));
      assert.ok(i >= 0, `no line matches ${re} (from line ${from + 1}) in the trace:\n${r.stdout}`);
      return i;
    };
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines, find };
  }

  const program = `var greeting = 'hi';
let count = 0;
const limit = 2;
function later(label) {
  count++;
  console.log(label, count);
}
setTimeout(later, 10, 'timer');
Promise.resolve().then(function react() { console.log('micro'); });
process.nextTick(function tock() {});
console.log(greeting);
`;

  it('tells the creation phase with hoisted bindings and the TDZ', () => {
    const t = trace('hoisting.js', program);
    assert.equal(t.status, 0, t.stderr);
    const creation = t.find(/^── step 1 · creation phase of global execution context/);
    assert.equal(creation, 0, 'the trace starts with the global creation phase');
    // Node runs the file inside a function: every top-level binding is that function's local.
    const local = t.find(/^\s+Local: /, creation);
    assert.match(t.lines[local], /count = <TDZ>/);
    assert.match(t.lines[local], /limit = <TDZ>/);
    assert.match(t.lines[local], /greeting = undefined/);
    assert.match(t.lines[local], /later = ƒ later\(label\)/);
    assert.match(t.lines[local], /__dirname = "/);
    t.find(/^── step \d+ · line 1:\d+\s+var greeting = 'hi';$/);
    t.find(/^\s+stack: \(global\)$/);
  });

  it('tells the event loop: queues, each task taken, and console output in order', () => {
    const t = trace('loop.js', program);
    assert.equal(t.status, 0, t.stderr);
    const queued = t.find(/queues at 0ms: Web APIs \[timeout #1 later\(\) due 10ms\]/);
    t.find(/microtasks \[promise reaction react\]/, queued);
    t.find(/nextTicks \[tock\(\)\]/, queued);

    const hi = t.find(/^\s+console: hi$/);
    const tick = t.find(/^── step \d+ · event loop: nextTick -> tock\(\)$/, hi);
    const micro = t.find(/^── step \d+ · event loop: microtask: promise reaction -> react/, tick);
    t.find(/^\s+console: micro$/, micro);
    const timer = t.find(/^── step \d+ · event loop: timer #1 -> later\(\)$/, micro);
    t.find(/queues at 10ms: /, timer);
    const creation = t.find(/^── step \d+ · creation phase of later\(label\)/, timer);
    const local = t.find(/^\s+Local: /, creation);
    assert.match(t.lines[local], /label = "timer"/);
    t.find(/^\s+stack: later \[timer #1 -> later\(\)\]$/, creation);
    t.find(/^\s+console: timer 1$/, creation);
    assert.equal(t.lines.filter((l) => l.trim() !== '').pop(), '── program finished');
  });

  it('tells a required file\'s steps with that file\'s name and lines', () => {
    writeFileSync(join(dir, 'math.js'), 'exports.add = (a, b) => a + b;\n');
    const t = trace('uses-math.js', "const { add } = require('./math');\nconsole.log(add(1, 2));\n");
    assert.equal(t.status, 0, t.stderr);
    const inMath = t.find(/^── step \d+ · math\.js line 1:1 {2}exports\.add = \(a, b\) => a \+ b;$/);
    t.find(/^── step \d+ · line 2:1 {2}console\.log\(add\(1, 2\)\);$/, inMath);
    t.find(/^ {3}console: 3$/, inMath);
  });

  it('ends with the uncaught error and exit status 1', () => {
    const t = trace('uncaught.js', `console.log('a');\nsetTimeout(function fails() { throw new Error('late failure'); }, 5);\n`);
    assert.equal(t.status, 1);
    const task = t.find(/^── step \d+ · event loop: timer #1 -> fails\(\)$/);
    const end = t.find(/^── Uncaught Error: late failure$/, task);
    assert.equal(t.lines.filter((l) => l.trim() !== '').length - 1, end, 'nothing after the uncaught error');
  });

  it('reports an unhandled rejection and exits 1', () => {
    const t = trace('rejection.js', `Promise.reject(new Error('nope'));\n`);
    assert.equal(t.status, 1);
    t.find(/^── Uncaught.*Error: nope/);
  });

  it('tells when a function is optimized and deoptimized; `glassbox run` prints only what Node prints', () => {
    const source = 'function twice(x) {\n  return x * 2;\n}\nfor (let i = 0; i < 1000; i++) twice(i);\nconsole.log(twice("4"));\n';
    const t = trace('hot.js', source);
    assert.equal(t.status, 0, t.stderr);
    const optimized = t.find(/^ {3}tier: twice: optimized after 1,000 calls$/);
    t.find(/^ {3}tier: twice: deoptimized: not a number at line 2$/, optimized);
    const run = spawnSync(process.execPath, [GLASSBOX_BIN, 'run', join(dir, 'hot.js')], { encoding: 'utf8', env: childEnv(), timeout: 20_000 });
    assert.equal(run.stdout, '8\n');
    assert.equal(run.stderr, '');
  });
});
