// The heap limit through the adapter: a stop where the program was, then the end with
// Node's FATAL line in the Debug Console and exit code 134; the maxHeapMB launch attribute.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { evaluate, launch, outputText, startClient, terminated, topFrame, type Client } from './support';

describe('adapter: heap limit', function () {
  this.timeout(30_000);
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); dc.defaultTimeout = 20_000; });
  afterEach(() => dc.stop());

  it('stops where the program ran out of heap, then ends with the FATAL line and exit code 134', async () => {
    const stop = await launch(dc, 'heap-growth.js', { stopOnEntry: false, maxHeapMB: 4 });
    assert.equal(stop.body.reason, 'exception');
    assert.match(stop.body.text ?? '', /^Heap limit of 4 MB reached \(live [\d.]+ MB\)$/);
    const top = await topFrame(dc);
    assert.equal(top.name, 'grow');
    assert.equal(top.line, 3);
    const info = await dc.exceptionInfoRequest({ threadId: 1 });
    assert.equal(info.body.exceptionId, 'FATAL ERROR');
    assert.equal(info.body.breakMode, 'unhandled');
    await assert.rejects(evaluate(dc, 'list.length'), /ran out of heap/);

    const exited = dc.waitForEvent('exited');
    const end = terminated(dc);
    await dc.continueRequest({ threadId: 1 });
    assert.equal(((await exited) as DebugProtocol.ExitedEvent).body.exitCode, 134);
    await end;
    assert.equal(outputText(dc, 'stderr'), 'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n');
  });

  it('refuses a maxHeapMB that is not a positive number', async () => {
    await assert.rejects(dc.launch({ program: 'x.js', maxHeapMB: -1 } as DebugProtocol.LaunchRequestArguments), /"maxHeapMB" must be a positive number/);
    await assert.rejects(dc.launch({ program: 'x.js', maxHeapMB: '64' } as DebugProtocol.LaunchRequestArguments), /"maxHeapMB" must be a number/);
  });
});
