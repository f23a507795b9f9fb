// One run's heap: owns its account, collects garbage when the allocation budget is spent
// (at safe points, see check), and ends the run with Node's fatal error when live bytes
// pass the limit.
import { HeapExhausted } from '../errors/internal';
import { HEAP_KIND_NAMES, HeapAccount, HeapKindName, useAccount } from './account';
import { CollectorHooks, GcReport, collect } from './collector';
import { markHeap } from './mark';

const MB = 1024 * 1024;

/** Plain data for the CLI, the adapter and the Memory view. */
export interface HeapStats {
  limitBytes: number;
  liveBytes: number;
  allocatedSinceMeasure: number;
  measurements: number;
  /** Collections so far (automatic, gc() and the debugger's). */
  collections: number;
  /** Bytes all sweeps freed so far. */
  freedBytes: number;
  /** Host milliseconds spent marking and sweeping so far (the bench's measure of the collector's cost). */
  collectorMs: number;
  kinds: Record<HeapKindName, { count: number; bytes: number }>;
}

export class HeapLimit {
  readonly account: HeapAccount;
  /** The last collection's figures (also when it ended the run). */
  lastReport: GcReport | null = null;
  private collectorMs = 0;

  /** `budgetBytes` fixes the allocation between automatic collections (tests make it tiny). */
  constructor(maxHeapMB: number, private readonly hooks: CollectorHooks, budgetBytes?: number) {
    this.account = new HeapAccount(maxHeapMB * MB, budgetBytes);
    this.account.onOverBudget = (need) => this.overBudget(need);
  }

  /** Everything allocated so far (the realm) is never swept: builtins keep some of it in host closures. */
  makeResidentPermanent(trackCells: boolean): void {
    this.account.permanent = this.account.space.length;
    this.account.tracking = trackCells;
  }

  /** Makes this run's account the one allocations are charged to. */
  activate(): void {
    useAccount(this.account);
  }

  /** At safe points (between slices, no host code mid-way): collects when the budget is spent. */
  check(): void {
    const a = this.account;
    if (a.sweepDue || a.since > a.threshold) this.collect('automatic');
  }

  /** A full collection; throws HeapExhausted when what lives is past the limit. */
  collect(reason: GcReport['reason']): GcReport {
    const start = performance.now();
    const report = collect(this.account, this.hooks, reason);
    // Its figures only: the lists of marked and swept cells would keep every live cell's slot (8 bytes each) until the next one.
    this.lastReport = { ...report, markOrder: [], freedCells: [] };
    this.collectorMs += performance.now() - start;
    if (report.liveBytes > this.account.limitBytes) throw new HeapExhausted('Reached heap limit', report.liveBytes);
    return report;
  }

  /**
   * Marks from the roots and resets the account's figures, sweeping nothing: a builtin may be
   * mid-way with cells only its host locals hold. Throws HeapExhausted past the limit.
   */
  measure(need = 0): void {
    const a = this.account;
    const start = performance.now();
    const live = markHeap([...this.hooks.roots(), a.pinned, a.keptAlive], a.space, a.permanent);
    a.reset(live.counts, live.bytes, live.bufferBytes);
    this.collectorMs += performance.now() - start;
    if (live.total + need > this.account.limitBytes) throw new HeapExhausted('Reached heap limit', live.total);
  }

  /** A builtin's allocation passed the budget: measure now, collect at the next safe point. */
  private overBudget(need: number): void {
    this.account.sweepDue = true;
    this.measure(need);
  }

  stats(): HeapStats {
    const a = this.account;
    const kinds = {} as HeapStats['kinds'];
    HEAP_KIND_NAMES.forEach((name, k) => { kinds[name] = { count: a.counts[k], bytes: a.bytes[k] }; });
    return {
      limitBytes: a.limitBytes, liveBytes: a.live, allocatedSinceMeasure: a.since, measurements: a.measurements,
      collections: a.collections, freedBytes: a.freedBytes, collectorMs: this.collectorMs, kinds,
    };
  }
}
