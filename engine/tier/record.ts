// What the tier knows about one function: whether it may be optimized, how often it was,
// and each deoptimization with its reason. Plain data, read by the hotness view.
export type DeoptReason = 'notANumber' | 'wrongShape';

export interface DeoptRecord {
  reason: DeoptReason;
  /** The source line of the guard that failed. */
  line: number;
}

/** 'never': the tier refuses this function (generators and async functions, or too many deopts). */
export type TierState = 'baseline' | 'optimized' | 'never';

export interface TierRecord {
  state: TierState;
  /** Optimized copies built so far (re-optimization after a deopt is capped). */
  optimizations: number;
  deopts: DeoptRecord[];
}

/** Optimized copies a function may get; after that many deopts it stays in plain bytecode. */
export const MAX_OPTIMIZATIONS = 4;
