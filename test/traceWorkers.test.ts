// `glassbox trace` of a program with a worker: the worker's stops are told with its thread's
// name, the parent's message task with its sender, in the group's one order every run.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { GLASSBOX_BIN, REPO_ROOT, childEnv } from './helpers/processes';

const PROGRAM = join(REPO_ROOT, 'test', 'fixtures', 'workers', 'worker-data', 'main.js');

function trace(): { status: number | null; lines: string[] } {
  const r = spawnSync(process.execPath, [GLASSBOX_BIN, 'trace', PROGRAM], { encoding: 'utf8', env: childEnv(), timeout: 30_000 });
  return { status: r.status, lines: r.stdout.split('\n') };
}

describe('glassbox trace of a worker program', () => {
  it('tells the worker\'s stops under its thread\'s name and the message task in the parent, the same every run', () => {
    const first = trace();
    assert.equal(first.status, 0);
    const at = (re: RegExp): number => {
      const i = first.lines.findIndex((l) => re.test(l));
      assert.ok(i >= 0, `no line matches ${re}:\n${first.lines.join('\n')}`);
      return i;
    };
    const workerStart = at(/^\[worker 1 \(summer\)\] ── step 1 · creation phase of global execution context/);
    const post = at(/^\[worker 1 \(summer\)\] ── step \d+ · line 4:1 {2}parentPort\.postMessage/);
    const received = at(/^── step \d+ · event loop: message from worker 1$/);
    const printed = at(/^ {3}console: sum from worker: \{ label: 'sum me', total: 6, deep: true \}$/);
    assert.ok(workerStart < post && post < received && received < printed, `order: ${[workerStart, post, received, printed].join(' < ')}`);
    assert.equal(first.lines.at(-2), '── program finished');
    assert.deepEqual(trace().lines, first.lines, 'the same interleaving in a second run');
  });
});
