// The essential internal methods (https://tc39.es/ecma262/#table-essential-internal-methods)
// for any object, proxies included: ordinary objects answer synchronously from heap/object.ts,
// proxies run their traps (ops/proxyTraps.ts). Built-ins that may meet a proxy call these.
import { Descriptor, JSObject, Prop } from '../heap/object';
import { isProxy } from '../heap/proxy';
import { TypedArrayObject, canonicalNumericIndex } from '../heap/binary';
import type { PropertyKey } from '../heap/values';
import type { Realm } from '../realm/realm';
import type { Gen } from './convert';
import * as T from './proxyTraps';
import { proxyChainStep } from '../errors/hostStack';

export function* getOwnProperty(realm: Realm, o: JSObject, key: PropertyKey): Gen<Prop | undefined> {
  if (isProxy(o)) return yield* proxyChainStep(T.proxyGetOwnProperty(realm, o, key));
  return o.getOwn(key);
}

export function* defineOwnProperty(realm: Realm, o: JSObject, key: PropertyKey, desc: Descriptor): Gen<boolean> {
  if (isProxy(o)) return yield* proxyChainStep(T.proxyDefineOwnProperty(realm, o, key, desc));
  return o.defineOwn(key, desc);
}

/** https://tc39.es/ecma262/#sec-hasproperty: own, then up the prototype chain. */
export function* has(realm: Realm, o: JSObject, key: PropertyKey): Gen<boolean> {
  for (let x: JSObject | null = o; x !== null; x = x.proto) {
    if (isProxy(x)) return yield* proxyChainStep(T.proxyHas(realm, x, key));
    if (x.getOwn(key) !== undefined) return true;
    // An integer-indexed exotic object answers numeric keys itself, never from its prototypes.
    if (x instanceof TypedArrayObject && canonicalNumericIndex(key) !== undefined) return false;
  }
  return false;
}

export function* deleteProperty(realm: Realm, o: JSObject, key: PropertyKey): Gen<boolean> {
  if (isProxy(o)) return yield* proxyChainStep(T.proxyDelete(realm, o, key));
  return o.deleteOwn(key);
}

export function* ownPropertyKeys(realm: Realm, o: JSObject): Gen<PropertyKey[]> {
  if (isProxy(o)) return yield* proxyChainStep(T.proxyOwnKeys(realm, o));
  return o.ownKeys();
}

export function* getPrototypeOf(realm: Realm, o: JSObject): Gen<JSObject | null> {
  if (isProxy(o)) return yield* proxyChainStep(T.proxyGetPrototypeOf(realm, o));
  return o.proto;
}

export function* setPrototypeOf(realm: Realm, o: JSObject, proto: JSObject | null): Gen<boolean> {
  if (isProxy(o)) return yield* proxyChainStep(T.proxySetPrototypeOf(realm, o, proto));
  return o.setProto(proto);
}

export function* isExtensible(realm: Realm, o: JSObject): Gen<boolean> {
  if (isProxy(o)) return yield* proxyChainStep(T.proxyIsExtensible(realm, o));
  return o.extensible;
}

export function* preventExtensions(realm: Realm, o: JSObject): Gen<boolean> {
  if (isProxy(o)) return yield* proxyChainStep(T.proxyPreventExtensions(realm, o));
  return o.preventExtensions();
}

/** True when `o` or an object on its prototype chain is a proxy (the slow paths must run). */
export function chainHasProxy(o: JSObject | null): boolean {
  for (let x = o; x !== null; x = x.proto) if (isProxy(x)) return true;
  return false;
}
