// Agents as DAP threads: the program's own agent is thread 1, 'main'; a request naming a
// thread the session does not have is refused with the threads it does have.
import * as assert from 'node:assert/strict';
import { evaluate, frames, launch, resumeTo, startClient, type Client } from './support';

describe('adapter: threads', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('lists the main agent as thread 1, and its stops name it', async () => {
    const stopped = await launch(dc, 'hoisting.js');
    assert.equal(stopped.body.threadId, 1);
    const threads = (await dc.threadsRequest()).body.threads;
    assert.deepEqual(threads.map((t) => [t.id, t.name]), [[1, 'main']]);
    const next = await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    assert.equal(next.body.threadId, 1);
  });

  it('refuses every request that names an unknown threadId, and goes on', async () => {
    await launch(dc, 'hoisting.js');
    const requests: [string, () => Promise<unknown>][] = [
      ['stackTrace', () => dc.stackTraceRequest({ threadId: 7 })],
      ['continue', () => dc.continueRequest({ threadId: 7 })],
      ['next', () => dc.nextRequest({ threadId: 7 })],
      ['stepIn', () => dc.stepInRequest({ threadId: 7 })],
      ['stepOut', () => dc.stepOutRequest({ threadId: 7 })],
      ['pause', () => dc.pauseRequest({ threadId: 7 })],
      ['exceptionInfo', () => dc.exceptionInfoRequest({ threadId: 7 })],
    ];
    for (const [name, request] of requests) {
      await assert.rejects(request(), (e: Error) => {
        assert.equal(e.message, "Unknown threadId 7: this session's threads are 1 (main).", name);
        return true;
      });
    }
    // Nothing ran on: the entry stop is still there to inspect.
    assert.equal((await frames(dc)).length, 1);
    assert.equal((await evaluate(dc, 'typeof multiply')).body.result, '"function"');
  });
});
