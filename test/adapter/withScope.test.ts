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
  });
});
