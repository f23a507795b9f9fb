// The replay side of data breakpoints, as Reverse Continue uses it: watches installed in a
// fresh agent before its first step, a pass that learns stable dataIds, a scan that records
// each change's moment, and a replayed debugger whose data stops name the client breakpoint.
import * as assert from 'node:assert/strict';
import { createAgent, type Agent, type EngineDebugger } from '../../engine';
import { DataBreakpoints } from '../../adapter/dataBreakpoints';
import type { PausedRun } from '../../adapter/inspection';
import { VariableStore } from '../../adapter/variables';

const SOURCE = ['function makeCounter() {', '  let count = 0;', '  return () => {', '    count++;', '    return count;', '  };', '}', 'const tick = makeCounter();', 'tick();', 'tick();', 'tick();', 'console.log(tick());'].join('\n');

function fresh(): { run: Agent; dbg: EngineDebugger } {
  const run = createAgent(SOURCE, { fileName: 'counter.js', startTime: 0 });
  return { run, dbg: run.attachDebugger(false) };
}

/** Steps until a stop (true) or the end (false). */
function next(run: Agent): boolean {
  for (;;) {
    const r = run.step();
    if (r === 'paused') return true;
    if (r === 'done' || r === 'uncaught') return false;
  }
}

/** A replay with the session's watches installed before its first step, its changes recorded, run to its end. */
function scan(data: DataBreakpoints): { dbg: EngineDebugger; hits: string[] } {
  const { run, dbg } = fresh();
  data.prepare(dbg);
  const hits: string[] = [];
  dbg.recorder = { hit: (step, kind, text) => hits.push(`${step} ${kind} ${text}`) };
  assert.equal(next(run), false, 'recorded changes do not stop the run');
  return { dbg, hits };
}

describe('adapter: data breakpoints across replays', () => {
  it('an anchored watch becomes stable after one replay; then a scan sees every change and a replayed stop names the breakpoint', () => {
    const forward = fresh();
    forward.dbg.setBreakpoints([{ line: 5 }]);
    for (let i = 0; i < 3; i++) { assert.ok(next(forward.run)); forward.dbg.continue(); }
    assert.ok(next(forward.run), 'the fourth call');
    const variables = new VariableStore(forward.dbg, false, 1);
    const paused: PausedRun = { run: forward.run, dbg: forward.dbg, variables, source: {}, stop: { kind: 'engine', stop: forward.dbg.stop()! }, postMortem: undefined };
    const closure = variables.scopes(0).find((s) => s.name === 'Closure (makeCounter)')!;
    const data = new DataBreakpoints();
    data.attach(forward.dbg);
    const info = data.info(paused, { variablesReference: closure.variablesReference, name: 'count' });
    assert.equal(info.description, 'count (Local of makeCounter())');
    const [bp] = data.set([{ dataId: info.dataId! }]);
    assert.equal(bp.verified, true);
    const moment = forward.dbg.stop()!.step;
    assert.equal(data.stableAfter(), moment, 'anchored at the moment it was chosen');

    const first = scan(data);
    assert.deepEqual(first.hits, [], 'an anchored id is watched from its moment only, after the last increment');
    data.cleanup(first.dbg);
    assert.equal(data.stableAfter(), undefined);

    const second = scan(data);
    assert.deepEqual(second.hits.map((h) => h.split(' data ')[1]), ['count: <uninitialized (TDZ)> → 0 (line 2)', 'count: 0 → 1 (line 4)', 'count: 1 → 2 (line 4)', 'count: 2 → 3 (line 4)', 'count: 3 → 4 (line 4)']);

    // Going back to the fourth change's moment: watches in before the first step, the replay run there
    // (time travel seeks; here it passes the earlier changes' stops), then the session's watches attached.
    const target = Number(second.hits[3].split(' ')[0]);
    const replayed = fresh();
    data.prepare(replayed.dbg);
    while (next(replayed.run) && replayed.dbg.stop()!.step < target) replayed.dbg.continue();
    assert.equal(replayed.dbg.stop()!.step, target);
    data.attach(replayed.dbg);
    replayed.dbg.continue();
    assert.ok(next(replayed.run));
    assert.equal(replayed.dbg.stop()!.step, Number(second.hits[4].split(' ')[0]), 'the next change stops at the moment the scan recorded');
    const text = data.takeStopText('data');
    assert.deepEqual(text, { reason: 'data breakpoint', description: 'Paused on data breakpoint · count: 3 → 4 (line 4)', text: 'count: 3 → 4 (line 4)', hitBreakpointIds: [bp.id] });
  });
});
