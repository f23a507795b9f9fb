// The bench's summary against issue 12's targets: Glassbox's geomean and worst program
// against node --jitless, bytes per {x, y} object, and what the debugger costs when attached.
import type { Outcome } from './engines';
import type { BytesPerObject } from './bytesPerObject';
import { compare, geomean, pad, ProgramResult, timed } from './report';

export const TARGETS = {
  /** Glassbox's geomean of ratios to node --jitless, start-up subtracted. */
  geomean: 6,
  /** No program's ratio to node --jitless above this. */
  program: 10,
  /** Host bytes per {x, y} object. */
  bytesPerObject: 150,
  /** Debugger attached with a never-hit breakpoint, over no debugger. */
  debuggerOverhead: 1.1,
} as const;

/** One program timed on Glassbox without a debugger and with a never-hit breakpoint. */
export interface DebuggerResult {
  program: string;
  plain: Outcome;
  attached: Outcome;
}

export interface Target {
  goal: string;
  measured: string;
  /** null: not measured in this run. */
  met: boolean | null;
}

function ratios(results: DebuggerResult[]): { program: string; ratio: number }[] {
  return results.filter((r) => timed(r.plain) && timed(r.attached)).map((r) => ({ program: r.program, ratio: r.attached.ms / r.plain.ms }));
}

function worst<T extends { ratio: number }>(xs: T[]): T | null {
  return xs.reduce<T | null>((w, x) => (w === null || x.ratio > w.ratio ? x : w), null);
}

/** Per program: ms without a debugger, with a never-hit breakpoint, and their ratio; then the max and the geomean. */
export function formatDebuggerOverhead(results: DebuggerResult[]): string {
  const ms = (o: Outcome) => (timed(o) ? o.ms.toFixed(o.ms < 10 ? 1 : 0) : o.error ? 'ERROR' : 'timeout');
  const rows = [['program', 'no debugger ms', 'never-hit breakpoint ms', 'ratio']];
  for (const r of results) {
    const ratio = timed(r.plain) && timed(r.attached) ? `${(r.attached.ms / r.plain.ms).toFixed(2)}x` : '-';
    rows.push([r.program, ms(r.plain), ms(r.attached), ratio]);
  }
  const all = ratios(results);
  const top = worst(all);
  if (top) rows.push(['max', '', '', `${top.ratio.toFixed(2)}x (${top.program})`], ['geomean', '', '', `${geomean(all.map((x) => x.ratio)).toFixed(2)}x`]);
  return pad(rows);
}

/**
 * Issue 12's four targets, each with what this run measured; `glassbox` and `node` are
 * indexes into each result's outcomes.
 */
export function evaluateTargets(results: ProgramResult[], glassbox: number, node: number, bytes: BytesPerObject | { error: string }, debug: DebuggerResult[]): Target[] {
  const vsNode = compare(results, glassbox, node);
  const perProgram = results
    .filter((r) => timed(r.outcomes[glassbox]) && timed(r.outcomes[node]))
    .map((r) => ({ program: r.program, ratio: r.outcomes[glassbox].ms / r.outcomes[node].ms }));
  const over = perProgram.filter((p) => p.ratio > TARGETS.program);
  const slowest = worst(perProgram);
  const overhead = worst(ratios(debug));
  return [
    {
      goal: `Glassbox geomean <= ${TARGETS.geomean}x node --jitless`,
      measured: vsNode ? `${vsNode.ratio.toFixed(2)}x over ${vsNode.count} program(s)` : 'no program finished',
      met: vsNode ? vsNode.ratio <= TARGETS.geomean : null,
    },
    {
      goal: `no program over ${TARGETS.program}x node --jitless`,
      measured: over.length > 0
        ? `over: ${over.map((p) => `${p.program} ${p.ratio.toFixed(1)}x`).join(', ')}`
        : slowest ? `slowest ${slowest.program} ${slowest.ratio.toFixed(1)}x` : 'no program finished',
      met: slowest ? over.length === 0 : null,
    },
    {
      goal: `<= ${TARGETS.bytesPerObject} bytes per {x, y} object`,
      measured: 'error' in bytes ? bytes.error : `${bytes.bytes.toFixed(1)} bytes`,
      met: 'error' in bytes ? null : bytes.bytes <= TARGETS.bytesPerObject,
    },
    {
      goal: `never-hit breakpoint <= ${TARGETS.debuggerOverhead.toFixed(2)}x no debugger`,
      measured: overhead ? `max ${overhead.ratio.toFixed(2)}x (${overhead.program})` : 'no program finished',
      met: overhead ? overhead.ratio <= TARGETS.debuggerOverhead : null,
    },
  ];
}

export function formatTargets(targets: Target[]): string {
  const verdict = (met: boolean | null) => (met === null ? 'NOT MEASURED' : met ? 'met' : 'NOT MET');
  return pad([['target', 'measured', ''], ...targets.map((t) => [t.goal, t.measured, verdict(t.met)])], 3);
}
