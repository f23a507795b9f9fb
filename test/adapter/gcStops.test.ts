// The collector through DebugClient: gc() with exposeGc, stepIntoGc's two stops (mark, then
// sweep, at the same place) with the heap graph's marked and freed boxes, the Debug Console
// line, and the Memory view's collectGarbage request.
import * as assert from 'node:assert/strict';
import type { CollectGarbageBody } from '../../adapter/protocol';
import { frames, heapGraph, launch, outputText, resumeTo, scopeVariables, startClient, type Client } from './support';

describe('adapter: the collector', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('frees the same with data breakpoints set, none or one (VS Code sends an empty list at launch)', async () => {
    for (const breakpoints of [[], [{ dataId: 'no such id' }]]) {
      const client = await startClient();
      try {
        await launch(client, 'gcSteps.js', { stopOnEntry: false, exposeGc: true, stepIntoGc: true }, () => client.customRequest('setDataBreakpoints', { breakpoints }));
        const freed = (await heapGraph(client)).nodes.filter((n) => n.freed).map((n) => n.label).sort();
        assert.deepEqual(freed, ['Array(3)', 'Object', 'Scope of makeGarbage()'], `with ${breakpoints.length} data breakpoint(s)`);
      } finally {
        await client.stop();
      }
    }
  });

  it('a data breakpoint watching kept leaves the returned call\'s garbage to the collector', async () => {
    await launch(dc, 'gcSteps.js', { stopOnEntry: true, exposeGc: true, stepIntoGc: true });
    const scopes = await scopeVariables(dc, (await frames(dc))[0].id);
    const chain = [...scopes.values()][0].scope;
    const info = await dc.dataBreakpointInfoRequest({ variablesReference: chain.variablesReference, name: 'kept' });
    assert.ok(info.body.dataId, info.body.description);
    await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId }] });
    const change = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(change.body.reason, 'data breakpoint');
    const mark = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(mark.body.reason, 'garbage collection');
    const freed = (await heapGraph(dc)).nodes.filter((n) => n.freed).map((n) => n.label).sort();
    assert.deepEqual(freed, ['Array(3)', 'Object', 'Scope of makeGarbage()']);
  });

  it('stops at the mark phase, then at the sweep at the same place (stepIntoGc)', async () => {
    const mark = await launch(dc, 'gcSteps.js', { stopOnEntry: false, exposeGc: true, stepIntoGc: true });
    assert.equal(mark.body.reason, 'garbage collection');
    assert.match(mark.body.text ?? '', /^GC: mark phase: [\d,]+ roots, [\d,]+ objects marked$/);
    const [top] = await frames(dc);
    const g1 = await heapGraph(dc);
    assert.equal(g1.gc?.phase, 'mark');
    const kept = g1.roots.find((r) => r.name === 'kept')!.to!;
    assert.ok(g1.gc.markOrder.includes(kept), 'the object a binding holds is marked');
    const freed = g1.nodes.filter((n) => n.freed);
    assert.deepEqual(freed.map((n) => n.label).sort(), ['Array(3)', 'Object', 'Scope of makeGarbage()'], 'the returned call left its scope, temp and the array');
    assert.deepEqual(g1.gc.freed.sort(), freed.map((n) => n.id).sort());
    assert.ok(freed.every((n) => !g1.gc!.markOrder.includes(n.id)), 'a freed box was never marked');

    const sweep = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.match(sweep.body.text ?? '', /^GC: sweep phase: 3 objects freed, [\d,]+ bytes$/);
    const [same] = await frames(dc);
    assert.deepEqual([same.line, same.column], [top.line, top.column], 'the sweep stop is where the mark stop was');
    assert.equal((await heapGraph(dc)).gc?.phase, 'sweep');
    assert.equal(outputText(dc, 'stdout'), '', 'nothing ran between the two stops');

    const after = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(after.body.description, 'Paused on debugger statement · Execution phase');
    const g3 = await heapGraph(dc);
    assert.equal(g3.gc, undefined);
    assert.ok(g3.nodes.every((n) => !n.freed));
    assert.equal(outputText(dc, 'stdout'), 'kept\n');
    assert.match(outputText(dc, 'console'), /^GC gc\(\): [\d,]+ roots, [\d,]+ marked, 3 freed \([\d,]+ bytes\), [\d,]+ bytes live\n$/);
  });

  it('collects when the Memory view asks, and the heap graph reports the heap size', async () => {
    await launch(dc, 'gcSteps.js', { stopOnEntry: false, exposeGc: true });
    const before = await heapGraph(dc);
    assert.ok(before.heap.usedBytes > 0 && before.heap.usedBytes <= before.heap.limitBytes);
    const body = (await dc.customRequest('collectGarbage')).body as CollectGarbageBody;
    assert.ok(body.liveBytes > 0);
    const after = await heapGraph(dc);
    assert.equal(after.heap.collections, before.heap.collections + 1);
    assert.equal(after.heap.usedBytes, body.liveBytes, 'right after a collection, the heap in use is the live heap');
    assert.equal(outputText(dc, 'stdout'), 'kept\n');
  });
});
