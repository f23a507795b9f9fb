// One run's heap limit: owns its account, measures the live heap when the budget is
// spent, and ends the run with Node's fatal error when live bytes pass the limit.
import { HeapExhausted } from '../errors/internal';
import { HEAP_KIND_NAMES, HeapAccount, HeapKindName, useAccount } from './account';
import { measureLive } from './measure';

const MB = 1024 * 1024;

/** Plain data for the CLI, the adapter and a later Memory view. */
export interface HeapStats {
  limitBytes: number;
  liveBytes: number;
  allocatedSinceMeasure: number;
  measurements: number;
  kinds: Record<HeapKindName, { count: number; bytes: number }>;
}

export class HeapLimit {
  readonly account: HeapAccount;

  constructor(maxHeapMB: number, private readonly roots: () => unknown[]) {
    this.account = new HeapAccount(maxHeapMB * MB);
    this.account.onOverBudget = (need) => this.measure(need);
  }

  /** Makes this run's account the one allocations are charged to. */
  activate(): void {
    useAccount(this.account);
  }

  /** At slice boundaries: measure when the budget is spent. */
  check(): void {
    if (this.account.since > this.account.threshold) this.measure(0);
  }

  /** Marks from the roots and resets the account; throws HeapExhausted past the limit. */
  measure(need = 0): void {
    const live = measureLive([...this.roots(), this.account.pinned]);
    this.account.reset(live.counts, live.bytes);
    if (live.total + need > this.account.limitBytes) throw new HeapExhausted('Reached heap limit', live.total);
  }

  stats(): HeapStats {
    const a = this.account;
    const kinds = {} as HeapStats['kinds'];
    HEAP_KIND_NAMES.forEach((name, k) => { kinds[name] = { count: a.counts[k], bytes: a.bytes[k] }; });
    return { limitBytes: a.limitBytes, liveBytes: a.live, allocatedSinceMeasure: a.since, measurements: a.measurements, kinds };
  }
}
