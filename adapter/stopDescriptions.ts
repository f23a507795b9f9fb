// What a stop is called over DAP: the reason (one of DAP's) and a description that names
// the phase the engine is in, e.g. "Creation phase of multiply(e, f): declarations hoisted".
import type { StopView } from '../engine';
import type { RunnerStop } from './runner';

export interface StopText {
  reason: string;
  description: string;
  /** Extra text: the exception for exception stops. */
  text?: string;
  /** The client breakpoints this stop hit, when the text's source knows them (a data breakpoint's). */
  hitBreakpointIds?: number[];
}

/** The phase the engine is in at a stop. */
export function phaseDescription(stop: StopView): string {
  if (stop.phase === 'task') return `Event loop: ${stop.task ?? 'next task'}`;
  if (stop.phase === 'execution') return 'Execution phase';
  if (stop.isGlobal) return 'Creation phase of the global execution context: declarations hoisted';
  if (stop.loading) return `Loading ${stop.loading}: creation phase of its module function, declarations hoisted`;
  // A function without a name is told by its source start, which shows its parameters already.
  const what = stop.functionName ? `${stop.functionName}(${stop.params.join(', ')})` : stop.displayName;
  return `Creation phase of ${what}: declarations hoisted`;
}

/** The reason and description of a stop; `functionBreakpoint` tells a function breakpoint from a line one. */
export function describeStop(stop: RunnerStop, functionBreakpoint = false): StopText {
  if (stop.kind === 'idle') {
    const wait = Math.max(0, Math.round(stop.msUntilNextTimer));
    return { reason: 'pause', description: `Event loop: idle, waiting ${wait} ms for the next timer` };
  }
  const s = stop.stop;
  const phase = phaseDescription(s);
  // VS Code shows the description instead of its own "Paused on breakpoint": keep what it would say.
  switch (s.kind) {
    case 'entry': return { reason: 'entry', description: phase };
    case 'step': return { reason: 'step', description: phase };
    case 'pause': return { reason: 'pause', description: `Paused · ${phase}` };
    case 'breakpoint': return functionBreakpoint
      ? { reason: 'function breakpoint', description: `Paused on function breakpoint · ${phase}` }
      : { reason: 'breakpoint', description: `Paused on breakpoint · ${phase}` };
    case 'debugger': return { reason: 'pause', description: `Paused on debugger statement · ${phase}` };
    case 'exception': {
      const which = s.exception?.uncaught === false ? 'exception' : 'uncaught exception';
      return { reason: 'exception', description: `Paused on ${which} · ${phase}`, text: s.exception?.text };
    }
    case 'data': return { reason: 'data breakpoint', description: `Paused on data breakpoint · ${s.change?.text ?? phase}`, text: s.change?.text };
  }
}

/** The stop shown when an exception nothing caught has ended the run (no frames are left). */
export function describeUncaughtEnd(report: string): StopText {
  const description = report.startsWith('Uncaught (in promise)') ? 'Event loop: unhandled promise rejection' : 'The run ended with an uncaught exception';
  return { reason: 'exception', description, text: report.split('\n')[0] };
}

/** The engine's heap limit ended the run: Node would die here with its FATAL ERROR. */
export function describeHeapFatal(limitBytes: number, liveBytes: number): StopText {
  const mb = (n: number): string => `${Math.round(n / 2 ** 20 * 10) / 10} MB`;
  return {
    reason: 'exception',
    description: `Out of memory: the heap limit of ${mb(limitBytes)} was reached (live ${mb(liveBytes)}). Continue to end the run as Node would.`,
    text: `Heap limit of ${mb(limitBytes)} reached (live ${mb(liveBytes)})`,
  };
}

/** A stop at a deoptimization (launch option stopOnDeopt): `text` is the tier event's line. */
export function describeDeoptStop(text: string, reason: string): StopText {
  return { reason: 'deoptimization', description: `Paused on deoptimization · ${text}`, text: `Deoptimized: ${reason}` };
}
