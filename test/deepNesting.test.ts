// Deep nesting through the whole pipeline (parse, scopes, compile, run, printing) with the
// CLI, whose engine thread has a 256 MB stack, and that thread's host heap capped: programs
// Node runs print what Node prints, and past the limit the program ends with Node's
// RangeError as one clean line, never a host crash.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deepPrograms } from './helpers/bigPrograms';
import { describeEnd, ProcessResult, runGlassbox, runGlassboxCapped, runNode, tail } from './helpers/processes';

/** The engine thread's host heap cap for these runs: deep programs need a few hundred MB. */
const HOST_HEAP_MB = 1536;
const runCapped = (file: string) => runGlassboxCapped(file, HOST_HEAP_MB);

const overflowLine = 'RangeError: Maximum call stack size exceeded';

function assertSameRun(actual: ProcessResult, expected: ProcessResult): void {
  assert.ok(actual.status !== null && !actual.timedOut, `glassbox: ${describeEnd(actual)}\n${tail(actual.stderr)}`);
  assert.equal(actual.stderr, expected.stderr);
  assert.equal(actual.stdout, expected.stdout);
  assert.equal(actual.status, expected.status);
}

describe('deep nesting (glassbox run in a 256 MB-stack worker)', function () {
  this.timeout(120_000);
  let dir: string;
  const program = (name: string, source: string): string => {
    const file = join(dir, name);
    writeFileSync(file, source);
    return file;
  };
  before(() => { dir = mkdtempSync(join(tmpdir(), 'glassbox-deep-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const nodeRuns: [keyof typeof deepPrograms, number][] = [
    ['plus', 3000], ['member', 3000], ['call', 3000], ['assign', 3000],
    ['arrays', 1000], ['arrows', 1000], ['templates', 1000], ['parens', 1000], ['objects', 1000], ['blocks', 1000],
  ];
  for (const [kind, n] of nodeRuns) {
    it(`runs ${n}-deep ${kind} as Node does`, () => {
      const file = program(`${kind}.js`, deepPrograms[kind](n));
      const expected = runNode(file);
      assert.equal(expected.status, 0, `node fails it: ${tail(expected.stderr)}`);
      assertSameRun(runCapped(file), expected);
    });
  }

  it('prints, stringifies and parses deep values made at run time as Node does', () => {
    const file = program('values.js', `let a = 0, o = {};
for (let i = 0; i < 1000; i++) { a = [a]; o = { o }; }
console.log(a, o);
console.dir(JSON.parse(JSON.stringify(a)).flat(300), { depth: null });
console.log(JSON.stringify(o).length, String(a), JSON.stringify(JSON.parse(JSON.stringify(o))) === JSON.stringify(o));
const parsed = JSON.parse('['.repeat(1e5) + ']'.repeat(1e5));
let d = 0;
for (let v = parsed; Array.isArray(v); v = v[0]) d++;
console.log(d);
`);
    const expected = runNode(file);
    assert.equal(expected.status, 0, tail(expected.stderr));
    assertSameRun(runCapped(file), expected);
  });

  it('runs a 10,000-branch else-if chain (node 20 itself stops at about 3,700)', () => {
    const r = runCapped(program('elseIf.js', deepPrograms.elseIf(10_000)));
    assert.deepEqual({ stdout: r.stdout, stderr: r.stderr, status: r.status }, { stdout: '9999\n', stderr: '', status: 0 });
  });

  // Node gives up far sooner (2,000 arrays, 1,800 templates); Glassbox at about 165,000 to 210,000.
  for (const kind of ['arrays', 'templates', 'parens'] as const) {
    it(`ends 500,000-deep ${kind} with Node's RangeError as one line naming the file`, () => {
      const file = program(`huge-${kind}.js`, deepPrograms[kind](500_000));
      const expected = runNode(file);
      assert.equal(expected.status, 1);
      assert.ok(expected.stderr.includes(`\n${overflowLine}\n`), tail(expected.stderr));
      const r = runCapped(file);
      assert.equal(r.status, 1, `${describeEnd(r)}\n${tail(r.stderr)}`);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, new RegExp(`^${overflowLine} \\(${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:1:\\d+\\)\\n$`));
    });
  }

  it('makes source nested past the limit a catchable RangeError in eval and new Function', () => {
    const file = program('evalDeep.js', `const deep = '('.repeat(5e5) + '1' + ')'.repeat(5e5);
try { eval(deep); } catch (e) { console.log('eval', e instanceof RangeError, e.message); }
try { new Function(deep); } catch (e) { console.log('Function', e.name, e.message); }
`);
    const expected = runNode(file);
    assert.equal(expected.stdout, `eval true Maximum call stack size exceeded\nFunction RangeError Maximum call stack size exceeded\n`);
    assertSameRun(runCapped(file), expected);
  });
});

describe('deep nesting with the CLI as a user starts it', function () {
  this.timeout(60_000);
  it('700 nested templates (once a fatal V8 error on the main thread) print x', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glassbox-deep-'));
    try {
      const file = join(dir, 'templates.js');
      writeFileSync(file, `console.log(${'`${'.repeat(700)}'x'${'}`'.repeat(700)});\n`);
      const r = runGlassbox(file);
      assert.equal(r.status, 0, `${describeEnd(r)}\n${tail(r.stderr)}`);
      assert.equal(r.stdout, 'x\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
