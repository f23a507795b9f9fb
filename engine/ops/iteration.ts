// The iteration protocol (https://tc39.es/ecma262/#sec-iterator-records) for builtins
// and the VM: getting an iterator, stepping it, closing it, collecting it.
import { pin } from '../heap/account';
import { JSArray, JSObject } from '../heap/object';
import { HOLE, Value, WellKnown } from '../heap/values';
import { Msg, formatMessage } from '../errors/messages';
import { JSThrow } from '../errors/internal';
import type { Realm } from '../realm/realm';
import { Gen, getMethod, toBoolean } from './convert';
import { call, get } from './object';
import { typeAndValue } from '../realm/builtins/Iterator';

export interface IteratorRecord {
  iterator: JSObject;
  next: Value;
  done: boolean;
}

/**
 * https://tc39.es/ecma262/#sec-getiterator. `what` is the value's source text where V8 names
 * it ("x is not iterable"); without it V8 names the value's type, as for arguments.
 */
export function* getIterator(realm: Realm, v: Value, what?: string): Gen<IteratorRecord> {
  const method = v === undefined || v === null ? undefined : yield* getMethod(realm, v, WellKnown.iterator);
  if (method === undefined) realm.throwError('TypeError', notIterable(v, what));
  const iterator = yield* call(realm, method, v, []);
  if (!(iterator instanceof JSObject)) realm.throwError('TypeError', Msg.ResultNotObject);
  const next = yield* get(realm, iterator, 'next');
  return { iterator, next, done: false };
}

function notIterable(v: Value, what: string | undefined): string {
  return what === undefined ? formatMessage(Msg.NotIterableNoSymbolLoad, typeAndValue(v)) : formatMessage(Msg.NotIterable, what);
}

/**
 * https://tc39.es/ecma262/#sec-iteratorstepvalue: calls next(); returns the value, or
 * `done` when the iterator has finished. A throw from next() or from reading its result
 * also marks the record done, so nobody closes an iterator that just failed.
 */
export function* iteratorStep(realm: Realm, rec: IteratorRecord): Gen<{ done: boolean; value: Value }> {
  let finished = false;
  try {
    const result = yield* call(realm, rec.next, rec.iterator, []);
    if (!(result instanceof JSObject)) realm.throwError('TypeError', formatMessage(Msg.IteratorResultNotObject, String(result)));
    if (toBoolean(yield* get(realm, result, 'done'))) {
      rec.done = true;
      finished = true;
      return { done: true, value: undefined };
    }
    const value = yield* get(realm, result, 'value');
    finished = true;
    return { done: false, value };
  } finally {
    if (!finished) rec.done = true;
  }
}

/** https://tc39.es/ecma262/#sec-iteratorclose for a normal (non-throw) completion. */
export function* iteratorClose(realm: Realm, rec: IteratorRecord): Gen<void> {
  const ret = yield* getMethod(realm, rec.iterator, 'return');
  if (ret === undefined) return;
  const r = yield* call(realm, ret, rec.iterator, []);
  if (!(r instanceof JSObject)) realm.throwError('TypeError', formatMessage(Msg.IteratorResultNotObject, String(r)));
}

/** Closes after a throw completion: errors from return() are dropped, the original wins. */
export function* iteratorCloseQuietly(realm: Realm, rec: IteratorRecord): Gen<void> {
  try {
    const ret = yield* getMethod(realm, rec.iterator, 'return');
    if (ret !== undefined) yield* call(realm, ret, rec.iterator, []);
  } catch (e) {
    // the caller rethrows the original exception; engine limits and bugs still end the run
    if (!(e instanceof JSThrow)) throw e;
  }
}

/** Collects an iterable into a list; plain arrays with the original iterator take a fast path. */
export function* iterableToList(realm: Realm, v: Value, what?: string): Gen<Value[]> {
  if (v instanceof JSArray && isPristineArrayIteration(realm, v)) {
    return v.items.map((x) => (x === HOLE ? undefined : x));
  }
  const rec = yield* getIterator(realm, v, what);
  const out: Value[] = [];
  const acct = pin(out);
  try {
    for (;;) {
      const step = yield* iteratorStep(realm, rec);
      if (step.done) return out;
      out.push(step.value);
    }
  } finally {
    acct.pinned.delete(out);
  }
}

/** True when iterating `a` would use the built-in array iterator unchanged. */
export function isPristineArrayIteration(realm: Realm, a: JSArray): boolean {
  if (a.proto !== realm.ArrayPrototype || a.accessors !== undefined || a.hasStored(WellKnown.iterator as never)) return false;
  const values = realm.intrinsics.get('%Array.prototype.values%');
  const iterProto = realm.intrinsics.get('%ArrayIteratorPrototype%');
  return values !== undefined && realm.ArrayPrototype.getOwn(WellKnown.iterator)?.value === values
    && iterProto?.getOwn('next')?.value === realm.intrinsics.get('%ArrayIteratorPrototype%.next%');
}
