// `node --jitless <file>` as a child process. A preloaded hook reads the clocks once Node
// has booted and again at exit: the time between is the run's (timing the whole process
// would drown ~30 ms programs in boot noise). startup.ts subtracts console setup and exit.
import { spawnSync } from 'child_process';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { clockKind } from './clock';
import { Engine, errorText } from './engines';

const MARK = 'glassbox-bench-ms:';

/** Preloaded into the child: at exit, prints CPU and wall ms since the preload on stderr. */
const PRELOAD = `const cpu0 = process.cpuUsage();
const wall0 = performance.now();
process.on('exit', () => {
  const u = process.cpuUsage(cpu0);
  process.stderr.write('\\n${MARK}' + (u.user + u.system) / 1000 + ' ' + (performance.now() - wall0) + '\\n');
});
`;

/** Node with its JIT off; `dir` is a temporary directory for the preloaded hook. */
export function nodeJitless(dir: string): Engine {
  const preload = join(dir, 'cpu.js');
  writeFileSync(preload, PRELOAD);
  return {
    name: 'node --jitless',
    run(_source, file, limitMs) {
      const p = spawnSync(process.execPath, ['--jitless', '--require', preload, file], { encoding: 'utf8', timeout: limitMs });
      const lines = p.stdout ? p.stdout.split('\n').slice(0, -1) : [];
      const mark = (p.stderr ?? '').split('\n').find((l) => l.startsWith(MARK));
      const [cpuMs, wallMs] = (mark ?? `${MARK}NaN NaN`).slice(MARK.length).split(' ').map(Number);
      const ms = clockKind() === 'wall' ? wallMs : cpuMs;
      if (p.error && (p.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { lines, ms: limitMs, timedOut: true };
      if (p.error) return { lines, ms, error: errorText(p.error) };
      if (p.status !== 0 || mark === undefined) return { lines, ms, error: `exit ${p.status}: ${p.stderr.trim()}` };
      return { lines, ms };
    },
  };
}
