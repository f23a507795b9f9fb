// Reading compiled code through the opcode table: instructions with their operands, and
// the functions a function makes. For tools (disassembler, debugger, tests), not the VM.
import type { FunctionCode } from './code';
import { constantAt } from './constants';
import { OP_SPECS, Op, type OpSpec } from './opcodes';

export interface Instruction {
  pc: number;
  op: Op;
  spec: OpSpec;
  operands: number[];
}

/** Every instruction of `code`, in order. */
export function* instructions(code: FunctionCode): Generator<Instruction> {
  const { ops } = code;
  for (let pc = 0; pc < ops.length; ) {
    const spec = OP_SPECS[ops[pc]];
    const n = spec.operands.length;
    yield { pc, op: ops[pc], spec, operands: ops.slice(pc + 1, pc + 1 + n) };
    pc += 1 + n;
  }
}

/** The functions `code` makes: Closure's, and each class's constructor and field initializer. */
export function nestedCode(code: FunctionCode): FunctionCode[] {
  const out: FunctionCode[] = [];
  const seen = new Set<number>();
  const { ops } = code;
  // A plain loop, not instructions(): the debugger walks every function of a big program with it.
  for (let pc = 0; pc < ops.length; ) {
    const kinds = OP_SPECS[ops[pc]].operands;
    for (let i = 0; i < kinds.length; i++) {
      const kind = kinds[i];
      const operand = ops[pc + 1 + i];
      if ((kind !== 'function' && kind !== 'class') || seen.has(operand)) continue;
      seen.add(operand);
      if (kind === 'function') out.push(constantAt(code.consts, operand, kind));
      else {
        const info = constantAt(code.consts, operand, kind);
        out.push(info.ctor);
        if (info.fieldInit) out.push(info.fieldInit);
      }
    }
    pc += 1 + kinds.length;
  }
  return out;
}

/**
 * `code` and every function nested in it, depth first in source order; no recursion, as
 * functions may nest 100,000 deep. A lazily compiled function not yet called has no
 * bytecode and so no nested functions, unless `compile` compiles it on the way.
 */
export function* allCode(code: FunctionCode, compile = false): Generator<FunctionCode> {
  const todo = [code];
  for (let c = todo.pop(); c !== undefined; c = todo.pop()) {
    if (compile) c.ensureCompiled();
    yield c;
    todo.push(...nestedCode(c).reverse());
  }
}
