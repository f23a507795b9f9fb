// The hotness view: per function of a program, its counts and tier, as plain data for the
// debugger's CodeLens (adapter `hotness` request) and tests. Read at a stop, never cached.
import type { FunctionCode } from '../bytecode/code';
import { allCode } from '../bytecode/walk';
import { deoptReasonText } from './events';
import type { TierState } from './record';
import { tierDisplayName, type TierThresholds } from './tiering';

export interface FunctionHotness {
  name: string;
  /** Where the function starts (1-based line and column). */
  line: number;
  column: number;
  calls: number;
  backEdges: number;
  /** Past a threshold (the tier may still have refused it: see `tier`). */
  hot: boolean;
  tier: TierState;
  deopts: number;
  /** The last deoptimization's reason as the learner reads it ('not a number'). */
  lastDeoptReason: string | null;
}

/** Every function of `program` that ran, in source order; the program itself when it looped. */
export function hotnessOf(program: FunctionCode, thresholds: TierThresholds): FunctionHotness[] {
  const out: FunctionHotness[] = [];
  for (const code of allCode(program)) {
    if (code.calls === 0 && code.backEdges === 0) continue;
    const deopts = code.tier?.deopts ?? [];
    out.push({
      name: tierDisplayName(code),
      line: code.range.line,
      column: code.range.column,
      calls: code.calls,
      backEdges: code.backEdges,
      hot: code.calls >= thresholds.calls || code.backEdges >= thresholds.backEdges,
      tier: code.tier?.state ?? 'baseline',
      deopts: deopts.length,
      lastDeoptReason: deopts.length > 0 ? deoptReasonText(deopts[deopts.length - 1].reason) : null,
    });
  }
  return out;
}
