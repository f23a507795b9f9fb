// `glassbox trace --from N --to M`: each stop's step number, and a window of the story. Spawns
// the built bundle (so `npm run build` first); the window of the event-loop example is golden text.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { matchGolden, withoutPath } from './golden/golden';
import { GLASSBOX_BIN, REPO_ROOT, childEnv } from './helpers/processes';

const STOP = /^── step (\d+) · /;

function trace(...args: string[]) {
  const r = spawnSync(process.execPath, [GLASSBOX_BIN, 'trace', ...args], { encoding: 'utf8', env: childEnv(), timeout: 20_000, maxBuffer: 64 * 1024 * 1024 });
  const lines = r.stdout.split('\n').filter((l) => l !== '');
  const steps = lines.map((l) => STOP.exec(l)).filter((m) => m !== null).map((m) => Number(m[1]));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines, steps };
}

describe('glassbox trace: step numbers and --from/--to', () => {
  let dir: string;
  let file: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'glassbox-trace-window-'));
    file = join(dir, 'counts.js');
    writeFileSync(file, `function say(n) {
  console.log('say', n);
}
for (let i = 0; i < 6; i++) say(i);
setTimeout(function later() { console.log('later'); }, 5);
Promise.resolve().then(function react() { console.log('micro'); });
`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('numbers every stop with its step, increasing along the run', () => {
    const t = trace(file);
    assert.equal(t.status, 0, t.stderr);
    assert.ok(t.steps.length > 20, t.stdout);
    t.steps.forEach((s, i) => assert.ok(i === 0 || s > t.steps[i - 1], `step ${s} after ${t.steps[i - 1]}`));
    assert.match(t.stdout, /^── step \d+ · event loop: timer #1 -> later\(\)$/m);
  });

  it('tells exactly the stops of the window, with the console output of those steps only', () => {
    const whole = trace(file);
    const stops = whole.lines.filter((l) => STOP.test(l));
    // A window from the fourth call of say() to just before the timer's task.
    const sayStops = whole.lines.filter((l) => /line 2:3 {2}console\.log\('say', n\);$/.test(l)).map((l) => Number(STOP.exec(l)![1]));
    const from = sayStops[3];
    const to = Number(STOP.exec(whole.lines.find((l) => l.includes('event loop: timer #1'))!)![1]) - 1;
    const t = trace('--from', String(from), '--to', String(to), file);
    assert.equal(t.status, 0, t.stderr);
    assert.equal(t.lines[0], `── steps ${from} to ${to} (the run executes from its start; only this window is told)`);
    assert.deepEqual(t.lines.filter((l) => STOP.test(l)), stops.filter((l) => { const s = Number(STOP.exec(l)![1]); return s >= from && s <= to; }));
    assert.deepEqual(t.lines.filter((l) => l.includes('console: ')).map((l) => l.trim()), ['console: say 3', 'console: say 4', 'console: say 5', 'console: micro']);
    // The window's first stop tells the queues as they are then, changed or not.
    assert.match(t.lines[3], /^ {3}queues at 0ms: /);
    assert.equal(t.lines.at(-1), `── end of the window: the run goes on past step ${to}`);
  });

  it('takes --from or --to alone, in both spellings', () => {
    const whole = trace(file);
    const last = whole.steps.at(-1)!;
    const tail = trace(`--from=${last}`, file);
    assert.deepEqual(tail.steps, [last]);
    assert.equal(tail.lines[0], `── steps ${last} to the end (the run executes from its start; only this window is told)`);
    assert.equal(tail.lines.at(-1), '── program finished');
    const head = trace('--to', String(whole.steps[2]), file);
    assert.deepEqual(head.steps, whole.steps.slice(0, 3));
    assert.equal(head.lines[0], `── steps 0 to ${whole.steps[2]} (the run executes from its start; only this window is told)`);
  });

  it('says when the program ends before the window', () => {
    const t = trace('--from', '100000', file);
    assert.equal(t.status, 0, t.stderr);
    assert.deepEqual(t.steps, []);
    assert.match(t.lines[1], /^── program finished at step \d+, before the window$/);
    assert.equal(t.lines.length, 2, t.stdout);
  });

  it('stops an endless trace after 20000 stops, naming the step to go on --from', () => {
    const endless = join(dir, 'endless.js');
    writeFileSync(endless, 'let n = 0;\nwhile (true) n++;\n');
    const t = trace(endless);
    assert.equal(t.steps.length, 20_000);
    const next = /^── trace stopped after 20000 stops, at step (\d+) \(--from \1 goes on from there\)$/.exec(t.lines.at(-1) ?? '');
    assert.ok(next, t.lines.at(-1));
    assert.ok(Number(next[1]) > t.steps.at(-1)!);
    assert.equal(trace('--from', next[1], '--to', next[1], endless).steps[0], Number(next[1]));
  });

  const usageErrors: [string[], string][] = [
    [['--from', '-1'], "--from takes a step number (0 or more), not '-1'"],
    [['--from=abc'], "--from takes a step number (0 or more), not 'abc'"],
    [['--to=1.5'], "--to takes a step number (0 or more), not '1.5'"],
    [['--from', '9', '--to', '3'], '--from 9 is after --to 3'],
    [['--to'], '--to takes a step number (0 or more)'],
  ];
  for (const [args, problem] of usageErrors) {
    it(`refuses ${args.join(' ')} with a usage error`, () => {
      // The file goes first here, so a flag missing its value is the last argument.
      const r = spawnSync(process.execPath, [GLASSBOX_BIN, 'trace', file, ...args], { encoding: 'utf8', env: childEnv(), timeout: 20_000 });
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.ok(r.stderr.startsWith(`glassbox: ${problem}\n\nUsage: `), r.stderr);
      assert.match(r.stderr, /glassbox trace \[--expose-gc\] \[--from N\] \[--to M\] <file>/);
    });
  }

  it('golden: a window of examples/event-loop.js', () => {
    const examples = join(REPO_ROOT, 'examples');
    const t = trace('--from', '19', '--to', '40', join(examples, 'event-loop.js'));
    assert.equal(t.status, 0, t.stderr);
    matchGolden(join(__dirname, 'golden', 'trace', 'event-loop-window.txt'), withoutPath(t.stdout, examples, 'examples'));
  });
});
