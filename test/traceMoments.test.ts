// `glassbox trace` and the debugger name the same moments: the steps the trace prints for the
// event loop's tasks are the steps of the debugger's timeline marks (the `timeline` request),
// and the step of a stop is the timeline's `current` there. Spawns the built bundles.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { DEBUG_TYPE, TIMELINE_REQUEST, type TimelineBody } from '../adapter/protocol';
import { GLASSBOX_BIN, REPO_ROOT, childEnv } from './helpers/processes';

const PROGRAM = `let total = 0;
function add(n) { total += n; }
add(1);
process.nextTick(function tick() { add(10); });
Promise.resolve().then(function react() { add(100); });
setTimeout(function later() {
  debugger;
}, 10);
setImmediate(function soon() { add(1000); });
`;

describe('glassbox trace: the debugger\'s moments', () => {
  let dir: string;
  let file: string;
  let dc: DebugClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'glassbox-trace-moments-'));
    file = join(dir, 'moments.js');
    writeFileSync(file, PROGRAM);
    dc = new DebugClient('node', join(REPO_ROOT, 'bin', 'glassbox-dap.js'), DEBUG_TYPE);
    dc.defaultTimeout = 10_000;
    await dc.start();
  });
  after(async () => {
    await dc.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints each task at the step of its timeline mark, and the debugger statement at the timeline\'s current step', async () => {
    await Promise.all([
      dc.waitForEvent('stopped'),
      dc.waitForEvent('initialized').then(() => dc.configurationDoneRequest()),
      dc.launch({ type: DEBUG_TYPE, request: 'launch', program: file, stopOnEntry: false }),
    ]);
    const timeline = (await dc.customRequest(TIMELINE_REQUEST)).body as NonNullable<TimelineBody>;
    const tasks = timeline.marks.filter((m) => m.kind !== 'script');
    assert.deepEqual(tasks.map((m) => m.kind), ['tick', 'microtask', 'task', 'task']);

    const r = spawnSync(process.execPath, [GLASSBOX_BIN, 'trace', file], { encoding: 'utf8', env: childEnv(), timeout: 20_000 });
    assert.equal(r.status, 0, r.stderr);
    const traced = [...r.stdout.matchAll(/^── step (\d+) · event loop: (.*)$/gm)].map((m) => [Number(m[1]), m[2]]);
    assert.deepEqual(tasks.map((m) => [m.step, m.label]), traced);
    const debuggerLine = /^── step (\d+) · line 7:3 {2}debugger;$/m.exec(r.stdout);
    assert.ok(debuggerLine, r.stdout);
    assert.equal(timeline.current, Number(debuggerLine[1]));
  });
});
