// Node Buffers through the adapter: the Variables pane and hovers show `<Buffer 68 69>` as
// Node's inspect prints it, and a buffer expands to its bytes like any Uint8Array.
import * as assert from 'node:assert/strict';
import { children, evaluate, frames, launch, scopeVariables, startClient, variable, type Client } from './support';

describe('adapter: Buffers', () => {
  let dc: Client;
  beforeEach(async () => {
    dc = await startClient();
    await launch(dc, 'buffers.js', { stopOnEntry: false });
  });
  afterEach(() => dc.stop());

  it('previews a Buffer as Node prints it, and expands it to its bytes', async () => {
    const vars = (await scopeVariables(dc, (await frames(dc))[0].id)).get('Local')!.vars;
    assert.equal(variable(vars, 'greeting').value, '<Buffer 68 69>');
    assert.equal(variable(vars, 'zeros').value, `<Buffer ${'00 '.repeat(50).trim()} ... 10 more bytes>`);
    assert.equal(variable(vars, 'bytes').value, 'Uint8Array(2) [104, 105]');
    const elements = await children(dc, variable(vars, 'greeting').variablesReference);
    assert.deepEqual(elements.slice(0, 2).map((v) => `${v.name}=${v.value}`), ['0=104', '1=105']);
    assert.equal((await evaluate(dc, 'greeting', 'hover')).body.result, '<Buffer 68 69>');
  });
});
