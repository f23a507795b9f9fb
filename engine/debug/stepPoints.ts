// The debugger's table of step points (where breakpoints can go), for code compiled so far.
// Bodies are compiled on their first call (compile/lazyBody.ts): placing a breakpoint
// compiles the functions it may land in, and the table grows with them.
import { FunctionCode } from '../bytecode/code';
import { OP_OPERANDS, Op, StepKind } from '../bytecode/opcodes';
import { allCode } from '../bytecode/walk';

export interface StepPoint { code: FunctionCode; pc: number; kind: number; line: number; column: number }

/** The step points of one compiled function, in order. */
function pointsOf(code: FunctionCode, out: StepPoint[]): void {
  const { ops } = code;
  // A plain loop over the operand counts: a big program has hundreds of thousands of instructions.
  for (let pc = 0; pc < ops.length; pc += 1 + OP_OPERANDS[ops[pc]]) {
    if (ops[pc] !== Op.Step) continue;
    const r = code.ranges[code.rangeOf[pc]];
    if (r) out.push({ code, pc, kind: ops[pc + 1], line: r.line, column: r.column });
  }
}

/** Every step point of `program` and the functions nested in it that are compiled, in source order. */
export function stepPoints(program: FunctionCode): StepPoint[] {
  const out: StepPoint[] = [];
  for (const code of allCode(program)) pointsOf(code, out);
  return out;
}

export class StepPointTable {
  private points: StepPoint[] = [];
  /** Functions whose bodies are not compiled yet (the leaves of the walk). */
  private pending: FunctionCode[] = [];
  /** FunctionCode.bodiesCompiled when the table was made: a body compiled since (a call) makes it stale. */
  private madeAt = -1;

  constructor(private readonly program: FunctionCode) {}

  /** The step points of all code compiled so far. */
  all(): StepPoint[] {
    if (this.madeAt === FunctionCode.bodiesCompiled) return this.points;
    this.points = [];
    this.pending = [];
    for (const code of allCode(this.program)) {
      if (code.pendingBody !== null) this.pending.push(code);
      else pointsOf(code, this.points);
    }
    this.madeAt = FunctionCode.bodiesCompiled;
    return this.points;
  }

  /** The line of the first statement step point at or after `line` in the code compiled so far. */
  firstStatementLine(line: number): number {
    let best = Infinity;
    for (const p of this.all()) if (p.kind !== StepKind.Expression && p.line >= line && p.line < best) best = p.line;
    return best;
  }

  /**
   * Compiles the functions not compiled yet that `wanted()` asks for, then those nested in
   * them that it asks for, until none is left; `wanted` is made anew after each round.
   */
  compileWhere(wanted: () => (code: FunctionCode) => boolean): void {
    this.all();
    for (;;) {
      const want = wanted();
      const now = this.pending.filter(want);
      if (now.length === 0) return;
      const chosen = new Set(now);
      this.pending = this.pending.filter((code) => !chosen.has(code));
      for (const code of now) {
        code.ensureCompiled();
        for (const c of allCode(code)) {
          if (c.pendingBody !== null) this.pending.push(c);
          else pointsOf(c, this.points);
        }
      }
      this.madeAt = FunctionCode.bodiesCompiled;
    }
  }
}
