// The text reported for an exception nothing caught: "Uncaught TypeError: msg" and
// the stack the error captured when it was made.
import { JSObject } from '../heap/object';
import { JSSymbol, Value } from '../heap/values';

function dataProp(o: JSObject, key: string): Value {
  const p = o.lookup(key);
  return p && !p.isAccessor ? p.value : undefined;
}

export function describeUncaught(v: Value, inPromise = false): string {
  const text = describeValue(v);
  return inPromise ? text.replace(/^Uncaught /, 'Uncaught (in promise) ') : text;
}

function describeValue(v: Value): string {
  if (v instanceof JSObject) {
    const stack = dataProp(v, 'stack');
    if (typeof stack === 'string' && stack.length > 0) return `Uncaught ${stack}`;
    const name = dataProp(v, 'name');
    const message = dataProp(v, 'message');
    if (typeof name === 'string') return `Uncaught ${name}${message ? `: ${String(message)}` : ''}`;
    return 'Uncaught [object Object]';
  }
  if (typeof v === 'string') return `Uncaught '${v}'`;
  if (v instanceof JSSymbol) return `Uncaught ${v.toString()}`;
  return `Uncaught ${String(v)}`;
}
