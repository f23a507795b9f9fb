// The launch.json Glassbox offers to write after F5, so the next F5 does not ask for a debugger.
import { strict as assert } from 'node:assert';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { launchJsonText } from '../../extension/debugConfig';

describe('extension: remembering Glassbox for F5', () => {
  it('writes one glassbox configuration for the current file', () => {
    const json = JSON.parse(launchJsonText());
    assert.equal(json.version, '0.2.0');
    assert.deepEqual(json.configurations, [{ type: 'glassbox', request: 'launch', name: 'Glassbox: debug current file', program: '${file}', stopOnEntry: true }]);
  });
});
