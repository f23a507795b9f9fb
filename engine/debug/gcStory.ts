// A collection told for the learner: the mark phase, then the sweep, as the stops of
// `stepIntoGc`, `glassbox trace` and the Memory view's header name them.
import type { GcReport } from '../heap/collector';

export type GcPhase = 'mark' | 'sweep';

/** What started a collection, in words. */
const CAUSE: Record<GcReport['reason'], string> = {
  'gc()': 'gc() was called',
  automatic: 'the heap grew past its threshold',
  debugger: 'Collect garbage was asked for',
};

const count = (n: number, one: string): string => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

/** `GC: mark phase: 12 roots, 40 objects marked` or `GC: sweep phase: 3 objects freed, 240 bytes`. */
export function gcPhaseText(r: GcReport, phase: GcPhase): string {
  return phase === 'mark'
    ? `GC: mark phase: ${count(r.roots, 'root')}, ${count(r.marked, 'object')} marked`
    : `GC: sweep phase: ${count(r.freed, 'object')} freed, ${count(r.freedBytes, 'byte')}`;
}

/** Why the collection ran: `gc() was called`. */
export function gcCauseText(r: GcReport): string {
  return CAUSE[r.reason];
}

/** The line a whole collection is told in (the Debug Console). */
export function gcSummaryText(r: GcReport): string {
  return `GC because ${CAUSE[r.reason]}: ${count(r.roots, 'root')}, ${count(r.marked, 'object')} marked, ${count(r.freed, 'object')} freed (${count(r.freedBytes, 'byte')}); live heap ${count(r.liveBytes, 'byte')}`;
}
