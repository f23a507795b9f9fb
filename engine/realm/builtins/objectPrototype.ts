// Object.prototype's methods (https://tc39.es/ecma262/#sec-properties-of-the-object-prototype-object),
// in V8's property order, plus the Annex B __proto__ and __defineGetter__ family.
import { NEEDS_GENERATOR, isCallable } from '../../heap/function';
import { CONFIGURABLE, JSArray, JSObject } from '../../heap/object';
import { ErrorObject } from '../../heap/slots';
import { JSSymbol, Value, WellKnown } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, primitiveToString, toObject, toPropertyKey } from '../../ops/convert';
import { isProxy } from '../../heap/proxy';
import { get, invoke } from '../../ops/object';
import type { Realm } from '../realm';
import { defineOrThrow, setProtoOrThrowAny } from './objectSupport';
import { isArrayThroughProxies } from './arraySupport';
import * as I from '../../ops/internal';

/** Annex B's __proto__ accessor; its getter and setter run a proxy's traps. */
function installProtoAccessor(realm: Realm, proto: JSObject): void {
  const get = realm.newNative('get __proto__', 0, (thisArg) => I.getPrototypeOf(realm, toObject(realm, thisArg)), { gen: true });
  const set = realm.newNative('set __proto__', 1, function* (thisArg, args) {
    if (thisArg === undefined || thisArg === null) {
      realm.throwError('TypeError', formatMessage(Msg.CalledOnNullish, 'set Object.prototype.__proto__'));
    }
    const p = args[0];
    if ((p instanceof JSObject || p === null) && thisArg instanceof JSObject) yield* setProtoOrThrowAny(realm, thisArg, p);
    return undefined;
  }, { gen: true });
  proto.putAccessor('__proto__', get, set, CONFIGURABLE);
}

/** Class names whose objects carry the spec's builtinTag in Object.prototype.toString. */
const TAGGED_CLASSES = new Set(['Arguments', 'Boolean', 'Number', 'String', 'Date', 'RegExp']);

export function installObjectPrototype(realm: Realm): void {
  const proto = realm.ObjectPrototype;
  defineAccessorMethod(realm, proto, 'Getter');
  defineAccessorMethod(realm, proto, 'Setter');
  realm.method(proto, 'hasOwnProperty', 1, function* (thisArg, args) {
    const key = yield* toPropertyKey(realm, args[0]);
    return (yield* I.getOwnProperty(realm, toObject(realm, thisArg), key)) !== undefined;
  }, {
    gen: true,
    fast(thisArg, args) {
      const k = args[0];
      if (k instanceof JSObject) return NEEDS_GENERATOR;
      const key = typeof k === 'string' || k instanceof JSSymbol ? k : primitiveToString(realm, k);
      const o = toObject(realm, thisArg);
      return isProxy(o) ? NEEDS_GENERATOR : o.getOwn(key) !== undefined;
    },
  });
  lookupAccessorMethod(realm, proto, 'Getter');
  lookupAccessorMethod(realm, proto, 'Setter');
  realm.method(proto, 'isPrototypeOf', 1, function* (thisArg, args) {
    const v = args[0];
    if (!(v instanceof JSObject)) return false;
    const o = toObject(realm, thisArg);
    for (let p = yield* I.getPrototypeOf(realm, v); p !== null; p = yield* I.getPrototypeOf(realm, p)) if (p === o) return true;
    return false;
  }, { gen: true });
  realm.method(proto, 'propertyIsEnumerable', 1, function* (thisArg, args) {
    const key = yield* toPropertyKey(realm, args[0]);
    return (yield* I.getOwnProperty(realm, toObject(realm, thisArg), key))?.enumerable ?? false;
  }, { gen: true });
  const toString = realm.method(proto, 'toString', 0, function* (thisArg) {
    return yield* objectToString(realm, thisArg);
  }, { gen: true });
  realm.intrinsics.set('%Object.prototype.toString%', toString);
  realm.method(proto, 'valueOf', 0, (thisArg) => toObject(realm, thisArg));
  installProtoAccessor(realm, proto);
  realm.method(proto, 'toLocaleString', 0, function* (thisArg) {
    if (thisArg === undefined || thisArg === null) {
      realm.throwError('TypeError', formatMessage(Msg.CalledOnNullish, 'Object.prototype.toLocaleString'));
    }
    return yield* invoke(realm, thisArg, 'toString', []);
  }, { gen: true });
}

/** https://tc39.es/ecma262/#sec-object.prototype.tostring */
export function* objectToString(realm: Realm, thisArg: Value): Gen<string> {
  if (thisArg === undefined) return '[object Undefined]';
  if (thisArg === null) return '[object Null]';
  const o = toObject(realm, thisArg);
  const tag = yield* get(realm, o, WellKnown.toStringTag);
  return `[object ${typeof tag === 'string' ? tag : builtinTag(realm, o)}]`;
}

function builtinTag(realm: Realm, o: JSObject): string {
  if (o instanceof JSArray || isArrayThroughProxies(realm, o)) return 'Array';
  if (isCallable(o)) return 'Function';
  if (o instanceof ErrorObject) return 'Error';
  return TAGGED_CLASSES.has(o.className) ? o.className : 'Object';
}

/** https://tc39.es/ecma262/#sec-object.prototype.__defineGetter__ (or __defineSetter__) */
function defineAccessorMethod(realm: Realm, proto: JSObject, kind: 'Getter' | 'Setter'): void {
  const field = kind === 'Getter' ? 'get' : 'set';
  realm.method(proto, `__define${kind}__`, 2, function* (thisArg, args) {
    const o = toObject(realm, thisArg);
    const fn = args[1];
    if (!isCallable(fn)) realm.throwError('TypeError', formatMessage(Msg.ExpectingFunction, `Object.prototype.__define${kind}__`));
    const key = yield* toPropertyKey(realm, args[0]);
    defineOrThrow(realm, o, key, { [field]: fn, enumerable: true, configurable: true });
    return undefined;
  }, { gen: true });
}

/** https://tc39.es/ecma262/#sec-object.prototype.__lookupGetter__ (or __lookupSetter__) */
function lookupAccessorMethod(realm: Realm, proto: JSObject, kind: 'Getter' | 'Setter'): void {
  const field = kind === 'Getter' ? 'get' : 'set';
  realm.method(proto, `__lookup${kind}__`, 1, function* (thisArg, args) {
    const o = toObject(realm, thisArg);
    const key = yield* toPropertyKey(realm, args[0]);
    for (let p: JSObject | null = o; p !== null; p = yield* I.getPrototypeOf(realm, p)) {
      const own = yield* I.getOwnProperty(realm, p, key);
      if (own !== undefined) return own.isAccessor ? own[field] : undefined;
    }
    return undefined;
  }, { gen: true });
}
