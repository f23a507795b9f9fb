// What a Variables pane row names, as a cell and a name a watch can read at each step point:
// a binding of an environment record or an own data property of an object.
import type { Env, Slot } from '../../env/env';
import type { BindingKind } from '../../env/scope';
import { THIS_NAME } from '../../env/specialSlots';
import type { HeapCell } from '../../heap/account';
import { JSObject } from '../../heap/object';
import { isProxy } from '../../heap/proxy';
import { Msg, formatMessage } from '../../errors/messages';
import { constructorName, preview } from '../preview';
import type { Target } from '../inspector';
import { visibleSlots } from '../inspector';

/** A property that is not there (deleted, or not made yet). */
export const ABSENT: unique symbol = Symbol('absent');
/** A property that became an accessor: its value is a call, which a watch never makes. */
export const ACCESSOR: unique symbol = Symbol('accessor');
export type Reading = Slot | typeof ABSENT | typeof ACCESSOR;

export interface Watched {
  cell: HeapCell; what: 'binding' | 'property'; name: string;
  /** A binding's slot, found once (-1: a binding a sloppy eval declared, looked up by name). */
  slot: number;
}

/** A watch's cell and name, with what reading it at each step point needs found once. */
export function watchedOf(cell: HeapCell, what: Watched['what'], name: string): Watched {
  return { cell, what, name, slot: cell instanceof JSObject ? -1 : cell.scope.indexOf(name) };
}

/** The watchable value a row `name` of a handle's target shows, or the message why it cannot be watched. */
export function locate(t: Target | undefined, name: string, userGlobals: Set<string>): Watched | { refused: string } {
  if (t === undefined) return { refused: Msg.DataUnknownRow };
  if (name === 'this' || name === 'arguments') return { refused: Msg.DataNotWatchable };
  switch (t.kind) {
    case 'object': return property(t.obj, name);
    case 'env': return inEnv(t.env, name) ?? (t.extra ? property(t.extra, name) : { refused: Msg.DataUnknownRow });
    case 'bindings':
      for (const part of t.parts) {
        const found = inEnv(part.env, name, part.kinds);
        if (found) return found;
      }
      if (t.global && userGlobals.has(name)) return property(t.global, name);
      return { refused: Msg.DataUnknownRow };
    default: return { refused: Msg.DataNotWatchable };
  }
}

function inEnv(env: Env, name: string, kinds?: ReadonlySet<BindingKind>): Watched | { refused: string } | undefined {
  if (env.object !== null) return env.object.getOwn(name) ? property(env.object, name) : undefined;
  const slot = env.scope.indexOf(name);
  const visible = slot >= 0 && env.scope.names[slot] !== THIS_NAME && visibleSlots(env.scope).includes(slot);
  if (visible && (!kinds || kinds.has(env.scope.kinds[slot]))) return watchedOf(env, 'binding', name);
  if (env.dynamic?.has(name)) return watchedOf(env, 'binding', name);
  return undefined;
}

function property(obj: JSObject, name: string): Watched | { refused: string } {
  if (isProxy(obj)) return { refused: Msg.DataProxy };
  const p = obj.getOwn(name);
  // A row that is no own property ([[Prototype]], [[Entries]]...) is the engine's, not a value the program writes.
  if (p === undefined) return { refused: Msg.DataNotWatchable };
  if (p.isAccessor) return { refused: Msg.DataAccessor };
  return watchedOf(obj, 'property', name);
}

/** The value now: a binding's slot (TDZ included), a property's value, ABSENT or ACCESSOR. */
export function read(w: Watched): Reading {
  const { cell, name } = w;
  if (cell instanceof JSObject) {
    const p = cell.getOwn(name);
    return p === undefined ? ABSENT : p.isAccessor ? ACCESSOR : p.value;
  }
  if (cell.object !== null) return read(watchedOf(cell.object, 'property', name));
  if (w.slot >= 0) return cell.slots[w.slot];
  return cell.dynamic?.has(name) ? cell.dynamic.get(name)! : ABSENT;
}

/** The record or object a watch names `name` in, as the learner reads it: "Local of sum()", "property of Point". */
export function holderLabel(w: Watched): string {
  const c = w.cell;
  if (c instanceof JSObject) return formatMessage(Msg.DataPropertyOf, constructorName(c));
  const s = c.scope;
  const fn = s.functionName ? `${s.functionName}()` : Msg.DataAnonymous;
  switch (s.kind) {
    case 'function': return formatMessage(Msg.DataLocalOf, fn);
    case 'module': return Msg.DataModuleScope;
    case 'script': return Msg.DataScriptScope;
    case 'global': return Msg.DataGlobalScope;
    default: return s.functionName ? formatMessage(Msg.DataBlockIn, fn) : Msg.DataBlockScope;
  }
}

/** How the change text shows a reading: the Variables pane's preview. */
export function readingText(r: Reading): string {
  return r === ABSENT ? Msg.DataAbsentValue : r === ACCESSOR ? Msg.DataAccessorValue : preview(r);
}

/** SameValue, with TDZ, ABSENT and ACCESSOR each equal only to itself. */
export function sameReading(a: Reading, b: Reading): boolean {
  return Object.is(a, b);
}
