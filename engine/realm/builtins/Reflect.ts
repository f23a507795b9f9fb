// The Reflect namespace (https://tc39.es/ecma262/#sec-reflect-object): the object internal
// methods as functions that report failure with false instead of throwing.
import { isConstructor } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { toPropertyKey } from '../../ops/convert';
import { call, construct, get, listFromArrayLike, set } from '../../ops/object';
import * as I from '../../ops/internal';
import type { Realm } from '../realm';
import { convertElementDescriptor } from './binarySupport';
import { requireCallable } from './Function';
import { checkProto, defineOwnConverted, describeValue, fromPropertyDescriptor, setToStringTag, toPropertyDescriptor } from './objectSupport';

export function installReflect(realm: Realm): void {
  const reflect = realm.newObject();
  const gen = { gen: true };
  const target = (v: Value, name: string): JSObject => {
    if (v instanceof JSObject) return v;
    return realm.throwError('TypeError', formatMessage(Msg.CalledOnNonObject, `Reflect.${name}`));
  };
  realm.method(reflect, 'defineProperty', 3, function* (_t, args) {
    const o = target(args[0], 'defineProperty');
    const key = yield* toPropertyKey(realm, args[1]);
    const desc = yield* toPropertyDescriptor(realm, args[2]);
    return yield* I.defineOwnProperty(realm, o, key, yield* convertElementDescriptor(realm, o, key, yield* defineOwnConverted(realm, o, key, desc)));
  }, gen);
  realm.method(reflect, 'deleteProperty', 2, function* (_t, args) {
    const o = target(args[0], 'deleteProperty');
    return yield* I.deleteProperty(realm, o, yield* toPropertyKey(realm, args[1]));
  }, gen);
  realm.method(reflect, 'apply', 3, function* (_t, args) {
    const fn = requireCallable(realm, args[0], 'apply');
    return yield* call(realm, fn, args[1], yield* listFromArrayLike(realm, args[2]));
  }, gen);
  realm.method(reflect, 'construct', 2, function* (_t, args) {
    const fn = args[0];
    const newTarget = args.length > 2 ? args[2] : fn;
    for (const c of [fn, newTarget]) {
      if (!isConstructor(c)) realm.throwError('TypeError', formatMessage(Msg.NotConstructor, describeValue(c)));
    }
    return yield* construct(realm, fn, yield* listFromArrayLike(realm, args[1]), newTarget);
  }, gen);
  realm.method(reflect, 'get', 2, function* (_t, args) {
    const o = target(args[0], 'get');
    const key = yield* toPropertyKey(realm, args[1]);
    return yield* get(realm, o, key, args.length > 2 ? args[2] : o);
  }, gen);
  realm.method(reflect, 'getOwnPropertyDescriptor', 2, function* (_t, args) {
    const o = target(args[0], 'getOwnPropertyDescriptor');
    return fromPropertyDescriptor(realm, yield* I.getOwnProperty(realm, o, yield* toPropertyKey(realm, args[1])));
  }, gen);
  realm.method(reflect, 'getPrototypeOf', 1, (_t, args) => I.getPrototypeOf(realm, target(args[0], 'getPrototypeOf')), gen);
  realm.method(reflect, 'has', 2, function* (_t, args) {
    const o = target(args[0], 'has');
    return yield* I.has(realm, o, yield* toPropertyKey(realm, args[1]));
  }, gen);
  realm.method(reflect, 'isExtensible', 1, (_t, args) => I.isExtensible(realm, target(args[0], 'isExtensible')), gen);
  realm.method(reflect, 'ownKeys', 1, function* (_t, args) {
    return realm.newArray(yield* I.ownPropertyKeys(realm, target(args[0], 'ownKeys')));
  }, gen);
  realm.method(reflect, 'preventExtensions', 1, (_t, args) => I.preventExtensions(realm, target(args[0], 'preventExtensions')), gen);
  realm.method(reflect, 'set', 3, function* (_t, args) {
    const o = target(args[0], 'set');
    const key = yield* toPropertyKey(realm, args[1]);
    return yield* set(realm, o, key, args[2], args.length > 3 ? args[3] : o, false);
  }, gen);
  realm.method(reflect, 'setPrototypeOf', 2, (_t, args) => {
    const o = target(args[0], 'setPrototypeOf');
    return I.setPrototypeOf(realm, o, checkProto(realm, args[1]));
  }, gen);
  setToStringTag(reflect, 'Reflect');
  realm.defineGlobal('Reflect', reflect);
  realm.intrinsics.set('%Reflect%', reflect);
}
