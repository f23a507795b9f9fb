// The heapGraph body as the Memory view reads it. `heap` is optional here, as in the
// hand-written bodies of the view's tests: a body without it hides the sparkline.
import type { HeapGraphBody, HeapGraphHeap } from '../../adapter/protocol';

export { COLLECT_GARBAGE_REQUEST, type CollectGarbageBody } from '../../adapter/protocol';

export type WireGraph = Omit<NonNullable<HeapGraphBody>, 'heap'> & { heap?: HeapGraphHeap };
