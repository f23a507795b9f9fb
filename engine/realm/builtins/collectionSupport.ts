// What the Map, Set, WeakMap and WeakSet built-ins share: filling a new collection from
// an iterable, brand checks and constructor checks with V8's messages.
import { pin } from '../../heap/account';
import { NativeFunction, isCallable } from '../../heap/function';
import { JSArray, JSObject } from '../../heap/object';
import { HOLE, Value, WellKnown } from '../../heap/values';
import { JSThrow } from '../../errors/internal';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen } from '../../ops/convert';
import { isPristineArrayIteration, iteratorCloseQuietly, iteratorStep } from '../../ops/iteration';
import { call, get } from '../../ops/object';
import type { Realm } from '../realm';
import { getIndex } from './arraySupport';
import { CursorIterator, ITER_DONE, StepResult, getIteratorOrThrow } from './Iterator';
import { describeValue } from './objectSupport';

/** Map and WeakMap add [key, value] entries; Set and WeakSet add single values. */
export interface Filler {
  adderName: 'set' | 'add';
  entries: boolean;
  /** The intrinsic adder; when the collection still has it, `add` stands in for the call. */
  intrinsicAdder: JSObject;
  add(key: Value, value: Value): void;
}

/**
 * https://tc39.es/ecma262/#sec-add-entries-from-iterable (and the Set/WeakSet variant):
 * calls the collection's own `set`/`add` as the spec says, with a direct path when it is
 * the built-in one and the iterable is a plain array.
 */
export function* fillFromIterable(realm: Realm, target: JSObject, iterable: Value, filler: Filler): Gen<void> {
  const adder = yield* get(realm, target, filler.adderName);
  if (!isCallable(adder)) {
    const message = formatMessage(Msg.PropertyNotFunction, describeValue(adder), filler.adderName, describeValue(target));
    realm.throwError('TypeError', message);
  }
  if (adder === filler.intrinsicAdder && iterable instanceof JSArray && isPristineArrayIteration(realm, iterable)) {
    // The array iterator has no `return`, so there is nothing to close on a throw.
    for (let i = 0; i < iterable.items.length; i++) {
      const item = iterable.items[i];
      yield* addItem(realm, target, adder, filler, item === HOLE ? undefined : item, true);
    }
    return;
  }
  const rec = yield* getIteratorOrThrow(realm, iterable);
  const acct = pin(target);
  try {
    for (;;) {
      const step = yield* iteratorStep(realm, rec);
      if (step.done) return;
      try {
        yield* addItem(realm, target, adder, filler, step.value, adder === filler.intrinsicAdder);
      } catch (e) {
        if (e instanceof JSThrow) yield* iteratorCloseQuietly(realm, rec);
        throw e;
      }
    }
  } finally {
    acct.pinned.delete(target);
  }
}

function* addItem(realm: Realm, target: JSObject, adder: Value, filler: Filler, item: Value, direct: boolean): Gen<void> {
  let key = item;
  let value: Value = undefined;
  if (filler.entries) {
    if (!(item instanceof JSObject)) realm.throwError('TypeError', formatMessage(Msg.NotEntryObject, describeValue(item)));
    key = yield* getIndex(realm, item, 0);
    value = yield* getIndex(realm, item, 1);
  }
  if (direct) filler.add(key, value);
  else yield* call(realm, adder, target, filler.entries ? [key, value] : [key]);
}

/** Throws V8's "Constructor Map requires 'new'" for a call without `new`. */
export function requireNew(realm: Realm, newTarget: JSObject | undefined, name: string): JSObject {
  if (newTarget === undefined) realm.throwError('TypeError', formatMessage(Msg.ConstructorRequiresNew, name));
  return newTarget;
}

/** The brand check of a collection method: `this` must carry the right internal slots. */
export function thisBrand<T extends JSObject>(realm: Realm, v: Value, cls: abstract new (...a: never[]) => T, method: string): T {
  if (v instanceof cls) return v;
  return realm.throwError('TypeError', formatMessage(Msg.NotGeneric, `Method ${method}`, describeValue(v)));
}

/** Keys are compared with SameValueZero, and -0 is stored as +0 (the spec normalizes it). */
export function normalizeKey(v: Value): Value {
  return v === 0 ? 0 : v;
}

export type CollectionKind = 'keys' | 'values' | 'entries';

/** The host-side cursor of a Map or Set iterator; a Set's host entries are [v, v] pairs. */
export interface CollectionCursor {
  data: Map<Value, Value> | Set<Value>;
  it: Iterator<[Value, Value]>;
  kind: CollectionKind;
  /** The key last returned, so the inspector can tell what is left. */
  started: boolean;
  lastKey: Value;
}

/**
 * A Map or Set iterator. The host iterator sees later insertions and deletions as the
 * spec requires; previewEntries lists what is left for console.log without advancing.
 */
export class CollectionIterator extends CursorIterator<CollectionCursor> {
  constructor(proto: JSObject, tag: string, readonly kind: CollectionKind, state: CollectionCursor) {
    super(proto, tag, state);
  }

  previewEntries(): { entries: Value[]; isKeyValue: boolean } {
    const s = this.state;
    const isKeyValue = this.kind === 'entries';
    if (s === undefined) return { entries: [], isKeyValue };
    const keys = [...s.data.keys()];
    let from = 0;
    if (s.started) {
      const at = keys.findIndex((k) => k === s.lastKey || (k !== k && s.lastKey !== s.lastKey));
      from = at < 0 ? keys.length : at + 1;
    }
    const entries: Value[] = [];
    for (const k of keys.slice(from)) {
      const v = s.data instanceof Map ? s.data.get(k) : k;
      if (s.kind === 'entries') entries.push(k, v);
      else entries.push(s.kind === 'keys' ? k : v);
    }
    return { entries, isKeyValue };
  }
}

export function createCollectionIterator(
  proto: JSObject, tag: string, data: Map<Value, Value> | Set<Value>, kind: CollectionKind,
): JSObject {
  return new CollectionIterator(proto, tag, kind, { data, it: data.entries(), kind, started: false, lastKey: undefined });
}

/** One step of %MapIteratorPrototype%.next or %SetIteratorPrototype%.next. */
export function collectionStep(realm: Realm, s: CollectionCursor): StepResult {
  const r = s.it.next();
  if (r.done) return ITER_DONE;
  const [k, v] = r.value;
  s.started = true;
  s.lastKey = k;
  return s.kind === 'keys' ? k : s.kind === 'values' ? v : realm.newArray([k, v]);
}

/** `get [Symbol.species]() { return this; }` on a constructor. */
export function installSpecies(realm: Realm, ctor: NativeFunction): void {
  realm.accessor(ctor, WellKnown.species, (thisArg) => thisArg);
}
