// DAP's `disassemble` over the engine's instruction records: the window a client asks for
// around a memory reference, padded with invalid instructions past either end of the
// function, each real one with its source line so VS Code interleaves the source.
import type { DebugProtocol } from '@vscode/debugprotocol';
import { instructionText, type EngineDebugger, type InstructionPointer } from '../engine';
import type { Answer } from './inspection';
import { INSTRUCTION_PC_BITS } from './protocol';
import type { ToClient } from './stackTrace';

const PC_SPAN = 2n ** BigInt(INSTRUCTION_PC_BITS);
/** What a padding row says: there is no instruction at this address. */
const NO_INSTRUCTION = '(no instruction)';

/** The address of pc `pc` of code `code` (see INSTRUCTION_PC_BITS); a pc may run past either end. */
export function instructionAddress(code: number, pc: number): string {
  return `0x${(BigInt(code) * PC_SPAN + BigInt(pc)).toString(16)}`;
}

/** A frame's instructionPointerReference. */
export function instructionReference(ip: InstructionPointer): string {
  return instructionAddress(ip.code, ip.pc);
}

/** The code and pc a memory reference names, or undefined when it is not one of ours. */
export function parseReference(reference: string): InstructionPointer | undefined {
  if (!/^0x[0-9a-f]+$/i.test(reference)) return undefined;
  const n = BigInt(reference);
  return { code: Number(n / PC_SPAN), pc: Number(n % PC_SPAN) };
}

/** The code number a disassemble request names, for finding the agent that gave it out. */
export function codeOfRequest(args: DebugProtocol.DisassembleArguments): number | undefined {
  return parseReference(args.memoryReference)?.code;
}

/**
 * Index of the instruction holding word `pc` (`starts`: each instruction's pc); a pc before
 * the function counts one padding instruction per word (negative indexes), one past its end
 * likewise after the last.
 */
function indexAt(starts: number[], length: number, pc: number): number {
  if (pc < 0) return pc;
  if (pc >= length) return starts.length + (pc - length);
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= pc) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The instructions a disassemble request asks for: exactly `instructionCount` of them. */
export function disassembleBody(dbg: EngineDebugger, args: DebugProtocol.DisassembleArguments, source: DebugProtocol.Source, toClient: ToClient): Answer<DebugProtocol.DisassembleResponse['body']> {
  const ref = parseReference(args.memoryReference);
  const layout = ref && dbg.instructionLayout(ref.code);
  if (!ref || !layout) return { ok: false, message: `disassemble: unknown memoryReference '${args.memoryReference}': it names no function of this run.` };
  const address = (pc: number): string => instructionAddress(ref.code, pc);
  const { length, starts } = layout;
  const first = indexAt(starts, length, ref.pc + (args.offset ?? 0)) + (args.instructionOffset ?? 0);
  const last = first + args.instructionCount;
  const lo = Math.max(first, 0);
  const hi = Math.min(last, starts.length);
  // Only the real instructions in the window are disassembled: a program's own code may be long.
  const d = dbg.disassembly(ref.code, lo < hi ? starts[lo] : 0, lo < hi ? (starts[hi] ?? length) : 0, address)!;
  const instructions: DebugProtocol.DisassembledInstruction[] = [];
  let located = false;
  for (let i = first; i < last; i++) {
    if (i < 0 || i >= starts.length) {
      const pc = i < 0 ? i : length + (i - starts.length);
      instructions.push({ address: address(pc), instruction: NO_INSTRUCTION, presentationHint: 'invalid' });
      continue;
    }
    const r = d.instructions[i - lo];
    const shown: DebugProtocol.DisassembledInstruction = { address: address(r.pc), instruction: instructionText(r), instructionBytes: r.words.join(' ') };
    if (r.pc === 0) shown.symbol = d.name;
    if (r.line !== undefined && r.column !== undefined) {
      // The source file is named once, on the first instruction that has a place.
      if (!located) { shown.location = source; located = true; }
      const at = toClient({ line: r.line, column: r.column });
      shown.line = at.line;
      shown.column = at.column;
    }
    instructions.push(shown);
  }
  return { ok: true, body: { instructions } };
}
