// The `eventLoops` request, which the Event Loop view draws side by side with workers: every
// thread's loop, main's first, each naming its thread; a message posted and not taken yet
// is in its receiver's loop.
import * as assert from 'node:assert/strict';
import { launch, program, resumeTo, startClient, type Client } from './support';

const WORKER = program('workers/worker.js');

type Loop = { threadId: number; thread: string; phase: string; webApis: { kind: string; name: string }[] };

describe('adapter: eventLoops gives every thread\'s loop', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('one loop before a worker starts; then main\'s and the worker\'s, with the worker\'s message waiting in main\'s', async () => {
    await launch(dc, 'workers/main.js', { stopOnEntry: true }, async () => {
      await dc.setBreakpointsRequest({ source: { path: WORKER }, breakpoints: [{ line: 6 }] });
    });
    const before = (await dc.customRequest('eventLoops')).body as { loops: Loop[] };
    assert.deepEqual(before.loops.map((l) => [l.threadId, l.thread]), [[1, 'main']]);
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.nextRequest({ threadId: 2 }));
    const { loops } = (await dc.customRequest('eventLoops')).body as { loops: Loop[] };
    assert.deepEqual(loops.map((l) => [l.threadId, l.thread]), [[1, 'main'], [2, 'worker 1 (worker.js)']]);
    assert.ok(loops[0].webApis.some((t) => t.kind === 'message' && t.name === 'message from worker 1'), JSON.stringify(loops[0].webApis));
    assert.ok(!loops[1].webApis.some((t) => t.kind === 'message'), 'nothing on its way to the worker');
    const single = (await dc.customRequest('eventLoopState', { threadId: 2 })).body as Loop;
    assert.deepEqual({ ...single }, { ...loops[1] }, 'the same loop as eventLoopState gives for that thread');
  });
});
