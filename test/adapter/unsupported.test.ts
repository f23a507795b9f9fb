// An unsupported feature through the adapter: no catch or finally runs, the Debug Console
// names the feature and its file:line:col, and the session ends with exit code 1.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { outputText, program, startClient, terminated, type Client } from './support';

describe('adapter: an unsupported feature', function () {
  this.timeout(20_000);
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('ends the session with its report on stderr and exit code 1, with no exception stop', async () => {
    let stopped = false;
    dc.on('stopped', () => { stopped = true; });
    const file = program('unsupported.js');
    const [exited] = await Promise.all([
      dc.waitForEvent('exited'),
      terminated(dc),
      dc.configurationSequence(),
      dc.launch({ program: file, stopOnEntry: false }),
    ]);
    assert.equal((exited as DebugProtocol.ExitedEvent).body.exitCode, 1);
    assert.equal(stopped, false);
    assert.equal(outputText(dc, 'stdout'), 'before\n');
    assert.equal(outputText(dc, 'stderr'), [
      `Unsupported: Glassbox does not support SharedArrayBuffer yet (${file}:4:3)`,
      `    at Object.<anonymous> (${file}:4:3)`,
      'This is a limit of Glassbox, not an error in your program; the run cannot go on.',
      '',
    ].join('\n'));
  });
});
