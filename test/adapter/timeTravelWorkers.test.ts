// Going back in a program that started a worker: a replay remakes the whole group (the main
// agent and its workers, in the same turns), so Step Back, Reverse Continue and gotoMoment
// show every thread as it was at the main thread's moment, and going forwards again prints
// each line once. A worker's thread does not go back by itself, and says so.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { launch, outputText, program, resumeTo, startClient, topFrame, watchValue, type Client } from './support';

const MAIN = program('workers/travel.js');
const ECHO = program('workers/echo.js');
const WORKER_THREAD = 2;
/** What Node prints for workers/travel.js. */
const FULL_OUTPUT = 'main starts\nworker starts\nworker got 0\nmain got 1\nworker got 1\nmain got 12\nworker exit 0\n';

/** Every thread with its stack and its event loop: what the learner sees of a moment. */
async function picture(dc: Client): Promise<{ id: number; name: string; frames: string[]; loop: unknown }[]> {
  const out = [];
  for (const t of (await dc.threadsRequest()).body.threads) {
    const frames = (await dc.stackTraceRequest({ threadId: t.id })).body.stackFrames;
    const loop: unknown = (await dc.customRequest('eventLoopState', { threadId: t.id })).body;
    out.push({ id: t.id, name: t.name, frames: frames.map((f) => `${f.name}:${f.line}`), loop });
  }
  return out;
}

/** The thread events from now on, as `reason id`. */
function threadEvents(dc: Client): string[] {
  const seen: string[] = [];
  dc.on('thread', (e: DebugProtocol.ThreadEvent) => seen.push(`${e.body.reason} ${e.body.threadId}`));
  return seen;
}

/** Clears the breakpoints and continues to the end of the run. */
async function runToEnd(dc: Client): Promise<void> {
  await dc.setBreakpointsRequest({ source: { path: MAIN }, breakpoints: [] });
  const ended = dc.waitForEvent('exited', 30_000) as Promise<DebugProtocol.ExitedEvent>;
  await dc.continueRequest({ threadId: 1 });
  assert.equal((await ended).body.exitCode, 0);
}

async function timelineStep(dc: Client): Promise<number> {
  return ((await dc.customRequest('timeline')).body as { current: number }).current;
}

describe('adapter: time travel with workers', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('Step Back over `new Worker` removes the worker\'s thread; stepping on starts it again; the output is printed once', async () => {
    await launch(dc, 'workers/travel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: MAIN }, breakpoints: [{ line: 6 }] }));
    const live = await picture(dc);
    assert.deepEqual(live.map((t) => [t.id, t.name, t.frames]), [[1, 'main', ['(global):6']], [WORKER_THREAD, 'worker 1 (echo.js)', ['(global):1']]]);
    const events = threadEvents(dc);
    const order: string[] = [];
    dc.on('stopped', () => order.push('stopped'));
    dc.on('thread', (e: DebugProtocol.ThreadEvent) => order.push(`${e.body.reason} ${e.body.threadId}`));
    const back = await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1 }));
    assert.match(back.body.description ?? '', /^Stepped back to step \d+/);
    assert.equal((await topFrame(dc)).line, 5);
    assert.deepEqual(events, [`exited ${WORKER_THREAD}`]);
    // After the stop: sent before it, VS Code's Variables pane kept asking for the old stop's frame.
    assert.deepEqual(order, ['stopped', `exited ${WORKER_THREAD}`], 'the thread event follows the stopped event');
    assert.deepEqual((await dc.threadsRequest()).body.threads.map((t) => t.id), [1], 'the worker has not started at this moment');
    await assert.rejects(dc.stackTraceRequest({ threadId: WORKER_THREAD }), /Unknown threadId 2/);
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    assert.deepEqual(events, [`exited ${WORKER_THREAD}`, `started ${WORKER_THREAD}`]);
    assert.deepEqual(await picture(dc), live, 'the same moment as the first time, every thread');
    await runToEnd(dc);
    assert.equal(outputText(dc, 'stdout'), FULL_OUTPUT);
  });

  it('Reverse Continue over a message exchange: both threads as they were; forwards again, nothing printed twice', async () => {
    await launch(dc, 'workers/travel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: MAIN }, breakpoints: [{ line: 8 }] }));
    // At each hit the worker waits for main's next message: its state is that of the moment.
    const firstHit = await picture(dc);
    assert.equal(await watchValue(dc, 'replies'), '0');
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    const secondHit = await picture(dc);
    assert.equal(await watchValue(dc, 'replies'), '1');
    assert.equal(outputText(dc, 'stdout'), 'main starts\nworker starts\nworker got 0\nmain got 1\nworker got 1\n');
    const back = await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    assert.deepEqual([back.body.reason, back.body.threadId, back.body.allThreadsStopped], ['breakpoint', 1, true]);
    assert.equal(await watchValue(dc, 'replies'), '0');
    assert.deepEqual(await picture(dc), firstHit);
    assert.match(outputText(dc, 'console'), /— later output: the 2 lines above have not happened yet at step \d+ —/);
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'replies'), '1');
    assert.deepEqual(await picture(dc), secondHit, 'the replayed worker answered main\'s message again');
    await runToEnd(dc);
    assert.equal(outputText(dc, 'stdout'), FULL_OUTPUT);
  });

  it('gotoMoment goes back before the exchange and forwards to a later moment, every thread with it', async () => {
    await launch(dc, 'workers/travel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: MAIN }, breakpoints: [{ line: 6 }, { line: 8 }] }));
    const early = await picture(dc);
    const earlyStep = await timelineStep(dc);
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    const late = await picture(dc);
    const lateStep = await timelineStep(dc);
    let stop = await resumeTo(dc, () => dc.customRequest('gotoMoment', { step: earlyStep }));
    assert.match(stop.body.description ?? '', new RegExp(`^Went back to step ${earlyStep}`));
    assert.deepEqual(await picture(dc), early);
    stop = await resumeTo(dc, () => dc.customRequest('gotoMoment', { step: lateStep }));
    assert.match(stop.body.description ?? '', new RegExp(`^Went forward to step ${lateStep}`));
    assert.deepEqual(await picture(dc), late);
    await runToEnd(dc);
    assert.equal(outputText(dc, 'stdout'), FULL_OUTPUT);
  });

  it('going back from after the worker ended brings its thread back, as it was', async () => {
    await launch(dc, 'workers/travel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: MAIN }, breakpoints: [{ line: 8 }, { line: 12, column: 29 }] }));
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    const secondHit = await picture(dc);
    const ended = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(ended.body.threadId, 1);
    assert.equal((await topFrame(dc)).line, 12, 'in the exit listener');
    assert.deepEqual((await dc.threadsRequest()).body.threads.map((t) => t.id), [1]);
    const events = threadEvents(dc);
    await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    // A round trip: the thread events follow the stopped event, so they are in once a response is.
    assert.deepEqual((await dc.threadsRequest()).body.threads.map((t) => t.id), [1, WORKER_THREAD]);
    assert.deepEqual(events, [`started ${WORKER_THREAD}`]);
    assert.deepEqual(await picture(dc), secondHit);
    await runToEnd(dc);
    assert.equal(outputText(dc, 'stdout'), FULL_OUTPUT);
  });

  it('after going back, a breakpoint in the worker\'s file stops the replayed worker', async () => {
    await launch(dc, 'workers/travel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: MAIN }, breakpoints: [{ line: 8 }] }));
    await dc.setBreakpointsRequest({ source: { path: ECHO }, breakpoints: [{ line: 7 }] });
    await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1 }));
    assert.equal((await topFrame(dc)).line, 7);
    await dc.setBreakpointsRequest({ source: { path: MAIN }, breakpoints: [] });
    const stop = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.deepEqual([stop.body.reason, stop.body.threadId], ['breakpoint', WORKER_THREAD]);
    const [top] = (await dc.stackTraceRequest({ threadId: WORKER_THREAD })).body.stackFrames;
    assert.deepEqual([top.source?.path, top.line], [ECHO, 7]);
    assert.equal((await dc.evaluateRequest({ expression: 'n', frameId: top.id, context: 'watch' })).body.result, '1', 'main\'s second message, posted again by the replayed run');
    await dc.setBreakpointsRequest({ source: { path: ECHO }, breakpoints: [] });
    await runToEnd(dc);
    assert.equal(outputText(dc, 'stdout'), FULL_OUTPUT);
  });

  it('Reverse Continue to a conditional breakpoint scans the replayed group; Step Back by instruction replays it too', async () => {
    await launch(dc, 'workers/travel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: MAIN }, breakpoints: [{ line: 9, condition: 'replies >= 1' }] }));
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'm'), '12');
    const back = await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    assert.match(back.body.description ?? '', /^Reverse Continue: breakpoint hit at step \d+/);
    assert.equal(await watchValue(dc, 'm'), '1');
    const hit = await timelineStep(dc);
    const byInstruction = await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1, granularity: 'instruction' }));
    assert.match(byInstruction.body.description ?? '', new RegExp(`^Stepped back to step ${hit - 1} \\(\\+\\d+ instructions\\)`));
    assert.equal(await watchValue(dc, 'replies'), '1', 'the last instruction of line 8');
    await runToEnd(dc);
    assert.equal(outputText(dc, 'stdout'), FULL_OUTPUT);
  });

  it('a worker\'s thread does not go back by itself, and says where to', async () => {
    await launch(dc, 'workers/travel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: MAIN }, breakpoints: [{ line: 8 }] }));
    const refusal = /Going back is asked from the main thread: select it in the Call Stack and step back there; every worker goes back with it to that moment\.$/;
    await assert.rejects(dc.stepBackRequest({ threadId: WORKER_THREAD }), refusal);
    await assert.rejects(dc.reverseContinueRequest({ threadId: WORKER_THREAD }), refusal);
    // The main thread still goes back.
    await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1 }));
    assert.equal((await topFrame(dc)).line, 7);
  });

  it('a change made in the main thread is made again by the group\'s replays', async () => {
    await launch(dc, 'workers/travel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: MAIN }, breakpoints: [{ line: 8 }] }));
    await dc.evaluateRequest({ expression: 'replies = -5', frameId: (await topFrame(dc)).id, context: 'repl' });
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'm'), '-38', 'the worker answered main\'s changed message');
    await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'replies'), '-5');
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'm'), '-38');
    await runToEnd(dc);
    assert.equal(outputText(dc, 'stdout'), 'main starts\nworker starts\nworker got 0\nmain got 1\nworker got -4\nmain got -38\nworker exit 0\n');
  });

  it('a change made in a worker\'s thread turns going back off, and says why', async () => {
    await launch(dc, 'workers/travel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: ECHO }, breakpoints: [{ line: 7 }] }));
    const [top] = (await dc.stackTraceRequest({ threadId: WORKER_THREAD })).body.stackFrames;
    await dc.evaluateRequest({ expression: 'seen = 100', frameId: top.id, context: 'repl' });
    assert.match(outputText(dc, 'console'), /`seen = 100` changed worker 1 \(echo\.js\)'s run, and a replay remakes the workers without it: going back is off/);
    await assert.rejects(dc.stepBackRequest({ threadId: 1 }), /Going back is off: `seen = 100` changed a worker's run/);
  });
});
