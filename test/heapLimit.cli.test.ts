// `glassbox run` at the engine's limits, as a user runs it (the built bundle): Node's FATAL
// line and exit 134, inside a host whose own memory is capped, so a host crash fails the test.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const glassbox = join(__dirname, '..', 'bin', 'glassbox.js');
const FATAL = 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n';
/** The host's caps: its V8 heap, and its address space (`ulimit -v`, in KB). */
const HOST_HEAP_MB = 1500;
const HOST_VIRTUAL_KB = 3_000_000;

/** Runs the CLI under the host caps; `exec` so that a host crash shows as a signal, not as sh's status. */
function runCapped(...args: string[]) {
  const quoted = [process.execPath, `--max-old-space-size=${HOST_HEAP_MB}`, glassbox, ...args].map((a) => `'${a}'`).join(' ');
  const r = spawnSync('/bin/sh', ['-c', `ulimit -v ${HOST_VIRTUAL_KB} && exec ${quoted}`], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('glassbox run: limits', function () {
  this.timeout(90_000);
  let dir: string;
  const program = (name: string, source: string): string => {
    const file = join(dir, name);
    writeFileSync(file, source);
    return file;
  };
  before(() => { dir = mkdtempSync(join(tmpdir(), 'glassbox-limits-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('ends a program that keeps everything with the FATAL line and exit 134, the host intact', () => {
    const file = program('push.js', 'const a = []; while (true) a.push({ x: a.length })\n');
    const t = Date.now();
    const r = runCapped('run', '--max-old-space-size=64', file);
    assert.equal(r.signal, null, `the host died: ${r.signal}\n${r.stderr.slice(-2000)}`);
    assert.equal(r.stderr, FATAL);
    assert.equal(r.code, 134);
    assert.equal(r.stdout, '');
    assert.ok(Date.now() - t < 60_000);
  });

  it('takes the flag as two arguments too', () => {
    const file = program('push2.js', 'const a = []; while (true) a.push([a.length])\n');
    const r = runCapped('run', '--max-old-space-size', '8', file);
    assert.equal(r.stderr, FATAL);
    assert.equal(r.code, 134);
  });

  it('runs short-lived garbage many times the limit to the end', () => {
    const file = program('garbage.js', 'let n = 0\nfor (let i = 0; i < 200000; i++) { const o = { x: i }; n += o.x & 1 }\nconsole.log(n)\n');
    const r = runCapped('run', '--max-old-space-size=2', file);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, '100000\n');
    assert.equal(r.code, 0);
  });

  it('ends "x".repeat(2**27).split("") with the FATAL line, before the host builds the array', () => {
    const file = program('split.js', 'const parts = "x".repeat(2 ** 27).split("")\nconsole.log(parts.length)\n');
    const r = runCapped('run', file);
    assert.equal(r.signal, null, `the host died: ${r.signal}`);
    assert.equal(r.stderr, FATAL);
    assert.equal(r.code, 134);
  });

  it("ends a sort of a 2**32+5-long array-like with V8's 'invalid array length' fatal", () => {
    const file = program('sort.js', 'Array.prototype.sort.call({ length: 2 ** 32 + 5 })\nconsole.log("not reached")\n');
    const r = runCapped('run', file);
    assert.equal(r.stderr, 'FATAL ERROR: invalid array length Allocation failed - JavaScript heap out of memory\n');
    assert.equal(r.code, 134);
    assert.equal(r.stdout, '');
  });

  for (const bad of ['--max-old-space-size=', '--max-old-space-size=abc', '--max-old-space-size=-5', '--max-old-space-size']) {
    it(`refuses ${bad} with a usage error`, () => {
      const r = spawnSync(process.execPath, [glassbox, 'run', bad, join(dir, 'push.js')], { encoding: 'utf8' });
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^glassbox: (--max-old-space-size takes a size in MB|run takes one file)\n/);
    });
  }
});
