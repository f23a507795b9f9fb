// A learner's change (a REPL assignment, Collect Garbage) belongs to the run from its moment
// on: a replay makes it again there, and so does the run going forwards again after the
// learner went back before it.
import * as assert from 'node:assert/strict';
import { evaluate, launch, outputText, program, resumeTo, startClient, terminated, topFrame, watchValue, type Client } from './support';

const LOOP = program('timeTravel.js');
const GC = program('timeTravelGc.js');


describe('adapter: time travel keeps the learner\'s changes', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('a change at a stop is made again when the run goes forwards past it after going back', async () => {
    await launch(dc, 'timeTravel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: 8 }] }));
    assert.equal(await watchValue(dc, 'total'), '1');
    assert.equal((await evaluate(dc, 'total = 100')).body.result, '100');
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'total'), '102');
    // Back before the change, then forwards again: the run meets the change at its moment.
    await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    assert.equal((await topFrame(dc)).line, 1, 'back at the start');
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'total'), '100', 'the first hit, with the change made there');
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'total'), '102');
    assert.doesNotMatch(outputText(dc, 'console'), /new future/, 'made at the newest moment: no future was forgotten');
  });

  it('Collect Garbage is a change too: replays and the run forwards collect at that moment', async () => {
    await launch(dc, 'timeTravelGc.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: GC }, breakpoints: [{ line: 5 }] }));
    // In the timer's job the target is no longer kept alive for the script: a collection clears the WeakRef.
    await dc.customRequest('collectGarbage');
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'seen'), '"collected"');
    await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'seen'), '"collected"', 'the replay collected where the learner did');
    await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'seen'), '"collected"', 'going forwards again collected there too');
    await Promise.all([terminated(dc), dc.continueRequest({ threadId: 1 })]);
    assert.match(outputText(dc, 'stdout'), /collected/);
  });
});
