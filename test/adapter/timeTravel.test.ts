// Reverse Continue, Jump to Cursor backwards, the console's later-output line, forks of the
// future and the realTime refusal, through DebugClient.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { matchGolden, withoutPath } from '../golden/golden';
import { evaluate, launch, outputText, program, resumeTo, startClient, terminated, topFrame, watchValue, type Client } from './support';

const FILE = program('timeTravel.js');


describe('adapter: time travel', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('Reverse Continue stops at the previous hit of a breakpoint, then at the start', async () => {
    await launch(dc, 'timeTravel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: FILE }, breakpoints: [{ line: 8 }] }));
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'total'), '6');
    let stop = await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    assert.equal(stop.body.reason, 'breakpoint');
    assert.equal((await topFrame(dc)).line, 8);
    assert.equal(await watchValue(dc, 'total'), '3');
    stop = await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'total'), '1');
    stop = await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    assert.equal(stop.body.reason, 'entry');
    assert.match(stop.body.description ?? '', /no earlier breakpoint hit, back at the start/);
    const scope = (await dc.scopesRequest({ frameId: (await topFrame(dc)).id })).body.scopes[0];
    const total = (await dc.variablesRequest({ variablesReference: scope.variablesReference })).body.variables.find((v) => v.name === 'total');
    assert.equal(total?.value, '<uninitialized (TDZ)>');
    await assert.rejects(dc.reverseContinueRequest({ threadId: 1 }), /This is the start of the run/);
  });

  it('Reverse Continue finds the previous hit of a conditional breakpoint by a scan', async () => {
    await launch(dc, 'timeTravel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: FILE }, breakpoints: [{ line: 8, condition: 'total > 2' }] }));
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'total'), '6');
    await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'total'), '3');
  });

  it('a scan counts hits from the start, and leaves the hit counts as they were', async () => {
    await launch(dc, 'timeTravel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: FILE }, breakpoints: [{ line: 8, hitCondition: '2' }, { line: 15 }] }));
    assert.equal(await watchValue(dc, 'total'), '3');
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal((await topFrame(dc)).line, 15);
    await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'total'), '3');
  });

  it('Jump to Cursor goes back to the last time a line ran, and says when it has not run', async () => {
    await launch(dc, 'timeTravel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: FILE }, breakpoints: [{ line: 15 }] }));
    const targets = await dc.gotoTargetsRequest({ source: { path: FILE }, line: 2 });
    const stop = await resumeTo(dc, () => dc.gotoRequest({ threadId: 1, targetId: targets.body.targets[0].id }));
    assert.equal(stop.body.reason, 'goto');
    const top = await topFrame(dc);
    assert.deepEqual([top.name, top.line, await watchValue(dc, 'a'), await watchValue(dc, 'b')], ['add', 2, '3', '3']);
    const later = await dc.gotoTargetsRequest({ source: { path: FILE }, line: 13 });
    await assert.rejects(dc.gotoRequest({ threadId: 1, targetId: later.body.targets[0].id }), /Line 13 has not run before step \d+/);
  });

  it('after going back, the console marks the output that has not happened yet, and prints nothing twice', async () => {
    await launch(dc, 'timeTravel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: FILE }, breakpoints: [{ line: 15 }] }));
    await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    await Promise.all([terminated(dc), dc.continueRequest({ threadId: 1 })]);
    const text = dc.outputs.filter((e) => e.body.category !== 'telemetry').map((e) => `[${e.body.category}] ${e.body.output}`).join('');
    matchGolden(path.join(__dirname, 'golden', 'timeTravel-output.txt'), withoutPath(text.replace(/later \d+/, 'later <ms>'), path.dirname(FILE), 'programs'));
  });

  it('a REPL side effect before the frontier starts a new future; a read does not', async () => {
    await launch(dc, 'timeTravel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: FILE }, breakpoints: [{ line: 8 }] }));
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    assert.equal((await evaluate(dc, 'total')).body.result, '1');
    assert.doesNotMatch(outputText(dc, 'console'), /new future/);
    assert.equal((await evaluate(dc, 'total = 100')).body.result, '100');
    assert.match(outputText(dc, 'console'), /A new future starts here \(step \d+\): `total = 100` changed the run/);
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'total'), '102');
    // A replay applies the change again at its moment: the same new future.
    await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'total'), '102');
    assert.equal(outputText(dc, 'console').split('new future').length - 1, 1, 'told once');
  });

  it('setVariable before the frontier starts a new future too', async () => {
    await launch(dc, 'timeTravel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: FILE }, breakpoints: [{ line: 8 }] }));
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    const scope = (await dc.scopesRequest({ frameId: (await topFrame(dc)).id })).body.scopes[0];
    await dc.setVariableRequest({ variablesReference: scope.variablesReference, name: 'total', value: '10' });
    assert.match(outputText(dc, 'console'), /A new future starts here/);
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'total'), '12');
  });

  it('replays see the same clock, random numbers and timers', async () => {
    await launch(dc, 'timeTravel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: FILE }, breakpoints: [{ line: 15 }] }));
    const before = [await watchValue(dc, 'stamp'), await watchValue(dc, 'luck'), JSON.stringify((await dc.customRequest('eventLoopState')).body)];
    await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    const after = [await watchValue(dc, 'stamp'), await watchValue(dc, 'luck'), JSON.stringify((await dc.customRequest('eventLoopState')).body)];
    assert.deepEqual(after, before);
  });

  it('with realTime, Step Back and Reverse Continue refuse and say why', async () => {
    await launch(dc, 'realTime.js', { realTime: true });
    await assert.rejects(dc.stepBackRequest({ threadId: 1 }), /"realTime": true .* not come again/);
    await assert.rejects(dc.reverseContinueRequest({ threadId: 1 }), /Launch without realTime to go back/);
  });

  it('Step Back by instruction returns to the instructions stepped through', async () => {
    await launch(dc, 'timeTravel.js');
    // A replay's debugger numbers its codes anew: the place is the function, its line and the pc (the address's low bits).
    const place = async (): Promise<string> => {
      const top = await topFrame(dc);
      return `${top.name}:${top.line}:${(top.instructionPointerReference ?? '').slice(-8)}`;
    };
    const places: string[] = [];
    for (let i = 0; i < 4; i++) {
      await resumeTo(dc, () => dc.stepInRequest({ threadId: 1, granularity: 'instruction' }));
      places.push(await place());
    }
    assert.equal(new Set(places).size, 4);
    for (let i = 2; i >= 0; i--) {
      await resumeTo(dc, () => dc.stepBackRequest({ threadId: 1, granularity: 'instruction' }));
      assert.equal(await place(), places[i]);
    }
  });

  it('the timeline lists the marks so far and gotoMoment goes to one', async () => {
    await launch(dc, 'timeTravel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: FILE }, breakpoints: [{ line: 13 }] }));
    const body = (await dc.customRequest('timeline')).body as { marks: { step: number; kind: string; label: string }[]; current: number; frontier: number };
    assert.deepEqual(body.marks.map((m) => `${m.kind}:${m.label}`), ['script:script', "task:timer #1 -> () => { console.log('later', Date.now()…()"]);
    assert.equal(body.current, body.frontier);
    const stop = await resumeTo(dc, () => dc.customRequest('gotoMoment', { step: body.marks[1].step }));
    assert.match(stop.body.description ?? '', /^Went back to step \d+ · Event loop: timer #1/);
  });
});
