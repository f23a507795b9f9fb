// The debugger's view of big values, table-driven: counts without listing, pages of indexed
// and named children, runs of holes, groups; bounded event-loop snapshots; evaluation budgets.
import assert from 'node:assert/strict';
import { type ChildPage, type EngineDebugger } from '../../engine';
import { evaluateValue, pausedAt } from '../helpers/pausedRun';

function handleOf(dbg: EngineDebugger, expression: string): number {
  const r = dbg.evaluate(expression);
  assert.ok(r.ok, `evaluates ${expression}`);
  return r.value.handle;
}

interface Row { src: string; counts: [number, number]; page: ChildPage; out: string }

// A plain object's named children end with [[Shape]] and [[Prototype]].
const rows: Row[] = [
  { src: `[1, 2, 3]`, counts: [3, 2], page: { filter: 'indexed', start: 1, count: 5 }, out: '1=2 2=3' },
  { src: `[1, , , , 5]`, counts: [5, 2], page: { filter: 'indexed' }, out: '0=1 1 … 3=empty × 3 4=5' },
  { src: `Object.defineProperty([1, , , 4], 1, { get() { return 9; } })`, counts: [4, 2], page: { filter: 'indexed' }, out: '0=1 1=(...) 2=empty × 1 3=4' },
  { src: `Object.assign([1], { a: 2 })`, counts: [1, 3], page: { filter: 'named', count: 2 }, out: 'length=1 a=2' },
  { src: `Object.assign([1], { a: 2 })`, counts: [1, 3], page: {}, out: '0=1 length=1 a=2 [[Prototype]]=(0) []' },
  { src: `new Array(3_000_000).fill(0)`, counts: [3_000_000, 2], page: { filter: 'indexed', start: 2_999_999, count: 100 }, out: '2999999=0' },
  { src: `new String('hey')`, counts: [3, 3], page: { filter: 'indexed', start: 1 }, out: '1="e" 2="y"' },
  { src: `(function () { return arguments; })(4, 5, 6)`, counts: [3, 4], page: { filter: 'indexed', start: 2, count: 1 }, out: '2=6' },
  { src: `({ b: 1, a: 2, 1: 3 })`, counts: [0, 5], page: { filter: 'named', count: 3 }, out: '1=3 b=1 a=2' },
  { src: `({ b: 1 })`, counts: [0, 3], page: { filter: 'indexed' }, out: '' },
  { src: `new Uint8Array([1, 2, 300])`, counts: [3, 5], page: { filter: 'indexed', start: 1 }, out: '1=2 2=44' },
  { src: `new Int16Array(2)`, counts: [2, 5], page: { filter: 'named', count: 4 }, out: 'buffer=ArrayBuffer(4) byteLength=4 byteOffset=0 length=2' },
  { src: `new Float64Array(1_000_000)`, counts: [1_000_000, 5], page: { filter: 'indexed', start: 999_999, count: 100 }, out: '999999=0' },
  { src: `Object.assign(new Uint8Array(1), { tag: 'x' })`, counts: [1, 6], page: { filter: 'named', start: 4, count: 1 }, out: 'tag="x"' },
  { src: `new Uint8Array([1, 255]).buffer`, counts: [0, 3], page: { filter: 'named', count: 2 }, out: 'byteLength=2 [[Uint8Contents]]=<01 ff>' },
  { src: `new DataView(new ArrayBuffer(4), 1)`, counts: [0, 4], page: { filter: 'named', count: 3 }, out: 'buffer=ArrayBuffer(4) byteLength=3 byteOffset=1' },
];

describe('engine debugger: paging big values', () => {
  for (const row of rows) {
    it(`${row.src} ${JSON.stringify(row.page)}`, () => {
      const { dbg } = pausedAt(`const v = ${row.src};`);
      const h = handleOf(dbg, 'v');
      assert.deepEqual(dbg.counts(h), { indexed: row.counts[0], named: row.counts[1] });
      assert.equal(dbg.indexedCount(h), row.counts[0]);
      assert.equal(dbg.children(h, row.page).map((c) => `${c.name}=${c.value.preview}`).join(' '), row.out);
    });
  }

  it('a typed array previews as Chrome shows it', () => {
    const { dbg } = pausedAt(`const v = new Float32Array([0.5, 1, 2, 3, 4, 5]);`);
    const r = dbg.evaluate('v');
    assert.ok(r.ok);
    assert.equal(r.value.preview, 'Float32Array(6) [0.5, 1, 2, 3, 4, …]');
  });

  it('groups stand for a slice of their value, and nest', () => {
    const { dbg } = pausedAt(`const v = Array.from({ length: 300 }, (_, i) => i * 2);`);
    const h = handleOf(dbg, 'v');
    const group = dbg.group(h, 'indexed', 200, 100);
    assert.deepEqual(dbg.counts(group), { indexed: 100, named: 0 });
    assert.deepEqual(dbg.children(group, { filter: 'named' }), []);
    const inner = dbg.group(group, 'indexed', 90, 10);
    assert.equal(dbg.children(inner).map((c) => c.name).join(' '), '290 291 292 293 294 295 296 297 298 299');
    assert.equal(dbg.children(inner, { start: 8 }).map((c) => c.value.preview).join(' '), '596 598');
  });

  it('Map and Set entries are indexed children of [[Entries]]', () => {
    const { dbg } = pausedAt(`const v = new Map([['a', 1], ['b', 2], ['c', 3]]);`);
    const entries = dbg.children(handleOf(dbg, 'v'), { filter: 'named' }).find((c) => c.name === '[[Entries]]')!;
    assert.deepEqual(dbg.counts(entries.value.handle), { indexed: 3, named: 0 });
    assert.equal(dbg.children(entries.value.handle, { filter: 'indexed', start: 1 }).map((c) => c.value.preview).join(' | '), '"b" => 2 | "c" => 3');
  });

  it('never reuses a handle: after resuming, old handles are unknown', () => {
    const { run, dbg } = pausedAt(`const v = [1];\ndebugger;`);
    const h = handleOf(dbg, 'v');
    assert.ok(dbg.has(h));
    dbg.continue();
    for (let guard = 0; guard < 1000 && run.step() !== 'paused';) guard++;
    assert.equal(dbg.has(h), false);
    assert.equal(dbg.counts(h), undefined);
    assert.ok(handleOf(dbg, 'v') > h);
  });

  it('previews a long string by its start and its length', () => {
    const { dbg } = pausedAt(`const s = 'ab'.repeat(100_000);`);
    const r = dbg.evaluate('s');
    assert.ok(r.ok);
    const preview = r.value.preview;
    assert.equal(preview.length, 10_000 + '""…'.length + ' (200,000 characters)'.length);
    assert.match(preview, /^"abab.*ab…" \(200,000 characters\)$/);
    const nested = dbg.evaluate('[s]');
    assert.ok(nested.ok);
    assert.match(nested.value.preview, /^\(1\) \["(ab){50}…" \(200,000 characters\)\]$/, 'shorter inside another value');
  });

  it('stops a side-effect-free (hover) evaluation after 100,000 steps; others may run longer', () => {
    const { dbg } = pausedAt(`let n = 0;`);
    assert.deepEqual(dbg.evaluate('while (true) {}', 0, true), { ok: false, error: 'Evaluation took too long: stopped after 100,000 steps' });
    assert.deepEqual(evaluateValue(dbg, '(() => { let i = 0; while (i < 50000) i++; return i; })()', 0, false), { ok: true, value: 50000 });
    assert.deepEqual(evaluateValue(dbg, 'n + 1'), { ok: true, value: 1 });
  });
});

describe('engine: bounded event-loop snapshots', () => {
  const table: { timers: number; edge: number; listed: number; omitted?: { at: number; count: number } }[] = [
    { timers: 3, edge: 25, listed: 3 },
    { timers: 50, edge: 25, listed: 50 },
    { timers: 51, edge: 25, listed: 50, omitted: { at: 25, count: 1 } },
    { timers: 10_000, edge: 5, listed: 10, omitted: { at: 5, count: 9_990 } },
  ];
  for (const row of table) {
    it(`${row.timers} timers, edge ${row.edge}`, () => {
      const { run } = pausedAt(`for (let i = 0; i < ${row.timers}; i++) setTimeout(function t() {}, ${row.timers} - i);`);
      const s = run.eventLoopSnapshot(row.edge);
      assert.equal(s.counts.webApis, row.timers);
      assert.equal(s.webApis.length, row.listed);
      assert.deepEqual(s.omitted.webApis, row.omitted);
      assert.equal(s.webApis[0].due, 1, 'due-time order, not creation order');
      assert.equal(s.webApis[s.webApis.length - 1].due, row.timers);
      const part = run.eventLoopEntries('webApis', row.timers - 2, 10);
      assert.deepEqual([part.total, part.entries.map((t) => (t as { due: number }).due)], [row.timers, [row.timers - 1, row.timers]]);
    });
  }

  it('lists every entry without an edge (glassbox trace)', () => {
    const { run } = pausedAt(`for (let i = 0; i < 60; i++) queueMicrotask(() => {});`);
    const s = run.eventLoopSnapshot();
    assert.deepEqual([s.microtasks.length, s.counts.microtasks, s.omitted], [60, 60, {}]);
  });
});
