// The Memory view's requests answered for a paused thread: the heap graph with the heap's
// size (and at a GC stop the collection's phase), and a collection asked for by the learner.
import type { GcPhase, GcReport } from '../engine';
import type { CollectGarbageBody, HeapGraphBody } from './protocol';
import type { AgentThread } from './threads';

/**
 * The graph of what `t`'s stopped frames, globals and timers reach, with the accounted heap's
 * size; the frame `frameId` names (a frame of this stop, else the innermost) is drawn first.
 */
export function heapGraphBody(t: AgentThread, collection?: { report: GcReport; phase: GcPhase }, frameId?: number): NonNullable<HeapGraphBody> {
  const stats = t.run.heapStats();
  const heap = { usedBytes: stats.liveBytes + stats.allocatedSinceMeasure, limitBytes: stats.limitBytes, collections: stats.collections };
  const selected = frameId === undefined ? 0 : t.variables.frameIds.indexOf(frameId) ?? 0;
  return { ...t.dbg.heapGraph(collection, selected), heap, thread: t.name };
}

/** Runs the collector on `t`'s heap now. */
export function collectGarbage(t: AgentThread): CollectGarbageBody {
  const r = t.run.collectGarbage();
  return { freed: r.freed, freedBytes: r.freedBytes, liveBytes: r.liveBytes };
}
