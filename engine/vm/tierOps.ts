// The arithmetic of quickened instructions (engine/tier/rules.ts), on numbers their guards
// have checked: one switch the VM's cases call, small enough for V8 to inline.
import { Op } from '../bytecode/opcodes';

/** A number-guarded operator (AddNum ...) on two numbers. */
export function numberOp(op: number, a: number, b: number): number | boolean {
  switch (op) {
    case Op.AddNum: return a + b;
    case Op.SubNum: return a - b;
    case Op.MulNum: return a * b;
    case Op.DivNum: return a / b;
    case Op.ModNum: return a % b;
    case Op.LtNum: return a < b;
    case Op.GtNum: return a > b;
    case Op.LeNum: return a <= b;
    default: return a >= b;
  }
}

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
