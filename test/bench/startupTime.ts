// `npm run bench:startup [-- --lines N] [-- --root DIR ...]`: time to the first stop on a big
// realistic file (DAP launch with stopOnEntry, from the launch request to the 'stopped' event,
// through the standalone adapter) and the wall time of `glassbox run` on it (dist/cli.js).
// Each --root is another built checkout to compare with; runs alternate between them, so a
// busy machine slows them alike.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { DEBUG_TYPE } from '../../adapter/protocol';
import { learnerProgram } from '../helpers/learnerProgram';

const RUNS = 5;

function args(name: string): string[] {
  return process.argv.flatMap((a, i) => (a === name && i + 1 < process.argv.length ? [process.argv[i + 1]] : []));
}

/** Milliseconds from the launch request to the first 'stopped' event (the entry stop). */
async function timeToFirstStop(root: string, program: string): Promise<number> {
  const dc = new DebugClient('node', path.join(root, 'bin', 'glassbox-dap.js'), DEBUG_TYPE);
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

/** Preloaded into `glassbox run`: at exit, the CPU time of its process (all threads) on stderr's last line. */
const CPU_HOOK = `process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeSync(2, '\\ncpu ' + (u.userCPUTime + u.systemCPUTime) / 1000 + '\\n'); });`;

/** Wall and CPU milliseconds of `node dist/cli.js run program`, which must succeed. */
function timeRun(root: string, program: string, hook: string): { wall: number; cpu: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', hook, path.join(root, 'dist', 'cli.js'), 'run', program], { encoding: 'utf8' });
  const wall = performance.now() - t0;
  if (r.status !== 0) throw new Error(`glassbox run failed (${r.status}): ${r.stderr}`);
  return { wall, cpu: Number(/cpu ([\d.]+)\n$/.exec(r.stderr)?.[1]) };
}

function report(label: string, xs: number[]): void {
  const s = [...xs].sort((a, b) => a - b);
  console.log(`${label.padEnd(58)} median ${s[Math.floor(s.length / 2)].toFixed(0).padStart(6)} ms   best ${s[0].toFixed(0).padStart(6)} ms   (${s.length} runs)`);
}

void (async () => {
  const lines = Number(args('--lines')[0] ?? 20_000);
  const roots = [path.resolve(__dirname, '..', '..'), ...args('--root').map((r) => path.resolve(r))];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glassbox-startup-'));
  const file = path.join(dir, 'learner.js');
  const empty = path.join(dir, 'empty.js');
  const hook = path.join(dir, 'cpuHook.js');
  fs.writeFileSync(hook, CPU_HOOK);
  const source = learnerProgram(lines);
  fs.writeFileSync(file, source);
  fs.writeFileSync(empty, '\n');
  try {
    console.log(`${source.split('\n').length} lines, ${(source.length / 1024).toFixed(0)} KB; ${os.loadavg()[0].toFixed(1)} load average`);
    const stops = roots.map((): number[] => []);
    const runs = roots.map((): { wall: number; cpu: number }[] => []);
    const bare = roots.map((): { wall: number; cpu: number }[] => []);
    for (let i = 0; i < RUNS; i++) {
      for (const [k, root] of roots.entries()) {
        stops[k].push(await timeToFirstStop(root, file));
        runs[k].push(timeRun(root, file, hook));
        bare[k].push(timeRun(root, empty, hook));
      }
    }
    for (const [k, root] of roots.entries()) {
      console.log(root);
      report('  DAP launch (stopOnEntry) to the first stop, wall', stops[k]);
      report('  glassbox run (node dist/cli.js run), wall', runs[k].map((r) => r.wall));
      report('  glassbox run, CPU (all threads)', runs[k].map((r) => r.cpu));
      report('  glassbox run of an empty file, wall', bare[k].map((r) => r.wall));
      report('  glassbox run of an empty file, CPU (all threads)', bare[k].map((r) => r.cpu));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();
