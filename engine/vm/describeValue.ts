// How V8 names a value in a message when there is no source text to quote ("x is not a
// function", "Class extends value x is not a constructor"). Reads values; runs no code.
import { JSFunction } from '../heap/function';
import { JSObject } from '../heap/object';
import type { Value } from '../heap/values';

/** How V8 shows a non-callable value in "x is not a function" when there is no source text. */
export function describeValue(v: Value): string {
  if (typeof v === 'string') return `"${v}"`;
  if (v instanceof JSObject) return v instanceof JSFunction ? 'function' : '#<Object>';
  return String(v);
}
