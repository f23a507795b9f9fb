// Names a function's code by where it is written, so the same function compiled by another
// agent of the same source (a replay) has the same number in the timeline log.
import type { FunctionCode } from '../../bytecode/code';
import { OP_OPERANDS, Op } from '../../bytecode/opcodes';
import { rangeAt } from '../location';

/** What the log keeps of a code: no engine object, so the collector has nothing to follow here. */
export interface LoggedCode { fileName: string; lineAt: (pc: number) => number | undefined }

export class CodeIds {
  private readonly byCode = new WeakMap<FunctionCode, number>();
  private readonly byKey = new Map<string, number>();
  /** Per number, the first code seen: its lines and pcs are those of every agent's copy. */
  private readonly codes: LoggedCode[] = [];
  private last: FunctionCode | null = null;
  private lastId = -1;

  /** The code's number; the same for every agent's copy of it. */
  idOf(code: FunctionCode): number {
    if (code === this.last) return this.lastId;
    let id = this.byCode.get(code);
    if (id === undefined) {
      const key = keyOf(code);
      id = this.byKey.get(key);
      if (id === undefined) {
        id = this.codes.length;
        this.codes.push(loggedCode(code));
        this.byKey.set(key, id);
      }
      this.byCode.set(code, id);
    }
    this.last = code;
    this.lastId = id;
    return id;
  }

  /** A code already numbered (idOf without numbering a new one), or undefined. */
  peek(code: FunctionCode): number | undefined {
    return this.byCode.get(code) ?? this.byKey.get(keyOf(code));
  }

  code(id: number): LoggedCode | undefined {
    return this.codes[id];
  }

  get count(): number {
    return this.codes.length;
  }
}

/** A function is named by its file and its place there. */
function keyOf(code: FunctionCode): string {
  const r = code.range;
  return `${code.fileName}:${r.line}:${r.column}:${r.endLine}:${r.endColumn}`;
}

/** The lines of a code's step points, read once: the log outlives the agent whose code it was. */
function loggedCode(code: FunctionCode): LoggedCode {
  const lines = new Map<number, number>();
  const { ops } = code;
  for (let pc = 0; pc < ops.length; pc += 1 + OP_OPERANDS[ops[pc]]) {
    const line = ops[pc] === Op.Step ? rangeAt(code, pc)?.line : undefined;
    if (line !== undefined) lines.set(pc, line);
  }
  return { fileName: code.fileName, lineAt: (pc) => lines.get(pc) };
}
