// Data breakpoints over DAP: "Break on Value Change" on a binding and on a property stops
// forwards where the value changes, telling old and new values and the statement's line.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { matchGolden } from '../golden/golden';
import { launch, resumeTo, scopeVariables, startClient, topFrame, type Client } from './support';

const PROGRAM = 'dataWatch.js';

/** Stops at `line`, then gives the row `name` of scope `scope` (or of the object row `holder` holds). */
async function rowAt(dc: Client, line: number, scope: string, name: string, holder?: string): Promise<DebugProtocol.DataBreakpointInfoArguments> {
  await launch(dc, PROGRAM, { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: path.join(__dirname, 'programs', PROGRAM) }, breakpoints: [{ line }] }));
  const scopes = await scopeVariables(dc, (await topFrame(dc)).id);
  const found = scopes.get(scope);
  assert.ok(found, `scope ${scope} among ${[...scopes.keys()].join(', ')}`);
  if (holder === undefined) return { variablesReference: found.scope.variablesReference, name };
  const row = found.vars.find((v) => v.name === holder);
  assert.ok(row && row.variablesReference > 0);
  return { variablesReference: row.variablesReference, name };
}

/** Sets the one data breakpoint, clears the line breakpoint, and gives the stopped events until the run ends. */
async function dataStops(dc: Client, dataId: string, count: number): Promise<DebugProtocol.StoppedEvent[]> {
  const set = await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId }] });
  assert.deepEqual(set.body.breakpoints.map((b) => b.verified), [true]);
  await dc.setBreakpointsRequest({ source: { path: path.join(__dirname, 'programs', PROGRAM) }, breakpoints: [] });
  const stops: DebugProtocol.StoppedEvent[] = [];
  for (let i = 0; i < count; i++) {
    const stop = await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(stop.body.reason, 'data breakpoint');
    assert.deepEqual(stop.body.hitBreakpointIds, [set.body.breakpoints[0].id]);
    stops.push(stop);
  }
  return stops;
}

describe('adapter: data breakpoints', function () {
  this.timeout(20000);
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(async () => { await dc.stop(); });

  it('declares supportsDataBreakpoints', async () => {
    const init = await dc.initializeRequest();
    assert.equal(init.body?.supportsDataBreakpoints, true);
  });

  it('a binding: stops at each change with old and new values, and the Variables pane shows the new one', async () => {
    const row = await rowAt(dc, 3, 'Local', 'total');
    const info = await dc.dataBreakpointInfoRequest(row);
    assert.deepEqual(info.body, { dataId: info.body.dataId, description: 'total (Local of sum())', accessTypes: ['write'], canPersist: false });
    const stops = await dataStops(dc, info.body.dataId!, 2);
    assert.deepEqual(stops.map((s) => s.body.text), ['total: 0 → 10 (line 4)', 'total: 10 → NaN (line 4)']);
    const local = (await scopeVariables(dc, (await topFrame(dc)).id)).get('Local');
    assert.equal(local?.vars.find((v) => v.name === 'total')?.value, 'NaN');
  });

  it('a property: stops at each change, never when the same value is written again', async () => {
    const row = await rowAt(dc, 9, 'Local', 'x', 'point');
    const info = await dc.dataBreakpointInfoRequest(row);
    assert.equal(info.body.description, 'x (property of Object)');
    const stops = await dataStops(dc, info.body.dataId!, 2);
    assert.deepEqual(stops.map((s) => s.body.text), ['x: 1 → 5 (line 10)', 'x: 5 → 6 (line 13)']);
    assert.equal((await topFrame(dc)).line, 14, 'the stop is at the step point after the change');
  });

  it('the stop description (golden)', async () => {
    const info = await dc.dataBreakpointInfoRequest(await rowAt(dc, 3, 'Local', 'total'));
    const [stop] = await dataStops(dc, info.body.dataId!, 1);
    const body = stop.body as DebugProtocol.StoppedEvent['body'] & { description?: string };
    matchGolden(path.join(__dirname, 'golden', 'data-breakpoint-stop.txt'), `reason: ${body.reason}\ndescription: ${body.description}\ntext: ${body.text}\n`);
  });

  it('says why a getter, an expression or a condition cannot be watched', async () => {
    const row = await rowAt(dc, 9, 'Local', 'size', 'point');
    const getter = await dc.dataBreakpointInfoRequest(row);
    assert.equal(getter.body.dataId, null);
    assert.match(getter.body.description, /getter\/setter/);
    const expression = await dc.dataBreakpointInfoRequest({ name: 'point.x' });
    assert.equal(expression.body.dataId, null);
    assert.match(expression.body.description, /Variables pane/);
    const x = await dc.dataBreakpointInfoRequest({ ...row, name: 'x' });
    const set = await dc.setDataBreakpointsRequest({ breakpoints: [{ dataId: x.body.dataId!, condition: 'x > 3' }, { dataId: x.body.dataId!, accessType: 'read' }] });
    assert.deepEqual(set.body.breakpoints.map((b) => b.verified), [false, false]);
    assert.match(set.body.breakpoints[0].message!, /condition/);
    assert.match(set.body.breakpoints[1].message!, /read/);
  });
});
