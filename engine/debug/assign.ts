// Assignment from the Variables view: a new value for a binding of a scope or a property of
// an object, refused with V8's words where the program could not do it. Setters run nested.
import { THIS_NAME } from '../env/specialSlots';
import { TDZ, Value } from '../heap/values';
import { JSArray, JSObject } from '../heap/object';
import { ResultMode } from '../vm/frame';
import type { Machine } from '../vm/machine';
import { exceptionText, runEvaluation } from './evaluate';
import type { Target } from './inspector';

/** Assigns `value` to `name` in what a handle stands for; undefined when done, else why not. */
export function assign(m: Machine, t: Target | undefined, name: string, value: Value): string | undefined {
  if (t?.kind === 'env') {
    const slot = t.env.scope.indexOf(name === 'this' ? THIS_NAME : name);
    if (slot >= 0) {
      if (t.env.slots[slot] === TDZ) return `Cannot access '${name}' before initialization`;
      if (t.env.scope.isImmutable(slot) || name === 'this') return `'${name}' is a constant`;
      t.env.slots[slot] = value;
      return undefined;
    }
    if (t.env.object) return setOn(m, t.env.object, name, value);
    if (t.env.dynamic?.has(name)) { t.env.dynamic.set(name, value); return undefined; }
    if (t.extra) return setOn(m, t.extra, name, value);
    return `No binding '${name}' in this scope`;
  }
  if (t?.kind === 'bindings') {
    // The binding the code would reach: the innermost one of that name.
    const env = t.parts.find((p) => p.env.scope.indexOf(name) >= 0 || p.env.dynamic?.has(name) || p.env.object?.getOwn(name))?.env;
    if (!env) return t.global ? setOn(m, t.global, name, value) : `No binding '${name}' in this scope`;
    return assign(m, { kind: 'env', env }, name, value);
  }
  if (t?.kind === 'object' || t?.kind === 'builtins') return setOn(m, t.obj, name, value);
  return 'This value cannot be changed';
}

function setOn(m: Machine, obj: JSObject, name: string, value: Value): string | undefined {
  const p = obj.lookup(name);
  if (p?.isAccessor) {
    const setter = p.set;
    if (!setter) return `Cannot set property ${name}, it has only a getter`;
    const r = runEvaluation(m, () => m.call(setter, obj, [value], ResultMode.Discard));
    return r.ok ? undefined : exceptionText(r.error);
  }
  if (p && !p.writable) return `Cannot assign to read only property '${name}'`;
  if (obj instanceof JSArray && name === 'length' && (typeof value !== 'number' || value !== value >>> 0)) return 'Invalid array length';
  return obj.setOwnValue(name, value) ? undefined : `Cannot add property ${name}, object is not extensible`;
}
