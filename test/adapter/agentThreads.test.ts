// The session's thread table with two agents in it (as a worker will make): each request is
// routed to the agent its threadId, frameId or variablesReference belongs to.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { createAgent, HandleSpace } from '../../engine';
import { BreakpointTable } from '../../adapter/breakpoints';
import * as inspect from '../../adapter/inspection';
import { AgentThreads, MAIN_THREAD_ID, type AgentThread } from '../../adapter/threads';

const sink = { sendEvent: () => undefined, output: () => undefined, end: () => undefined };
const same = (p: { line: number; column: number }) => p;

/** Adds an agent of `source` as thread `id` and runs it to its entry stop, as the runner would. */
function addPaused(threads: AgentThreads, id: number, name: string, source: string): AgentThread {
  const t = threads.add({ id, name, agent: createAgent(source, { fileName: `${name}.js` }), programPath: `/app/${name}.js`, stopOnEntry: true, source: { name, path: `/app/${name}.js` }, specView: false });
  assert.equal(t.run.step(), 'paused');
  t.stop = { kind: 'engine', stop: t.dbg.stop()! };
  return t;
}

function body<T>(a: inspect.Answer<T>): T {
  assert.ok(a.ok, a.ok ? '' : a.message);
  return a.body;
}

describe('adapter: the thread table', () => {
  it('routes by threadId, frameId and variablesReference to the agent they belong to', () => {
    const threads = new AgentThreads(new HandleSpace(), new BreakpointTable(() => undefined), sink);
    const main = addPaused(threads, MAIN_THREAD_ID, 'main', 'let inMain = 1;');
    const worker = addPaused(threads, 2, 'worker', 'let inWorker = 2;');
    assert.deepEqual(threads.list().map((t) => [t.id, t.name]), [[1, 'main'], [2, 'worker']]);
    assert.equal(body(threads.named(2)), worker);
    assert.equal(threads.main, main);

    const frameOf = (t: AgentThread): DebugProtocol.StackFrame => inspect.stackTraceBody(t, { threadId: t.id }, same).stackFrames[0];
    const [mainFrame, workerFrame] = [frameOf(main), frameOf(worker)];
    assert.equal(body(threads.ofFrame(workerFrame.id)), worker);
    assert.equal(body(threads.ofFrame(mainFrame.id)), main);
    assert.equal(body(threads.ofFrame(undefined)), main, 'no frameId: the main thread');

    const scopeOf = (t: AgentThread, frameId: number) => body(inspect.scopesBody(t, { frameId })).scopes[0].variablesReference;
    const [mainScope, workerScope] = [scopeOf(main, mainFrame.id), scopeOf(worker, workerFrame.id)];
    assert.notEqual(mainScope, workerScope);
    assert.equal(body(threads.ofHandle(workerScope)), worker);
    assert.equal(body(threads.ofHandle(mainScope)), main);
    const names = (t: AgentThread, ref: number) => body(inspect.variablesBody(t, { variablesReference: ref })).variables.map((v) => v.name);
    assert.ok(names(worker, workerScope).includes('inWorker'));
    assert.ok(names(main, mainScope).includes('inMain'));

    // A frame of one thread is unknown to the other.
    assert.equal(inspect.scopesBody(main, { frameId: workerFrame.id }).ok, false);
    assert.deepEqual(threads.named(3), { ok: false, message: "Unknown threadId 3: this session's threads are 1 (main), 2 (worker)." });
    threads.clear();
    assert.deepEqual(threads.named(1), { ok: false, message: 'The program is not running.' });
  });
});

describe('adapter: breakpoints across agents', () => {
  /** Two agents, each running its own program, attached to one table and paused at entry. */
  function twoAgents(): { table: BreakpointTable; main: AgentThread; worker: AgentThread } {
    const table = new BreakpointTable(() => undefined);
    const threads = new AgentThreads(new HandleSpace(), table, sink);
    const main = addPaused(threads, MAIN_THREAD_ID, 'main', 'function step(n) {\n  return n + 1;\n}\nstep(1);');
    const worker = addPaused(threads, 2, 'worker', 'let w = 0;\nfunction step(n) {\n  return n * 2;\n}\nw = step(w);');
    return { table, main, worker };
  }
  const runTo = (t: AgentThread) => { t.dbg.continue(); assert.equal(t.run.step(), 'paused'); return t.dbg.stop()!; };

  it('places a file\'s line breakpoints in the agent running that file, with ids per debugger', () => {
    const { table, main, worker } = twoAgents();
    const [inWorker] = table.setLineBreakpoints('/app/worker.js', [{ line: 3 }]);
    const [inMain] = table.setLineBreakpoints('/app/main.js', [{ line: 2 }]);
    assert.deepEqual([inMain.verified, inWorker.verified], [true, true]);
    const mainStop = runTo(main), workerStop = runTo(worker);
    assert.equal(table.entryFor(main.dbg, mainStop.breakpointId), inMain);
    assert.equal(table.entryFor(worker.dbg, workerStop.breakpointId), inWorker);
    // Each debugger numbers its own breakpoints: the same engine id names a different entry in each.
    assert.equal(mainStop.breakpointId, workerStop.breakpointId);
  });

  it('places function breakpoints in every agent, and forgets the agents when the run ends', () => {
    const { table, main, worker } = twoAgents();
    const [bp] = table.setFunctionBreakpoints([{ name: 'step' }]);
    assert.equal(bp.verified, true);
    assert.equal(table.entryFor(main.dbg, runTo(main).breakpointId), bp);
    assert.equal(table.entryFor(worker.dbg, runTo(worker).breakpointId), bp);
    table.detachAll();
    assert.equal(table.setLineBreakpoints('/app/main.js', [{ line: 2 }])[0].message, 'The program has not started yet.');
  });
});
