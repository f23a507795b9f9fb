// Several agents in one process: each has its own realm, machine and event loop; their
// debuggers number handles from one shared space, so no two agents give out the same
// handle; and what is nondeterministic (clock, random, console) comes from each one's host.
import assert from 'node:assert/strict';
import { createAgent, HandleSpace, type Agent, type ConsoleEvent, type EngineDebugger } from '../../engine';

const PROGRAM = `
const point = { x: 1, nested: { y: [1, 2, 3] } };
function inner(a) { const local = [a, point]; debugger; return local; }
inner({ arg: true });
`;

/** An agent of PROGRAM paused at its `debugger` statement, its handles from `space`. */
function pausedAgent(space: HandleSpace): { agent: Agent; dbg: EngineDebugger } {
  const agent = createAgent(PROGRAM, { fileName: 't.js' });
  const dbg = agent.attachDebugger(false, space);
  for (let guard = 0; guard < 1000 && agent.step() !== 'paused';) guard++;
  assert.equal(dbg.stop()?.kind, 'debugger');
  return { agent, dbg };
}

/** Every handle the debugger gives out while a client looks at frames, scopes and two levels of children. */
function handlesSeen(dbg: EngineDebugger): number[] {
  const out: number[] = [];
  const expand = (handle: number, depth: number): void => {
    if (handle === 0) return;
    out.push(handle);
    if (depth > 0) for (const c of dbg.children(handle)) expand(c.value.handle, depth - 1);
  };
  dbg.frames().forEach((f, i) => {
    expand(f.thisValue.handle, 0);
    for (const s of [dbg.chainScope(i), ...dbg.scopes(i)]) if (s) expand(s.handle, 2);
  });
  return out;
}

/** Runs `source` to its end and returns its console lines. */
function output(source: string, host: { seed?: number; startTime?: number; wallClock?: () => number }): string[] {
  const lines: string[] = [];
  const outcome = createAgent(source, { fileName: 't.js', ...host, onConsole: (e: ConsoleEvent) => lines.push(e.text) }).runToEnd();
  assert.equal(outcome.kind, 'completed');
  return lines;
}

describe('agents', () => {
  it('hand out disjoint handles when their debuggers share a handle space, and know only their own', () => {
    const space = new HandleSpace();
    const a = pausedAgent(space);
    const b = pausedAgent(space);
    // Interleaved, as a client looking at two threads would.
    const seen = [handlesSeen(a.dbg), handlesSeen(b.dbg), handlesSeen(a.dbg)];
    const ofA = [...seen[0], ...seen[2]];
    const ofB = seen[1];
    assert.ok(ofA.length > 20 && ofB.length > 10, `handles made: ${ofA.length}, ${ofB.length}`);
    assert.deepEqual(ofA.filter((h) => ofB.includes(h)), []);
    assert.equal(new Set(ofA).size, ofA.length, 'no handle given twice');
    assert.ok(ofA.every((h) => a.dbg.has(h) && !b.dbg.has(h)));
    assert.ok(ofB.every((h) => b.dbg.has(h) && !a.dbg.has(h)));
  });

  it('keep their own globals and event loops', () => {
    const space = new HandleSpace();
    const a = pausedAgent(space);
    const b = pausedAgent(space);
    assert.ok(a.dbg.evaluate('globalThis.mark = "a"; setTimeout(() => {}, 5)').ok);
    const mark = b.dbg.evaluate('typeof globalThis.mark');
    assert.ok(mark.ok);
    assert.equal(mark.text, 'undefined');
    assert.equal(a.agent.eventLoopSnapshot().webApis.length, 1);
    assert.equal(b.agent.eventLoopSnapshot().webApis.length, 0);
  });

  it('take the clock, the random seed and console output from their host', () => {
    const program = 'console.log(Date.now(), new Date().getUTCFullYear()); console.log(Math.random())';
    const [time, random] = output(program, { wallClock: () => Date.UTC(2001, 0, 1) });
    const [ms, year] = time.split(' ').map(Number);
    assert.equal(year, 2001);
    assert.ok(ms >= Date.UTC(2001, 0, 1) && ms < Date.UTC(2001, 0, 1) + 1000, `${ms}`);
    assert.equal(output(program, { startTime: Date.UTC(1999, 0, 1) })[0].split(' ')[1], '1999');
    assert.equal(output(program, { wallClock: () => 0, seed: 1 })[1], random);
    assert.notEqual(output(program, { wallClock: () => 0, seed: 2 })[1], random);
  });
});
