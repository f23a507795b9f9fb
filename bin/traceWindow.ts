// `glassbox trace --from N --to M`: which stops of the story are told. The run always executes
// from its start; only what happens at steps N..M (StopView.step, the debugger's moments) is printed.

/** Steps from..to, both included; either end may be open. */
export interface TraceWindow { from?: number; to?: number }

/** The flags that name a window, as `--from N`, `--from=N`, `--to M` or `--to=M`. */
export const WINDOW_FLAGS = ['--from', '--to'] as const;

/** A step number as the learner types it, or undefined when it is not one. */
export function parseStep(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** What is wrong with a window, or undefined when it can be told. */
export function windowProblem(w: TraceWindow): string | undefined {
  if (w.from !== undefined && w.to !== undefined && w.from > w.to) return `--from ${w.from} is after --to ${w.to}`;
  return undefined;
}

export function isWindowed(w: TraceWindow): boolean {
  return w.from !== undefined || w.to !== undefined;
}

export function inWindow(w: TraceWindow, step: number): boolean {
  return step >= (w.from ?? 0) && step <= (w.to ?? Infinity);
}

/** The trace's first line when a window is asked for. */
export function windowHeader(w: TraceWindow): string {
  const end = w.to === undefined ? 'the end' : String(w.to);
  return `── steps ${w.from ?? 0} to ${end} (the run executes from its start; only this window is told)`;
}
