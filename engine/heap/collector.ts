// The mark-and-sweep collector over one heap account: mark from the roots (mark.ts), clear
// what weak holders lost (weakSweep.ts), sweep the account's space, and report.
import type { Env } from '../env/env';
import { Msg, formatMessage } from '../errors/messages';
import { count } from '../tier/events';
import { HeapKind, type HeapAccount, type HeapCell } from './account';
import { envBytes, markHeap, objectBytes, type MarkResult } from './mark';
import { JSObject } from './object';
import { poisonCells } from './poison';
import type { FinalizationRegistryObject } from './weakCells';
import { clearDeadReferents } from './weakSweep';

/** One collection, as onGc and the debugger get it. */
export interface GcReport {
  reason: 'gc()' | 'automatic' | 'debugger';
  roots: number;
  marked: number;
  freed: number;
  freedBytes: number;
  liveBytes: number;
  /** Cells in the order the mark phase reached them. */
  markOrder: (JSObject | Env)[];
  /** The swept cells, still intact while onGc runs. */
  freedCells: (JSObject | Env)[];
}

/** What a collection needs from its agent. */
export interface CollectorHooks {
  /** Everything the program can reach from (realm, machine, event loop, debugger...). */
  roots(): unknown[];
  /** Queues a registry's cleanup task on the event loop. */
  queueCleanup(registry: FinalizationRegistryObject): void;
  onGc?: (report: GcReport) => void;
  /** Makes swept cells unusable after onGc (AgentOptions.gcPoison). */
  poison?: boolean;
}

/** One line for a collection: "gc(): 12 roots, 340 marked, 3 freed (240 bytes), 9,120 bytes live". */
export function describeGc(r: GcReport): string {
  return formatMessage(Msg.GcReport, r.reason, count(r.roots), count(r.marked), count(r.freed), count(r.freedBytes), count(r.liveBytes));
}

/** Collects `account`'s garbage: its live figures replace the account's, its swept cells leave the space. */
export function collect(account: HeapAccount, hooks: CollectorHooks, reason: GcReport['reason']): GcReport {
  const m = markHeap([...hooks.roots(), account.pinned, account.keptAlive], account.space, account.permanent);
  for (const registry of clearDeadReferents(m)) hooks.queueCleanup(registry);
  const tracked = account.tracking;
  const freedCells = tracked ? sweep(account.space, m.mark) : [];
  // Every swept cell sat below the watermark, so the natives' marks move down by all of them.
  for (const nf of m.nativeFrames) if (nf.spaceMark >= m.watermark) nf.spaceMark -= freedCells.length;
  let freedBytes = 0;
  let freed = freedCells.length;
  if (tracked) for (const c of freedCells) freedBytes += c instanceof JSObject ? objectBytes(c) : envBytes(c);
  else ({ freed, freedBytes } = freedByAccount(account, m));
  account.reset(m.counts, m.bytes, m.bufferBytes);
  account.collections++;
  account.freedBytes += freedBytes;
  account.sweepDue = false;
  const report: GcReport = {
    reason, roots: m.roots, marked: m.order.length, freed, freedBytes, liveBytes: m.total,
    markOrder: m.order, freedCells,
  };
  hooks.onGc?.(report);
  if (hooks.poison) poisonCells(freedCells);
  return report;
}

/**
 * Untracked cells: what was allocated or live before, less what the mark found, per kind of
 * cell (strings are not cells: the host frees them). The account counts every allocation.
 */
function freedByAccount(account: HeapAccount, m: MarkResult): { freed: number; freedBytes: number } {
  let freed = 0;
  let freedBytes = 0;
  for (let k = 0; k < account.counts.length; k++) {
    if (k === HeapKind.String) continue;
    freed += Math.max(0, account.counts[k] - m.counts[k]);
    freedBytes += Math.max(0, account.bytes[k] - m.bytes[k]);
  }
  return { freed, freedBytes };
}

/** Keeps the marked cells in place, in allocation order; returns the others. */
function sweep(space: HeapCell[], mark: number): HeapCell[] {
  const freed: HeapCell[] = [];
  let kept = 0;
  for (let i = 0; i < space.length; i++) {
    const c = space[i];
    if (c.heapMark === mark) space[kept++] = c;
    else freed.push(c);
  }
  space.length = kept;
  return freed;
}
