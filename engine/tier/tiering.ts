// The second tier's policy: when a function is hot enough to optimize (counted calls and
// loop back-edges), building its quickened copy, and deoptimizing a frame whose guard
// failed back to the plain bytecode at the same pc. The VM calls it only past a threshold.
import type { FunctionCode } from '../bytecode/code';
import type { Frame } from '../vm/frame';
import type { Machine } from '../vm/machine';
import { StepKind } from '../bytecode/opcodes';
import { codeDisplayName } from '../debug/displayName';
import type { TierEvent } from './events';
import { noteSlowSite } from './feedback';
import { quicken } from './quicken';
import { MAX_OPTIMIZATIONS, type DeoptReason, type TierRecord } from './record';
import './rules';
import './shapeRules';

/** When a function is hot: calls or loop back-edges counted (0: at once; Infinity: never). */
export interface TierThresholds {
  calls: number;
  backEdges: number;
}

export const DEFAULT_THRESHOLDS: TierThresholds = { calls: 1_000, backEdges: 10_000 };
export const TIERING_OFF: TierThresholds = { calls: Infinity, backEdges: Infinity };

/** The thresholds an agent's `tiering` option asks for. */
export function tierThresholds(option: Partial<TierThresholds> | false | undefined): TierThresholds {
  if (option === false) return TIERING_OFF;
  return { calls: option?.calls ?? DEFAULT_THRESHOLDS.calls, backEdges: option?.backEdges ?? DEFAULT_THRESHOLDS.backEdges };
}

/** The embedder's listener; true from a deoptimization asks the debugger to stop there. */
export type TierListener = (e: TierEvent) => boolean | void;

export class Tiering {
  constructor(readonly thresholds: TierThresholds = DEFAULT_THRESHOLDS, private readonly listener: TierListener | null = null) {}

  /** Called when `code.calls` reached `code.nextCallCheck`; a new frame then runs `code.optimized`. */
  callsReached(code: FunctionCode): void {
    const rec = this.record(code);
    if (rec.state !== 'baseline') { code.nextCallCheck = Infinity; return; }
    if (code.calls < code.nextCallCheck) return;
    this.optimize(code, rec, 'calls');
  }

  /** Called when `code.backEdges` reached `code.nextLoopCheck` in frame `f`; true when `f` now runs optimized code. */
  loopReached(code: FunctionCode, f: Frame): boolean {
    const rec = this.record(code);
    if (rec.state === 'optimized' && code.optimized !== null) {
      // Frames that started before the copy existed move onto it at a back-edge.
      code.nextLoopCheck = Infinity;
      if (f.ops === code.optimized) return false;
      f.ops = code.optimized;
      return true;
    }
    if (rec.state !== 'baseline') { code.nextLoopCheck = Infinity; return false; }
    if (code.backEdges < code.nextLoopCheck) return false;
    this.optimize(code, rec, 'backEdges');
    // On-stack replacement is a swap: the optimized copy has the running frame's pc layout.
    f.ops = code.optimized!;
    return true;
  }

  /**
   * A guard failed at `at` in `f`: the frame goes on in plain bytecode at the same pc (the
   * failed instruction runs again there, so its budget is given back), the copy is dropped,
   * and `site` is marked so the next copy does not guess numbers there. True: stop here.
   */
  deopt(m: Machine, f: Frame, at: number, reason: DeoptReason, site = at): boolean {
    const code = f.code;
    const current = f.ops === code.optimized;
    f.ops = code.ops;
    f.pc = at;
    m.budget++;
    noteSlowSite(code, site);
    // A frame still on a copy already dropped only switches; the function deoptimized once.
    if (current) {
      const rec = this.record(code);
      const line = lineAt(code, at);
      rec.deopts.push({ reason, line });
      code.optimized = null;
      const final = rec.optimizations >= MAX_OPTIMIZATIONS;
      rec.state = final ? 'never' : 'baseline';
      code.nextCallCheck = final ? Infinity : code.calls + this.thresholds.calls;
      code.nextLoopCheck = final ? Infinity : code.backEdges + this.thresholds.backEdges;
      const stop = this.listener?.({ kind: 'deoptimized', name: tierDisplayName(code), line, reason, deopts: rec.deopts.length, final }) === true;
      if (stop && m.debug !== null) return m.debug.onStep(f, StepKind.Expression, at);
    }
    return false;
  }

  /** The record, made at a function's first check: where its first thresholds are set. */
  private record(code: FunctionCode): TierRecord {
    let rec = code.tier;
    if (rec !== null) return rec;
    const refused = code.isGenerator || code.isAsync;
    rec = code.tier = { state: refused ? 'never' : 'baseline', optimizations: 0, deopts: [] };
    code.nextCallCheck = refused ? Infinity : this.thresholds.calls;
    code.nextLoopCheck = refused ? Infinity : this.thresholds.backEdges;
    return rec;
  }

  private optimize(code: FunctionCode, rec: TierRecord, trigger: 'calls' | 'backEdges'): void {
    code.optimized = quicken(code).ops;
    rec.state = 'optimized';
    rec.optimizations++;
    code.nextCallCheck = Infinity;
    code.nextLoopCheck = code.backEdges + 1;
    this.listener?.({ kind: 'optimized', name: tierDisplayName(code), line: lineAt(code, 0), calls: code.calls, backEdges: code.backEdges, trigger });
  }
}

function lineAt(code: FunctionCode, pc: number): number {
  const r = code.rangeOf[pc];
  return r >= 0 ? code.ranges[r].line : code.range.line;
}

/** The function's name as the debugger shows it; the program's top level as V8's profiler names it. */
export function tierDisplayName(code: FunctionCode): string {
  return code.isProgram ? '(program)' : codeDisplayName(code);
}
