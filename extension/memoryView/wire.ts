// The heapGraph body as the Memory view reads it: the protocol's HeapGraphBody plus the
// fields issue 13's contract adds (`heap`, `gc`, `freed`, roots with frame -1, the
// `collectGarbage` request). They are optional here, so a body without them hides the
// sparkline and the GC colouring instead of breaking the view.
import type { HeapGraphBody, HeapGraphNode } from '../../adapter/protocol';

/** Custom request, no arguments: a collection now; body CollectGarbageBody. The adapter then sends `invalidated`. */
export const COLLECT_GARBAGE_REQUEST = 'collectGarbage';
export interface CollectGarbageBody { freed: number; freedBytes: number; liveBytes: number }

export interface HeapAccount { usedBytes: number; limitBytes: number; collections: number }
export interface GcStop { phase: 'mark' | 'sweep'; text: string; markOrder: number[]; freed: number[] }

export type WireNode = HeapGraphNode & { freed?: boolean };
export type WireGraph = Omit<NonNullable<HeapGraphBody>, 'nodes'> & { nodes: WireNode[]; heap?: HeapAccount; gc?: GcStop };
