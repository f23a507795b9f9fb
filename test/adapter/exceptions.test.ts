// Exception stops through the adapter: the "Uncaught Exceptions" filter (on by default),
// "All Exceptions", exceptionInfo, and the uncaught error reported on stderr at the end.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { evaluate, launch, outputText, program, resumeTo, startClient, terminated, topFrame, type Client } from './support';

describe('adapter: exceptions', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  const filters = (...f: string[]) => () => dc.setExceptionBreakpointsRequest({ filters: f });

  it('stops at an uncaught exception by default, then reports it on stderr and ends', async () => {
    const stop = await launch(dc, 'exceptions.js', { stopOnEntry: false }, filters('uncaught'));
    assert.equal(stop.body.reason, 'exception');
    assert.match(stop.body.description ?? '', /uncaught exception/);
    assert.equal((await topFrame(dc)).line, 2);
    assert.equal((await evaluate(dc, 'v')).body.result, '3');
    const info = await dc.exceptionInfoRequest({ threadId: 1 });
    assert.equal(info.body.exceptionId, 'TypeError');
    assert.equal(info.body.description, 'TypeError: too big: 3');
    assert.equal(info.body.breakMode, 'unhandled');
    assert.match(info.body.details?.stackTrace ?? '', /at risky/);
    assert.match(outputText(dc, 'stdout'), /caught too big: 2/);

    const exited = dc.waitForEvent('exited');
    const end = terminated(dc);
    await dc.continueRequest({ threadId: 1 });
    assert.equal(((await exited) as DebugProtocol.ExitedEvent).body.exitCode, 1);
    await end;
    assert.match(outputText(dc, 'stderr'), /Uncaught TypeError: too big: 3/);
  });

  it('with "All Exceptions" also stops where a caught exception is thrown', async () => {
    const stop = await launch(dc, 'exceptions.js', { stopOnEntry: false }, filters('all'));
    assert.equal(stop.body.reason, 'exception');
    assert.equal((await evaluate(dc, 'v')).body.result, '2');
    const info = await dc.exceptionInfoRequest({ threadId: 1 });
    assert.equal(info.body.breakMode, 'always');
    const second = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(second.body.reason, 'exception');
    assert.equal((await evaluate(dc, 'v')).body.result, '3');
  });

  it('with no filter runs to the end and reports the uncaught exception', async () => {
    const end = terminated(dc);
    await Promise.all([
      dc.waitForEvent('initialized').then(async () => {
        await dc.setExceptionBreakpointsRequest({ filters: [] });
        await dc.configurationDoneRequest();
      }),
      dc.launch({ program: program('exceptions.js'), stopOnEntry: false }),
    ]);
    await end;
    assert.match(outputText(dc, 'stderr'), /Uncaught TypeError: too big: 3\n\s+at risky/);
  });

  it('shows an unhandled promise rejection as an exception stop before the end', async () => {
    const stop = await launch(dc, 'rejection.js', { stopOnEntry: false });
    assert.equal(stop.body.reason, 'exception');
    assert.equal(stop.body.description, 'Event loop: unhandled promise rejection');
    const info = await dc.exceptionInfoRequest({ threadId: 1 });
    assert.match(info.body.description ?? '', /Error: nobody handles this/);
    const end = terminated(dc);
    await dc.continueRequest({ threadId: 1 });
    await end;
    assert.match(outputText(dc, 'stderr'), /Uncaught.*nobody handles this/);
  });
});
