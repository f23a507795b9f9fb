// After the mark, before the sweep: what weak holders lose. Dead WeakRef targets are
// cleared, dead WeakMap/WeakSet entries deleted, and registrations with dead targets move
// to their registry's `cleared` list for a cleanup task.
import type { MarkResult } from './mark';
import { isLive } from './mark';
import type { FinalizationRegistryObject } from './weakCells';

/** Applies the mark to every live weak holder; returns the registries that need a cleanup task. */
export function clearDeadReferents(m: MarkResult): FinalizationRegistryObject[] {
  const live = (v: unknown): boolean => isLive(v, m.mark);
  for (const ref of m.weakRefs) if (ref.target !== undefined && !live(ref.target)) ref.target = undefined;
  for (const map of m.weakMaps) for (const k of map.data.keys()) if (!live(k)) map.data.delete(k);
  for (const set of m.weakSets) for (const v of set.data) if (!live(v)) set.data.delete(v);
  const due: FinalizationRegistryObject[] = [];
  for (const registry of m.registries) {
    const kept = [];
    for (const cell of registry.cells) {
      if (cell.token !== undefined && !live(cell.token)) cell.token = undefined;
      if (live(cell.target)) { kept.push(cell); continue; }
      cell.target = undefined;
      registry.cleared.push(cell);
    }
    for (const cell of registry.cleared) if (cell.token !== undefined && !live(cell.token)) cell.token = undefined;
    registry.cells = kept;
    if (registry.cleared.length > 0 && !registry.cleanupQueued) {
      registry.cleanupQueued = true;
      due.push(registry);
    }
  }
  return due;
}
