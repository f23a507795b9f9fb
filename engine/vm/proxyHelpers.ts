// The VM's slow paths for operators that meet a proxy (`in`, `delete`, for-in, object
// spread and rest): they run the traps as VM helpers, in the order V8 runs them.
import { JSObject } from '../heap/object';
import type { ProxyLike } from '../heap/proxy';
import type { PropertyKey, Value } from '../heap/values';
import type { Realm } from '../realm/realm';
import type { Gen } from '../ops/convert';
import * as I from '../ops/internal';
import { get, keyText } from '../ops/object';
import { proxyDelete, proxyHas } from '../ops/proxyTraps';
import { Msg, formatMessage } from '../errors/messages';

export function* proxyHasHelper(realm: Realm, p: ProxyLike, key: PropertyKey): Gen<Value> {
  return yield* proxyHas(realm, p, key);
}

export function* proxyDeleteHelper(realm: Realm, p: ProxyLike, key: PropertyKey, strict: boolean): Gen<Value> {
  const ok = yield* proxyDelete(realm, p, key);
  if (!ok && strict) realm.throwError('TypeError', formatMessage(Msg.ProxyTrapFalsishFor, 'deleteProperty', keyText(key)));
  return ok;
}

export interface ForInState { obj: JSObject; keys: string[]; i: number }

/** for-in keys when the chain holds a proxy: per object ownKeys, getPrototypeOf, then each key's descriptor. */
export function* forInKeysHelper(realm: Realm, obj: JSObject): Gen<Value> {
  const keys: string[] = [];
  const seen = new Set<string>();
  for (let o: JSObject | null = obj; o !== null;) {
    const own = yield* I.ownPropertyKeys(realm, o);
    const next: JSObject | null = yield* I.getPrototypeOf(realm, o);
    for (const k of own) {
      if (typeof k !== 'string' || seen.has(k)) continue;
      seen.add(k);
      if ((yield* I.getOwnProperty(realm, o, k))?.enumerable) keys.push(k);
    }
    o = next;
  }
  const state: ForInState = { obj, keys, i: 0 };
  return state as unknown as Value;
}

/** CopyDataProperties from a proxy source: ownKeys, then per key its descriptor and [[Get]]. */
export function* copyFromProxy(realm: Realm, target: JSObject, from: JSObject, excluded: PropertyKey[]): Gen<Value> {
  for (const key of yield* I.ownPropertyKeys(realm, from)) {
    if (excluded.includes(key)) continue;
    const p = yield* I.getOwnProperty(realm, from, key);
    if (!p || !p.enumerable) continue;
    target.defineOwn(key, { value: yield* get(realm, from, key), writable: true, enumerable: true, configurable: true });
  }
  return target;
}

/** Reads a proxy constructor's `prototype` through its traps for the synchronous step that follows. */
export function* readPrototypeHelper(realm: Realm, p: ProxyLike): Gen<Value> {
  p.pendingPrototype = { value: yield* get(realm, p, 'prototype') };
  return undefined;
}
