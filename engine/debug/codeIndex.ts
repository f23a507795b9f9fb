// The functions the debugger shows instruction by instruction: each code gets a number the
// first time a frame running it is shown (the adapter's memory references name it), kept
// with the environments it was made in, so its disassembly names the bindings it reaches.
import type { FunctionCode } from '../bytecode/code';
import { instructions } from '../bytecode/walk';
import type { ScopeInfo } from '../env/scope';
import type { Frame } from '../vm/frame';
import type { HandleSpace } from './handleSpace';

/** Where a frame is in its bytecode: the number of its code and the pc of an instruction. */
export interface InstructionPointer { code: number; pc: number }

interface Entry { code: FunctionCode; outer: ScopeInfo[] }

/** Numbers come from the session's HandleSpace, so no two agents give out the same one. */
export class CodeIndex {
  private readonly ids = new Map<FunctionCode, number>();
  private readonly entries = new Map<number, Entry>();

  constructor(private readonly handles: HandleSpace) {}

  /** The number of the code `f` runs, given out once per code. */
  idOf(f: Frame): number {
    let id = this.ids.get(f.code);
    if (id === undefined) {
      id = this.handles.next();
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
