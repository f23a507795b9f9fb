// process in a debug session: process.stdout.write's text arrives as written (no line end
// added), and process.exit(code) ends the session at once with that exit code.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { outputText, program, startClient, terminated, type Client } from './support';

describe('adapter: process.stdout.write and process.exit', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('sends the written text as is, runs the exit listeners, and exits with the code given', async () => {
    const [exited] = await Promise.all([
      dc.waitForEvent('exited'),
      terminated(dc),
      dc.configurationSequence(),
      dc.launch({ program: program('processExit.js'), stopOnEntry: false }),
    ]);
    assert.equal((exited as DebugProtocol.ExitedEvent).body.exitCode, 3);
    assert.equal(outputText(dc, 'stdout'), 'ab\nexit 3\n');
    assert.deepEqual(dc.outputs.filter((e) => e.body.category === 'stdout').map((e) => e.body.output), ['a', 'b\n', 'exit 3\n']);
  });
});
