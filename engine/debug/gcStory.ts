// A collection told for the learner as its two phases, as the stops of `stepIntoGc`,
// `glassbox trace` and the Memory view's header name them.
import { Msg, formatMessage } from '../errors/messages';
import type { GcReport } from '../heap/collector';
import { count } from '../tier/events';

export type GcPhase = 'mark' | 'sweep';

/** `GC: mark phase: 12 roots, 40 objects marked` or `GC: sweep phase: 3 objects freed, 240 bytes`. */
export function gcPhaseText(r: GcReport, phase: GcPhase): string {
  return phase === 'mark'
    ? formatMessage(Msg.GcMarkPhase, count(r.roots), count(r.marked))
    : formatMessage(Msg.GcSweepPhase, count(r.freed), count(r.freedBytes));
}
