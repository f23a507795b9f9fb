// How a paused frame is shown: its name (unnamed functions told apart), its place in the
// source and its `this`. Reads frames; never changes them.
import type { Env } from '../env/env';
import { TDZ, Value } from '../heap/values';
import type { Frame } from '../vm/frame';
import { codeDisplayName } from './displayName';
import { frameName } from './location';
import { SpecialSlot, hasThisBinding } from '../env/specialSlots';
import type { SourceRange } from '../parse/position';

/**
 * Where a frame is, 1-based. A range over several lines (a whole function at its creation
 * phase, a long call) is shown from its first line only, so the editor does not select it all.
 */
export function frameSpan(r: SourceRange | undefined) {
  if (!r) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const oneLine = r.endLine === r.line;
  return { line: r.line, column: r.column, endLine: r.line, endColumn: oneLine ? r.endColumn : r.column };
}

/** V8's frame name (`new Point`), with a distinct name for a function without one. */
export function debuggerFrameName(f: Frame): string {
  const name = frameName(f);
  return f.code.name || f.code.kind === 'eval' ? name : name.replace('<anonymous>', codeDisplayName(f.code));
}

/** `this` of a frame: its own, or (arrows) the nearest enclosing function's. */
export function thisOf(f: Frame): Value {
  for (let e: Env | null = f.funcEnv; e !== null; e = e.outer) {
    if (!hasThisBinding(e.scope)) continue;
    const v = e.slots[SpecialSlot.This];
    return v === TDZ ? undefined : (v as Value);
  }
  return undefined;
}
