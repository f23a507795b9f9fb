// The thread the engine runs on, for the CLI and the debug adapter alike: a worker with a
// large stack (so parsing and compiling deep programs has room) and a cap on its host heap
// (so a program that outgrows the engine's own accounting ends that thread, not its host).
import * as os from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';

/** Stack of the engine's thread: deep nesting in a program nests the parser and compiler. */
export const ENGINE_STACK_MB = 256;

/** Overrides the host heap cap of the engine's thread (MB); used to test containment. */
export const HOST_HEAP_ENV = 'GLASSBOX_HOST_HEAP_MB';

/** The host heap cap of the engine's thread: GLASSBOX_HOST_HEAP_MB, else half the machine's memory, at most 8 GiB. */
export function hostHeapMB(env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env[HOST_HEAP_ENV]);
  if (Number.isInteger(fromEnv) && fromEnv >= 16) return fromEnv;
  return Math.max(512, Math.min(8192, Math.floor(os.totalmem() / 2 ** 21)));
}

export function engineThreadLimits(heapMB = hostHeapMB()): ResourceLimits {
  return { stackSizeMb: ENGINE_STACK_MB, maxOldGenerationSizeMb: heapMB };
}

/** Why the engine's thread died, in a learner's words. */
export function describeThreadFailure(err: unknown, heapMB: number): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `the program ran the engine out of host memory (its thread's ${heapMB} MB heap cap was reached)`;
  }
  return `the engine's thread failed: ${e instanceof Error ? e.message : String(err)}`;
}
