// Prints a function's bytecode with source positions: for tests, and for users who
// want to see what the engine runs. Kept apart from the VM (clox does the same).
import { FunctionCode } from './code';
import { OP_NAMES, OP_OPERANDS } from './opcodes';

/** Instructions whose first operand indexes the constant table. */
const CONST_OPERAND = new Set(['GetIterator', 'GetAsyncIterator', 'ArraySpread', 'Const', 'GetGlobal', 'SetGlobal', 'TypeofGlobal', 'DeleteGlobal', 'DeclareGlobalVar', 'PushEnv', 'GetNamed', 'SetNamed', 'DeleteNamed', 'Closure', 'CreateClass', 'TemplateObject', 'RegExp', 'JumpUnwind', 'NewPrivateName', 'CheckDestructure', 'CopyRest', 'CopyRestKeys', 'SetFunctionName']);

function describeConst(v: unknown): string {
  if (v instanceof FunctionCode) return `<function ${v.name || '(anonymous)'}>`;
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object' && v !== null) return v.constructor?.name === 'ScopeInfo' ? `<scope ${(v as { kind: string }).kind}>` : '<record>';
  return String(v);
}

/** One line per instruction: offset, line:col, name, operands (constants shown); then nested functions. */
export function disassemble(code: FunctionCode, nested = true): string {
  // Depth first with a work list, not recursion: functions may nest 100,000 deep.
  const parts: string[] = [];
  const todo = [code];
  for (let c = todo.pop(); c !== undefined; c = todo.pop()) {
    const children: FunctionCode[] = [];
    parts.push(disassembleOne(c, children));
    if (nested) todo.push(...children.reverse());
  }
  return parts.join('\n\n');
}

/** One function's instructions; the functions it makes are added to `children`. */
function disassembleOne(code: FunctionCode, children: FunctionCode[]): string {
  const lines = [`== ${code.name || '(anonymous)'} (${code.kind}) ==`];
  const { ops } = code;
  for (let pc = 0; pc < ops.length; ) {
    const op = ops[pc];
    const n = OP_OPERANDS[op];
    const operands = ops.slice(pc + 1, pc + 1 + n);
    const r = code.rangeOf[pc] >= 0 ? code.ranges[code.rangeOf[pc]] : undefined;
    const where = r ? `${r.line}:${r.column}` : '-';
    const shown = operands.map((x, i) => {
      const usesConst = i === 0 && x >= 0 && CONST_OPERAND.has(OP_NAMES[op]);
      if (!usesConst) return String(x);
      const c = code.consts[x];
      if (c instanceof FunctionCode) children.push(c);
      return describeConst(c);
    });
    lines.push(`${String(pc).padStart(5)}  ${where.padEnd(8)} ${OP_NAMES[op]}${shown.length ? ' ' + shown.join(' ') : ''}`);
    pc += 1 + n;
  }
  return lines.join('\n');
}
