// Names for functions as the debugger shows them: a function without a name is told apart
// by the source text it starts with, or by its kind and place, never a bare "(anonymous)".
import type { FunctionCode } from '../bytecode/code';
import { Closure, JSFunction } from '../heap/function';

const SOURCE_START_MAX = 40;

/** The function's own name, else its source start (`() => console.log('var i:', i)`), else `arrow function (line 1:52)`. */
export function codeDisplayName(code: FunctionCode): string {
  if (code.name) return code.name;
  const text = code.sourceText.replace(/\s+/g, ' ').trim();
  if (text) return text.length > SOURCE_START_MAX ? `${text.slice(0, SOURCE_START_MAX - 1)}…` : text;
  return `${code.isArrow ? 'arrow function' : 'function'} (line ${code.range.line}:${code.range.column})`;
}

/** A callback's name for the Event Loop view and stop texts: its `name` property, else as codeDisplayName. */
export function functionDisplayName(fn: JSFunction): string {
  const n = fn.getOwn('name');
  if (n && typeof n.value === 'string' && n.value) return n.value;
  return fn instanceof Closure ? codeDisplayName(fn.code) : 'native function';
}
