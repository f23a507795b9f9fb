// A GC stop in the Memory view: at the mark phase the boxes light up in the order the
// collector reached them; at the sweep phase the survivors stay lit and the swept boxes
// (drawn with `freed`) fade out through CSS.
import type { HeapGraphGc } from '../../../adapter/protocol';
import { heapKey } from '../model';

/** The whole marking plays in about this long, however many boxes there are. */
const MARK_DURATION_MS = 2400;
const MAX_STEP_MS = 180;

/** `current` says whether the drawing it plays on is still the one shown. */
export function playGc(canvas: HTMLElement, gc: HeapGraphGc, current: () => boolean): void {
  const boxOf = (id: number) => canvas.querySelector<HTMLElement>(`.box[data-key="${heapKey(id)}"]`);
  if (gc.phase === 'sweep') {
    canvas.querySelectorAll<HTMLElement>('.box.heap:not(.freed)').forEach((e) => e.classList.add('marked'));
    return;
  }
  const step = Math.min(MAX_STEP_MS, MARK_DURATION_MS / Math.max(1, gc.markOrder.length));
  gc.markOrder.forEach((id, i) => {
    setTimeout(() => {
      // A newer drawing has replaced this one.
      if (!current()) return;
      boxOf(id)?.classList.add('marked');
    }, i * step);
  });
}
