// The bench's logic that is not timing: the table's geomeans, the targets' verdicts, the
// start-up subtraction, the never-hit breakpoint and the QuickJS peer's output, errors and time limit.
import assert from 'node:assert/strict';
import * as api from '../../engine';
import type { Engine, Outcome } from './engines';
import { glassbox, withNeverHitLine } from './engines';
import { quickJS } from './quickjs';
import { formatTable, ProgramResult } from './report';
import { subtractStartup } from './startup';
import { DebuggerResult, evaluateTargets, formatDebuggerOverhead, formatTargets } from './targets';

const ok = (ms: number): Outcome => ({ lines: [], ms });
const timedOut: Outcome = { lines: [], ms: 20_000, timedOut: true };
const failed: Outcome = { lines: [], ms: 1, error: 'threw' };

/** Programs as [name, node ms, Glassbox ms]. */
function results(rows: [string, number, number][]): ProgramResult[] {
  return rows.map(([program, node, gb]) => ({ program, outcomes: [ok(node), ok(gb)] }));
}

const BYTES = { bytes: 100, accounted: 48 };

describe('bench: report and targets', () => {
  it('gives each engine its geomean over the programs it finished, and names those left out', () => {
    const rs: ProgramResult[] = [
      { program: 'a', outcomes: [ok(10), ok(20), ok(40)] },
      { program: 'b', outcomes: [ok(10), ok(80), timedOut] },
    ];
    const text = formatTable(['node', 'G', 'slow'], rs);
    assert.match(text, /geomean of ratios +1\.0x +4\.0x +4\.0x \(1\/2\)/);
    assert.match(text, /partial: slow \(left out: b\)\./);
    assert.match(formatTable(['node', 'G'], results([['a', 1, 2]])), /over all 1 program/);
  });

  const targetCases: { name: string; rows: [string, number, number][]; bytes: typeof BYTES | { error: string }; debug: [number, number][]; met: (boolean | null)[]; measured: RegExp[] }[] = [
    {
      name: 'all met',
      rows: [['a', 10, 50], ['b', 10, 60]],
      bytes: BYTES,
      debug: [[50, 52]],
      met: [true, true, true, true],
      measured: [/^5\.48x over 2/, /^slowest b 6\.0x$/, /^100\.0 bytes$/, /^max 1\.04x \(p0\)$/],
    },
    {
      name: 'geomean and one program over, bytes and debugger over',
      rows: [['a', 10, 40], ['b', 10, 110]],
      bytes: { bytes: 151, accounted: 48 },
      debug: [[100, 105], [100, 111]],
      met: [false, false, false, false],
      measured: [/^6\.63x/, /^over: b 11\.0x$/, /^151\.0 bytes$/, /^max 1\.11x \(p1\)$/],
    },
    {
      name: 'not measured',
      rows: [],
      bytes: { error: 'exit 1' },
      debug: [],
      met: [null, null, null, null],
      measured: [/no program/, /no program/, /exit 1/, /no program/],
    },
  ];
  for (const c of targetCases) {
    it(`evaluates the targets: ${c.name}`, () => {
      const debug: DebuggerResult[] = c.debug.map(([plain, attached], i) => ({ program: `p${i}`, plain: ok(plain), attached: ok(attached) }));
      const targets = evaluateTargets(results(c.rows), 1, 0, c.bytes, debug);
      assert.deepEqual(targets.map((t) => t.met), c.met);
      targets.forEach((t, i) => assert.match(t.measured, c.measured[i]));
      assert.equal(formatTargets(targets).split('\n').length, 5);
    });
  }

  it('shows the debugger ratio per program, its max and a failed run', () => {
    const text = formatDebuggerOverhead([
      { program: 'fib', plain: ok(80), attached: ok(96) },
      { program: 'json', plain: ok(70), attached: ok(70) },
      { program: 'bad', plain: ok(5), attached: failed },
    ]);
    assert.match(text, /fib +80 +96 +1\.20x/);
    assert.match(text, /bad +5\.0 +ERROR +-/);
    assert.match(text, /max +1\.20x \(fib\)/);
  });
});

describe('bench: engines', () => {
  it('takes start-up off each run, never below 0.1 ms, and leaves a timed-out run as it was', () => {
    const times = [12, 1, 20_000];
    const fake: Engine = { name: 'fake', run: () => (times[0] === 20_000 ? timedOut : ok(times.shift()!)) };
    const { engine } = subtractStartup(fake, 2);
    assert.deepEqual([engine.run('', '', 1).ms, engine.run('', '', 1).ms, engine.run('', '', 1)], [10, 0.1, timedOut]);
  });

  it('places the never-hit breakpoint on the added function, and reports it when it is hit', () => {
    const { source, line } = withNeverHitLine('let a = 1;\n');
    assert.equal(source.split('\n')[line - 1].trim(), 'return 0;');
    const gb = glassbox(api, 'neverHitBreakpoint');
    const run = gb.run("console.log('a', 1);\n", 't.js', 10_000);
    assert.equal(run.error, undefined);
    assert.deepEqual(run.lines, ['a 1']);
    const hit = gb.run('glassboxBenchNeverCalled();\n', 't.js', 10_000);
    assert.equal(hit.error, 'paused: the never-hit breakpoint was hit');
  });

  it('runs QuickJS with console.log collected, uncaught errors and the time limit', async function () {
    this.timeout(30_000);
    const q = await quickJS();
    assert.deepEqual(q.run("console.log('x =', 1 + 1, [1, 2]);\nconsole.log(String(null));\n", 'q.js', 10_000).lines, ['x = 2 1,2', 'null']);
    assert.equal(q.run("console.log('before');\nthrow new TypeError('no');\n", 'q.js', 10_000).error, 'uncaught: TypeError: no');
    assert.deepEqual(q.run("Promise.resolve(2).then(function (v) { console.log('then', v); });\nconsole.log('sync');\n", 'q.js', 10_000).lines, ['sync', 'then 2']);
    assert.equal(q.run('for (;;) {}\n', 'q.js', 50).timedOut, true);
  });
});
