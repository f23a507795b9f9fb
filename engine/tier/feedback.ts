// Tier 1's type feedback: the plain interpreter marks an arithmetic or comparison site when
// it meets a non-number, on the slow path only, so counting numbers costs nothing.
import type { FunctionCode } from '../bytecode/code';

export function noteSlowSite(code: FunctionCode, pc: number): void {
  (code.slowSites ??= new Uint8Array(code.ops.length))[pc] = 1;
}
