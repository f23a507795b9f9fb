// The loop's phases with I/O, in-process: each row is a program run over a small virtual folder
// (/p, with data.txt and notes/) and the console lines it prints, joined with ','. The last
// describe() runs every row not marked glassboxOnly through `node` in a real copy of the folder,
// so the table cannot drift away from the oracle.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAgent, type ConsoleEvent, type EngineOptions } from '../../engine';
import { childEnv } from '../helpers/processes';
import { virtualFolder } from '../helpers/virtualFolder';

const FOLDER = '/p';
const FILES: Record<string, string> = { 'data.txt': 'hello\n', 'notes/a.md': 'a' };

const { readFile, readDir } = virtualFolder(FOLDER, FILES);

interface Row {
  name: string;
  src: string;
  out: string;
  /** Not compared with node: Glassbox's deterministic answer where Node's depends on real time. */
  glassboxOnly?: string;
  options?: Partial<EngineOptions>;
}

const rows: Row[] = [
  {
    name: 'inside an I/O callback, setImmediate runs before setTimeout 0',
    src: `require('fs').readFile('data.txt', 'utf8', () => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});`,
    out: 'immediate,timeout',
  },
  {
    name: 'nextTicks, then microtasks, run after each I/O callback',
    src: `const fs = require('fs');
fs.readFile('data.txt', 'utf8', () => {
  Promise.resolve().then(() => console.log('micro'));
  process.nextTick(() => console.log('tick'));
  console.log('io');
  setImmediate(() => console.log('check'));
});`,
    out: 'io,tick,micro,check',
  },
  {
    name: 'an immediate from the script runs before I/O the script started',
    src: `require('fs').readFile('data.txt', 'utf8', () => console.log('io'));
setImmediate(() => console.log('immediate'));
console.log('sync');`,
    out: 'sync,immediate,io',
  },
  {
    name: 'sync calls complete at once, callbacks wait for the poll phase',
    src: `const fs = require('fs');
fs.writeFile('a.txt', 'x', () => console.log('written'));
console.log(fs.existsSync('a.txt') ? 'visible' : 'not yet');
fs.writeFileSync('b.txt', 'y');
console.log(fs.readFileSync('b.txt', 'utf8'));`,
    // Glassbox does the write when it is asked for; in Node the thread pool may or may not have done it yet.
    glassboxOnly: 'the async write is visible to a sync call made right after it',
    out: 'visible,y,written',
  },
  {
    name: 'fs.promises settles from the poll phase, before the check phase',
    src: `const fsp = require('fs/promises');
fsp.readFile('data.txt', 'utf8').then((t) => {
  console.log('resolved', JSON.stringify(t));
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
});`,
    out: 'resolved "hello\\n",immediate,timeout',
  },
  {
    name: 'a timer due before the I/O completes runs first',
    src: `require('fs').readFile('data.txt', 'utf8', () => console.log('io'));
setTimeout(() => console.log('timer 0'), 0);`,
    glassboxOnly: 'in Node the read takes real time; on the virtual clock it completes 1 ms after the first turn',
    out: 'timer 0,io',
  },
  {
    name: 'the I/O delay option moves the poll phase after a later timer',
    src: `require('fs').readFile('data.txt', 'utf8', () => console.log('io'));
setTimeout(() => console.log('timer 5'), 5);`,
    glassboxOnly: 'ioDelay is a Glassbox option',
    options: { ioDelay: 10 },
    out: 'timer 5,io',
  },
  {
    name: 'with the default delay the same I/O comes before the 5 ms timer',
    src: `require('fs').readFile('data.txt', 'utf8', () => console.log('io'));
setTimeout(() => console.log('timer 5'), 5);`,
    glassboxOnly: 'Node\'s read takes real time, usually under 5 ms',
    out: 'io,timer 5',
  },
  {
    name: 'I/O callbacks run in the order their I/O completed',
    src: `const fs = require('fs');
fs.readFile('data.txt', 'utf8', () => {
  fs.stat('data.txt', () => console.log('stat'));
  setTimeout(() => fs.readdir('.', () => console.log('readdir')), 0);
});`,
    out: 'stat,readdir',
  },
];

interface Run { lines: string[]; tasks: string[]; phases: Set<string>; outcome: ReturnType<ReturnType<typeof createAgent>['runToEnd']> }

function runInProcess(src: string, options: Partial<EngineOptions> = {}): Run {
  const lines: string[] = [];
  const tasks: string[] = [];
  const onConsole = (e: ConsoleEvent) => { if (e.level !== 'warn' && e.level !== 'error') lines.push(e.text); };
  const phases = new Set<string>();
  const agent = createAgent(src, {
    fileName: `${FOLDER}/t.js`, modulePath: `${FOLDER}/t.js`, readFile, readDir, onConsole, onTask: (t) => tasks.push(t),
    onEventLoopChange: () => phases.add(agent.eventLoopSnapshot(0).phase), ...options,
  });
  const outcome = agent.runToEnd();
  return { lines, tasks, phases, outcome };
}

describe('event loop with I/O: phase order (in-process)', () => {
  for (const row of rows) {
    it(row.name, () => {
      const r = runInProcess(row.src, row.options);
      assert.equal(r.outcome.kind, 'completed', r.outcome.kind === 'completed' ? '' : r.outcome.report);
      assert.equal(r.lines.join(','), row.out);
    });
  }

  it('names an I/O task by its request and callback, and runs it in the poll phase', () => {
    const r = runInProcess(`require('fs').readFile('data.txt', 'utf8', function done() {});`);
    assert.deepEqual(r.tasks, ['fs.readFile data.txt -> done()']);
    assert.ok(r.phases.has('poll'), `phases seen: ${[...r.phases].join(', ')}`);
  });

  it('shows I/O in flight under Web APIs with its label and due time', () => {
    const agent = createAgent(`require('fs').readFile('data.txt', 'utf8', function done() {});`, { fileName: `${FOLDER}/t.js`, modulePath: `${FOLDER}/t.js`, readFile, readDir });
    // One instruction at a time until the request is in flight.
    for (let i = 0; i < 10_000 && !agent.eventLoopSnapshot().webApis.some((e) => e.kind === 'io'); i++) assert.equal(agent.step(1), 'slice');
    const snap = agent.eventLoopSnapshot();
    assert.equal(snap.phase, 'script');
    const io = snap.webApis.find((e) => e.kind === 'io');
    assert.ok(io, JSON.stringify(snap.webApis));
    assert.equal(io.label, 'fs.readFile data.txt');
    assert.equal(io.name, 'done');
    assert.equal(io.delay, 1);
    assert.equal(io.due, 2);
  });

  it('is deterministic: the same program gives the same tasks every run', () => {
    const src = `const fs = require('fs');
for (let i = 0; i < 5; i++) fs.readFile('data.txt', 'utf8', () => setImmediate(() => fs.stat('.', () => console.log(i))));`;
    const a = runInProcess(src);
    const b = runInProcess(src);
    assert.deepEqual(a.tasks, b.tasks);
    assert.equal(a.lines.join(','), '0,1,2,3,4');
  });

  it('refuses a path outside the program folder with the sandbox error', () => {
    const r = runInProcess(`try { require('fs').readFileSync('/etc/passwd', 'utf8'); } catch (e) { console.log(e.code, e.message); }`);
    assert.equal(r.lines.join(','), "ERR_GLASSBOX_SANDBOX fs.readFileSync('/etc/passwd'): /etc/passwd is outside the program's folder /p. Glassbox's fs reaches only files in the program's folder and below.");
  });

  for (const [src, feature] of [
    [`require('fs').readFileSync(Buffer.from('data.txt'))`, 'fs.readFileSync with a path that is not a string (a Buffer or URL)'],
    [`require('fs').watch('data.txt')`, 'fs.watch'],
    [`require('fs').promises.opendir('.')`, 'fs.promises.opendir'],
    [`require('fs').writeFileSync('data.txt', 'x', { flag: 'a' })`, "fs.writeFileSync with the flag 'a' (Glassbox opens files with each function's default flag)"],
    [`require('fs').renameSync('notes', 'old-notes')`, 'fs.rename of a folder'],
    [`require('fs').rmSync('notes')`, 'fs.rm of a folder without { recursive: true }'],
  ]) {
    it(`ends the run as unsupported: ${feature}`, () => {
      const r = runInProcess(src);
      assert.equal(r.outcome.kind, 'unsupported');
      assert.match(r.outcome.kind === 'unsupported' ? r.outcome.report : '', new RegExp(`Glassbox does not support ${feature.replace(/[()'.{}]/g, '\\$&')} yet[^\\n]*\\n[^\\n]*t\\.js:1:`));
    });
  }
});

describe('event loop with I/O: the table agrees with node', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glassbox-io-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  for (const row of rows.filter((r) => !r.glassboxOnly)) {
    it(row.name, () => {
      // A fresh folder per row: a row may write files.
      const folder = fs.mkdtempSync(path.join(dir, 'row-'));
      for (const [rel, text] of Object.entries(FILES)) {
        fs.mkdirSync(path.dirname(path.join(folder, rel)), { recursive: true });
        fs.writeFileSync(path.join(folder, rel), text);
      }
      fs.writeFileSync(path.join(folder, 't.js'), row.src);
      const r = spawnSync(process.execPath, ['t.js'], { cwd: folder, encoding: 'utf8', env: childEnv(), timeout: 10_000 });
      assert.equal(r.stdout.split('\n').filter(Boolean).join(','), row.out, r.stderr);
    });
  }
});
