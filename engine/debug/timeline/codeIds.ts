// Names a function's code by where it is written, so the same function compiled by another
// agent of the same source (a replay) has the same number in the timeline log.
import type { FunctionCode } from '../../bytecode/code';
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
      } else {
        // A replay's copy: the log reads lines through the agent that is alive now.
        this.codes[id] = loggedCode(code);
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

function loggedCode(code: FunctionCode): LoggedCode {
  const ref = new WeakRef(code);
  return { fileName: code.fileName, lineAt: (pc) => { const c = ref.deref(); return c && rangeAt(c, pc)?.line; } };
}
