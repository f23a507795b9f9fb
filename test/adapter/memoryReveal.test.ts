// revealHeapObject through DebugClient: the Memory view's "reveal in Variables" lists the
// object (or scope record) a heapGraph node names as the first scope of the paused frames,
// with an `invalidated` event, and forgets it when the program runs on.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { MEMORY_SCOPE_PREFIX, REVEAL_HEAP_OBJECT_REQUEST, type HeapGraphBody, type RevealHeapObjectBody } from '../../adapter/protocol';
import { children, frames, heapGraph, launch, resumeTo, startClient, type Client } from './support';

type Graph = NonNullable<HeapGraphBody>;

/** The node a frame-1 binding (in next()'s caller, the module) references. */
function nodeOf(g: Graph, name: string): Graph['nodes'][number] {
  const to = g.roots.find((r) => r.name === name && r.frame === 1)?.to;
  const node = g.nodes.find((n) => n.id === to);
  assert.ok(node, `no box for ${name}`);
  return node;
}

async function scopesOf(dc: Client, frame: number): Promise<DebugProtocol.Scope[]> {
  const frameId = (await frames(dc))[frame].id;
  return (await dc.scopesRequest({ frameId })).body.scopes;
}

/** Reveals node `id` and waits for the invalidated event the adapter sends after the answer. */
async function reveal(dc: Client, id: number): Promise<{ body: RevealHeapObjectBody; invalidated: DebugProtocol.InvalidatedEvent }> {
  const invalidated = dc.waitForEvent('invalidated') as Promise<DebugProtocol.InvalidatedEvent>;
  const body = (await dc.customRequest(REVEAL_HEAP_OBJECT_REQUEST, { id })).body as RevealHeapObjectBody;
  return { body, invalidated: await invalidated };
}

describe('adapter: revealHeapObject', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('lists an object as the first scope of every paused frame, with its properties, until the program runs on', async () => {
    await launch(dc, 'heapGraph.js', { stopOnEntry: false });
    const point = nodeOf(await heapGraph(dc), 'point');
    const { body, invalidated } = await reveal(dc, point.id);
    assert.equal(body.scope, `${MEMORY_SCOPE_PREFIX}${point.label}`);
    assert.deepEqual(invalidated.body.areas, ['stacks']);
    for (const frame of [0, 1]) {
      const [first] = await scopesOf(dc, frame);
      assert.equal(first.name, body.scope);
      assert.equal(first.expensive, false, 'VS Code expands the first scope that is not expensive');
      assert.deepEqual((await children(dc, first.variablesReference)).map((v) => `${v.name}=${v.value}`).slice(0, 2), ['x=1', 'y=2']);
    }
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.ok(!(await scopesOf(dc, 0)).some((s) => s.name.startsWith(MEMORY_SCOPE_PREFIX)), 'gone at the next stop');
  });

  it('reveals a closure\'s scope record with its bindings', async () => {
    await launch(dc, 'heapGraph.js', { stopOnEntry: false });
    const g = await heapGraph(dc);
    const counter = nodeOf(g, 'counter');
    const envId = g.edges.find((e) => e.from === counter.id && e.name === '[[Environment]]')?.to;
    assert.ok(envId !== undefined);
    const { body } = await reveal(dc, envId);
    assert.equal(body.scope, `${MEMORY_SCOPE_PREFIX}Scope of makeCounter()`);
    const [first] = await scopesOf(dc, 0);
    const bindings = (await children(dc, first.variablesReference)).map((v) => `${v.name}=${v.value}`);
    assert.deepEqual(bindings.filter((b) => !b.startsWith('this=')), ['step=2', 'count=2']);
  });

  it('refuses an id that is not in the heap at this stop, and an id that is not a number', async () => {
    await launch(dc, 'heapGraph.js', { stopOnEntry: false });
    await assert.rejects(dc.customRequest(REVEAL_HEAP_OBJECT_REQUEST, { id: 987654 }), /No object 987654 in the heap at this stop/);
    await assert.rejects(dc.customRequest(REVEAL_HEAP_OBJECT_REQUEST, { id: 'point' }), /revealHeapObject: .*id/);
    assert.ok(!(await scopesOf(dc, 0)).some((s) => s.name.startsWith(MEMORY_SCOPE_PREFIX)));
  });
});
