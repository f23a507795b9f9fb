// The adapter shows the engine's phases: the entry stop at the global creation phase
// (var undefined, functions hoisted, let/const in the TDZ), then each context's creation.
import * as assert from 'node:assert/strict';
import { frames, launch, resumeTo, scopeVariables, startClient, topFrame, variable, type Client } from './support';

describe('adapter: creation and execution phases', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('stops on entry at the program\'s creation phase with hoisted bindings in the module wrapper\'s Local scope', async () => {
    const stop = await launch(dc, 'hoisting.js');
    assert.equal(stop.body.reason, 'entry');
    assert.equal(stop.body.description, 'Creation phase of the global execution context: declarations hoisted');
    const [top] = await frames(dc);
    assert.equal(top.name, '(global)');
    const scopes = await scopeVariables(dc, top.id);
    // Node runs the file inside a function: its declarations are that function's locals, not the global object's.
    assert.deepEqual([...scopes.keys()], ['Scope chain', 'Local', 'Global']);
    const local = scopes.get('Local')!.vars;
    for (const name of ['count', 'limit', 'result']) assert.match(variable(local, name).value, /TDZ/);
    assert.ok(variable(local, 'limit').presentationHint?.attributes?.includes('readOnly'));
    assert.equal(variable(local, 'greeting').value, 'undefined');
    const global = scopes.get('Global')!;
    assert.equal(global.scope.expensive, true);
    assert.ok(!global.vars.some((v) => v.name === 'greeting' || v.name === 'multiply'), 'no top-level declaration on the global object');
    const multiply = variable(local, 'multiply');
    assert.match(multiply.value, /multiply/);
    assert.ok(multiply.variablesReference > 0, 'a hoisted function can be expanded');
  });

  it('steps into a call: first the callee creation phase, then its execution phase', async () => {
    await launch(dc, 'hoisting.js');
    let stop = await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    assert.equal(stop.body.reason, 'step');
    assert.equal(stop.body.description, 'Execution phase');
    assert.equal((await topFrame(dc)).line, 1);
    while ((await topFrame(dc)).line !== 8) await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    stop = await resumeTo(dc, () => dc.stepInRequest({ threadId: 1 }));
    assert.equal(stop.body.description, 'Creation phase of multiply(e, f): declarations hoisted');
    const stack = await frames(dc);
    assert.deepEqual(stack.map((f) => f.name), ['multiply', '(global)']);
    const local = (await scopeVariables(dc, stack[0].id)).get('Local')!.vars;
    assert.equal(variable(local, 'e').value, '2');
    assert.equal(variable(local, 'f').value, '3');
    assert.match(variable(local, 'product').value, /TDZ/);
    assert.ok(local.some((v) => v.name === 'this'), 'this is in Local');

    stop = await resumeTo(dc, () => dc.stepInRequest({ threadId: 1 }));
    assert.equal(stop.body.description, 'Execution phase');
    assert.equal((await topFrame(dc)).line, 5);
    stop = await resumeTo(dc, () => dc.stepOutRequest({ threadId: 1 }));
    assert.equal(stop.body.reason, 'step');
    const after = await frames(dc);
    assert.deepEqual(after.map((f) => f.name), ['(global)']);
    assert.equal(after[0].line, 9);
  });

  it('steps by bytecode instruction with instruction granularity, by statement otherwise', async () => {
    const stops = async (granularity: 'instruction' | 'statement' | 'line'): Promise<string[]> => {
      const client = await startClient();
      try {
        await launch(client, 'hoisting.js');
        const seen: string[] = [];
        for (;;) {
          const [next] = await Promise.all([
            Promise.race([client.waitForEvent('stopped'), client.waitForEvent('terminated')]),
            client.nextRequest({ threadId: 1, granularity }),
          ]);
          if (next.event === 'terminated') return seen;
          const f = await topFrame(client);
          seen.push(`${f.line}:${f.column}`);
        }
      } finally {
        await client.stop();
      }
    };
    const statements = await stops('statement');
    assert.deepEqual(await stops('line'), statements);
    const instructions = await stops('instruction');
    assert.ok(instructions.length > statements.length, `instructions ${instructions} vs statements ${statements}`);
    for (const s of statements) assert.ok(instructions.includes(s), `the statement stop ${s} is also an instruction stop`);
  });
});
