// Pausing a run that never yields: `while (true) {}` must stop soon after the pause
// request (the adapter runs the engine in slices), and continue and pause again.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { frames, launch, outputText, program, startClient, terminated, type Client } from './support';

async function pauseLatency(dc: Client): Promise<{ ms: number; stop: DebugProtocol.StoppedEvent }> {
  const started = process.hrtime.bigint();
  const [stop] = await Promise.all([dc.waitForEvent('stopped'), dc.pauseRequest({ threadId: 1 })]);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { ms, stop: stop as DebugProtocol.StoppedEvent };
}

describe('adapter: pause', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('pauses `while (true) {}` quickly, and again after continuing', async () => {
    await launch(dc, 'loop.js');
    await dc.continueRequest({ threadId: 1 });
    const latencies: number[] = [];
    for (let i = 0; i < 3; i++) {
      await new Promise((r) => setTimeout(r, 150));
      const { ms, stop } = await pauseLatency(dc);
      latencies.push(ms);
      assert.equal(stop.body.reason, 'pause');
      assert.equal(stop.body.description, 'Paused · Execution phase');
      const [top] = await frames(dc);
      assert.equal(top.name, '(global)');
      assert.equal(top.line, 3);
      await dc.continueRequest({ threadId: 1 });
    }
    console.log(`      pause latency (request to stopped event): ${latencies.map((ms) => `${ms.toFixed(1)} ms`).join(', ')}`);
    for (const ms of latencies) assert.ok(ms < 1000, `paused after ${ms} ms`);
    assert.match(outputText(dc, 'stdout'), /spinning/);
  });

  it('pauses while real-time timers wait, and runs them when continued', async () => {
    await Promise.all([dc.configurationSequence(), dc.launch({ program: program('realTime.js'), stopOnEntry: false, realTime: true })]);
    await new Promise((r) => setTimeout(r, 200));
    const { ms, stop } = await pauseLatency(dc);
    assert.ok(ms < 1000, `paused after ${ms} ms`);
    assert.equal(stop.body.reason, 'pause');
    assert.match(stop.body.description ?? '', /^Event loop: idle, waiting \d+ ms for the next timer$/);
    assert.deepEqual(await frames(dc), []);
    const state = (await dc.customRequest('eventLoopState')).body as { webApis: { name: string }[] };
    assert.deepEqual(state.webApis.map((t) => t.name), ['late']);
    const end = terminated(dc);
    await dc.continueRequest({ threadId: 1 });
    await end;
    assert.equal(outputText(dc, 'stdout'), 'waiting\nlate\n');
  });
});
