// A `with` statement's object environment is a scope of its own, named as Chrome names it
// ("With Block"), whose variables are the object's properties; a var that a sloppy direct
// eval declared shows in its function's Local scope.
import * as assert from 'node:assert/strict';
import { frames, launch, resumeTo, scopeVariables, startClient, variable, type Client } from './support';

describe('adapter: with and eval scopes', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('shows the with object as a With Block scope between the block and Local', async () => {
    await launch(dc, 'withScope.js');
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    const [top] = await frames(dc);
    const scopes = await scopeVariables(dc, top.id);
    const names = [...scopes.keys()];
    assert.ok(names.indexOf('With Block') >= 0 && names.indexOf('With Block') < names.indexOf('Local'), names.join(', '));
    const withVars = scopes.get('With Block')!.vars;
    assert.equal(variable(withVars, 'x').value, '1');
    assert.equal(variable(withVars, 'y').value, '2');
    const local = scopes.get('Local')!.vars;
    assert.equal(variable(local, 'scale').value, '3');
    assert.equal(variable(local, 'extra').value, '4');
    const r = await dc.evaluateRequest({ expression: 'x + y + extra', frameId: top.id, context: 'repl' });
    assert.equal(r.body.result, '7');
    const hover = await dc.evaluateRequest({ expression: 'x', frameId: top.id, context: 'hover' });
    assert.equal(hover.body.result, '1');
  });

  it('sets a with object property and an eval-declared var through their scopes', async () => {
    await launch(dc, 'withScope.js');
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    const [top] = await frames(dc);
    const scopes = await scopeVariables(dc, top.id);
    await dc.setVariableRequest({ variablesReference: scopes.get('With Block')!.scope.variablesReference, name: 'x', value: '5' });
    await dc.setVariableRequest({ variablesReference: scopes.get('Local')!.scope.variablesReference, name: 'extra', value: '100' });
    const r = await dc.evaluateRequest({ expression: '[point.x, extra]', frameId: top.id, context: 'repl' });
    assert.match(r.body.result, /5, 100/);
  });
});
