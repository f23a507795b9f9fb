// Turns the benchmark's measurements into the printed table: per program each engine's
// time and its ratio to node --jitless, then the geometric mean of the ratios.
import { Outcome } from './engines';

/** One program's best outcome per engine, in the engines' order (node --jitless first). */
export interface ProgramResult {
  program: string;
  outcomes: Outcome[];
}

/** A measurement usable for timing: it finished without error. */
function timed(o: Outcome): boolean {
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

function geomean(xs: number[]): number {
  return Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
}

function pad(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((s, c) => (c === 0 ? s.padEnd(widths[c]) : s.padStart(widths[c]))).join('  ')).join('\n');
}

/**
 * The table, plus a geometric-mean row over the programs that every engine finished
 * (ratios are only comparable across engines on the same set of programs).
 */
export function formatTable(engineNames: string[], results: ProgramResult[]): string {
  const header = ['program', ...engineNames.map((n, i) => (i === 0 ? `${n} ms` : `${n} ms (ratio)`))];
  const rows = [header, ...results.map((r) => [r.program, ...r.outcomes.map((o, i) => cell(o, r.outcomes[0], i === 0))])];
  const common = results.filter((r) => r.outcomes.every(timed));
  const lines: string[] = [];
  if (common.length > 0) {
    const means = engineNames.map((_, i) => geomean(common.map((r) => r.outcomes[i].ms / r.outcomes[0].ms)));
    rows.push(['geomean of ratios', ...means.map((m) => `${m.toFixed(1)}x`)]);
    const left = results.filter((r) => !common.includes(r)).map((r) => r.program);
    lines.push(
      left.length === 0
        ? `Geometric mean over all ${common.length} program(s).`
        : `Geometric mean over the ${common.length} programs every engine finished (left out: ${left.join(', ')}).`,
    );
  } else {
    lines.push('No program finished on every engine, so there is no geometric mean.');
  }
  return [pad(rows), ...lines].join('\n');
}

/** Geometric mean of engine a's time over engine b's, over the programs both finished. */
export function compare(results: ProgramResult[], a: number, b: number): { ratio: number; count: number } | null {
  const both = results.filter((r) => timed(r.outcomes[a]) && timed(r.outcomes[b]));
  if (both.length === 0) return null;
  return { ratio: geomean(both.map((r) => r.outcomes[a].ms / r.outcomes[b].ms)), count: both.length };
}
