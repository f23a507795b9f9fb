// Node runs every .js file inside a function (exports, require, module, __filename,
// __dirname): the program's frame shows that function's Local scope, so a learner sees
// where top-level `arguments`, `require` and the declarations live.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { frames, launch, scopeVariables, startClient, variable, type Client } from './support';

describe('adapter: the CommonJS module wrapper', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('lists the top-level declarations, then the wrapper\'s this, parameters and arguments, in the first frame\'s Local scope', async () => {
    await launch(dc, 'hoisting.js');
    const [top] = await frames(dc);
    const scopes = await scopeVariables(dc, top.id);
    const local = scopes.get('Local')!;
    assert.equal(local.scope.expensive, false);
    assert.deepEqual(local.vars.map((v) => v.name), ['greeting', 'multiply', 'count', 'limit', 'result', 'this', 'exports', 'require', 'module', '__filename', '__dirname', 'arguments']);
    const file = path.join(__dirname, 'programs', 'hoisting.js');
    assert.equal(variable(local.vars, '__filename').value, JSON.stringify(file));
    assert.equal(variable(local.vars, '__dirname').value, JSON.stringify(path.dirname(file)));
    assert.equal(variable(local.vars, 'require').value, 'ƒ require()');
    const module = await dc.variablesRequest({ variablesReference: variable(local.vars, 'module').variablesReference });
    assert.equal(variable(module.body.variables, 'id').value, '"."');
    assert.equal(variable(module.body.variables, 'loaded').value, 'false');
    const args = await dc.variablesRequest({ variablesReference: variable(local.vars, 'arguments').variablesReference });
    assert.equal(variable(args.body.variables, 'length').value, '5');
  });

  it('evaluates the wrapper\'s bindings in the program\'s frame as Node has them', async () => {
    await launch(dc, 'hoisting.js');
    const [top] = await frames(dc);
    const evaluate = async (expression: string) => (await dc.evaluateRequest({ expression, frameId: top.id, context: 'repl' })).body.result;
    assert.equal(await evaluate('arguments.length'), '5');
    assert.equal(await evaluate('this === module.exports && arguments[0] === exports'), 'true');
    assert.equal(await evaluate('require.main === module'), 'true');
    assert.equal(await evaluate('typeof globalThis.greeting'), '"undefined"');
  });
});
