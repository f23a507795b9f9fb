// Builds one FunctionCode: appends instructions with their source ranges, makes and
// patches jump labels, and interns constants.
import { FunctionCode, SourceRange } from '../bytecode/code';
import type { Constant, ConstantOf } from '../bytecode/constants';
import { OP_OPERANDS, Op } from '../bytecode/opcodes';
import type { Node } from '../parse/ast';
import { rangeFromAcorn } from '../parse/position';

export class Emitter {
  private range = -1;
  private constIndex = new Map<string, number>();
  /** Node's core modules written in JS (`node:events`) get no step points: stepping goes through them to the learner's code. */
  private readonly stepPoints: boolean;

  constructor(readonly code: FunctionCode) {
    this.stepPoints = !code.fileName.startsWith('node:');
  }

  get pc(): number {
    return this.code.ops.length;
  }

  /** Subsequent instructions belong to `node`'s source range (until the next call). */
  at(node: Node): number {
    const prev = this.range;
    this.code.ranges.push(rangeFromAcorn(node.loc));
    this.range = this.code.ranges.length - 1;
    return prev;
  }

  restore(range: number): void {
    this.range = range;
  }

  get currentRange(): SourceRange | undefined {
    return this.code.ranges[this.range];
  }

  emit(op: Op, a?: number, b?: number): number {
    const at = this.code.ops.length;
    if (op === Op.Step && !this.stepPoints) return at;
    this.code.ops.push(op);
    this.code.rangeOf[at] = this.range;
    const n = OP_OPERANDS[op];
    if (n >= 1) this.code.ops.push(a ?? 0);
    if (n >= 2) this.code.ops.push(b ?? 0);
    return at;
  }

  /** Index of a constant; primitives are shared, objects are not. */
  constant(v: Constant): number {
    const key = typeof v === 'object' && v !== null ? undefined : typeof v === 'number' ? `n:${Object.is(v, -0) ? '-0' : v}` : `${typeof v}:${String(v)}`;
    if (key !== undefined) {
      const hit = this.constIndex.get(key);
      if (hit !== undefined) return hit;
      this.constIndex.set(key, this.code.consts.length);
    }
    this.code.consts.push(v);
    return this.code.consts.length - 1;
  }

  emitConst(v: ConstantOf['value'] | boolean | null | undefined): void {
    if (v === undefined) this.emit(Op.Undefined);
    else if (v === null) this.emit(Op.Null);
    else if (v === true) this.emit(Op.True);
    else if (v === false) this.emit(Op.False);
    else this.emit(Op.Const, this.constant(v));
  }

  /** Emits a jump whose target is patched later; returns the operand position. */
  jump(op: Op): number {
    const at = this.emit(op, -1);
    return at + 1;
  }

  patch(operandPos: number, target = this.pc): void {
    this.code.ops[operandPos] = target;
  }

  jumpTo(op: Op, target: number): void {
    this.emit(op, target);
  }
}
