// Functions compiled on their first call, seen through the adapter: breakpoints placed in
// them before they ever ran, stepping into them with their creation phase, and the trace.
import * as assert from 'node:assert/strict';
import { frames, launch, outputText, resumeTo, scopeVariables, startClient, terminated, variable, type Client, program } from './support';

const file = program('lazyFunctions.js');

describe('adapter: lazily compiled functions', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('verifies breakpoints in functions not compiled yet, and stops at them in order', async () => {
    let placed: { verified: boolean; line?: number }[] = [];
    const stop = await launch(dc, 'lazyFunctions.js', { stopOnEntry: false }, async () => {
      placed = (await dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [{ line: 8 }, { line: 12 }, { line: 4 }] })).body.breakpoints;
    });
    assert.deepEqual(placed.map((b) => [b.verified, b.line]), [[true, 8], [true, 12], [true, 4]]);
    assert.equal(stop.body.reason, 'breakpoint');
    assert.deepEqual((await frames(dc)).map((f) => `${f.name}:${f.line}`), ['scale:8', 'area:3', '(global):14']);
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.deepEqual((await frames(dc)).map((f) => `${f.name}:${f.line}`), ['area:4', '(global):14']);
    const end = terminated(dc);
    await dc.continueRequest({ threadId: 1 });
    await end;
    assert.equal(outputText(dc, 'stdout'), '600\n');
  });

  it('steps into a function not compiled yet: its creation phase shows its hoisted bindings', async () => {
    await launch(dc, 'lazyFunctions.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [{ line: 3 }] }));
    const stop = await resumeTo(dc, () => dc.stepInRequest({ threadId: 1 }));
    assert.equal(stop.body.description, 'Creation phase of scale(shape): declarations hoisted');
    const [top] = await frames(dc);
    assert.equal(top.name, 'scale');
    const local = (await scopeVariables(dc, top.id)).get('Local')!.vars;
    assert.equal(variable(local, 'unit').value, 'undefined');
    assert.match(variable(local, 'big').value, /TDZ/);
  });

  it('finds a function breakpoint in a function not compiled yet', async () => {
    let placed: { verified: boolean; line?: number }[] = [];
    const stop = await launch(dc, 'lazyFunctions.js', { stopOnEntry: false }, async () => {
      placed = (await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'scale' }, { name: 'neverCalled' }] })).body.breakpoints;
    });
    assert.deepEqual(placed.map((b) => [b.verified, b.line]), [[true, 6], [true, 11]]);
    assert.equal(stop.body.reason, 'function breakpoint');
    assert.equal((await frames(dc))[0].name, 'scale');
  });
});
