// The second tier over DAP: the glassboxTier event and its Debug Console line, a stop at a
// deoptimization (stopOnDeopt) with the reason, and the hotness request the CodeLens reads.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { HOTNESS_REQUEST, TIER_EVENT, type HotnessBody, type TierEventBody } from '../../adapter/protocol';
import { frames, launch, outputText, resumeTo, startClient, terminated, type Client } from './support';

/** Every glassboxTier event the client receives. */
function tierEvents(dc: Client): TierEventBody[] {
  const seen: TierEventBody[] = [];
  dc.on(TIER_EVENT, (e: DebugProtocol.Event) => seen.push(e.body as TierEventBody));
  return seen;
}

async function hotness(dc: Client): Promise<HotnessBody> {
  return (await dc.customRequest(HOTNESS_REQUEST)).body as HotnessBody;
}

describe('adapter: hot code', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('sends an event and a Debug Console line when a function is optimized and deoptimized', async () => {
    const seen = tierEvents(dc);
    await launch(dc, 'hotCode.js', { stopOnEntry: false, hotCalls: 3 });
    assert.deepEqual(seen.map((e) => [e.kind, e.name, e.line, e.text, e.reason]), [
      ['optimized', 'multiply', 1, 'multiply: optimized after 3 calls', undefined],
      ['deoptimized', 'multiply', 2, 'multiply: deoptimized: not a number at line 2', 'not a number'],
    ]);
    assert.equal(outputText(dc, 'console'), 'multiply: optimized after 3 calls\nmultiply: deoptimized: not a number at line 2\n');
    assert.equal(outputText(dc, 'stdout'), '20\n12\n', 'the program\'s own output is as Node prints it');
  });

  it('stops at the deoptimization with its reason (stopOnDeopt)', async () => {
    const stop = await launch(dc, 'hotCode.js', { stopOnEntry: false, hotCalls: 3, stopOnDeopt: true });
    assert.equal(stop.body.reason, 'deoptimization');
    assert.equal(stop.body.description, 'Paused on deoptimization · multiply: deoptimized: not a number at line 2');
    assert.equal(stop.body.text, 'Deoptimized: not a number');
    const stack = await frames(dc);
    assert.deepEqual([stack[0].name, stack[0].line], ['multiply', 2]);
    const next = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(next.body.description, 'Paused on debugger statement · Execution phase');
    assert.equal(outputText(dc, 'stdout'), '20\n12\n', 'the multiplication ran once, in plain bytecode');
  });

  it('answers hotness: calls, loop iterations, tier and deopts per function', async () => {
    await launch(dc, 'hotCode.js', { stopOnEntry: false, hotCalls: 3 });
    const body = await hotness(dc);
    assert.match(body.path, /hotCode\.js$/);
    const byName = new Map(body.functions.map((f) => [f.name, f]));
    assert.deepEqual(byName.get('multiply'), { name: 'multiply', line: 1, column: 1, calls: 6, backEdges: 0, hot: true, tier: 'baseline', deopts: 1, lastDeoptReason: 'not a number' });
    assert.equal(byName.get('(program)')?.backEdges, 5);
  });

  it('runs the plain interpreter only with "tiering": false', async () => {
    const seen = tierEvents(dc);
    await launch(dc, 'hotCode.js', { stopOnEntry: false, hotCalls: 0, tiering: false });
    assert.deepEqual(seen, []);
    const multiply = (await hotness(dc)).functions.find((f) => f.name === 'multiply');
    assert.deepEqual([multiply?.calls, multiply?.tier, multiply?.deopts], [6, 'baseline', 0]);
    await Promise.all([terminated(dc), dc.continueRequest({ threadId: 1 })]);
  });

  it('refuses a negative threshold', async () => {
    await dc.initializeRequest();
    await assert.rejects(dc.launch({ program: 'x.js', hotCalls: -1 } as DebugProtocol.LaunchRequestArguments), /"hotCalls" must be 0 or more/);
  });
});
