// Data breakpoints backwards (merged with time travel): Reverse Continue stops at the last change
// before now, with old and new values; Continue after going back stops at the next one.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { launch, program, resumeTo, scopeVariables, startClient, topFrame, type Client } from './support';

const FILE = program('dataWatch.js');

async function watch(dc: Client, line: number, name: string, holder?: string): Promise<void> {
  await launch(dc, 'dataWatch.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: FILE }, breakpoints: [{ line }] }));
  const local = (await scopeVariables(dc, (await topFrame(dc)).id)).get('Local')!;
  const ref = holder === undefined ? local.scope.variablesReference : local.vars.find((v) => v.name === holder)!.variablesReference;
  const info = await dc.dataBreakpointInfoRequest({ variablesReference: ref, name });
  assert.ok(info.body.dataId, info.body.description);
  await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: info.body.dataId }] });
  await dc.setBreakpointsRequest({ source: { path: FILE }, breakpoints: [] });
}

async function back(dc: Client): Promise<DebugProtocol.StoppedEvent> {
  return resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
}

describe('adapter: data breakpoints backwards', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('a binding: Reverse Continue stops at each earlier change, then at the start; Continue goes forwards again', async () => {
    await watch(dc, 6, 'total');
    const texts: string[] = [];
    for (let i = 0; i < 3; i++) {
      const stop = await back(dc);
      assert.equal(stop.body.reason, 'data breakpoint');
      texts.push(stop.body.description ?? '');
    }
    assert.deepEqual(texts.map((t) => t.split(' at step')[0]), ['Reverse Continue: total: 10 → NaN (line 4)', 'Reverse Continue: total: 0 → 10 (line 4)', 'Reverse Continue: total: <uninitialized (TDZ)> → 0 (line 2)']);
    assert.equal((await back(dc)).body.reason, 'entry');
    const forward = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(forward.body.text, 'total: <uninitialized (TDZ)> → 0 (line 2)');
  });

  it('a property: Reverse Continue stops where it changed, never where the same value was written', async () => {
    await watch(dc, 13, 'x', 'point');
    const stop = await back(dc);
    assert.match(stop.body.description ?? '', /^Reverse Continue: x: 1 → 5 \(line 10\)/);
    assert.equal((await topFrame(dc)).line, 11);
    const local = (await scopeVariables(dc, (await topFrame(dc)).id)).get('Local')!;
    const point = (await dc.variablesRequest({ variablesReference: local.vars.find((v) => v.name === 'point')!.variablesReference })).body.variables;
    assert.equal(point.find((v) => v.name === 'x')?.value, '5');
    const next = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(next.body.text, 'x: 5 → 6 (line 13)');
  });
});
