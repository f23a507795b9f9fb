// `glassbox run` keeps the engine on a thread of its own: a program that outgrows that
// thread's host heap ends with Node's fatal message and exit code 134, never a host crash,
// and output written before the end arrives.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { childEnv, GLASSBOX_BIN } from '../helpers/processes';
import { program } from '../adapter/support';

function glassbox(file: string, env: NodeJS.ProcessEnv = {}, args: string[] = []) {
  return spawnSync(process.execPath, [GLASSBOX_BIN, 'run', ...args, file], { env: { ...childEnv(), ...env }, encoding: 'utf8', timeout: 60_000 });
}

describe('isolation: the CLI on the engine thread', function () {
  this.timeout(70_000);

  it('ends a program past the host heap cap with the fatal message and exit code 134', () => {
    const r = glassbox(program('allocateForever.js'), { GLASSBOX_HOST_HEAP_MB: '48' });
    assert.equal(r.signal, null, 'the process was not killed');
    assert.equal(r.status, 134, r.stderr);
    assert.match(r.stderr, /^FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory$/m);
  });

  it('keeps the exit code and output of an ordinary run', () => {
    const r = glassbox(program('hoisting.js'));
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.length > 0);
  });

  it('refuses a device as the program with a clear message', () => {
    const r = glassbox('/dev/zero');
    assert.equal(r.status, 1);
    assert.equal(r.stderr, 'glassbox: cannot read /dev/zero: it is not a regular file (a device, pipe or socket)\n');
  });
});
