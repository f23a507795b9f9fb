// Event-loop messages stay small with 100,000 pending timers: stops carry counts and the
// first and last entries per queue; the rest comes by `eventLoopEntries`, a part at a time.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { EventLoopSnapshot as Snapshot, LoopTimer as Timer } from '../../adapter/protocol';
import { launch, resumeTo, startClient, type Client } from './support';

describe('adapter: bounded event-loop messages', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('sends a small eventLoopChanged at every stop with 100,000 timers, and the rest on request', async () => {
    const changed = dc.waitForEvent('eventLoopChanged');
    await launch(dc, 'manyTimers.js', { stopOnEntry: false });
    const event = (await changed) as DebugProtocol.Event;
    const size = JSON.stringify(event).length;
    assert.ok(size < 20_000, `eventLoopChanged is ${size} bytes`);
    const snap = event.body as Snapshot;
    assert.equal(snap.counts.webApis, 100_000);
    assert.deepEqual(snap.omitted.webApis, { at: 25, count: 99_950 });
    assert.equal(snap.webApis.length, 50);
    // Due-time order: the first entries are due at 1 ms (0 counts as 1, as in Node), the last
    // 999 ms after they were made, which the clock moving with the loop puts a little later.
    const [first, last] = [snap.webApis[0].due, snap.webApis[49].due];
    assert.equal(first, 1);
    assert.ok(last >= 999 && last < 1010, `the last timer is due at ${last} ms`);

    const part = (await dc.customRequest('eventLoopEntries', { queue: 'webApis', start: 25, count: 10_000 })).body as { start: number; total: number; entries: Timer[] };
    assert.equal(part.total, 100_000);
    assert.equal(part.start, 25);
    assert.equal(part.entries.length, 500, 'one answer carries at most 500 entries');
    assert.deepEqual(Object.keys(part.entries[0]).sort(), Object.keys(snap.webApis[0]).sort(), 'entries as in the snapshot');
    assert.ok(part.entries.every((t, i) => i === 0 || part.entries[i - 1].due <= t.due));
    const state = (await dc.customRequest('eventLoopState')).body as Snapshot;
    assert.ok(JSON.stringify(state).length < 20_000);

    const [, next] = await Promise.all([resumeTo(dc, () => dc.nextRequest({ threadId: 1 })), dc.waitForEvent('eventLoopChanged')]);
    assert.ok(JSON.stringify(next).length < 20_000);
  });
});
