// Requests with bad arguments, unknown handles and other clients' conventions: each gets a
// one-line error naming what is wrong (never a host stack trace), and the session goes on.
import * as assert from 'node:assert/strict';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ADAPTER, evaluate, frames, launch, program, resumeTo, startClient, type Client } from './support';
import { DEBUG_TYPE } from '../../adapter/protocol';

/** The error message a request is refused with; fails if it succeeds. */
async function refusal(request: Promise<unknown>): Promise<string> {
  try {
    await request;
  } catch (e) {
    const message = (e as Error).message;
    assert.ok(!message.includes('\n'), `one line: ${message}`);
    assert.doesNotMatch(message, /\bat .*\(.*:\d+:\d+\)|\.ts:\d+|\.js:\d+/, 'no host stack trace');
    return message;
  }
  assert.fail('the request was not refused');
}

describe('adapter: bad requests', () => {
  let dc: Client;
  afterEach(() => dc.stop());

  it('refuses initialize without arguments, then initializes', async () => {
    dc = await startClient();
    assert.match(await refusal(dc.send('initialize')), /^initialize: the request needs an 'arguments' object$/);
    assert.match(await refusal(dc.send('initialize', { adapterID: 'x', pathFormat: 'uri' })), /'pathFormat' must be one of 'path'/);
    assert.match(await refusal(dc.send('initialize', { adapterID: 'x', linesStartAt1: 'yes' })), /'linesStartAt1' must be a boolean \(got "yes"\)/);
    await launch(dc, 'values.js', { stopOnEntry: false });
  });

  it('answers every inspection and control request with wrong or missing fields by naming the field', async () => {
    dc = await startClient();
    await launch(dc, 'values.js', { stopOnEntry: false });
    const cases: [string, unknown, RegExp][] = [
      ['setBreakpoints', { source: { path: program('values.js') }, breakpoints: 'x' }, /^setBreakpoints: 'breakpoints' must be an array \(got "x"\)$/],
      ['setBreakpoints', { breakpoints: [{ line: 2 }] }, /^setBreakpoints: 'source' is required$/],
      ['setBreakpoints', { source: { path: program('values.js') }, breakpoints: [{ line: 'two' }] }, /'breakpoints\[0\]\.line' must be an integer/],
      ['setBreakpoints', { source: { path: program('values.js') }, breakpoints: [{ line: 0 }] }, /'breakpoints\[0\]\.line' must be 1 or more/],
      ['setBreakpoints', { source: { path: program('values.js') }, lines: [3, -1] }, /'lines\[1\]' must be 1 or more/],
      ['setExceptionBreakpoints', { filters: null }, /^setExceptionBreakpoints: 'filters' must be an array \(got null\)$/],
      ['setExceptionBreakpoints', { filters: ['sometimes'] }, /'filters\[0\]' must be one of 'uncaught', 'all'/],
      ['setFunctionBreakpoints', { breakpoints: [{}] }, /'breakpoints\[0\]\.name' is required/],
      ['stackTrace', { levels: 2 }, /^stackTrace: 'threadId' is required$/],
      ['stackTrace', { threadId: 1, startFrame: -3 }, /'startFrame' must be a whole number/],
      ['scopes', { frameId: '1' }, /^scopes: 'frameId' must be an integer \(got "1"\)$/],
      ['variables', {}, /^variables: the request needs an 'arguments' object$/],
      ['variables', { variablesReference: 1.5 }, /'variablesReference' must be an integer/],
      ['variables', { variablesReference: 1, filter: 'all' }, /'filter' must be one of 'indexed', 'named'/],
      ['variables', { variablesReference: 1, count: -1 }, /'count' must be a whole number/],
      ['setVariable', { variablesReference: 1, name: 'count' }, /^setVariable: 'value' is required$/],
      ['evaluate', { expression: 42 }, /^evaluate: 'expression' must be a string \(got 42\)$/],
      ['completions', { column: 1 }, /^completions: 'text' is required$/],
      ['next', { threadId: 1, granularity: 'word' }, /'granularity' must be one of/],
      ['continue', { threadId: null }, /'threadId' must be an integer \(got null\)/],
      ['exceptionInfo', { threadId: 'main' }, /'threadId' must be an integer/],
      ['eventLoopEntries', { queue: 'timers', start: 0, count: 5 }, /'queue' must be one of 'webApis'/],
    ];
    for (const [command, args, expected] of cases) {
      assert.match(await refusal(dc.customRequest(command, args)), expected, `${command} ${JSON.stringify(args)}`);
    }
    // The session goes on as if nothing happened.
    assert.equal((await evaluate(dc, 'count + limit')).body.result, '11');
  });

  it('refuses unknown variablesReferences and frameIds, and those of an earlier stop', async () => {
    dc = await startClient();
    await launch(dc, 'hoisting.js');
    assert.match(await refusal(dc.variablesRequest({ variablesReference: 987_654 })), /^Unknown variablesReference 987654/);
    assert.match(await refusal(dc.scopesRequest({ frameId: 987_654 })), /^Unknown frameId 987654/);
    const [top] = await frames(dc);
    const [scope] = (await dc.scopesRequest({ frameId: top.id })).body.scopes;
    assert.ok((await dc.variablesRequest({ variablesReference: scope.variablesReference })).body.variables.length > 0);

    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    assert.match(await refusal(dc.variablesRequest({ variablesReference: scope.variablesReference })), /earlier stop/);
    assert.match(await refusal(dc.scopesRequest({ frameId: top.id })), /^Unknown frameId \d+: frames from an earlier stop/);
    assert.match(await refusal(dc.evaluateRequest({ expression: '1', frameId: top.id })), /Unknown frameId/);
    assert.match(await refusal(dc.setVariableRequest({ variablesReference: scope.variablesReference, name: 'x', value: '1' })), /Unknown variablesReference/);
    // The new stop's own ids work.
    const [now] = await frames(dc);
    assert.notEqual(now.id, top.id);
    assert.ok((await dc.scopesRequest({ frameId: now.id })).body.scopes.length > 0);

    // Not even a restart, with a new run behind it, gives an old id a new meaning.
    await resumeTo(dc, () => dc.restartRequest({}));
    assert.match(await refusal(dc.scopesRequest({ frameId: now.id })), /Unknown frameId/);
    assert.match(await refusal(dc.variablesRequest({ variablesReference: scope.variablesReference })), /Unknown variablesReference/);
  });
});

describe('adapter: client conventions', () => {
  let dc: DebugClient;
  afterEach(() => dc.stop());

  it('initializes without pathFormat (DAP\'s default is path)', async () => {
    dc = new DebugClient('node', ADAPTER, DEBUG_TYPE);
    await dc.start();
    const init = await dc.initializeRequest({ adapterID: DEBUG_TYPE } as DebugProtocol.InitializeRequestArguments);
    assert.equal(init.body?.supportsConfigurationDoneRequest, true);
    const [stopped] = await Promise.all([
      dc.waitForEvent('stopped'),
      dc.waitForEvent('initialized').then(() => dc.configurationDoneRequest()),
      dc.launchRequest({ program: program('hoisting.js') } as DebugProtocol.LaunchRequestArguments),
    ]);
    assert.equal((stopped as DebugProtocol.StoppedEvent).body.reason, 'entry');
  });

  it('honours lines and columns that start at 0', async () => {
    dc = new DebugClient('node', ADAPTER, DEBUG_TYPE);
    await dc.start();
    await dc.initializeRequest({ adapterID: DEBUG_TYPE, linesStartAt1: false, columnsStartAt1: false, pathFormat: 'path' });
    const source = { path: program('breakpoints.js') };
    const [stopped] = await Promise.all([
      dc.waitForEvent('stopped'),
      dc.waitForEvent('initialized').then(async () => {
        // 0-based line 4 is `let total = 0;`.
        const set = await dc.setBreakpointsRequest({ source, breakpoints: [{ line: 4 }] });
        assert.deepEqual(set.body.breakpoints.map((b) => [b.verified, b.line]), [[true, 4]]);
        await assert.rejects(dc.setBreakpointsRequest({ source, breakpoints: [{ line: -1 }] }), /'breakpoints\[0\]\.line' must be 0 or more/);
        await dc.configurationDoneRequest();
      }),
      dc.launchRequest({ program: source.path, stopOnEntry: false } as DebugProtocol.LaunchRequestArguments),
    ]);
    assert.equal((stopped as DebugProtocol.StoppedEvent).body.reason, 'breakpoint');
    const [top] = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
    // 1-based this is line 5, column 5 (`total = 0`, where the statement's work starts).
    assert.deepEqual([top.line, top.column], [4, 4]);
  });
});
