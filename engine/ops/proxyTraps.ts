// The Proxy exotic object's internal methods (https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots):
// each runs its trap, or forwards to the target when the handler has none, then checks the
// spec's invariants against the target and throws V8's TypeError when a trap lied.
import { isCallable } from '../heap/function';
import { ACCESSOR, CONFIGURABLE, Descriptor, ENUMERABLE, JSObject, Prop, WRITABLE, applyDescriptor } from '../heap/object';
import type { ProxyLike } from '../heap/proxy';
import { JSSymbol, PropertyKey, Value } from '../heap/values';
import { noSideEffectsToString } from '../errors/noSideEffectsToString';
import type { Realm } from '../realm/realm';
import { toPropertyDescriptor } from '../realm/builtins/objectSupport';
import { Gen, toBoolean } from './convert';
import { call, construct, describeForMessage, get, keyText, lengthOfArrayLike, set } from './object';
import * as I from './internal';
import { Msg, formatMessage } from '../errors/messages';

type Trap = [target: JSObject, handler: JSObject, trap: Value];

/** The target, handler and trap `name` (undefined when absent); a revoked proxy throws. */
function* trapOf(realm: Realm, p: ProxyLike, name: string): Gen<Trap> {
  const handler = p.proxyHandler;
  if (handler === null) return realm.throwError('TypeError', formatMessage(Msg.ProxyRevoked, name));
  const target = p.proxyTarget!;
  const trap = yield* get(realm, handler, name);
  if (trap === undefined || trap === null) return [target, handler, undefined];
  if (!isCallable(trap)) {
    realm.throwError('TypeError', formatMessage(Msg.PropertyNotFunction, noSideEffectsToString(realm, trap), name, describeForMessage(handler)));
  }
  return [target, handler, trap];
}

function fail(realm: Realm, trap: string, text: string): never {
  return realm.throwError('TypeError', formatMessage(Msg.ProxyTrapInvariant, trap, text));
}

export function* proxyGetPrototypeOf(realm: Realm, p: ProxyLike): Gen<JSObject | null> {
  const [target, handler, trap] = yield* trapOf(realm, p, 'getPrototypeOf');
  if (trap === undefined) return yield* I.getPrototypeOf(realm, target);
  const proto = yield* call(realm, trap, handler, [target]);
  if (proto !== null && !(proto instanceof JSObject)) fail(realm, 'getPrototypeOf', Msg.ProxyProtoNotObject);
  if (yield* I.isExtensible(realm, target)) return proto;
  if (proto !== (yield* I.getPrototypeOf(realm, target))) {
    fail(realm, 'getPrototypeOf', Msg.ProxyProtoNotActual);
  }
  return proto;
}

export function* proxySetPrototypeOf(realm: Realm, p: ProxyLike, proto: JSObject | null): Gen<boolean> {
  const [target, handler, trap] = yield* trapOf(realm, p, 'setPrototypeOf');
  if (trap === undefined) return yield* I.setPrototypeOf(realm, target, proto);
  if (!toBoolean(yield* call(realm, trap, handler, [target, proto]))) return false;
  if (yield* I.isExtensible(realm, target)) return true;
  if (proto !== (yield* I.getPrototypeOf(realm, target))) {
    fail(realm, 'setPrototypeOf', Msg.ProxySetProtoNonExtensible);
  }
  return true;
}

export function* proxyIsExtensible(realm: Realm, p: ProxyLike): Gen<boolean> {
  const [target, handler, trap] = yield* trapOf(realm, p, 'isExtensible');
  if (trap === undefined) return yield* I.isExtensible(realm, target);
  const result = toBoolean(yield* call(realm, trap, handler, [target]));
  const actual = yield* I.isExtensible(realm, target);
  if (result !== actual) fail(realm, 'isExtensible', formatMessage(Msg.ProxyExtensibilityMismatch, actual));
  return result;
}

export function* proxyPreventExtensions(realm: Realm, p: ProxyLike): Gen<boolean> {
  const [target, handler, trap] = yield* trapOf(realm, p, 'preventExtensions');
  if (trap === undefined) return yield* I.preventExtensions(realm, target);
  const result = toBoolean(yield* call(realm, trap, handler, [target]));
  if (result && (yield* I.isExtensible(realm, target))) fail(realm, 'preventExtensions', Msg.ProxyPreventExtensionsExtensible);
  return result;
}

export function* proxyGetOwnProperty(realm: Realm, p: ProxyLike, key: PropertyKey): Gen<Prop | undefined> {
  const T = 'getOwnPropertyDescriptor';
  const [target, handler, trap] = yield* trapOf(realm, p, T);
  if (trap === undefined) return yield* I.getOwnProperty(realm, target, key);
  const result = yield* call(realm, trap, handler, [target, key]);
  const k = keyText(key);
  if (result !== undefined && !(result instanceof JSObject)) fail(realm, T, formatMessage(Msg.ProxyDescriptorNotObject, k));
  const targetDesc = yield* I.getOwnProperty(realm, target, key);
  if (result === undefined) {
    if (targetDesc === undefined) return undefined;
    if (!targetDesc.configurable) fail(realm, T, formatMessage(Msg.ProxyDescriptorHidesNonConfigurable, k));
    if (!(yield* I.isExtensible(realm, target))) fail(realm, T, formatMessage(Msg.ProxyDescriptorHidesNonExtensible, k));
    return undefined;
  }
  const extensible = yield* I.isExtensible(realm, target);
  const desc = yield* toPropertyDescriptor(realm, result);
  const completed = completeDescriptor(desc);
  if (!isCompatible(extensible, desc, targetDesc)) fail(realm, T, formatMessage(Msg.ProxyDescriptorIncompatible, k));
  if (!completed.configurable) {
    if (targetDesc === undefined || targetDesc.configurable) {
      fail(realm, T, formatMessage(Msg.ProxyDescriptorNonConfigurable, k));
    }
    if ('writable' in desc && !desc.writable && targetDesc.writable) {
      fail(realm, T, formatMessage(Msg.ProxyDescriptorNonWritable, k));
    }
  }
  return completed;
}

export function* proxyDefineOwnProperty(realm: Realm, p: ProxyLike, key: PropertyKey, desc: Descriptor): Gen<boolean> {
  const T = 'defineProperty';
  const [target, handler, trap] = yield* trapOf(realm, p, T);
  if (trap === undefined) return yield* I.defineOwnProperty(realm, target, key, desc);
  if (!toBoolean(yield* call(realm, trap, handler, [target, key, descriptorObject(realm, desc)]))) return false;
  const targetDesc = yield* I.getOwnProperty(realm, target, key);
  const extensible = yield* I.isExtensible(realm, target);
  const settingNonConfigurable = desc.configurable === false;
  const k = keyText(key);
  const nonConfigurableText = formatMessage(Msg.ProxyDefineNonConfigurable, k);
  if (targetDesc === undefined) {
    if (!extensible) fail(realm, T, formatMessage(Msg.ProxyDefineNonExtensible, k));
    if (settingNonConfigurable) fail(realm, T, nonConfigurableText);
    return true;
  }
  if (!isCompatible(extensible, desc, targetDesc)) fail(realm, T, formatMessage(Msg.ProxyDefineIncompatible, k));
  if (settingNonConfigurable && targetDesc.configurable) fail(realm, T, nonConfigurableText);
  if (!targetDesc.isAccessor && !targetDesc.configurable && targetDesc.writable && desc.writable === false) {
    fail(realm, T, formatMessage(Msg.ProxyDefineNonWritable, k));
  }
  return true;
}

export function* proxyHas(realm: Realm, p: ProxyLike, key: PropertyKey): Gen<boolean> {
  const [target, handler, trap] = yield* trapOf(realm, p, 'has');
  if (trap === undefined) return yield* I.has(realm, target, key);
  const result = toBoolean(yield* call(realm, trap, handler, [target, key]));
  if (!result) {
    const targetDesc = yield* I.getOwnProperty(realm, target, key);
    if (targetDesc !== undefined) {
      const k = keyText(key);
      if (!targetDesc.configurable) fail(realm, 'has', formatMessage(Msg.ProxyHasHidesNonConfigurable, k));
      if (!(yield* I.isExtensible(realm, target))) fail(realm, 'has', formatMessage(Msg.ProxyHasHidesNonExtensible, k));
    }
  }
  return result;
}

export function* proxyGet(realm: Realm, p: ProxyLike, key: PropertyKey, receiver: Value): Gen<Value> {
  const [target, handler, trap] = yield* trapOf(realm, p, 'get');
  if (trap === undefined) return yield* get(realm, target, key, receiver);
  const v = yield* call(realm, trap, handler, [target, key, receiver]);
  const targetDesc = yield* I.getOwnProperty(realm, target, key);
  if (targetDesc !== undefined && !targetDesc.configurable) {
    const k = keyText(key);
    if (!targetDesc.isAccessor && !targetDesc.writable && !Object.is(v, targetDesc.value)) {
      fail(realm, 'get', formatMessage(Msg.ProxyGetNotActualValue, k, noSideEffectsToString(realm, targetDesc.value), noSideEffectsToString(realm, v)));
    }
    if (targetDesc.isAccessor && targetDesc.get === undefined && v !== undefined) {
      fail(realm, 'get', formatMessage(Msg.ProxyGetNotUndefined, k, noSideEffectsToString(realm, v)));
    }
  }
  return v;
}

/** [[Set]]; false when the trap reports failure (callers throw in strict code, see setFailed). */
export function* proxySet(realm: Realm, p: ProxyLike, key: PropertyKey, value: Value, receiver: Value): Gen<boolean> {
  const [target, handler, trap] = yield* trapOf(realm, p, 'set');
  if (trap === undefined) return yield* set(realm, target, key, value, receiver, false);
  if (!toBoolean(yield* call(realm, trap, handler, [target, key, value, receiver]))) return false;
  const targetDesc = yield* I.getOwnProperty(realm, target, key);
  if (targetDesc !== undefined && !targetDesc.configurable) {
    const k = keyText(key);
    if (!targetDesc.isAccessor && !targetDesc.writable && !Object.is(value, targetDesc.value)) {
      fail(realm, 'set', formatMessage(Msg.ProxySetReadOnly, k));
    }
    if (targetDesc.isAccessor && targetDesc.set === undefined) {
      fail(realm, 'set', formatMessage(Msg.ProxySetNoSetter, k));
    }
  }
  return true;
}

export function* proxyDelete(realm: Realm, p: ProxyLike, key: PropertyKey): Gen<boolean> {
  const T = 'deleteProperty';
  const [target, handler, trap] = yield* trapOf(realm, p, T);
  if (trap === undefined) return yield* I.deleteProperty(realm, target, key);
  if (!toBoolean(yield* call(realm, trap, handler, [target, key]))) return false;
  const targetDesc = yield* I.getOwnProperty(realm, target, key);
  if (targetDesc === undefined) return true;
  const k = keyText(key);
  if (!targetDesc.configurable) fail(realm, T, formatMessage(Msg.ProxyDeleteNonConfigurable, k));
  if (!(yield* I.isExtensible(realm, target))) fail(realm, T, formatMessage(Msg.ProxyDeleteNonExtensible, k));
  return true;
}

export function* proxyOwnKeys(realm: Realm, p: ProxyLike): Gen<PropertyKey[]> {
  const [target, handler, trap] = yield* trapOf(realm, p, 'ownKeys');
  if (trap === undefined) return yield* I.ownPropertyKeys(realm, target);
  const keys = yield* keyListFromArrayLike(realm, yield* call(realm, trap, handler, [target]));
  const extensible = yield* I.isExtensible(realm, target);
  const nonConfigurable: PropertyKey[] = [];
  const configurable: PropertyKey[] = [];
  for (const key of yield* I.ownPropertyKeys(realm, target)) {
    const d = yield* I.getOwnProperty(realm, target, key);
    (d !== undefined && !d.configurable ? nonConfigurable : configurable).push(key);
  }
  if (extensible && nonConfigurable.length === 0) return keys;
  const unchecked = new Set(keys);
  const include = (key: PropertyKey): void => {
    if (!unchecked.delete(key)) fail(realm, 'ownKeys', formatMessage(Msg.ProxyOwnKeysMissing, keyText(key)));
  };
  nonConfigurable.forEach(include);
  if (extensible) return keys;
  configurable.forEach(include);
  if (unchecked.size > 0) fail(realm, 'ownKeys', Msg.ProxyOwnKeysExtra);
  return keys;
}

/** CreateListFromArrayLike(obj, « String, Symbol ») without duplicates. */
function* keyListFromArrayLike(realm: Realm, v: Value): Gen<PropertyKey[]> {
  if (!(v instanceof JSObject)) realm.throwError('TypeError', Msg.ListFromNonObject);
  const len = yield* lengthOfArrayLike(realm, v);
  const keys: PropertyKey[] = [];
  const seen = new Set<PropertyKey>();
  for (let i = 0; i < len; i++) {
    const k = yield* get(realm, v, String(i));
    if (typeof k !== 'string' && !(k instanceof JSSymbol)) realm.throwError('TypeError', formatMessage(Msg.InvalidPropertyName, noSideEffectsToString(realm, k)));
    if (seen.has(k)) fail(realm, 'ownKeys', Msg.ProxyOwnKeysDuplicate);
    seen.add(k);
    keys.push(k);
  }
  return keys;
}

export function* proxyCall(realm: Realm, p: ProxyLike, thisArg: Value, args: Value[]): Gen<Value> {
  const [target, handler, trap] = yield* trapOf(realm, p, 'apply');
  if (trap === undefined) return yield* call(realm, target, thisArg, args);
  return yield* call(realm, trap, handler, [target, thisArg, realm.newArray(args)]);
}

export function* proxyConstruct(realm: Realm, p: ProxyLike, args: Value[], newTarget: Value): Gen<JSObject> {
  const [target, handler, trap] = yield* trapOf(realm, p, 'construct');
  if (trap === undefined) return yield* construct(realm, target, args, newTarget);
  const o = yield* call(realm, trap, handler, [target, realm.newArray(args), newTarget]);
  if (!(o instanceof JSObject)) fail(realm, 'construct', formatMessage(Msg.ProxyConstructNotObject, noSideEffectsToString(realm, o)));
  return o;
}

/** https://tc39.es/ecma262/#sec-completepropertydescriptor, as a Prop. */
function completeDescriptor(d: Descriptor): Prop {
  const flags = (d.enumerable ? ENUMERABLE : 0) | (d.configurable ? CONFIGURABLE : 0);
  if ('get' in d || 'set' in d) return new Prop(undefined, flags | ACCESSOR, d.get, d.set);
  return new Prop(d.value, flags | (d.writable ? WRITABLE : 0));
}

/** https://tc39.es/ecma262/#sec-iscompatiblepropertydescriptor, applied to a copy of `current`. */
function isCompatible(extensible: boolean, desc: Descriptor, current: Prop | undefined): boolean {
  return applyDescriptor(current, desc, extensible) !== null;
}

/** https://tc39.es/ecma262/#sec-frompropertydescriptor for a partial descriptor. */
function descriptorObject(realm: Realm, d: Descriptor): JSObject {
  const o = realm.newObject();
  for (const field of ['value', 'writable', 'get', 'set', 'enumerable', 'configurable'] as const) {
    if (field in d) o.put(field, d[field]);
  }
  return o;
}
