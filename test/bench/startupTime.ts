// `npm run bench:startup [-- --lines N]`: time to the first stop on a big realistic file
// (DAP launch with stopOnEntry, from the launch request to the 'stopped' event, through the
// standalone adapter) and the wall time of `glassbox run` on it (the bundle, dist/cli.js).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { DEBUG_TYPE } from '../../adapter/protocol';
import { learnerProgram } from '../helpers/learnerProgram';

const ROOT = path.resolve(__dirname, '..', '..');
const RUNS = 5;

function linesArg(): number {
  const i = process.argv.indexOf('--lines');
  return i >= 0 ? Number(process.argv[i + 1]) : 20_000;
}

/** Milliseconds from the launch request to the first 'stopped' event (the entry stop). */
async function timeToFirstStop(program: string): Promise<number> {
  const dc = new DebugClient('node', path.join(ROOT, 'bin', 'glassbox-dap.js'), DEBUG_TYPE);
  dc.defaultTimeout = 60_000;
  await dc.start();
  await dc.initializeRequest();
  const t0 = performance.now();
  const stopped = dc.waitForEvent('stopped').then(() => performance.now() - t0);
  await Promise.all([
    dc.waitForEvent('initialized').then(() => dc.configurationDoneRequest()),
    dc.launchRequest({ program, stopOnEntry: true } as never),
  ]);
  const ms = await stopped;
  await dc.stop();
  return ms;
}

/** Wall milliseconds of `node dist/cli.js run program`, which must succeed. */
function timeRun(program: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'run', program], { encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`glassbox run failed (${r.status}): ${r.stderr}`);
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function report(label: string, xs: number[]): void {
  console.log(`${label.padEnd(44)} median ${median(xs).toFixed(0).padStart(6)} ms   best ${Math.min(...xs).toFixed(0).padStart(6)} ms   (${xs.length} runs)`);
}

void (async () => {
  const lines = linesArg();
  const source = learnerProgram(lines);
  const file = path.join(os.tmpdir(), `glassbox-startup-${process.pid}.js`);
  fs.writeFileSync(file, source);
  try {
    console.log(`${file}: ${source.split('\n').length} lines, ${(source.length / 1024).toFixed(0)} KB`);
    const stops: number[] = [];
    for (let i = 0; i < RUNS; i++) stops.push(await timeToFirstStop(file));
    report('DAP launch (stopOnEntry) to first stop', stops);
    const runs: number[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(timeRun(file));
    report('glassbox run (node dist/cli.js run)', runs);
    const empty = path.join(os.tmpdir(), `glassbox-startup-${process.pid}-empty.js`);
    fs.writeFileSync(empty, '\n');
    const base: number[] = [];
    for (let i = 0; i < RUNS; i++) base.push(timeRun(empty));
    fs.rmSync(empty);
    report('glassbox run of an empty file (start-up)', base);
  } finally {
    fs.rmSync(file);
  }
})();
