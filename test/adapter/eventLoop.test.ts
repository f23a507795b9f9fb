// The event loop over DAP: the `eventLoopState` request and `eventLoopChanged` event at
// chosen stops, task stops ("Event loop: timer #1 -> later()") and the label frame.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { EventLoopSnapshot as Snapshot } from '../../adapter/protocol';
import { evaluate, frames, launch, resumeTo, startClient, type Client } from './support';

async function loopState(dc: Client): Promise<Snapshot> {
  return (await dc.customRequest('eventLoopState')).body as Snapshot;
}

describe('adapter: event loop', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('answers eventLoopState and sends eventLoopChanged after each stop', async () => {
    const changed = dc.waitForEvent('eventLoopChanged');
    await launch(dc, 'eventLoop.js');
    const atEntry = (await changed).body as Snapshot;
    assert.equal(atEntry.phase, 'script');
    assert.deepEqual(atEntry.webApis, []);

    const [, event] = await Promise.all([
      resumeTo(dc, () => dc.continueRequest({ threadId: 1 })),
      dc.waitForEvent('eventLoopChanged'),
    ]);
    const state = await loopState(dc);
    assert.deepEqual((event as DebugProtocol.Event).body, state);
    assert.deepEqual(state.webApis.map((t) => `${t.kind} ${t.name} due ${t.due}`), ['timeout later due 10']);
    assert.deepEqual(state.microtasks.map((j) => `${j.kind} ${j.name}`), ['promise reaction cb']);
    assert.equal(state.current?.label, 'main script');
  });

  it('steps from the script into the queued tasks, each shown with its origin', async () => {
    let stop = await launch(dc, 'eventLoop.js', { stopOnEntry: false });
    assert.equal(stop.body.reason, 'pause');
    assert.equal(stop.body.description, 'Paused on debugger statement · Execution phase');
    stop = await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    assert.equal(stop.body.description, 'Event loop: microtask: promise reaction -> cb');
    const atTask = await frames(dc);
    assert.deepEqual(atTask.map((f) => f.name), ['cb', 'microtask: promise reaction -> cb']);
    assert.ok(atTask[0].line === 0 || atTask[0].line === 5, 'no position, or the callback\'s own');
    stop = await resumeTo(dc, () => dc.stepInRequest({ threadId: 1 }));
    assert.equal(stop.body.description, 'Creation phase of cb(): declarations hoisted');
    const stack = await frames(dc);
    assert.deepEqual(stack.map((f) => f.name), ['cb', 'microtask: promise reaction -> cb']);
    assert.equal(stack[1].presentationHint, 'label');
    assert.equal(stack[0].line, 5);
    assert.equal((await loopState(dc)).microtasks.length, 0);

    stop = await resumeTo(dc, () => dc.stepOutRequest({ threadId: 1 }));
    assert.equal(stop.body.description, 'Event loop: timer #1 -> later()');
    assert.equal((await frames(dc))[0].line, 2, 'the timer callback is shown where it is defined');
    stop = await resumeTo(dc, () => dc.stepInRequest({ threadId: 1 }));
    const timerStack = await frames(dc);
    assert.match(stop.body.description ?? '', /later/);
    assert.deepEqual(timerStack.map((f) => f.name), ['later', 'timer #1 -> later()']);
    const state = await loopState(dc);
    assert.equal(state.time, 10);
    assert.equal(state.current?.label, 'timer #1 -> later()');
  });

  it('shows the virtual time a busy loop in the script took; evaluating clock reads does not move it', async () => {
    await launch(dc, 'busyWait.js', { stopOnEntry: false });
    const before = (await loopState(dc)).time;
    const [, event] = await Promise.all([
      resumeTo(dc, () => dc.continueRequest({ threadId: 1 })),
      dc.waitForEvent('eventLoopChanged'),
    ]);
    const after = await loopState(dc);
    assert.equal(before, 0);
    assert.equal(after.time, 50, 'the loop ends at the first ms it sees 50 ms passed');
    assert.equal(((event as DebugProtocol.Event).body as Snapshot).time, 50);
    const reads = [];
    for (let i = 0; i < 3; i++) reads.push((await evaluate(dc, 'performance.now()')).body.result);
    assert.equal(new Set(reads).size, 1, `an evaluation runs outside the program's time: ${reads.join(', ')}`);
    assert.equal((await loopState(dc)).time, 50);
  });
});
