// The collector in-process: each row is a program run with gc() exposed and swept cells
// poisoned (a wrong sweep is a host TypeError, not a wrong answer), its output, and what
// its collections must have found.
import assert from 'node:assert/strict';
import { createAgent, type GcReport } from '../../engine';

interface Row {
  name: string;
  src: string;
  out: string;
  /** Checked against every collection's report. */
  reports?: (reports: GcReport[]) => void;
  /** A fixed allocation budget between automatic collections. */
  budget?: number;
}

export function runCollected(src: string, budget?: number): { out: string[]; reports: GcReport[]; kind: string } {
  const out: string[] = [];
  const reports: GcReport[] = [];
  const agent = createAgent(src, {
    fileName: 'gc.js', exposeGc: true, gcPoison: true, gcBudgetBytes: budget,
    onConsole: (e) => out.push(e.text), onGc: (r) => reports.push(r),
  });
  const outcome = agent.runToEnd();
  if (outcome.kind !== 'completed') out.push(`${outcome.kind}: ${outcome.report}`);
  return { out, reports, kind: outcome.kind };
}

const freedAtLeast = (n: number) => (reports: GcReport[]) =>
  assert.ok(reports.some((r) => r.freed >= n), `no collection freed ${n} cells: ${reports.map((r) => r.freed).join(', ')}`);

// Each root kind keeps an object alive while nothing else does; poisoning makes a wrong sweep throw.
// As in V8, a module-level binding is live only while a live closure can reach the module's scope.
const roots: Row[] = [
  { name: 'a global', src: 'globalThis.keep = { v: 1 }; (function () { const w = new WeakRef(keep); setTimeout(() => { gc(); setTimeout(() => console.log(w.deref().v, keep.v)); }); })();', out: '1 1' },
  { name: 'a closure environment', src: 'function mk() { const o = { v: 2 }; return () => o.v; }\nconst f = mk(); gc(); setTimeout(() => { gc(); console.log(f()); });', out: '2' },
  { name: 'the operand stack mid-expression', src: 'function use(o, _) { return o.v; }\nconsole.log(use({ v: 3 }, gc()), [{ v: 4 }, gc()][0].v);', out: '3 4' },
  { name: 'a timer argument', src: 'setTimeout((o) => console.log(o.v), 5, { v: 5 }); setTimeout(gc, 1);', out: '5' },
  { name: 'a pending promise reaction', src: '(function () { const o = { v: 6 }; new Promise((r) => setTimeout(r, 5)).then(() => console.log(o.v)); })(); setTimeout(gc, 1);', out: '6' },
  { name: 'a queued microtask', src: '(function () { const o = { v: 7 }; queueMicrotask(gc); queueMicrotask(() => console.log(o.v)); })();', out: '7' },
  { name: 'a thenable job', src: '(function () { const t = { then(r) { gc(); r(this.v); }, v: 8 }; Promise.resolve().then(() => t).then((v) => console.log(v)); })();', out: '8' },
  { name: 'a suspended async function', src: 'async function f() { const o = { v: 9 }; await new Promise((r) => setTimeout(r, 5)); console.log(o.v); }\nf(); setTimeout(gc, 1);', out: '9' },
  { name: 'a suspended generator', src: 'function* g() { const o = { v: 10 }; yield 1; console.log(o.v); }\nconst it = g(); it.next(); gc(); it.next();', out: '10' },
  { name: 'a native mid-call (what map made so far)', src: 'console.log([1, 2, 3].map((x) => { gc(); return { v: x }; }).map((o) => o.v).join());', out: '1,2,3' },
  { name: 'a native mid-call (its this and arguments)', src: 'console.log([{ v: 11 }].map(function (o) { gc(); return o.v + this.w; }, { w: 1 })[0]);', out: '12' },
  { name: 'a sort comparator', src: 'console.log([{ v: 3 }, { v: 1 }, { v: 2 }].sort((a, b) => (gc(), a.v - b.v)).map((o) => o.v).join());', out: '1,2,3' },
  { name: 'a bound function', src: 'const b = (function () { return function () { return this.v; }.bind({ v: 13 }); })(); gc(); console.log(b());', out: '13' },
  { name: 'Promise.all element functions', src: 'Promise.all([new Promise((r) => setTimeout(() => r({ v: 14 }), 5)), { v: 1 }]).then(([a, b]) => console.log(a.v + b.v)); setTimeout(gc, 1);', out: '15' },
  { name: 'finally callbacks', src: 'new Promise((r) => setTimeout(r, 5, { v: 16 })).finally(() => gc()).then((o) => console.log(o.v));', out: '16' },
  { name: 'a template object', src: 'const tag = (s) => s; const f = () => tag`a${1}b`; const first = f(); gc(); console.log(f() === first, f().raw.join());', out: 'true a,b' },
  { name: 'automatic collections every few KB', src: 'let keep = []; for (let i = 0; i < 20000; i++) { const o = { i }; if (i % 100 === 0) keep.push(o); } console.log(keep.length, keep[199].i);', out: '200 19900', budget: 16 * 1024,
    reports: (rs) => { assert.ok(rs.length > 3 && rs.every((r) => r.reason === 'automatic'), `${rs.length} collections`); freedAtLeast(100)(rs); } },
];

// WeakMap values are marked only when their key is; dead keys' entries go.
const ephemerons: Row[] = [
  { name: 'a live key keeps its value', src: 'const wm = new WeakMap(); const k = {}; (function () { wm.set(k, { v: 1 }); })(); gc(); setTimeout(() => { gc(); console.log(wm.get(k).v); });', out: '1' },
  { name: 'a chain key -> value -> key', src: 'const wm = new WeakMap(); const k1 = {};\n(function () { const k2 = {}; const k3 = {}; wm.set(k3, { v: 3 }); wm.set(k2, k3); wm.set(k1, k2); })();\nsetTimeout(() => { gc(); console.log(wm.get(wm.get(wm.get(k1))).v); });', out: '3' },
  { name: 'a value that refers to its own key does not keep it', src: 'const wm = new WeakMap(); const fr = new FinalizationRegistry((h) => console.log("freed", h));\n(function () { const k = {}; wm.set(k, { back: k }); fr.register(k, "k"); })();\nsetTimeout(() => gc());', out: 'freed k' },
  { name: 'a dead cycle of keys through values', src: 'const wm = new WeakMap(); const fr = new FinalizationRegistry((h) => console.log("freed", h));\n(function () { const a = {}; const b = {}; wm.set(a, b); wm.set(b, a); fr.register(a, "a"); fr.register(b, "b"); })();\nsetTimeout(() => gc());', out: 'freed b,freed a' },
  { name: 'a WeakSet does not keep its values', src: 'const ws = new WeakSet(); const fr = new FinalizationRegistry((h) => console.log("freed", h));\n(function () { const o = {}; ws.add(o); fr.register(o, "o"); })();\nsetTimeout(() => gc());', out: 'freed o' },
];

// A WeakRef's target lives until the end of the job that made or dereferenced it.
const weakRefs: Row[] = [
  { name: 'alive in the same job, cleared after gc() in a later task', src: 'let w = (function () { return new WeakRef({ v: 1 }); })();\ngc(); console.log(w.deref().v);\nsetTimeout(() => { gc(); console.log(w.deref()); });', out: '1,undefined' },
  { name: 'deref in a task keeps the target through that task', src: 'const w = (function () { return new WeakRef({ v: 2 }); })();\nsetTimeout(() => { w.deref(); gc(); console.log(w.deref() !== undefined); setTimeout(() => { gc(); console.log(w.deref()); }); });', out: 'true,undefined' },
  { name: 'kept through the microtasks of its job', src: 'const w = (function () { return new WeakRef({ v: 3 }); })();\nPromise.resolve().then(() => { gc(); console.log(w.deref().v); });', out: '3' },
  { name: 'a strongly held target stays', src: 'const o = { v: 4 }; const w = new WeakRef(o);\nsetTimeout(() => { gc(); console.log(w.deref() === o); });', out: 'true' },
];

const finalization: Row[] = [
  { name: 'the callback runs as a task with the holdings, after the microtasks', src: 'const fr = new FinalizationRegistry((h) => console.log("cleanup", h));\n(function () { fr.register({}, "a"); fr.register({}, "b"); })();\ngc(); console.log("sync"); Promise.resolve().then(() => console.log("micro")); setTimeout(() => console.log("timeout"));', out: 'sync,micro,cleanup b,cleanup a,timeout' },
  { name: 'unregister before the collection: no callback', src: 'const fr = new FinalizationRegistry((h) => console.log("cleanup", h)); const tok = {};\n(function () { fr.register({}, "x", tok); })();\nconsole.log(fr.unregister(tok)); gc(); setTimeout(() => console.log("done"));', out: 'true,done' },
  { name: 'unregister after the collection, before the task: no callback', src: 'const fr = new FinalizationRegistry((h) => console.log("cleanup", h)); const tok = {};\n(function () { fr.register({}, "x", tok); })();\ngc(); console.log(fr.unregister(tok)); setTimeout(() => console.log("done"));', out: 'true,done' },
  { name: 'a dead registry never calls back', src: '(function () { const fr = new FinalizationRegistry(() => console.log("never")); fr.register({}, "x"); })();\nsetTimeout(() => { gc(); setTimeout(() => console.log("done")); });', out: 'done' },
  { name: 'a live target never calls back', src: 'const fr = new FinalizationRegistry(() => console.log("never")); const o = {}; fr.register(o, "x");\ngc(); setTimeout(() => console.log("done", typeof o));', out: 'done object' },
];

const accounting: Row[] = [
  { name: 'dropping a big array frees its bytes', src: 'let a = Array.from({ length: 20000 }, (_, i) => ({ i }));\ngc(); const before = process.memoryUsage().heapUsed;\na = null; gc(); const after = process.memoryUsage().heapUsed;\nconsole.log(before - after > 20000 * 32);', out: 'true',
    reports: (rs) => { freedAtLeast(20000)(rs); assert.ok(rs[1].freedBytes >= 20000 * 32 && rs[1].liveBytes < rs[0].liveBytes, JSON.stringify(rs.map((r) => [r.freedBytes, r.liveBytes]))); } },
  { name: 'memoryUsage has Node\'s keys in Node\'s order', src: 'gc(); const m = process.memoryUsage(); console.log(Object.keys(m).join(), m.heapTotal >= m.heapUsed, m.rss > m.heapTotal, typeof process.memoryUsage.rss());', out: 'rss,heapTotal,heapUsed,external,arrayBuffers true true number' },
  { name: 'ArrayBuffers count as external', src: 'const b = new ArrayBuffer(1e6); gc(); const m = process.memoryUsage(); console.log(m.arrayBuffers >= 1e6, m.external >= 1e6, b.byteLength);', out: 'true true 1000000' },
  { name: 'reports count roots, marked and freed cells', src: '(function () { for (let i = 0; i < 100; i++) ({ i }); })(); gc();', out: '',
    reports: (rs) => { const r = rs[0]; assert.equal(r.reason, 'gc()'); assert.ok(r.roots > 0 && r.marked === r.markOrder.length && r.freed === r.freedCells.length && r.freed >= 100, JSON.stringify({ ...r, markOrder: 0, freedCells: 0 })); } },
  { name: 'a 200,000-long linked list marks without host recursion (a recursive marker would overflow the host stack at some 10,000 calls)', src: 'let head = null; for (let i = 0; i < 2e5; i++) head = { next: head };\ngc(); let n = 0; for (let l = head; l; l = l.next) n++; console.log(n);', out: '200000' },
];

describe('collector', function () {
  this.timeout(60_000);
  for (const [group, rows] of [['roots', roots], ['ephemerons', ephemerons], ['WeakRef timing', weakRefs], ['finalization', finalization], ['accounting', accounting]] as const) {
    describe(group, () => {
      for (const row of rows) {
        it(row.name, () => {
          const { out, reports } = runCollected(row.src, row.budget);
          assert.equal(out.join(','), row.out);
          assert.ok(reports.length > 0, 'no collection ran');
          row.reports?.(reports);
        });
      }
    });
  }
});

describe('collector: the agent\'s side', () => {
  it('collectGarbage() while paused reports a debugger collection and counts it in heapStats', () => {
    const agent = createAgent('let a = Array.from({ length: 500 }, (_, i) => ({ i }));\na = null;\nconsole.log("end");', { fileName: 'p.js' });
    const dbg = agent.attachDebugger(false);
    dbg.setBreakpoints([{ line: 3 }]);
    assert.equal(agent.step(), 'paused');
    const report = agent.collectGarbage();
    assert.equal(report.reason, 'debugger');
    assert.ok(report.freed >= 500, `freed ${report.freed}`);
    const stats = agent.heapStats();
    assert.equal(stats.collections, 1);
    assert.equal(stats.freedBytes, report.freedBytes);
    assert.equal(stats.liveBytes, report.liveBytes);
  });

  it('a queued cleanup is in the event-loop snapshot with its own kind, and runs as its own task', () => {
    const tasks: string[] = [];
    let queued: unknown;
    const agent = createAgent('const fr = new FinalizationRegistry(function tidy(h) {});\n(function () { fr.register({}, 1); })();\ngc();\nconsole.log("after gc");', {
      fileName: 'q.js', exposeGc: true, onTask: (label) => tasks.push(label),
      onConsole: () => { queued = agent.eventLoopSnapshot().cleanups; },
    });
    agent.runToEnd();
    assert.deepEqual(queued, [{ kind: 'finalization', name: 'tidy', line: undefined, column: undefined, file: undefined }]);
    assert.deepEqual(tasks, ['FinalizationRegistry cleanup -> tidy()']);
  });

  it('poisoning makes a swept cell throw on any touch', () => {
    let swept: object[] = [];
    const agent = createAgent('(function () { ({ x: 1 }); })(); gc();', { fileName: 'z.js', exposeGc: true, gcPoison: true, onGc: (r) => { swept = r.freedCells; } });
    agent.runToEnd();
    const obj = swept.find((c) => 'shape' in c) as { getOwn(k: string): unknown } | undefined;
    assert.ok(obj, 'an object was swept');
    assert.throws(() => obj.getOwn('x'), TypeError);
  });

  it('gc() past the heap limit ends the run with Node\'s fatal error', () => {
    const agent = createAgent('const keep = []; for (;;) { keep.push(new Array(1e4).fill(keep.length)); gc(); }', { fileName: 'f.js', exposeGc: true, maxHeapMB: 2 });
    const outcome = agent.runToEnd();
    assert.equal(outcome.kind, 'fatal');
    assert.ok(agent.heapStats().collections > 10);
  });

  it('without exposeGc there is no gc global', () => {
    assert.equal(runUnexposed('console.log(typeof gc)'), 'undefined');
  });
});

function runUnexposed(src: string): string {
  const out: string[] = [];
  createAgent(src, { fileName: 'n.js', onConsole: (e) => out.push(e.text) }).runToEnd();
  return out.join(',');
}
