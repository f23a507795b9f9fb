// `glassbox run <file>` as the CLI will run the engine: dist/cli.js inside a worker_threads
// Worker with a 256 MB stack, in a child process with a memory cap, so that a host crash
// (a V8 fatal error, running out of memory) ends only the child and fails the test.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { childEnv, ProcessResult, REPO_ROOT } from './processes';

/** The stack the CLI's worker will have (issue 8); the host's main thread has about 1 MB. */
export const BIG_STACK_MB = 256;
/** The child's heap cap: deep programs need a few hundred MB, a runaway one stops here. */
const HEAP_CAP_MB = 1536;
const TIMEOUT_MS = 60_000;

// The worker's exit code becomes the child's; 'error' means the worker itself died.
const runner = `
const { Worker } = require('node:worker_threads');
const [cli, stackSizeMb, heapMb, file] = process.argv.slice(1);
const w = new Worker(cli, { argv: ['run', file], resourceLimits: { stackSizeMb: +stackSizeMb, maxOldGenerationSizeMb: +heapMb } });
w.on('error', (e) => { process.stderr.write('worker died: ' + e.message + '\\n'); process.exitCode = 99; });
w.on('exit', (code) => { if (!process.exitCode) process.exitCode = code; });
`;

/** Runs `glassbox run <file>` in a big-stack worker (build first: it runs dist/cli.js). */
export function runGlassboxBigStack(file: string): ProcessResult {
  const cli = path.join(REPO_ROOT, 'dist', 'cli.js');
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_CAP_MB}`, '-e', runner, cli, String(BIG_STACK_MB), String(HEAP_CAP_MB), file], {
    cwd: REPO_ROOT,
    env: childEnv(),
    encoding: 'utf8',
    timeout: TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const err = r.error as NodeJS.ErrnoException | undefined;
  const timedOut = err?.code === 'ETIMEDOUT';
  return { stdout: r.stdout ?? '', stderr: r.stderr ?? '', status: r.status, signal: r.signal, timedOut, spawnError: err && !timedOut ? err.message : undefined };
}
