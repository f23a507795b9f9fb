// The Object statics that walk properties or iterables and may run user code on the way
// (getters, setters, iterators, callbacks): assign, keys/values/entries, fromEntries, groupBy.
import { pin } from '../../heap/account';
import { isCallable } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { PropertyKey, Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { JSThrow } from '../../errors/internal';
import { Gen, toObject, toPropertyKey } from '../../ops/convert';
import { call, createDataProperty, get, set } from '../../ops/object';
import * as I from '../../ops/internal';
import { IteratorRecord, iteratorCloseQuietly, iteratorStep } from '../../ops/iteration';
import type { Realm } from '../realm';
import { getIteratorOrThrow } from './Iterator';
import { describeValue } from './objectSupport';

/** https://tc39.es/ecma262/#sec-object.assign */
export function* objectAssign(realm: Realm, target: Value, sources: Value[]): Gen<JSObject> {
  const to = toObject(realm, target);
  for (const source of sources) {
    if (source === undefined || source === null) continue;
    const from = toObject(realm, source);
    for (const key of yield* I.ownPropertyKeys(realm, from)) {
      if (!(yield* I.getOwnProperty(realm, from, key))?.enumerable) continue;
      const v = yield* get(realm, from, key);
      yield* set(realm, to, key, v, to, true);
    }
  }
  return to;
}

export type EnumerationKind = 'key' | 'value' | 'key+value';

/** https://tc39.es/ecma262/#sec-enumerableownproperties; each key is re-checked as getters may delete later ones. */
export function* enumerableOwnProperties(realm: Realm, o: JSObject, kind: EnumerationKind): Gen<Value[]> {
  const out: Value[] = [];
  for (const key of yield* I.ownPropertyKeys(realm, o)) {
    if (typeof key !== 'string' || !(yield* I.getOwnProperty(realm, o, key))?.enumerable) continue;
    if (kind === 'key') { out.push(key); continue; }
    const v = yield* get(realm, o, key);
    out.push(kind === 'value' ? v : realm.newArray([key, v]));
  }
  return out;
}

/** Object.keys without the generator: reading keys never runs user code. */
export function enumerableOwnKeys(o: JSObject): string[] {
  return o.ownKeys().filter((k): k is string => typeof k === 'string' && !!o.getOwn(k)?.enumerable);
}

/** https://tc39.es/ecma262/#sec-object.fromentries */
export function* objectFromEntries(realm: Realm, iterable: Value): Gen<JSObject> {
  // not in the spec's text: V8 names a nullish argument `undefined` here.
  if (iterable === undefined || iterable === null) realm.throwError('TypeError', formatMessage(Msg.NotIterable, 'undefined'));
  const o = realm.newObject();
  const rec = yield* getIteratorOrThrow(realm, iterable);
  const acct = pin(o);
  try {
    yield* forEachStep(realm, rec, function* (entry) {
      if (!(entry instanceof JSObject)) realm.throwError('TypeError', formatMessage(Msg.NotEntryObject, describeValue(entry)));
      const k = yield* get(realm, entry, '0');
      const v = yield* get(realm, entry, '1');
      createDataProperty(o, yield* toPropertyKey(realm, k), v);
    });
  } finally {
    acct.pinned.delete(o);
  }
  return o;
}

/** https://tc39.es/ecma262/#sec-object.groupby: a null-prototype object of arrays. */
export function* objectGroupBy(realm: Realm, items: Value, callback: Value): Gen<JSObject> {
  if (items === undefined || items === null) realm.throwError('TypeError', formatMessage(Msg.NotIterable, String(items)));
  if (!isCallable(callback)) realm.throwError('TypeError', formatMessage(Msg.NotFunction, describeValue(callback)));
  const groups = new Map<PropertyKey, Value[]>();
  const rec = yield* getIteratorOrThrow(realm, items);
  let k = 0;
  yield* forEachStep(realm, rec, function* (value) {
    const key = yield* toPropertyKey(realm, yield* call(realm, callback, undefined, [value, k++]));
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  });
  const o = realm.newObject(null);
  for (const [key, list] of groups) createDataProperty(o, key, realm.newArray(list));
  return o;
}

/** Runs `body` on each value, closing the iterator if the body throws. */
export function* forEachStep(realm: Realm, rec: IteratorRecord, body: (v: Value) => Gen<void>): Gen<void> {
  for (;;) {
    const step = yield* iteratorStep(realm, rec);
    if (step.done) return;
    try {
      yield* body(step.value);
    } catch (e) {
      if (e instanceof JSThrow) yield* iteratorCloseQuietly(realm, rec);
      throw e;
    }
  }
}
