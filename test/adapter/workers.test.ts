// A program with a worker in the debugger: each agent is a DAP thread (thread events, the
// threads request), a breakpoint in the worker's file stops that thread with all threads
// stopped, each thread shows its own stack and scopes, stepping moves the worker, and Step
// Back goes back from the main thread only.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { launch, program, resumeTo, startClient, type Client } from './support';

const MAIN = program('workers/main.js');
const WORKER = program('workers/worker.js');
const WORKER_THREAD = 2;

/** Launches the worker program with a breakpoint at `line` of worker.js and runs to it. */
async function stopInWorker(dc: Client, line: number): Promise<DebugProtocol.StoppedEvent> {
  let asked: DebugProtocol.SetBreakpointsResponse | undefined;
  await launch(dc, 'workers/main.js', { stopOnEntry: true }, async () => {
    asked = await dc.setBreakpointsRequest({ source: { path: WORKER }, breakpoints: [{ line }] });
  });
  assert.equal(asked?.body.breakpoints[0].verified, false, 'no agent runs worker.js before the worker starts');
  return resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
}

async function stackOf(dc: Client, threadId: number): Promise<DebugProtocol.StackFrame[]> {
  return (await dc.stackTraceRequest({ threadId })).body.stackFrames;
}

async function localsOf(dc: Client, frameId: number): Promise<Record<string, string>> {
  const scopes = (await dc.scopesRequest({ frameId })).body.scopes;
  const vars = (await dc.variablesRequest({ variablesReference: scopes[0].variablesReference })).body.variables;
  return Object.fromEntries(vars.map((v) => [v.name, v.value]));
}

describe('adapter: a worker is a thread of its own', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('a breakpoint in the worker\'s file stops the worker thread; the threads request lists both', async () => {
    const started = dc.waitForEvent('thread') as Promise<DebugProtocol.ThreadEvent>;
    const verified = dc.waitForEvent('breakpoint') as Promise<DebugProtocol.BreakpointEvent>;
    const stop = await stopInWorker(dc, 4);
    assert.deepEqual([(await started).body.reason, (await started).body.threadId], ['started', WORKER_THREAD]);
    const changed = await verified;
    assert.deepEqual([changed.body.breakpoint.verified, changed.body.breakpoint.line, changed.body.breakpoint.source?.path], [true, 4, WORKER]);
    assert.deepEqual([stop.body.reason, stop.body.threadId, stop.body.allThreadsStopped], ['breakpoint', WORKER_THREAD, true]);
    const threads = (await dc.threadsRequest()).body.threads;
    assert.deepEqual(threads.map((t) => [t.id, t.name]), [[1, 'main'], [WORKER_THREAD, 'worker 1 (worker.js)']]);
    const loaded = ((await dc.customRequest('loadedSources')) as DebugProtocol.LoadedSourcesResponse).body.sources;
    assert.deepEqual(loaded.map((s) => s.path), [MAIN, WORKER]);
  });

  it('heapGraph draws the heap of the thread whose frame is asked for; a reveal and a collection go to that thread', async () => {
    await stopInWorker(dc, 4);
    type Graph = { thread: string; roots: { frame: number; name: string; value?: string; to: number | null }[]; heap: { collections: number } };
    const graphOf = async (frameId: number): Promise<Graph> => (await dc.customRequest('heapGraph', { frameId })).body as Graph;
    const worker = (await stackOf(dc, WORKER_THREAD))[0];
    const ofWorker = await graphOf(worker.id);
    assert.equal(ofWorker.thread, 'worker 1 (worker.js)');
    assert.equal(ofWorker.roots.find((r) => r.frame === 0 && r.name === 'count')?.value, '10', 'the worker\'s own binding');
    assert.ok(!ofWorker.roots.some((r) => r.name === 'busy'), 'nothing of main\'s heap');
    const data = ofWorker.roots.find((r) => r.name === 'workerData');
    const revealed = (await dc.customRequest('revealHeapObject', { id: data?.to })).body as { scope: string };
    const scopes = (await dc.scopesRequest({ frameId: worker.id })).body.scopes;
    assert.equal(scopes[0].name, revealed.scope, 'the revealed object heads the worker frame\'s scopes');
    const main = (await stackOf(dc, 1))[0];
    assert.notEqual((await dc.scopesRequest({ frameId: main.id })).body.scopes[0].name, revealed.scope, 'and not main\'s');
    const ofMain = await graphOf(main.id);
    assert.equal(ofMain.thread, 'main');
    assert.ok(ofMain.roots.some((r) => r.name === 'busy'));
    // Collect Garbage goes to the heap drawn last: main's now, then the worker's.
    await dc.customRequest('collectGarbage');
    assert.deepEqual([(await graphOf(worker.id)).heap.collections, (await graphOf(main.id)).heap.collections], [ofWorker.heap.collections, ofMain.heap.collections + 1]);
    await graphOf(worker.id);
    await dc.customRequest('collectGarbage');
    assert.equal((await graphOf(worker.id)).heap.collections, ofWorker.heap.collections + 1);
  });

  it('eventLoopChanged carries the stopped thread\'s loop; eventLoopState gives the loop of the thread asked for', async () => {
    const told: DebugProtocol.Event[] = [];
    dc.on('eventLoopChanged', (e: DebugProtocol.Event) => told.push(e));
    await stopInWorker(dc, 4);
    type Loop = { threadId: number; thread: string; phase: string };
    // The event follows the stopped event.
    for (let i = 0; i < 100 && !told.some((e) => (e.body as Loop).threadId === WORKER_THREAD); i++) await new Promise((r) => setTimeout(r, 20));
    const last = told.at(-1)?.body as Loop | undefined;
    assert.deepEqual([last?.threadId, last?.thread], [WORKER_THREAD, 'worker 1 (worker.js)']);
    const ofWorker = (await dc.customRequest('eventLoopState', { threadId: WORKER_THREAD })).body as Loop;
    assert.deepEqual([ofWorker.threadId, ofWorker.thread, ofWorker.phase], [WORKER_THREAD, 'worker 1 (worker.js)', 'script']);
    const ofMain = (await dc.customRequest('eventLoopState', {})).body as Loop;
    assert.deepEqual([ofMain.threadId, ofMain.thread], [1, 'main']);
  });

  it('a message posted and not yet taken waits under Web APIs in the receiving thread\'s loop', async () => {
    await stopInWorker(dc, 6);
    await resumeTo(dc, () => dc.nextRequest({ threadId: WORKER_THREAD }));
    type Loop = { webApis: { kind: string; name: string; due: number }[] };
    const ofMain = (await dc.customRequest('eventLoopState', { threadId: 1 })).body as Loop;
    assert.ok(ofMain.webApis.some((t) => t.kind === 'message' && t.name === 'message from worker 1'), JSON.stringify(ofMain.webApis));
  });

  it('each thread shows its own stack: the worker at its breakpoint, main where its turn left it', async () => {
    await stopInWorker(dc, 4);
    const worker = await stackOf(dc, WORKER_THREAD);
    assert.deepEqual([worker[0].source?.path, worker[0].line], [WORKER, 4]);
    const main = await stackOf(dc, 1);
    assert.ok(main.length > 0, 'main has frames: it is in its loop');
    assert.deepEqual([main[0].source?.path, main[0].line], [MAIN, 6]);
    assert.notEqual(worker[0].id, main[0].id);
  });

  it('Variables shows the selected thread\'s scopes', async () => {
    await stopInWorker(dc, 5);
    const [workerTop] = await stackOf(dc, WORKER_THREAD);
    const [mainTop] = await stackOf(dc, 1);
    const inWorker = await localsOf(dc, workerTop.id);
    assert.equal(inWorker.count, '11');
    assert.equal(inWorker.busy, undefined);
    const inMain = await localsOf(dc, mainTop.id);
    assert.ok('busy' in inMain && 'worker' in inMain, `main's scope: ${Object.keys(inMain).join(', ')}`);
    assert.equal(inMain.count, undefined);
  });

  it('stepping the worker thread stops it at its next line, with its threadId', async () => {
    await stopInWorker(dc, 4);
    const step = await resumeTo(dc, () => dc.nextRequest({ threadId: WORKER_THREAD }));
    assert.deepEqual([step.body.reason, step.body.threadId], ['step', WORKER_THREAD]);
    const [top] = await stackOf(dc, WORKER_THREAD);
    assert.deepEqual([top.source?.path, top.line], [WORKER, 5]);
    assert.equal((await localsOf(dc, top.id)).count, '11');
  });

  it('the worker\'s end is a thread exited event; the run ends as in Node', async () => {
    await stopInWorker(dc, 4);
    const exited = new Promise<DebugProtocol.ThreadEvent>((resolve) => dc.on('thread', (e) => { if (e.body.reason === 'exited') resolve(e as DebugProtocol.ThreadEvent); }));
    // The main thread's loop runs on after the worker ends: on a busy machine that takes seconds.
    const ended = dc.waitForEvent('exited', 30_000) as Promise<DebugProtocol.ExitedEvent>;
    await dc.continueRequest({ threadId: WORKER_THREAD });
    assert.equal((await exited).body.threadId, WORKER_THREAD);
    assert.equal((await ended).body.exitCode, 0);
    const stdout = dc.outputs.filter((e) => e.body.category === 'stdout').map((e) => e.body.output).join('');
    assert.equal(stdout, 'main got 13\nworker exit 0\n');
  });

  it('Step Back from the worker\'s thread refuses and names the main thread; from the main thread the group goes back by the virtual clock', async () => {
    await stopInWorker(dc, 4);
    const workerBack = await dc.stepBackRequest({ threadId: WORKER_THREAD }).then(() => undefined, (e: Error) => e.message);
    assert.match(workerBack ?? '', /^Going back is asked from the main thread/);
    const exited = dc.waitForEvent('thread') as Promise<DebugProtocol.ThreadEvent>;
    const back = await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1 }));
    assert.equal(back.body.threadId, 1);
    assert.equal((await stackOf(dc, 1))[0].line, 6, 'in the busy loop, where the worker\'s stop had left main');
    // On the clocks the worker's short run ended before that moment of main: its thread is gone, its messages wait in main's loop.
    assert.deepEqual([(await exited).body.reason, (await exited).body.threadId], ['exited', WORKER_THREAD]);
    assert.deepEqual((await dc.threadsRequest()).body.threads.map((t) => t.id), [1]);
    const loop = (await dc.customRequest('eventLoopState', { threadId: 1 })).body as { webApis: { label: string }[] };
    assert.deepEqual(loop.webApis.map((e) => e.label), ['online of worker 1', 'message from worker 1', 'exit of worker 1']);
  });

  it('an uncaught exception in the worker stops the worker thread; continued, it reaches the parent\'s error event', async () => {
    await launch(dc, 'workers/throwing.js', { stopOnEntry: true });
    const stop = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.deepEqual([stop.body.reason, stop.body.threadId], ['exception', WORKER_THREAD]);
    const [top] = await stackOf(dc, WORKER_THREAD);
    assert.equal(top.line, 2);
    const info = await dc.exceptionInfoRequest({ threadId: WORKER_THREAD });
    assert.match(info.body.description ?? '', /RangeError: over the limit 3/);
    const ended = dc.waitForEvent('exited', 30_000) as Promise<DebugProtocol.ExitedEvent>;
    await dc.continueRequest({ threadId: WORKER_THREAD });
    assert.equal((await ended).body.exitCode, 0);
    const stdout = dc.outputs.filter((e) => e.body.category === 'stdout').map((e) => e.body.output).join('');
    assert.equal(stdout, 'main heard: over the limit 3\nexit 1\n');
  });

  it('pausing stops every thread; one of them reports the stop', async () => {
    await launch(dc, 'workers/main.js', { stopOnEntry: true });
    const stop = await resumeTo(dc, async () => { await dc.continueRequest({ threadId: 1 }); await dc.pauseRequest({ threadId: 1 }); });
    assert.equal(stop.body.allThreadsStopped, true);
    assert.ok([1, WORKER_THREAD].includes(stop.body.threadId ?? 0));
  });
});
