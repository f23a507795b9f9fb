// Compiled code for people: one record per instruction (its name, its operands as a learner
// reads them, its source place), and the text listing made of them. The debugger's
// Disassembly view shows the same records. Kept apart from the VM (clox does the same).
import type { FunctionCode } from './code';
import { constClass, constFunction, constScope } from './constants';
import { OP_OPERANDS, OP_SPECS, Op } from './opcodes';
import { operandsText } from './operandText';
import type { Instruction } from './walk';
import type { ScopeInfo } from '../env/scope';

export interface InstructionRecord {
  pc: number;
  /** The opcode's name in the table: `GetLocal`. */
  name: string;
  /** Its operands as a learner reads them: `g`, `"hi"`, `2 args`, `-> 14`; '' when none. */
  operandsText: string;
  /** The instruction as stored: its opcode number, then its operands. */
  words: number[];
  /** Where its source starts (1-based), when the compiler recorded a range for it. */
  line?: number;
  column?: number;
  /** What the `annotate` hook said about it. */
  annotation?: string;
}

export interface DisassembleOptions {
  /** The environments around the function, innermost first: names bindings it reaches outside itself. */
  outer?: readonly ScopeInfo[];
  /** Appended to an instruction's text: a state the VM keeps per instruction (an inline cache's `mono`, `poly(2)`, `mega`). */
  annotate?: (code: FunctionCode, pc: number) => string | undefined;
  /** How a jump target prints; the listing prints its pc. */
  target?: (pc: number) => string;
  /** Only the instructions with from <= pc < to get a record (the whole function is still read, to name bindings). */
  from?: number;
  to?: number;
}

/** Told of each function made in the code being read, with the environments around it there (innermost first). */
type NestedSeen = (nested: FunctionCode, outer: ScopeInfo[]) => void;

/** Every instruction of `code` (or of its pcs from `from` to `to`) as a record, in order. */
export function instructionRecords(code: FunctionCode, options: DisassembleOptions = {}): InstructionRecord[] {
  return records(code, options, () => {});
}

function records(code: FunctionCode, options: DisassembleOptions, nestedSeen: NestedSeen): InstructionRecord[] {
  // A function not called yet has no bytecode until this reads it (lazy compilation).
  code.ensureCompiled();
  const target = options.target ?? String;
  const { from = 0, to = code.ops.length } = options;
  // Environments in force, innermost first: the function's own, then the ones it was made in.
  // Linear order is enough: the compiler emits PushEnv and PopEnv nested as the source is.
  const chain: ScopeInfo[] = [code.scope, ...(options.outer ?? [])];
  const out: InstructionRecord[] = [];
  const { ops, consts } = code;
  // A plain loop, no Instruction objects outside the window: a program's own code may be long.
  for (let pc = 0; pc < ops.length; pc += 1 + OP_OPERANDS[ops[pc]]) {
    const op = ops[pc];
    if (pc >= from && pc < to) out.push(recordOf(code, { pc, op, spec: OP_SPECS[op], operands: ops.slice(pc + 1, pc + 1 + OP_OPERANDS[op]) }, chain, target, options.annotate));
    if (op === Op.PushEnv || op === Op.PushWith) chain.unshift(constScope(consts, ops[pc + 1]));
    else if (op === Op.PopEnv) chain.shift();
    else if (op === Op.Closure) {
      const f = constFunction(consts, ops[pc + 1]);
      nestedSeen(f, f.selfScope ? [f.selfScope, ...chain] : [...chain]);
    } else if (op === Op.CreateClass) {
      const c = constClass(consts, ops[pc + 1]);
      nestedSeen(c.ctor, [...chain]);
      if (c.fieldInit) nestedSeen(c.fieldInit, [...chain]);
    }
  }
  return out;
}

function recordOf(code: FunctionCode, ins: Instruction, chain: readonly ScopeInfo[], target: (pc: number) => string, annotate: DisassembleOptions['annotate']): InstructionRecord {
  const { pc, spec, operands } = ins;
  const record: InstructionRecord = { pc, name: spec.name, operandsText: operandsText(code, ins, chain, target), words: code.ops.slice(pc, pc + 1 + operands.length) };
  const r = code.rangeOf[pc] >= 0 ? code.ranges[code.rangeOf[pc]] : undefined;
  if (r) { record.line = r.line; record.column = r.column; }
  const annotation = annotate?.(code, pc);
  if (annotation) record.annotation = annotation;
  return record;
}

/** The instruction as one line of text: `GetLocal g`, with the annotation after a `;`. */
export function instructionText(r: InstructionRecord): string {
  const text = r.operandsText ? `${r.name} ${r.operandsText}` : r.name;
  return r.annotation ? `${text}  ; ${r.annotation}` : text;
}

/**
 * One line per instruction: pc, line:col, the instruction; then (when `nested`) every
 * function made inside, depth first in source order. No recursion: functions may nest
 * 100,000 deep.
 */
export function disassemble(code: FunctionCode, nested = true, options: Pick<DisassembleOptions, 'annotate'> = {}): string {
  const parts: string[] = [];
  const todo: { code: FunctionCode; outer: ScopeInfo[] }[] = [{ code, outer: [] }];
  const seen = new Set<FunctionCode>();
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    const inner: { code: FunctionCode; outer: ScopeInfo[] }[] = [];
    const list = records(next.code, { ...options, outer: next.outer }, (c, outer) => {
      // A finally block's code is emitted once per way out, so the same function may be made twice.
      if (nested && !seen.has(c)) { seen.add(c); inner.push({ code: c, outer }); }
    });
    parts.push(listing(next.code, list));
    todo.push(...inner.reverse());
  }
  return parts.join('\n\n');
}

function listing(code: FunctionCode, list: InstructionRecord[]): string {
  const lines = [`== ${code.name || '(anonymous)'} (${code.kind}) ==`];
  for (const r of list) {
    const where = r.line === undefined ? '-' : `${r.line}:${r.column}`;
    lines.push(`${String(r.pc).padStart(5)}  ${where.padEnd(8)} ${instructionText(r)}`);
  }
  return lines.join('\n');
}

/** The pc of each instruction of `code`, in order. */
export function instructionStarts(code: FunctionCode): number[] {
  code.ensureCompiled();
  const out: number[] = [];
  for (let pc = 0; pc < code.ops.length; pc += 1 + OP_OPERANDS[code.ops[pc]]) out.push(pc);
  return out;
}
