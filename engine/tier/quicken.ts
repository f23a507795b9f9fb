// Builds a function's optimized copy: its plain ops with quickened opcodes written over
// the instructions a rewrite rule recognises. The copy keeps the plain pc layout, so a
// frame deoptimizes by switching arrays; rules are a table another part can add to.
import type { FunctionCode } from '../bytecode/code';
import { OP_OPERANDS, Op } from '../bytecode/opcodes';

/** What a rule sees: the plain code, the copy being written, and tier 1's type feedback. */
export interface RewriteSite {
  readonly code: FunctionCode;
  /** The optimized copy: write the quickened opcode at `pc` (and operand words it owns). */
  readonly out: number[];
  readonly pc: number;
  /** True when the plain instruction at `pc` met a non-number (or deoptimized). */
  isSlow(pc: number): boolean;
}

/**
 * A quickening: at an instruction whose opcode is `first`, `rewrite` writes its quickened
 * form into `site.out` and returns true, or returns false when it does not apply (then the
 * next rule for that opcode is tried). A quickened instruction must read the operand words
 * of the plain instruction(s) it replaces and leave them where they are, deoptimize before
 * any effect when its guard fails, and charge the budget for every plain instruction it runs.
 * Opcode words inside a fused sequence may be quickened themselves: read them from `code.ops`.
 */
export interface RewriteRule {
  readonly name: string;
  readonly first: Op;
  rewrite(site: RewriteSite): boolean;
}

const rulesByOp = new Map<Op, RewriteRule[]>();

/** Adds a rule; rules for one opcode are tried in the order they were registered. */
export function registerRewriteRule(rule: RewriteRule): void {
  const list = rulesByOp.get(rule.first);
  if (list) list.push(rule);
  else rulesByOp.set(rule.first, [rule]);
}

/** Rules left out (by name), for measuring what each one pays: see test/bench. */
const disabled = new Set<string>();
export function setRuleEnabled(name: string, enabled: boolean): void {
  if (enabled) disabled.delete(name);
  else disabled.add(name);
}

/** The optimized copy of `code`'s ops and how many instructions a rule rewrote. */
export function quicken(code: FunctionCode): { ops: number[]; rewritten: number } {
  const ops = code.ops;
  const out = ops.slice();
  const slow = code.slowSites;
  let rewritten = 0;
  const site = { code, out, pc: 0, isSlow: (pc: number) => slow !== null && slow[pc] === 1 };
  for (let pc = 0; pc < ops.length; pc += 1 + OP_OPERANDS[ops[pc]]) {
    const rules = rulesByOp.get(ops[pc]);
    if (rules === undefined) continue;
    site.pc = pc;
    for (const rule of rules) {
      if (disabled.has(rule.name) || !rule.rewrite(site)) continue;
      rewritten++;
      break;
    }
  }
  return { ops: out, rewritten };
}
