// The engine's limits in-process: each row is a program, a heap limit and how the run must
// end. 'fatal' is Node's "JavaScript heap out of memory" (exit 134), which no JS code sees.
import assert from 'node:assert/strict';
import { createAgent, type Agent, type RunOutcome } from '../../engine';

interface Row {
  name: string;
  src: string;
  maxHeapMB: number;
  /** 'completed' with this output, or 'fatal' with this reason. */
  end: { kind: 'completed'; out: string } | { kind: 'fatal'; reason: string };
  /** At least this many live measurements (garbage must be measured, not counted forever). */
  measurements?: number;
}

const REACHED = 'Reached heap limit';

const rows: Row[] = [
  {
    name: 'short-lived garbage far past the limit runs to the end',
    src: 'let n = 0; for (let i = 0; i < 120000; i++) { const o = { x: i, y: [i, i] }; n += o.y[1] & 1 } console.log(n)',
    maxHeapMB: 2, end: { kind: 'completed', out: '60000' }, measurements: 3,
  },
  {
    name: 'garbage strings and closures run to the end',
    src: "let last; for (let i = 0; i < 40000; i++) { const s = 'item ' + i + ' of many'; last = () => s } console.log(last())",
    maxHeapMB: 1, end: { kind: 'completed', out: 'item 39999 of many' }, measurements: 2,
  },
  { name: 'an array of objects that grows forever', src: 'const a = []; while (true) a.push({ x: a.length })', maxHeapMB: 4, end: { kind: 'fatal', reason: REACHED } },
  { name: 'numbers pushed forever', src: 'const a = []; while (true) a.push(a.length)', maxHeapMB: 2, end: { kind: 'fatal', reason: REACHED } },
  { name: 'closures kept forever', src: 'const fs = []; while (true) { const k = fs.length; fs.push(() => k) }', maxHeapMB: 4, end: { kind: 'fatal', reason: REACHED } },
  { name: 'a Map that grows forever', src: 'const m = new Map(); for (let i = 0; ; i++) m.set(i, i)', maxHeapMB: 2, end: { kind: 'fatal', reason: REACHED } },
  { name: 'strings kept forever', src: "const a = []; for (let i = 0; ; i++) a.push('x'.repeat(1000) + i)", maxHeapMB: 8, end: { kind: 'fatal', reason: REACHED } },
  { name: 'equal strings made apart are separate copies', src: "const a = []; while (true) a.push('x'.repeat(1e5))", maxHeapMB: 8, end: { kind: 'fatal', reason: REACHED } },
  { name: 'case mapping copies kept forever', src: "const s = 'x'.repeat(1e5); const a = []; while (true) a.push(s.toUpperCase())", maxHeapMB: 8, end: { kind: 'fatal', reason: REACHED } },
  { name: 'a linked list (deep, no host recursion when marking)', src: 'let l = null; while (true) l = { next: l }', maxHeapMB: 4, end: { kind: 'fatal', reason: REACHED } },
  { name: 'a global that grows forever', src: 'globalThis.cache = {}; for (let i = 0; ; i++) cache["k" + i] = i', maxHeapMB: 4, end: { kind: 'fatal', reason: REACHED } },
  { name: 'a timer that keeps what it makes', src: 'const kept = []; setInterval(() => { for (let i = 0; i < 1000; i++) kept.push([i]) }, 1)', maxHeapMB: 4, end: { kind: 'fatal', reason: REACHED } },
  {
    name: 'catch and finally never see the fatal error',
    src: "try { const a = []; while (true) a.push({ x: 1 }) } catch (e) { console.log('caught') } finally { console.log('finally') }",
    maxHeapMB: 4, end: { kind: 'fatal', reason: REACHED },
  },
  { name: 'one builtin call too big for the limit reserves first', src: "const s = 'x'.repeat(2 ** 27); console.log(s.split('').length)", maxHeapMB: 1024, end: { kind: 'fatal', reason: REACHED } },
  { name: 'Array(n) past the limit', src: 'const a = []; while (true) a.push(new Array(1e6))', maxHeapMB: 32, end: { kind: 'fatal', reason: REACHED } },
  { name: 'spreading an endless generator', src: 'const g = function* () { for (;;) yield { x: 1 } };\nconsole.log([...g()].length)', maxHeapMB: 4, end: { kind: 'fatal', reason: REACHED } },
  { name: 'Array.from an endless generator', src: 'const g = function* () { for (;;) yield [1] };\nArray.from(g())', maxHeapMB: 4, end: { kind: 'fatal', reason: REACHED } },
  { name: 'new Map from an endless generator', src: 'const g = function* () { for (let i = 0; ; i++) yield [i, {}] };\nnew Map(g())', maxHeapMB: 4, end: { kind: 'fatal', reason: REACHED } },
  { name: 'Object.fromEntries of an endless generator', src: 'const g = function* () { for (let i = 0; ; i++) yield ["k" + i, i] };\nObject.fromEntries(g())', maxHeapMB: 4, end: { kind: 'fatal', reason: REACHED } },
  { name: 'a finite spread is not kept after it returns', src: 'let n = 0; for (let i = 0; i < 300; i++) n += [...new Set(Array.from({ length: 500 }, (_, k) => ({ k })))].length;\nconsole.log(n)', maxHeapMB: 2, end: { kind: 'completed', out: '150000' }, measurements: 2 },
  { name: 'sort of a 2**32+5-long array-like dies as V8 does', src: 'Array.prototype.sort.call({ length: 2 ** 32 + 5 })', maxHeapMB: 1024, end: { kind: 'fatal', reason: 'invalid array length' } },
  { name: 'sort of a short array-like is fine', src: "console.log(JSON.stringify(Array.prototype.sort.call({ length: 3, 0: 'b', 2: 'a' })))", maxHeapMB: 1024, end: { kind: 'completed', out: '{"0":"a","1":"b","length":3}' } },
  // Buffer bytes count against the limit; a buffer too big is the program's RangeError (as when V8's allocator refuses one).
  { name: 'an ArrayBuffer past the limit is a catchable RangeError', src: 'try { new ArrayBuffer(2 ** 31) } catch (e) { console.log(e.name, e.message) }', maxHeapMB: 1024, end: { kind: 'completed', out: 'RangeError Array buffer allocation failed' } },
  { name: 'typed arrays kept forever end in a RangeError', src: 'const a = []; try { while (true) a.push(new Float64Array(1e5)) } catch (e) { console.log(e.message, a.length > 5) }', maxHeapMB: 8, end: { kind: 'completed', out: 'Array buffer allocation failed true' } },
  { name: 'garbage buffers far past the limit run to the end', src: 'let n = 0; for (let i = 0; i < 200; i++) n += new Uint8Array(1e5).length; console.log(n)', maxHeapMB: 4, end: { kind: 'completed', out: '20000000' }, measurements: 2 },
];

function runRow(row: Row): { run: Agent; outcome: RunOutcome; out: string[] } {
  const out: string[] = [];
  const run = createAgent(row.src, { fileName: 'limits.js', maxHeapMB: row.maxHeapMB, onConsole: (e) => out.push(e.text) });
  return { run, outcome: run.runToEnd(), out };
}

describe('engine limits: the heap', function () {
  this.timeout(60_000);
  for (const row of rows) {
    it(row.name, () => {
      const { run, outcome, out } = runRow(row);
      if (row.end.kind === 'completed') {
        assert.equal(outcome.kind, 'completed', outcome.kind === 'completed' ? '' : outcome.report);
        assert.equal(out.join(','), row.end.out);
      } else {
        assert.equal(outcome.kind, 'fatal');
        assert.equal(out.join(','), '');
        if (outcome.kind !== 'fatal') return;
        assert.equal(outcome.exitCode, 134);
        assert.equal(outcome.report, `FATAL ERROR: ${row.end.reason} Allocation failed - JavaScript heap out of memory`);
      }
      if (row.measurements) assert.ok(run.heapStats().measurements >= row.measurements, `measured ${run.heapStats().measurements} times`);
    });
  }

  it('stops with the frames intact, and stays stopped', () => {
    const run = createAgent('function grow(a) { while (true) a.push({ x: a.length }) }\ngrow([]);', { fileName: 'grow.js', maxHeapMB: 2 });
    let r;
    do r = run.step(); while (r === 'slice');
    assert.equal(r, 'fatal');
    const names = run.attachDebugger(false).frames().map((f) => f.name);
    assert.deepEqual(names.slice(0, 1), ['grow']);
    assert.equal(run.step(), 'fatal');
    assert.equal(run.outcome().kind, 'fatal');
  });

  it('reports live figures per kind as plain data', () => {
    const run = createAgent('globalThis.keep = []; for (let i = 0; i < 1000; i++) keep.push({ x: i, s: "s" + i });', { fileName: 'k.js', maxHeapMB: 64 });
    run.runToEnd();
    const s = run.measureHeap();
    assert.equal(s.limitBytes, 64 * 2 ** 20);
    assert.equal(s.allocatedSinceMeasure, 0);
    assert.ok(s.kinds.object.count >= 1000 && s.kinds.object.count < 1500, `objects: ${s.kinds.object.count}`);
    // each { x, s }: a header and two property slots
    assert.ok(s.kinds.object.bytes >= 1000 * 40);
    assert.ok(s.kinds.array.bytes >= 8 * 1000, `array bytes: ${s.kinds.array.bytes}`);
    assert.ok(s.kinds.string.count >= 1000, `strings: ${s.kinds.string.count}`);
    assert.ok(s.kinds.function.count > 100, 'the realm\'s builtins are live');
    const total = Object.values(s.kinds).reduce((n, k) => n + k.bytes, 0);
    assert.equal(s.liveBytes, total);
    assert.deepEqual(JSON.parse(JSON.stringify(s)), s);
  });

  it('counts what closures and pending timers keep alive', () => {
    const src = 'function make() { const big = []; for (let i = 0; i < 5000; i++) big.push(i); return () => big.length }\nsetTimeout(make(), 10);';
    let whileQueued = 0;
    const run: Agent = createAgent(src, { fileName: 't.js', maxHeapMB: 64, onTask: () => { whileQueued = run.measureHeap().kinds.array.bytes; } });
    run.runToEnd();
    assert.ok(whileQueued >= 5000 * 8, `the timer callback's environment keeps the array (${whileQueued} bytes)`);
    assert.ok(run.measureHeap().kinds.array.bytes < 5000 * 8, 'after the timer ran, the array is garbage');
  });
});

describe('engine limits: huge array-likes stay stoppable', function () {
  this.timeout(30_000);
  for (const call of ['indexOf.call(o, 1)', 'includes.call(o, 1)', 'lastIndexOf.call(o, 1)', 'reverse.call(o)', 'fill.call(o, 0)', 'copyWithin.call(o, 0, 1)', 'forEach.call(o, () => {})', 'every.call(o, () => false)']) {
    it(`Array.prototype.${call} on { length: 2 ** 32 + 5 } yields slices`, () => {
      const run = createAgent(`const o = { length: 2 ** 32 + 5 };\nArray.prototype.${call};`, { fileName: 'huge.js' });
      for (let i = 0; i < 3; i++) {
        const t = Date.now();
        assert.equal(run.step(10_000), 'slice');
        assert.ok(Date.now() - t < 5_000, 'a slice took more than 5 s');
      }
    });
  }

  it('a pause stops in the JS frame that called the long builtin, and continue goes on', () => {
    const run = createAgent('function scan(o) {\n  return Array.prototype.indexOf.call(o, 1);\n}\nscan({ length: 2 ** 32 + 5 });', { fileName: 'scan.js' });
    const dbg = run.attachDebugger(false);
    assert.equal(run.step(10_000), 'slice');
    dbg.pause();
    assert.equal(run.step(10_000), 'paused');
    assert.equal(dbg.stop()?.kind, 'pause');
    assert.equal(dbg.frames().find((f) => f.name === 'scan')?.line, 2);
    dbg.continue();
    assert.equal(run.step(10_000), 'slice');
  });
});
