// The heapGraph request through DebugClient: the paused frames' bindings as roots, objects
// and closures' scope records as nodes, references as edges, ids stable across stops.
import * as assert from 'node:assert/strict';
import type { HeapGraphBody } from '../../adapter/protocol';
import { frames, heapGraph, launch, resumeTo, startClient, type Client } from './support';

type Graph = NonNullable<HeapGraphBody>;

function root(g: Graph, name: string, frame = 0): Graph['roots'][number] {
  const r = g.roots.find((x) => x.name === name && x.frame === frame);
  assert.ok(r, `no root ${name} in frame ${frame}: ${g.roots.map((x) => `${x.frame}:${x.name}`).join(' ')}`);
  return r;
}

function node(g: Graph, id: number | null): Graph['nodes'][number] {
  const n = g.nodes.find((x) => x.id === id);
  assert.ok(n, `no node ${id}`);
  return n;
}

describe('adapter: heapGraph', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('draws bindings, aliasing, a closure\'s scope record and its edges; ids stay across stops', async () => {
    await launch(dc, 'heapGraph.js', { stopOnEntry: false });
    const g = await heapGraph(dc);

    // Inside next(): its own frame has no bindings; the closure's record holds count and step.
    const counter = node(g, root(g, 'counter', 1).to);
    assert.equal(counter.kind, 'function');
    const envEdge = g.edges.find((e) => e.from === counter.id && e.name === '[[Environment]]');
    assert.ok(envEdge, 'the function points at the scope it closed over');
    const env = node(g, envEdge.to);
    assert.equal(env.kind, 'environment');
    assert.equal(env.label, 'Scope of makeCounter()');
    assert.deepEqual(env.fields.map((f) => [f.name, f.value]), [['step', '2'], ['count', '2'], ['[[Outer]]', undefined]]);
    assert.equal(node(g, env.fields[2].to!).label, 'Module scope');
    // Each frame binding names its record: next() closed over makeCounter's; the program's is its own.
    assert.deepEqual([root(g, 'count').record, root(g, 'count').own], [env.id, undefined]);
    assert.deepEqual([root(g, 'counter', 1).record, root(g, 'counter', 1).own], [env.fields[2].to, true]);

    // Two bindings, one box: aliasing.
    const point = root(g, 'point', 1);
    assert.equal(root(g, 'alias', 1).to, point.to);
    assert.deepEqual(node(g, point.to).fields, [{ name: 'x', value: '1' }, { name: 'y', value: '2' }]);
    const list = node(g, root(g, 'list', 1).to);
    assert.equal(list.kind, 'array');
    assert.deepEqual(list.fields, [{ name: '0', to: point.to }, { name: '1', value: '"text"' }, { name: '2', value: '3' }]);
    assert.ok(g.edges.some((e) => e.from === list.id && e.to === point.to && e.name === '0'));

    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    const later = await heapGraph(dc);
    assert.equal(root(later, 'point', 1).to, point.to, 'the same object keeps its id');
    assert.equal(root(later, 'counter', 1).to, counter.id);
    assert.deepEqual(node(later, point.to).fields[0], { name: 'x', value: '5' });
    assert.deepEqual(node(later, envEdge.to).fields.find((f) => f.name === 'count'), { name: 'count', value: '4' });
  });

  it('at the entry stop, the program\'s bindings are roots in the TDZ or undefined, with no boxes yet for them', async () => {
    await launch(dc, 'heapGraph.js', { stopOnEntry: true });
    const g = await heapGraph(dc);
    assert.deepEqual(['counter', 'point'].map((n) => [root(g, n).to, root(g, n).value]), [[null, '<uninitialized>'], [null, '<uninitialized>']]);
    assert.equal(node(g, root(g, 'makeCounter').to).kind, 'function', 'a function declaration is hoisted whole');
  });

  it('draws what the frame selected in the Call Stack reaches first', async () => {
    await launch(dc, 'heapGraphFrames.js', { stopOnEntry: false });
    const [innerFrame, programFrame] = await frames(dc);
    const firstBox = (g: Graph) => g.roots.find((r) => r.to === g.nodes[0].id);
    const byDefault = await heapGraph(dc);
    assert.equal(byDefault.roots[0].frame, 0);
    assert.equal(firstBox(byDefault)?.frame, 0, 'the innermost frame by default');
    for (const [frameId, frame] of [[programFrame.id, 1], [innerFrame.id, 0]]) {
      const g = (await dc.customRequest('heapGraph', { frameId })).body as Graph;
      assert.equal(g.roots[0].frame, frame);
      assert.equal(firstBox(g)?.frame, frame, `frame ${frame}'s bindings come first`);
      assert.equal(g.nodes.length, byDefault.nodes.length, 'the same boxes, in another order');
      assert.ok(g.roots.some((r) => r.name === 'outerObject' && r.frame === 1) && g.roots.some((r) => r.name === 'local' && r.frame === 0));
    }
    const refused = await dc.customRequest('heapGraph', { frameId: 'x' }).then(() => undefined, (e: Error) => e.message);
    assert.match(String(refused), /heapGraph: .*frameId/);
  });
});
