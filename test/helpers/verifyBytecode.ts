// Checks compiled code against the opcode table: operands fit their kinds, and the
// operand stack depth, simulated along every control-flow edge, never goes negative and
// agrees wherever paths join (and with the depths jump records and handlers restore).
import { FunctionCode } from '../../engine/bytecode/code';
import { constJumpRecord, isConstantKind, type ConstantKind } from '../../engine/bytecode/constants';
import { popsAt } from '../../engine/bytecode/opcodes';
import { instructions, type Instruction } from '../../engine/bytecode/walk';
import { ScopeInfo } from '../../engine/env/scope';

type Rec = Record<string, unknown>;
const isRecord = (c: unknown): c is Rec => typeof c === 'object' && c !== null;
const isStrings = (c: unknown): boolean => Array.isArray(c) && c.every((s) => typeof s === 'string');

/** The shape each constant kind promises (the VM's readers trust it without looking). */
const FITS: { [K in ConstantKind]: (c: unknown) => boolean } = {
  value: (c) => typeof c === 'string' || typeof c === 'number' || typeof c === 'bigint',
  name: (c) => typeof c === 'string',
  text: (c) => typeof c === 'string',
  prefix: (c) => typeof c === 'string',
  scope: (c) => c instanceof ScopeInfo,
  function: (c) => c instanceof FunctionCode,
  class: (c) => isRecord(c) && c.ctor instanceof FunctionCode && (c.fieldInit === null || c.fieldInit instanceof FunctionCode),
  jumpRecord: (c) => isRecord(c) && ['target', 'handlerDepth', 'stackDepth', 'envDepth'].every((k) => typeof c[k] === 'number'),
  template: (c) => isRecord(c) && isStrings(c.raw) && Array.isArray(c.cooked),
  regexp: (c) => isRecord(c) && typeof c.pattern === 'string' && typeof c.flags === 'string',
  privateName: (c) => isRecord(c) && typeof c.name === 'string' && c.name.startsWith('#'),
  destructure: (c) => isRecord(c) && typeof c.nested === 'boolean',
  keys: isStrings,
  evalNames: (c) => isRecord(c) && isStrings(c.vars) && isStrings(c.functions),
};

export interface Verified {
  /** What is wrong with the function's code (not the functions nested in it). */
  problems: string[];
  /** The stack depth before each reachable instruction. */
  depth: Map<number, number>;
}

/** Checks one function's code; adds to `simulated` the opcodes of the instructions it reached. */
export function verifyBytecode(code: FunctionCode, simulated = new Set<number>()): Verified {
  const problems: string[] = [];
  const at = new Map<number, Instruction>();
  for (const ins of instructions(code)) at.set(ins.pc, ins);
  const where = (pc: number) => `${code.name || '(anonymous)'}@${pc}`;
  for (const ins of at.values()) problems.push(...operandProblems(code, ins, at).map((p) => `${where(ins.pc)} ${ins.spec.name}: ${p}`));
  const depth = new Map<number, number>([[0, 0]]);
  const todo = problems.length === 0 ? [0] : [];
  const reach = (from: number, to: number, d: number, how: string) => {
    const known = depth.get(to);
    if (known === undefined) { depth.set(to, d); todo.push(to); }
    else if (known !== d) problems.push(`${where(to)}: depth ${known}, but ${d} ${how} from ${where(from)} ${at.get(from)!.spec.name}`);
  };
  for (let pc = todo.pop(); pc !== undefined; pc = todo.pop()) {
    const ins = at.get(pc);
    if (ins === undefined) { problems.push(`${where(pc)}: falls off the end`); continue; }
    const d = depth.get(pc)!;
    const { spec, operands } = ins;
    simulated.add(ins.op);
    const pops = popsAt(code.ops, pc);
    if (d < pops) { problems.push(`${where(pc)} ${spec.name}: pops ${pops} from depth ${d}`); continue; }
    const after = d - pops + spec.pushes;
    const next = pc + 1 + operands.length;
    const jumpTarget = operands[spec.operands.indexOf('jump')];
    spec.operands.forEach((kind, i) => {
      if (kind === 'catch' && operands[i] >= 0) reach(pc, operands[i], d + 1, 'by a throw');
      if (kind === 'finally' && operands[i] >= 0) reach(pc, operands[i], d + 2, 'by an abrupt completion');
    });
    const flow = spec.flow;
    if (flow === undefined) reach(pc, next, after, 'falling through');
    else if (flow === 'jump') reach(pc, jumpTarget, after, 'jumping');
    else if (flow === 'unwind') {
      const rec = constJumpRecord(code.consts, operands[0]);
      if (rec.stackDepth > d) problems.push(`${where(pc)}: unwinds to depth ${rec.stackDepth}, above ${d}`);
      reach(pc, rec.target, rec.stackDepth, 'by its jump record');
    } else if (flow !== 'end') {
      reach(pc, next, after, 'falling through');
      reach(pc, jumpTarget, d - pops + flow.taken, 'jumping');
    }
  }
  return { problems, depth };
}

function operandProblems(code: FunctionCode, ins: Instruction, at: Map<number, Instruction>): string[] {
  return ins.spec.operands.flatMap((kind, i): string[] => {
    const x = ins.operands[i];
    if (x === undefined) return [`operand ${i} (${kind}) is missing`];
    if (kind === 'jump' || ((kind === 'catch' || kind === 'finally') && x >= 0)) {
      return at.has(x) ? [] : [`${kind} target ${x} is not an instruction`];
    }
    if (!isConstantKind(kind) || (kind === 'text' && x === -1)) return [];
    if (!(x >= 0 && x < code.consts.length)) return [`${kind} operand ${x} is outside the constant pool`];
    return FITS[kind](code.consts[x]) ? [] : [`constant ${x} is not a ${kind}: ${String(code.consts[x])}`];
  });
}
