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
