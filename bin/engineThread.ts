// Runs a CLI command on the engine's own thread (a worker with a large stack and a capped
// heap, see adapter/isolation/engineThread.ts): the main thread only passes output on,
// so output streams while the program runs and a runaway program ends cleanly.
import { Worker } from 'node:worker_threads';
import { describeThreadFailure, engineThreadLimits, hostHeapMB } from '../adapter/isolation/engineThread';
import { heapFatalText } from '../engine/heap/defaults';


/** Starts `args` on the engine's thread, sized for an engine heap limit of `engineHeapMB`; the process exits with the command's exit code. */
export function runOnEngineThread(script: string, args: string[], engineHeapMB: number): void {
  const heapMB = hostHeapMB(engineHeapMB);
  const worker = new Worker(script, { argv: args, resourceLimits: engineThreadLimits(heapMB) });
  let failure: unknown;
  worker.on('error', (err) => (failure = err));
  worker.on('exit', (code) => {
    if (failure === undefined) {
      process.exitCode = code;
      return;
    }
    const outOfMemory = (failure as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
    process.stderr.write(outOfMemory ? `\n${heapFatalText()}\n(${describeThreadFailure(failure, heapMB)})\n` : `glassbox: internal error: ${describeThreadFailure(failure, heapMB)}\n`);
    process.exitCode = outOfMemory ? 134 : 70;
  });
}
