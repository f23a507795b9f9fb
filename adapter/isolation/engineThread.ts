// The thread the engine runs on, for the CLI and the debug adapter alike: a worker with a
// large stack (so parsing and compiling deep programs has room) and a cap on its host heap
// (so a program that outgrows the engine's own accounting ends that thread, not its host).
import * as os from 'node:os';
import type { ResourceLimits } from 'node:worker_threads';
import { HOST_BYTES_PER_ACCOUNTED_BYTE } from '../../engine/heap/defaults';

/** Stack of the engine's thread: deep nesting in a program nests the parser and compiler. */
export const ENGINE_STACK_MB = 256;

/** Overrides the host heap cap of the engine's thread (MB); used to test containment. */
export const HOST_HEAP_ENV = 'GLASSBOX_HOST_HEAP_MB';

/**
 * The host heap cap of the engine's thread (MB): GLASSBOX_HOST_HEAP_MB, else room for the
 * engine's own limit of `engineHeapMB` (so that the engine's accounting, which can say
 * where the program was, ends a runaway program first), at most 3/4 of the machine.
 */
export function hostHeapMB(engineHeapMB: number, env: NodeJS.ProcessEnv = process.env): number {
  const fromEnv = Number(env[HOST_HEAP_ENV]);
  if (Number.isInteger(fromEnv) && fromEnv >= 16) return fromEnv;
  const wanted = Math.ceil(engineHeapMB * HOST_BYTES_PER_ACCOUNTED_BYTE) + 256;
  return Math.max(512, Math.min(wanted, Math.floor((os.totalmem() / 2 ** 20) * 0.75)));
}

export function engineThreadLimits(heapMB: number): ResourceLimits {
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
