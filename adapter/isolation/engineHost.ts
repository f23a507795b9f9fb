// The engine's process: its main thread only relays DAP messages between the supervisor
// (IPC) and a worker thread (engineSession.ts) that runs the debug session and the engine
// with their own stack and heap limits. Bundled as dist/engineHost.js; kept small, as it
// loads at every F5.
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describeThreadFailure, engineThreadLimits } from './engineThread';
import type { HostReport } from './hostExit';

function relay(): void {
  const arg = process.argv.find((a) => a.startsWith('--host-heap-mb='));
  const limits = engineThreadLimits(Number(arg?.slice('--host-heap-mb='.length)));
  const worker = new Worker(path.join(__dirname, 'engineSession.js'), { resourceLimits: limits });
  process.on('message', (m) => worker.postMessage(m));
  // The supervisor is gone (its process ended): so is this session.
  process.on('disconnect', () => process.exit(0));
  worker.on('message', (m) => process.send?.(m));
  let failed = false;
  worker.on('error', (err) => {
    failed = true;
    const out = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    const report: HostReport = { type: 'glassbox/hostReport', cause: out ? 'out-of-memory' : 'thread-failure', message: describeThreadFailure(err, limits.maxOldGenerationSizeMb ?? 0) };
    process.send?.(report, () => process.exit(out ? 134 : 70));
  });
  worker.on('exit', (code) => {
    if (!failed) process.exit(code);
  });
}

relay();
