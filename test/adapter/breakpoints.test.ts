// Breakpoints through the adapter: line breakpoints moved to a step point, conditions,
// hit counts, logpoints, function breakpoints, and skipped breakpoints inside a step over.
import * as assert from 'node:assert/strict';
import { evaluate, frames, launch, outputText, program, resumeTo, startClient, terminated, topFrame, type Client } from './support';

const file = program('breakpoints.js');

describe('adapter: breakpoints', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  const setLines = (...breakpoints: { line: number; condition?: string; hitCondition?: string; logMessage?: string }[]) =>
    dc.setBreakpointsRequest({ source: { path: file }, breakpoints });

  it('verifies a line breakpoint and moves it to the next step point', async () => {
    let placed;
    const stop = await launch(dc, 'breakpoints.js', { stopOnEntry: false }, async () => { placed = (await setLines({ line: 4 })).body.breakpoints; });
    assert.equal(placed![0].verified, true);
    assert.equal(placed![0].line, 5);
    assert.equal(stop.body.reason, 'breakpoint');
    assert.deepEqual(stop.body.hitBreakpointIds, [placed![0].id]);
    assert.equal(stop.body.description, 'Paused on breakpoint · Execution phase');
    assert.equal((await topFrame(dc)).line, 5);
  });

  it('stops at a conditional breakpoint only when its condition holds', async () => {
    await launch(dc, 'breakpoints.js', { stopOnEntry: false }, () => setLines({ line: 7, condition: 'i === 3' }));
    assert.equal((await evaluate(dc, 'i')).body.result, '3');
    const end = terminated(dc);
    await dc.continueRequest({ threadId: 1 });
    await end;
    assert.match(outputText(dc, 'stdout'), /total 55/);
  });

  it('counts hits: "4" stops on the fourth, "%2" on every second', async () => {
    await launch(dc, 'breakpoints.js', { stopOnEntry: false }, () => setLines({ line: 2, hitCondition: '4' }));
    assert.equal((await evaluate(dc, 'x')).body.result, '4');
    await dc.stop();

    dc = await startClient();
    await launch(dc, 'breakpoints.js', { stopOnEntry: false }, () => setLines({ line: 2, hitCondition: '%2' }));
    assert.equal((await evaluate(dc, 'x')).body.result, '2');
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal((await evaluate(dc, 'x')).body.result, '4');
  });

  it('prints a logpoint message with interpolated values and does not stop', async () => {
    const end = terminated(dc);
    await Promise.all([
      dc.waitForEvent('initialized').then(async () => {
        await setLines({ line: 2, logMessage: 'square of {x} is {x * x}' });
        await dc.configurationDoneRequest();
      }),
      dc.launch({ program: file, stopOnEntry: false }),
    ]);
    await end;
    const out = outputText(dc, 'stdout');
    assert.match(out, /square of 1 is 1\n[^]*square of 5 is 25\n/);
    assert.match(out, /total 55/);
    const logpoint = dc.outputs.find((e) => e.body.output.startsWith('square of 1'));
    assert.equal(logpoint?.body.line, 2);
    assert.equal(logpoint?.body.source?.path, file);
  });

  it('stops at a function breakpoint in the creation phase of each call', async () => {
    let placed;
    const stop = await launch(dc, 'breakpoints.js', { stopOnEntry: false }, async () => {
      placed = (await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: 'square' }, { name: 'nowhere' }] })).body.breakpoints;
    });
    assert.equal(placed![0].verified, true);
    assert.equal(placed![1].verified, false);
    assert.match(placed![1].message ?? '', /nowhere/);
    assert.equal(stop.body.reason, 'function breakpoint');
    assert.equal(stop.body.description, 'Paused on function breakpoint · Creation phase of square(x): declarations hoisted');
    assert.deepEqual((await frames(dc)).map((f) => f.name), ['square', '(global)']);
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal((await evaluate(dc, 'x')).body.result, '2');
  });

  it('finishes a step over when a breakpoint inside the call does not stop', async () => {
    await launch(dc, 'breakpoints.js', { stopOnEntry: false }, () =>
      setLines({ line: 7, condition: 'i === 1' }, { line: 2, logMessage: 'in square {x}' }));
    assert.equal((await topFrame(dc)).line, 7);
    const stop = await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    assert.equal(stop.body.reason, 'step');
    const stack = await frames(dc);
    assert.deepEqual(stack.map((f) => f.name), ['(global)']);
    assert.equal(stack[0].line, 6);
    assert.match(outputText(dc, 'stdout'), /in square 1\n/);
  });

  it('finishes a step over when a conditional breakpoint inside the call is false', async () => {
    await launch(dc, 'breakpoints.js', { stopOnEntry: false }, () =>
      setLines({ line: 7, condition: 'i === 2' }, { line: 2, condition: 'x === 99' }));
    assert.equal((await evaluate(dc, 'i')).body.result, '2');
    const stop = await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    assert.equal(stop.body.reason, 'step');
    const stack = await frames(dc);
    assert.deepEqual(stack.map((f) => f.name), ['(global)']);
    assert.equal(stack[0].line, 6);
    assert.equal((await evaluate(dc, 'total')).body.result, '5');
  });

  it('marks a breakpoint in another file unverified', async () => {
    await launch(dc, 'breakpoints.js', {}, async () => {
      const r = await dc.setBreakpointsRequest({ source: { path: program('values.js') }, breakpoints: [{ line: 2 }] });
      assert.equal(r.body.breakpoints[0].verified, false);
    });
  });
});
