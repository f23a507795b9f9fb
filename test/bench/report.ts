// Turns the benchmark's measurements into the printed table: per program each engine's
// time and its ratio to node --jitless, then each engine's geometric mean of the ratios.
import { Outcome } from './engines';

/** One program's best outcome per engine, in the engines' order (node --jitless first). */
export interface ProgramResult {
  program: string;
  outcomes: Outcome[];
}

/** A measurement usable for timing: it finished without error. */
export function timed(o: Outcome): boolean {
  return !o.error && !o.timedOut;
}

function formatMs(ms: number): string {
  return ms < 10 ? ms.toFixed(1) : ms.toFixed(0);
}

function cell(o: Outcome, reference: Outcome, isReference: boolean): string {
  if (o.error) return 'ERROR';
  if (o.timedOut) return `>${formatMs(o.ms)} (timeout)`;
  if (isReference) return formatMs(o.ms);
  return `${formatMs(o.ms)} (${(o.ms / reference.ms).toFixed(1)}x)`;
}

export function geomean(xs: number[]): number {
  return Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
}

/** Aligns the columns: the first `leftColumns` to the left (names), the rest to the right (numbers). */
export function pad(rows: string[][], leftColumns = 1): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((s, c) => (c < leftColumns ? s.padEnd(widths[c]) : s.padStart(widths[c]))).join('  ').trimEnd()).join('\n');
}

/** An engine's geomean cell: over the programs it and the reference both finished, with how many when not all. */
function meanCell(results: ProgramResult[], i: number): string {
  const c = compare(results, i, 0);
  if (c === null) return '-';
  return c.count === results.length ? `${c.ratio.toFixed(1)}x` : `${c.ratio.toFixed(1)}x (${c.count}/${results.length})`;
}

/**
 * The table, plus a geometric-mean row: each engine's over the programs it finished, with
 * a note naming those left out (ratios compare best across engines on the same programs).
 */
export function formatTable(engineNames: string[], results: ProgramResult[]): string {
  const header = ['program', ...engineNames.map((n, i) => (i === 0 ? `${n} ms` : `${n} ms (ratio)`))];
  const rows = [header, ...results.map((r) => [r.program, ...r.outcomes.map((o, i) => cell(o, r.outcomes[0], i === 0))])];
  rows.push(['geomean of ratios', ...engineNames.map((_, i) => meanCell(results, i))]);
  const partial = engineNames.flatMap((name, i) => {
    const left = results.filter((r) => !timed(r.outcomes[i]) || !timed(r.outcomes[0])).map((r) => r.program);
    return left.length === 0 ? [] : [`${name} (left out: ${left.join(', ')})`];
  });
  const note = partial.length === 0
    ? `Geometric means over all ${results.length} program(s).`
    : `Geometric means over the programs each engine finished; partial: ${partial.join('; ')}.`;
  return [pad(rows), note].join('\n');
}

/** Geometric mean of engine a's time over engine b's, over the programs both finished. */
export function compare(results: ProgramResult[], a: number, b: number): { ratio: number; count: number } | null {
  const both = results.filter((r) => timed(r.outcomes[a]) && timed(r.outcomes[b]));
  if (both.length === 0) return null;
  return { ratio: geomean(both.map((r) => r.outcomes[a].ms / r.outcomes[b].ms)), count: both.length };
}
