// The arithmetic of fused quickened instructions (engine/tier/rules.ts), on numbers their
// guards have checked: one switch the VM's case calls, small enough for V8 to inline.
import { Op } from '../bytecode/opcodes';

/** LocalConstNum's operator, the plain one it fused (rules.ts LOCAL_CONST_OPERATORS). */
export function localConstOp(op: number, a: number, b: number): number | boolean {
  switch (op) {
    case Op.Add: return a + b;
    case Op.Sub: return a - b;
    case Op.Mul: return a * b;
    case Op.Mod: return a % b;
    case Op.Lt: return a < b;
    case Op.Gt: return a > b;
    case Op.Le: return a <= b;
    default: return a >= b;
  }
}
