// The Object constructor's static methods (https://tc39.es/ecma262/#sec-properties-of-the-object-constructor),
// registered in V8's order so Object.getOwnPropertyNames(Object) reads as in Node.
import { TypedArrayObject } from '../../heap/binary';
import { convertElementDescriptor } from './binarySupport';
import { NEEDS_GENERATOR, type NativeFunction } from '../../heap/function';
import { Descriptor, JSObject } from '../../heap/object';
import { JSSymbol, PropertyKey, Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toObject, toPropertyKey } from '../../ops/convert';
import { get } from '../../ops/object';
import type { Realm } from '../realm';
import { isProxy } from '../../heap/proxy';
import * as I from '../../ops/internal';
import {
  IntegrityLevel, setIntegrityLevel, setIntegrityLevelOfProxy, testIntegrityLevel, testIntegrityLevelOfProxy,
} from './objectIntegrity';
import { enumerableOwnKeys, enumerableOwnProperties, objectAssign, objectFromEntries, objectGroupBy } from './objectEnumeration';
import {
  checkProto, defineOrThrowAny, fromPropertyDescriptor, setProtoOrThrowAny, toPropertyDescriptor,
} from './objectSupport';

const gen = { gen: true };

export function installObjectStatics(realm: Realm, ctor: NativeFunction): void {
  installReadingStatics(realm, ctor);
  installShapingStatics(realm, ctor);
  installTestingAndListingStatics(realm, ctor);
}

/** assign through is: copying and reading own properties. */
function installReadingStatics(realm: Realm, ctor: NativeFunction): void {
  realm.method(ctor, 'assign', 2, (_t, args) => objectAssign(realm, args[0], args.slice(1)), gen);
  realm.method(ctor, 'getOwnPropertyDescriptor', 2, function* (_t, args) {
    const o = toObject(realm, args[0]);
    return fromPropertyDescriptor(realm, yield* I.getOwnProperty(realm, o, yield* toPropertyKey(realm, args[1])));
  }, gen);
  realm.method(ctor, 'getOwnPropertyDescriptors', 1, function* (_t, args) {
    const o = toObject(realm, args[0]);
    const out = realm.newObject();
    for (const key of yield* I.ownPropertyKeys(realm, o)) {
      const d = fromPropertyDescriptor(realm, yield* I.getOwnProperty(realm, o, key));
      if (d !== undefined) out.put(key, d);
    }
    return out;
  }, gen);
  realm.method(ctor, 'getOwnPropertyNames', 1, function* (_t, args) {
    return realm.newArray(yield* ownKeysOf(realm, args[0], 'string'));
  }, gen);
  realm.method(ctor, 'getOwnPropertySymbols', 1, function* (_t, args) {
    return realm.newArray(yield* ownKeysOf(realm, args[0], 'symbol'));
  }, gen);
  realm.method(ctor, 'hasOwn', 2, function* (_t, args) {
    const o = toObject(realm, args[0]);
    return (yield* I.getOwnProperty(realm, o, yield* toPropertyKey(realm, args[1]))) !== undefined;
  }, gen);
  realm.method(ctor, 'is', 2, (_t, args) => Object.is(args[0], args[1]));
}

/** preventExtensions through setPrototypeOf: changing what an object has or inherits. */
function installShapingStatics(realm: Realm, ctor: NativeFunction): void {
  realm.method(ctor, 'preventExtensions', 1, function* (_t, args) {
    const o = args[0];
    if (o instanceof JSObject && !(yield* I.preventExtensions(realm, o))) {
      realm.throwError('TypeError', formatMessage(Msg.ProxyTrapFalsish, 'preventExtensions'));
    }
    return o;
  }, gen);
  realm.method(ctor, 'seal', 1, (_t, args) => closeObject(realm, args[0], 'sealed'), gen);
  realm.method(ctor, 'create', 2, function* (_t, args) {
    const o = realm.newObject(checkProto(realm, args[0]));
    if (args[1] !== undefined) yield* objectDefineProperties(realm, o, args[1]);
    return o;
  }, gen);
  realm.method(ctor, 'defineProperties', 2, function* (_t, args) {
    const o = args[0];
    if (!(o instanceof JSObject)) realm.throwError('TypeError', formatMessage(Msg.CalledOnNonObject, 'Object.defineProperties'));
    return yield* objectDefineProperties(realm, o, args[1]);
  }, gen);
  realm.method(ctor, 'defineProperty', 3, function* (_t, args) {
    const o = args[0];
    if (!(o instanceof JSObject)) realm.throwError('TypeError', Msg.DefineOnNonObject);
    const key = yield* toPropertyKey(realm, args[1]);
    yield* defineOrThrowAny(realm, o, key, yield* convertElementDescriptor(realm, o, key, yield* toPropertyDescriptor(realm, args[2])));
    return o;
  }, gen);
  realm.method(ctor, 'freeze', 1, function* (_t, args) {
    if (args[0] instanceof TypedArrayObject && args[0].length > 0) realm.throwError('TypeError', Msg.FreezeTypedArray);
    return yield* closeObject(realm, args[0], 'frozen');
  }, gen);
  realm.method(ctor, 'getPrototypeOf', 1, (_t, args) => I.getPrototypeOf(realm, toObject(realm, args[0])), gen);
  realm.method(ctor, 'setPrototypeOf', 2, function* (_t, args) {
    const o = args[0];
    if (o === undefined || o === null) realm.throwError('TypeError', formatMessage(Msg.CalledOnNullish, 'Object.setPrototypeOf'));
    const proto = checkProto(realm, args[1]);
    if (o instanceof JSObject) yield* setProtoOrThrowAny(realm, o, proto);
    return o;
  }, gen);
}

/** isExtensible through groupBy: integrity tests and listing or grouping entries. */
function installTestingAndListingStatics(realm: Realm, ctor: NativeFunction): void {
  realm.method(ctor, 'isExtensible', 1, function* (_t, args) {
    return args[0] instanceof JSObject && (yield* I.isExtensible(realm, args[0]));
  }, gen);
  realm.method(ctor, 'isFrozen', 1, (_t, args) => testLevel(realm, args[0], 'frozen'), gen);
  realm.method(ctor, 'isSealed', 1, (_t, args) => testLevel(realm, args[0], 'sealed'), gen);
  realm.method(ctor, 'keys', 1, function* (_t, args) {
    const o = toObject(realm, args[0]);
    if (isProxy(o)) return realm.newArray(yield* enumerableOwnProperties(realm, o, 'key'));
    return realm.newArray(enumerableOwnKeys(o));
  }, {
    gen: true,
    fast(_t, args) {
      const o = toObject(realm, args[0]);
      return isProxy(o) ? NEEDS_GENERATOR : realm.newArray(enumerableOwnKeys(o));
    },
  });
  realm.method(ctor, 'entries', 1, function* (_t, args) {
    return realm.newArray(yield* enumerableOwnProperties(realm, toObject(realm, args[0]), 'key+value'));
  }, gen);
  realm.method(ctor, 'fromEntries', 1, (_t, args) => objectFromEntries(realm, args[0]), gen);
  realm.method(ctor, 'values', 1, function* (_t, args) {
    return realm.newArray(yield* enumerableOwnProperties(realm, toObject(realm, args[0]), 'value'));
  }, gen);
  realm.method(ctor, 'groupBy', 2, (_t, args) => objectGroupBy(realm, args[0], args[1]), gen);
}

function* ownKeysOf(realm: Realm, v: Value, type: 'string' | 'symbol'): Gen<PropertyKey[]> {
  const keys = yield* I.ownPropertyKeys(realm, toObject(realm, v));
  return type === 'string' ? keys.filter((k) => typeof k === 'string') : keys.filter((k) => k instanceof JSSymbol);
}

function* closeObject(realm: Realm, v: Value, level: IntegrityLevel): Gen<Value> {
  if (isProxy(v)) yield* setIntegrityLevelOfProxy(realm, v, level);
  else if (v instanceof JSObject) setIntegrityLevel(v, level);
  return v;
}

function* testLevel(realm: Realm, v: Value, level: IntegrityLevel): Gen<boolean> {
  if (isProxy(v)) return yield* testIntegrityLevelOfProxy(realm, v, level);
  return !(v instanceof JSObject) || testIntegrityLevel(v, level);
}

/** https://tc39.es/ecma262/#sec-objectdefineproperties: reads every descriptor before defining any. */
export function* objectDefineProperties(realm: Realm, o: JSObject, properties: Value): Gen<JSObject> {
  const props = toObject(realm, properties);
  const descriptors: [PropertyKey, Descriptor][] = [];
  for (const key of yield* I.ownPropertyKeys(realm, props)) {
    if (!(yield* I.getOwnProperty(realm, props, key))?.enumerable) continue;
    descriptors.push([key, yield* toPropertyDescriptor(realm, yield* get(realm, props, key))]);
  }
  for (const [key, desc] of descriptors) yield* defineOrThrowAny(realm, o, key, yield* convertElementDescriptor(realm, o, key, desc));
  return o;
}
