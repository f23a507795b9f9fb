// The heap limit's default, apart from the engine so that a launcher can know it without
// loading the engine.

/** Node's words when a program exhausts the heap; `reason` is V8's ('Reached heap limit', 'invalid array length'). */
export function heapFatalText(reason = 'Reached heap limit'): string {
  return `FATAL ERROR: ${reason} Allocation failed - JavaScript heap out of memory`;
}

/** Node's default is bigger, but a learner's runaway loop should end quickly. */
export const DEFAULT_MAX_HEAP_MB = 1024;

/** Host bytes the engine uses per accounted byte at worst (objects with few properties, peak RSS): measured 11-12. */
export const HOST_BYTES_PER_ACCOUNTED_BYTE = 12;

/** The default in the debugger: less, as VS Code and the learner's other tools share the machine. */
export const DEFAULT_DEBUG_HEAP_MB = 512;
