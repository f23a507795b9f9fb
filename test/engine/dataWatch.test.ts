// Data breakpoints in the engine: a watch set on a Variables row stops where the value
// changes, with old and new values and the statement's line; recorder mode records the same
// moments and runs on; a fresh replay finds the same binding or property from its dataId.
import assert from 'node:assert/strict';
import { createAgent, type Agent, type EngineDebugger } from '../../engine';

/** Where the watch is set: at a breakpoint on `line`, row `name` of scope `scope`, or (with `holder`) property `name` of the object that row holds. */
interface Row { line: number; scope: string; name: string; holder?: string }

interface Case { title: string; source: string[]; row: Row; script?: boolean; changes: string[] }

function start(c: Case): { run: Agent; dbg: EngineDebugger } {
  const run = createAgent(c.source.join('\n'), { fileName: 'watch.js', script: c.script, startTime: 0 });
  return { run, dbg: run.attachDebugger(false) };
}

/** Runs to the next stop; false at the end. */
function next(run: Agent): boolean {
  for (let guard = 0; guard < 100_000; guard++) {
    const r = run.step();
    if (r === 'paused') return true;
    if (r === 'done' || r === 'uncaught') return false;
  }
  throw new Error('the run neither paused nor ended');
}

/** Stops at the row's line and asks for its dataId, as VS Code does from the Variables pane. */
function dataIdAt(c: Case, run: Agent, dbg: EngineDebugger): { dataId: string; description: string; step: number } {
  dbg.setBreakpoints([{ line: c.row.line }]);
  assert.ok(next(run), 'the breakpoint was reached');
  const row = c.row;
  const scope = dbg.scopes(0).find((s) => s.name === row.scope);
  assert.ok(scope, `scope ${row.scope} among ${dbg.scopes(0).map((s) => s.name).join(', ')}`);
  const holder = row.holder === undefined ? undefined : dbg.children(scope.handle).find((v) => v.name === row.holder);
  const info = holder === undefined ? dbg.dataTarget(scope.handle, row.name) : dbg.dataTarget(holder.value.handle, row.name, { frameIndex: 0, path: row.holder });
  assert.ok(info.dataId !== null, info.description);
  dbg.setBreakpoints([]);
  return { dataId: info.dataId, description: info.description, step: dbg.stop()!.step };
}

/** Every data stop's text until the run ends. */
function changes(run: Agent, dbg: EngineDebugger): string[] {
  const out: string[] = [];
  dbg.continue();
  while (next(run)) {
    const stop = dbg.stop()!;
    assert.equal(stop.kind, 'data');
    out.push(stop.change!.text);
    dbg.continue();
  }
  return out;
}

const cases: Case[] = [
  {
    title: 'a local binding; writing the same value again is no change',
    source: ['function sum(xs) {', '  let total = 0;', '  for (const x of xs) {', '    total += x;', '  }', '  return total;', '}', 'sum([10, 0, undefined]);'],
    row: { line: 3, scope: 'Local', name: 'total' },
    changes: ['total: 0 → 10 (line 4)', 'total: 10 → NaN (line 4)'],
  },
  {
    title: 'a closure binding, changed by another call',
    source: ['function makeCounter() {', '  let count = 0;', '  return () => {', '    count++;', '    return count;', '  };', '}', 'const tick = makeCounter();', 'tick();', 'tick();'],
    row: { line: 4, scope: 'Closure (makeCounter)', name: 'count' },
    changes: ['count: 0 → 1 (line 4)', 'count: 1 → 2 (line 4)'],
  },
  {
    title: "a global variable (the Global scope's user variables)",
    source: ['var level = 1;', 'function up() {', '  level = level * 2;', '}', 'up();', 'up();', 'level = "top";', 'up();', 'console.log(level);'],
    script: true,
    row: { line: 5, scope: 'Global', name: 'level' },
    // A function has no step point after its last statement: its caller's next one sees the change.
    changes: ['level: 1 → 2 (line 5)', 'level: 2 → 4 (line 6)', 'level: 4 → "top" (line 7)', 'level: "top" → NaN (line 8)'],
  },
  {
    title: 'a global made by assignment in a CommonJS program (Global scope)',
    source: ['hits = 0;', 'function hit() {', '  hits += 1;', '}', 'hit();', 'hit();', 'console.log(hits);'],
    row: { line: 5, scope: 'Global', name: 'hits' },
    changes: ['hits: 0 → 1 (line 5)', 'hits: 1 → 2 (line 6)'],
  },
  {
    title: 'an object property, deleted at the end',
    source: ['const point = { x: 1, y: 2 };', 'point.x = 1;', 'point.y = 5;', 'point.x = 3;', 'delete point.x;', 'point.x = 4;', 'point.y = 0;'],
    row: { line: 2, scope: 'Local', holder: 'point', name: 'x' },
    changes: ['x: 1 → 3 (line 4)', 'x: 3 → (no such property) (line 5)', 'x: (no such property) → 4 (line 6)'],
  },
  {
    title: 'an array element',
    source: ['const list = [1, 2];', 'list[0] = 1;', 'list.push(3);', 'list[0] = 7;', 'list.length = 0;', 'console.log(list);'],
    row: { line: 2, scope: 'Local', holder: 'list', name: '0' },
    changes: ['0: 1 → 7 (line 4)', '0: 7 → (no such property) (line 5)'],
  },
  {
    title: 'a binding leaving the TDZ',
    source: ['{', '  const before = 1;', '  let later = before + 1;', '  later = 3;', '}', 'console.log();'],
    row: { line: 2, scope: 'Block', name: 'later' },
    changes: ['later: <uninitialized (TDZ)> → 2 (line 3)', 'later: 2 → 3 (line 4)'],
  },
];

describe('engine data watches: a stop where the watched value changes', () => {
  for (const c of cases) {
    it(c.title, () => {
      const { run, dbg } = start(c);
      const { dataId } = dataIdAt(c, run, dbg);
      assert.deepEqual(dbg.setDataWatches([dataId]), [{ dataId, verified: true }]);
      assert.deepEqual(changes(run, dbg), c.changes);
    });
  }

  it('describes the row it watches and refuses a getter with the reason', () => {
    const source = ['function total() {', '  const box = { get size() { return 1; }, n: 2 };', '  return box.n;', '}', 'total();'];
    const c: Case = { title: '', source, row: { line: 3, scope: 'Local', name: 'box' }, changes: [] };
    const { run, dbg } = start(c);
    assert.equal(dataIdAt(c, run, dbg).description, 'box (Local of total())');
    const box = dbg.evaluate('box');
    assert.ok(box.ok);
    const place = { frameIndex: 0, path: 'box' };
    assert.equal(dbg.dataTarget(box.value.handle, 'n', place).description, 'n (property of Object)');
    const getter = dbg.dataTarget(box.value.handle, 'size', place);
    assert.equal(getter.dataId, null);
    assert.match(getter.description, /getter\/setter/);
    assert.equal(dbg.dataTarget(box.value.handle, 'n').dataId, null, 'an object without a path cannot be found by a replay');
    assert.equal(dbg.dataTarget(box.value.handle, '[[Prototype]]', place).dataId, null, 'an internal row is no own property');
    assert.equal(dbg.dataTarget(box.value.handle, 'n', { frameIndex: 0, path: 'other' }).dataId, null, 'a path that reaches another value is refused');
  });

  it('recorder mode records each change at its step and runs to the end', () => {
    const c = cases[0];
    const stopped = start(c);
    const { dataId } = dataIdAt(c, stopped.run, stopped.dbg);
    stopped.dbg.setDataWatches([dataId]);
    const steps: number[] = [];
    stopped.dbg.continue();
    while (next(stopped.run)) { steps.push(stopped.dbg.stop()!.step); stopped.dbg.continue(); }

    const recorded = start(c);
    const again = dataIdAt(c, recorded.run, recorded.dbg);
    assert.equal(again.dataId, dataId, 'the same moment names the same binding');
    const hits: string[] = [];
    recorded.dbg.recorder = { hit: (step, kind, text) => hits.push(`${step} ${kind} ${text}`) };
    recorded.dbg.setDataWatches([dataId]);
    recorded.dbg.continue();
    assert.equal(next(recorded.run), false, 'no stop: the run went on to its end');
    assert.deepEqual(hits, steps.map((s, i) => `${s} data ${c.changes[i]}`));
  });
});

describe('engine data watches: dataIds across replays', () => {
  /** The counter of case 2 with one more call before the watch is set at its last call. */
  const source = ['function makeCounter() {', '  let count = 0;', '  return () => {', '    count++;', '    return count;', '  };', '}', 'const tick = makeCounter();', 'tick();', 'tick();', 'tick();'];

  function replay(): { run: Agent; dbg: EngineDebugger } {
    const run = createAgent(source.join('\n'), { fileName: 'watch.js', startTime: 0 });
    return { run, dbg: run.attachDebugger(false) };
  }

  it('an anchored dataId resolves at its moment in a replay and gives a stable one that watches from the start', () => {
    const forward = replay();
    forward.dbg.setBreakpoints([{ line: 11 }]);
    assert.ok(next(forward.run));
    // The watch is set from inside tick, at its third call.
    forward.dbg.setBreakpoints([{ line: 4 }]);
    forward.dbg.continue();
    assert.ok(next(forward.run));
    const frameScope = forward.dbg.scopes(0).find((s) => s.name === 'Closure (makeCounter)')!;
    const { dataId } = forward.dbg.dataTarget(frameScope.handle, 'count');
    assert.ok(dataId);

    const first = replay();
    assert.deepEqual(first.dbg.setDataWatches([dataId]), [{ dataId, verified: true }]);
    first.dbg.continue();
    assert.equal(next(first.run), true);
    assert.equal(first.dbg.stop()!.change!.text, 'count: 2 → 3 (line 4)', 'watched from the moment it names');
    const stable = first.dbg.stableDataIds().get(dataId);
    assert.ok(stable && JSON.parse(stable).cell.kind === 'made', stable);

    const second = replay();
    second.dbg.setDataWatches([stable]);
    assert.deepEqual(changes(second.run, second.dbg), ['count: <uninitialized (TDZ)> → 0 (line 2)', 'count: 0 → 1 (line 4)', 'count: 1 → 2 (line 4)', 'count: 2 → 3 (line 4)']);
  });

  it('a property of an object made after a thousand collected ones keeps its ordinal through collections', () => {
    const churn = [
      'let kept = null;', 'for (let i = 0; i < 1000; i++) kept = { i, pad: [i, i, i] };', 'const box = { n: 0 };', 'box.n = 1;',
      'box.n = 2;', 'box.n = 3;', 'console.log(kept.i, box.n);',
    ];
    const fresh = (): { run: Agent; dbg: EngineDebugger } => {
      const run = createAgent(churn.join('\n'), { fileName: 'churn.js', startTime: 0, gcBudgetBytes: 4096 });
      return { run, dbg: run.attachDebugger(false) };
    };
    const forward = fresh();
    forward.dbg.setBreakpoints([{ line: 6 }]);
    assert.ok(next(forward.run));
    const local = forward.dbg.scopes(0).find((sc) => sc.name === 'Local')!;
    const box = forward.dbg.children(local.handle).find((v) => v.name === 'box')!;
    const { dataId } = forward.dbg.dataTarget(box.value.handle, 'n', { frameIndex: 0, path: 'box' });
    assert.ok(dataId && JSON.parse(dataId).cell.kind === 'atPath', dataId ?? '');
    assert.ok(forward.run.heapStats().collections > 0, 'the churn was collected');

    const first = fresh();
    first.dbg.setDataWatches([dataId]);
    assert.deepEqual(changes(first.run, first.dbg), ['n: 2 → 3 (line 6)']);
    const stable = first.dbg.stableDataIds().get(dataId)!;
    assert.equal(JSON.parse(stable).cell.kind, 'made');

    const second = fresh();
    second.dbg.setDataWatches([stable]);
    assert.deepEqual(changes(second.run, second.dbg), ['n: (no such property) → 0 (line 3)', 'n: 0 → 1 (line 4)', 'n: 1 → 2 (line 5)', 'n: 2 → 3 (line 6)']);

    // As a session swaps in a replayed agent: watches installed before its first step, the run
    // taken to a moment (here: its second change), then the session's watches set again there.
    const swapped = fresh();
    swapped.dbg.setDataWatches([stable]);
    for (let i = 0; i < 2; i++) { swapped.dbg.continue(); assert.ok(next(swapped.run)); }
    assert.equal(swapped.dbg.stop()!.change!.text, 'n: 0 → 1 (line 4)');
    assert.deepEqual(swapped.dbg.setDataWatches([stable]), [{ dataId: stable, verified: true }]);
    assert.deepEqual(changes(swapped.run, swapped.dbg), ['n: 1 → 2 (line 5)', 'n: 2 → 3 (line 6)']);
  });

  it('a run that cannot find a dataId says so', () => {
    const late = replay();
    late.dbg.setBreakpoints([{ line: 10 }]);
    assert.ok(next(late.run));
    const made = JSON.stringify({ cell: { kind: 'made', ordinal: 1 }, what: 'binding', name: 'count' });
    const [placed] = late.dbg.setDataWatches([made, 'nonsense']);
    assert.equal(placed.verified, false);
    assert.match(placed.message!, /another run/);

    // An anchored name whose frame runs another function at its moment finds nothing, rather than a wrong cell.
    const forward = replay();
    forward.dbg.setBreakpoints([{ line: 4 }]);
    assert.ok(next(forward.run));
    const closure = forward.dbg.scopes(0).find((sc) => sc.name === 'Closure (makeCounter)')!;
    const real = JSON.parse(forward.dbg.dataTarget(closure.handle, 'count').dataId!);
    const wrongCode = JSON.stringify({ ...real, cell: { ...real.cell, code: '99:1' } });
    const right = replay();
    right.dbg.setDataWatches([JSON.stringify(real)]);
    assert.equal(changes(right.run, right.dbg).length, 3, 'the untouched name finds its cell');
    const other = replay();
    assert.deepEqual(other.dbg.setDataWatches([wrongCode]), [{ dataId: wrongCode, verified: true }]);
    assert.deepEqual(changes(other.run, other.dbg), []);
  });
});
