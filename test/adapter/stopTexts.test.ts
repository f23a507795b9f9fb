// What each stop tells the learner: its kind (breakpoint, pause, exception) and its phase,
// the creation phase again after Restart, a place for an await resumption, distinct names.
import * as assert from 'node:assert/strict';
import { EVENT_LOOP_STATE_REQUEST } from '../../adapter/protocol';
import { frames, launch, program, resumeTo, startClient, topFrame, type Client } from './support';

describe('adapter: stop texts', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('a breakpoint stop says it is a breakpoint, and its phase', async () => {
    const stop = await launch(dc, 'breakpoints.js', { stopOnEntry: false }, () =>
      dc.setBreakpointsRequest({ source: { path: program('breakpoints.js') }, breakpoints: [{ line: 2 }] }));
    assert.equal(stop.body.reason, 'breakpoint');
    assert.equal(stop.body.description, 'Paused on breakpoint · Execution phase');
  });

  it('a pause and an exception say so, with their phase', async () => {
    await launch(dc, 'deep.js');
    const stop = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(stop.body.reason, 'exception');
    assert.equal(stop.body.description, 'Paused on uncaught exception · Execution phase');
    const info = await dc.exceptionInfoRequest({ threadId: 1 });
    const widget = `${info.body.description}\n${info.body.details?.stackTrace ?? ''}`;
    assert.equal(widget.split('Maximum call stack size exceeded').length - 1, 1, `the message appears once in:\n${widget}`);
  });

  it('after Restart the first stop is the creation phase of the global execution context', async () => {
    await launch(dc, 'classic.js');
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    const stop = await resumeTo(dc, () => dc.restartRequest({}));
    assert.equal(stop.body.description, 'Creation phase of the global execution context: declarations hoisted');
    assert.equal((await topFrame(dc)).line, 1);
  });

  it('an await resumption stop has a source location', async () => {
    await launch(dc, 'awaitWork.js');
    let stop = await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    for (let i = 0; i < 30 && !/await resumption/.test(stop.body.description ?? ''); i++) stop = await resumeTo(dc, () => dc.stepInRequest({ threadId: 1 }));
    assert.match(stop.body.description ?? '', /await resumption/);
    const top = await topFrame(dc);
    assert.equal(top.source?.name, 'awaitWork.js');
    assert.equal(top.line, 3);
  });

  it('anonymous callbacks get names a learner can tell apart, never (anonymous) or <anonymous>', async () => {
    await launch(dc, 'loopNames.js');
    const state = async () => (await dc.customRequest(EVENT_LOOP_STATE_REQUEST)).body as { webApis: { name: string }[] };
    for (let i = 0; i < 30 && (await state()).webApis.length < 6; i++) await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    const loop = await state();
    const queued = loop.webApis.map((t) => t.name);
    assert.deepEqual(queued, [...Array(3).fill("() => console.log('var i:', i)"), ...Array(3).fill("() => console.log('let j:', j)")]);
    const ended = dc.waitForEvent('terminated', 20_000).then(() => 'ended' as const);
    const names = new Set<string>();
    const descriptions = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const r = await Promise.race([resumeTo(dc, () => dc.stepInRequest({ threadId: 1 })).catch(() => 'ended' as const), ended]);
      if (r === 'ended') break;
      descriptions.add(r.body.description ?? '');
      names.add((await frames(dc))[0]?.name ?? '');
    }
    assert.ok(names.has("() => console.log('var i:', i)") && names.has("() => console.log('let j:', j)"), [...names].join(' | '));
    assert.ok(descriptions.has("Creation phase of () => console.log('var i:', i): declarations hoisted"), [...descriptions].join(' | '));
    for (const n of names) assert.doesNotMatch(n, /anonymous/);
  });
});
