// Where a frame is in its source, and V8-style stack lines, from the instruction
// ranges the compiler recorded. Reads frames; never changes them.
import type { FunctionCode, SourceRange } from '../bytecode/code';
import type { Frame } from '../vm/frame';
import type { AnyFrame } from '../vm/frame';
import { esModulePath, isModuleBody } from '../compile/moduleFiles';
import { fileUrl } from '../realm/esm/moduleRecord';

/** The source range of the instruction at or before `pc`. */
export function rangeAt(code: FunctionCode, pc: number): SourceRange | undefined {
  for (let i = Math.min(pc, code.ops.length - 1); i >= 0; i--) {
    const r = code.rangeOf[i];
    if (r !== undefined && r >= 0) return code.ranges[r];
  }
  return undefined;
}

/** The range of the instruction a frame is executing (the one before pc). */
export function frameRange(f: Frame): SourceRange | undefined {
  // A frame not started yet (a task's callback about to run) is at its function's start.
  if (f.pc === 0) return f.code.range;
  return rangeAt(f.code, f.pc - 1);
}

/** How V8 names a frame's function in a stack trace. */
export function frameName(f: Frame): string {
  const code = f.code;
  if (code.kind === 'script') return '';
  // V8 names Node's module wrapper by its receiver, module.exports.
  if (code.kind === 'module') return 'Object.<anonymous>';
  if (code.kind === 'eval') return 'eval';
  // An ES module's own code has no name in V8's stack lines.
  if (isModuleBody(code)) return '';
  const name = code.name || '<anonymous>';
  return code.isClassConstructor || f.resultMode === 2 ? `new ${name}` : name;
}

/** `    at f (file:line:col)` lines, innermost first, native frames included by name. */
export function stackLines(frames: readonly AnyFrame[], limit = 10): string {
  const out: string[] = [];
  let top = frames.length - 1;
  while (top >= 0 && frames[top].isNative) top--;
  for (let i = top; i >= 0 && out.length < limit; i--) {
    const f = frames[i];
    if (f.isNative) {
      if (f.fn) out.push(`    at ${f.name}`);
      continue;
    }
    const r = frameRange(f);
    const file = stackFileName(f.code);
    const where = r ? `${file}:${r.line}:${r.column}` : file;
    const name = frameName(f);
    out.push(name ? `    at ${name} (${where})` : `    at ${where}`);
  }
  return out.join('\n');
}

/** V8 names an ES module's file by its URL (file:///abs/path.mjs) in stack lines. */
function stackFileName(code: FunctionCode): string {
  const path = esModulePath(code.fileName);
  return path?.startsWith('/') ? fileUrl(path) : code.fileName;
}
