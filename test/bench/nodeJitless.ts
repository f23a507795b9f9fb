// `node --jitless <file>` as a child process. A preloaded hook reads the clocks once Node
// has booted and again at exit; the time between, minus the same for a file that only
// prints one line (console setup is costly in Node), is the program's. (Timing the whole process instead drowns ~30 ms programs in startup noise.)
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { clockKind } from './clock';
import { Engine, errorText, Outcome } from './engines';

const MARK = 'glassbox-bench-ms:';

/** Preloaded into the child: at exit, prints CPU and wall ms since the preload on stderr. */
const PRELOAD = `const cpu0 = process.cpuUsage();
const wall0 = performance.now();
process.on('exit', () => {
  const u = process.cpuUsage(cpu0);
  process.stderr.write('\\n${MARK}' + (u.user + u.system) / 1000 + ' ' + (performance.now() - wall0) + '\\n');
});
`;

export interface NodeRunner {
  engine: Engine;
  /** Best time of the one-line file (loading a main module, console, exit), subtracted from each run's. */
  baselineMs: number;
  dispose(): void;
}

export function nodeJitless(baselineReps: number): NodeRunner {
  const dir = mkdtempSync(join(tmpdir(), 'glassbox-bench-'));
  const preload = join(dir, 'cpu.js');
  const hello = join(dir, 'hello.js');
  writeFileSync(preload, PRELOAD);
  writeFileSync(hello, "console.log('hello');\n");

  function spawnNode(file: string, limitMs: number): Outcome {
    const p = spawnSync(process.execPath, ['--jitless', '--require', preload, file], { encoding: 'utf8', timeout: limitMs });
    const lines = p.stdout ? p.stdout.split('\n').slice(0, -1) : [];
    const mark = (p.stderr ?? '').split('\n').find((l) => l.startsWith(MARK));
    const [cpuMs, wallMs] = (mark ?? `${MARK}NaN NaN`).slice(MARK.length).split(' ').map(Number);
    const ms = clockKind() === 'wall' ? wallMs : cpuMs;
    if (p.error && (p.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { lines, ms: limitMs, timedOut: true };
    if (p.error) return { lines, ms, error: errorText(p.error) };
    if (p.status !== 0 || mark === undefined) return { lines, ms, error: `exit ${p.status}: ${p.stderr.trim()}` };
    return { lines, ms };
  }

  let baselineMs = Infinity;
  for (let i = 0; i < baselineReps; i++) baselineMs = Math.min(baselineMs, spawnNode(hello, 30_000).ms);
  return {
    baselineMs,
    engine: {
      name: 'node --jitless',
      run(_source, file, limitMs) {
        const o = spawnNode(file, limitMs);
        return { ...o, ms: Math.max(o.ms - baselineMs, 0.1) };
      },
    },
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
