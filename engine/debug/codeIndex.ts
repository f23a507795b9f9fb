// The functions the debugger shows instruction by instruction: each code gets a number the
// first time a frame running it is shown (the adapter's memory references name it), kept
// with the environments it was made in, so its disassembly names the bindings it reaches.
import type { FunctionCode } from '../bytecode/code';
import { instructions } from '../bytecode/walk';
import type { ScopeInfo } from '../env/scope';
import type { Frame } from '../vm/frame';

/** Where a frame is in its bytecode: the number of its code and the pc of an instruction. */
export interface InstructionPointer { code: number; pc: number }

interface Entry { code: FunctionCode; outer: ScopeInfo[] }

/** Shared by every index, so no two agents (nor a restarted run) give out the same number; small, as addresses show them. */
let nextNumber = 1;

export class CodeIndex {
  private readonly ids = new Map<FunctionCode, number>();
  private readonly entries = new Map<number, Entry>();

  /** The number of the code `f` runs, given out once per code. */
  idOf(f: Frame): number {
    let id = this.ids.get(f.code);
    if (id === undefined) {
      id = nextNumber++;
      this.ids.set(f.code, id);
      this.entries.set(id, { code: f.code, outer: outerScopes(f) });
    }
    return id;
  }

  get(id: number): Entry | undefined {
    return this.entries.get(id);
  }
}

/** The environments a frame's function was made in, innermost first (every closure of a code has the same). */
function outerScopes(f: Frame): ScopeInfo[] {
  const out: ScopeInfo[] = [];
  for (let e = f.funcEnv.outer; e !== null; e = e.outer) out.push(e.scope);
  return out;
}

/**
 * The instruction a frame is at: the one it runs next when `next` (the top frame of a
 * stop), else the one it is in the middle of (a call, or the throw of an exception stop).
 */
export function instructionPointer(f: Frame, next: boolean): number {
  if (next) return f.pc;
  let start = 0;
  for (const { pc } of instructions(f.code)) {
    if (pc >= f.pc) break;
    start = pc;
  }
  return start;
}
