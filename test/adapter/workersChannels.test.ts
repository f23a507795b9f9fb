// A MessagePort given to a worker, in the debugger: a message the worker posts on it waits under
// the main thread's Web APIs until main's poll phase takes it, named with its channel, and with
// its route (sender and receiver threads, the channel) for the Event Loop view to draw.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { launch, program, resumeTo, startClient, type Client } from './support';

const WORKER = program('channels/worker.js');
const WORKER_THREAD = 2;

type Loop = { webApis: { kind: string; name: string; label?: string; route?: { from: number; to: number; via: string } }[] };

/** Runs to the worker's line after its postMessage on the port (a breakpoint there). */
async function stopAtPost(dc: Client): Promise<void> {
  await launch(dc, 'channels/main.js', { stopOnEntry: true }, async () => {
    await dc.setBreakpointsRequest({ source: { path: WORKER }, breakpoints: [{ line: 5 }] });
  });
  const stop = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
  assert.equal(stop.body.threadId, WORKER_THREAD);
}

describe('adapter: a MessagePort between two threads', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it("a message on a port waits under the receiving thread's Web APIs, with its route", async () => {
    await stopAtPost(dc);
    const ofMain = (await dc.customRequest('eventLoopState', { threadId: 1 })).body as Loop;
    const entry = ofMain.webApis.find((t) => t.kind === 'message' && t.name.includes('channel'));
    assert.deepEqual(entry && { name: entry.name, route: entry.route }, {
      name: 'message from worker 1 on channel 1 port2 to port1',
      route: { from: 1, to: 0, via: 'channel 1 port2 to port1' },
    }, JSON.stringify(ofMain.webApis));
    const ofWorker = (await dc.customRequest('eventLoopState', { threadId: WORKER_THREAD })).body as Loop;
    assert.ok(!ofWorker.webApis.some((t) => t.kind === 'message'), 'the sender holds nothing of it');
  });

  it("continued, the run ends as Node's: main takes the message, both ends close, the worker exits", async () => {
    await stopAtPost(dc);
    const ended = dc.waitForEvent('exited', 30_000) as Promise<DebugProtocol.ExitedEvent>;
    await dc.continueRequest({ threadId: WORKER_THREAD });
    assert.equal((await ended).body.exitCode, 0);
    const stdout = dc.outputs.filter((e) => e.body.category === 'stdout').map((e) => e.body.output).join('');
    assert.equal(stdout, 'main got through the port\nworker exited with 0\n');
  });

  it('Step Back and Reverse Continue work in a program whose MessageChannel stays in the main thread (a replay remakes its ports)', async () => {
    const IN_MAIN = program('channels/inMain.js');
    await launch(dc, 'channels/inMain.js', { stopOnEntry: true }, async () => {
      await dc.setBreakpointsRequest({ source: { path: IN_MAIN }, breakpoints: [{ line: 4 }] });
    });
    const gotAt = async (): Promise<string> => {
      const frame = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames[0];
      return `${frame.line}: got=${(await dc.evaluateRequest({ expression: 'got', frameId: frame.id })).body.result}`;
    };
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await gotAt(), '4: got=0');
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await gotAt(), '4: got=1');
    const back = await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    assert.match(back.body.description ?? '', /^Reverse Continue/);
    assert.equal(await gotAt(), '4: got=0');
    await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await gotAt(), '4: got=0', 'forwards again, the replayed run takes the same first message');
  });
});
