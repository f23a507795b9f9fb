// The third stage as data: every function the compiler makes from the program, with its
// instructions as the disassembler prints them and its constant pool. Compiles; never runs.
import type { FunctionCode, FunctionKind } from '../bytecode/code';
import { isConstantKind, type ConstantKind } from '../bytecode/constants';
import { disassemble } from '../bytecode/disassemble';
import { instructions, nestedCode } from '../bytecode/walk';
import { compileProgram } from '../compile/program';
import type { SourceRange } from '../parse/position';
import { describeConstant } from './constantPool';
import type { PipelineOptions } from './options';

export interface PoolEntry {
  index: number;
  /** The kind of the operands that read it; a constant no instruction reads has none. */
  kind: ConstantKind | undefined;
  text: string;
}

export interface FunctionListing {
  /** Its index in the list; a function comes before the functions it makes. */
  id: number;
  /** The function whose code makes this one, -1 for the program. */
  parent: number;
  name: string;
  kind: FunctionKind;
  range: SourceRange;
  /** engine/bytecode/disassemble.ts's text for this function alone. */
  instructions: string;
  constants: PoolEntry[];
}

/** The compiled program's functions, outermost first; a syntax error throws GlassboxSyntaxError. */
export function bytecode(source: string, opts: PipelineOptions): FunctionListing[] {
  const program = compileProgram(source, opts.fileName, opts.script ? 'script' : 'module');
  const out: FunctionListing[] = [];
  // A stack of its own, as allCode's: functions may nest 100,000 deep.
  const todo: { code: FunctionCode; parent: number }[] = [{ code: program, parent: -1 }];
  for (let item = todo.pop(); item !== undefined; item = todo.pop()) {
    const { code, parent } = item;
    const id = out.length;
    out.push({
      id, parent, name: code.name, kind: code.kind, range: code.range,
      instructions: disassemble(code, false),
      constants: constantPool(code),
    });
    const nested = nestedCode(code);
    for (let i = nested.length - 1; i >= 0; i--) todo.push({ code: nested[i], parent: id });
  }
  return out;
}

/** Each constant with the kind its readers give it (constants.ts: a constant's kind is its operand's). */
function constantPool(code: FunctionCode): PoolEntry[] {
  const kinds = new Map<number, ConstantKind>();
  for (const { spec, operands } of instructions(code)) {
    spec.operands.forEach((kind, i) => {
      if (isConstantKind(kind) && operands[i] >= 0) kinds.set(operands[i], kind);
    });
  }
  return code.consts.map((_, index) => {
    const kind = kinds.get(index);
    return { index, kind, text: describeConstant(code.consts, index, kind) };
  });
}

/**
 * The innermost function whose source holds line:column (both from 1), with the functions
 * it makes; the whole program when no function does.
 */
export function functionsAt(list: readonly FunctionListing[], line: number, column: number): FunctionListing[] {
  const holds = (r: SourceRange) => (line > r.line || (line === r.line && column >= r.column)) && (line < r.endLine || (line === r.endLine && column <= r.endColumn));
  let innermost = 0;
  // Parents come first, so the last function that holds the place is the innermost.
  list.forEach((f, i) => { if (i > 0 && holds(f.range)) innermost = i; });
  if (innermost === 0) return [...list];
  const inside = new Set([innermost]);
  for (let i = innermost + 1; i < list.length; i++) if (inside.has(list[i].parent)) inside.add(i);
  return list.filter((f) => inside.has(f.id));
}
