// Helpers shared by Object, Reflect and the other constructors: property descriptors
// as JS objects, GetPrototypeFromConstructor, and V8's way of naming a value in a message.
import { isCallable } from '../../heap/function';
import { CONFIGURABLE, Descriptor, JSArray, JSObject, Prop } from '../../heap/object';
import { isProxy, trapFreeLookup } from '../../heap/proxy';
import { JSSymbol, PropertyKey, Value, WellKnown } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toBoolean, toNumber } from '../../ops/convert';
import { createDataProperty, get, keyText } from '../../ops/object';
import * as I from '../../ops/internal';
import type { Realm } from '../realm';
import { functionSourceText } from './Function';

/**
 * https://tc39.es/ecma262/#sec-getprototypefromconstructor: the `prototype` of `new`'s
 * target, so subclasses get their own prototype; `fallback` for a plain call.
 */
export function protoFromCtor(newTarget: JSObject | undefined, fallback: JSObject): JSObject {
  if (newTarget === undefined) return fallback;
  // Constructors keep `prototype` as a data property, so this read runs no user code.
  const p = trapFreeLookup(newTarget, 'prototype');
  return p !== undefined && !p.isAccessor && p.value instanceof JSObject ? p.value : fallback;
}

/** How V8 shows a value inside a message: `#<Foo>` for objects, the text for primitives. */
export function describeValue(v: Value): string {
  if (v instanceof JSSymbol) return v.toString();
  if (!(v instanceof JSObject)) return String(v);
  if (isCallable(v)) return functionSourceText(v);
  if (v instanceof JSArray) return '[object Array]';
  const name = constructorName(v);
  return name === undefined ? '[object Object]' : `#<${name}>`;
}

/** The name of an object's constructor, read from data properties only (no user code). */
export function constructorName(o: JSObject): string | undefined {
  const ctor = o.lookup('constructor');
  if (ctor === undefined || ctor.isAccessor || !(ctor.value instanceof JSObject)) return undefined;
  const name = ctor.value.getOwn('name');
  return name !== undefined && typeof name.value === 'string' && name.value !== '' ? name.value : 'Object';
}

/** https://tc39.es/ecma262/#sec-topropertydescriptor (reads may run getters). */
export function* toPropertyDescriptor(realm: Realm, v: Value): Gen<Descriptor> {
  if (!(v instanceof JSObject)) realm.throwError('TypeError', formatMessage(Msg.PropertyDescriptorNotObject, describeValue(v)));
  const desc: Descriptor = {};
  if (yield* I.has(realm, v, 'enumerable')) desc.enumerable = toBoolean(yield* get(realm, v, 'enumerable'));
  if (yield* I.has(realm, v, 'configurable')) desc.configurable = toBoolean(yield* get(realm, v, 'configurable'));
  if (yield* I.has(realm, v, 'value')) desc.value = yield* get(realm, v, 'value');
  if (yield* I.has(realm, v, 'writable')) desc.writable = toBoolean(yield* get(realm, v, 'writable'));
  if (yield* I.has(realm, v, 'get')) desc.get = accessorFunction(realm, yield* get(realm, v, 'get'), Msg.GetterNotFunction);
  if (yield* I.has(realm, v, 'set')) desc.set = accessorFunction(realm, yield* get(realm, v, 'set'), Msg.SetterNotFunction);
  if (('get' in desc || 'set' in desc) && ('value' in desc || 'writable' in desc)) {
    realm.throwError('TypeError', formatMessage(Msg.InvalidDescriptorMix, describeValue(v)));
  }
  return desc;
}

function accessorFunction(realm: Realm, f: Value, template: string): JSObject | undefined {
  if (f === undefined) return undefined;
  if (!isCallable(f)) realm.throwError('TypeError', formatMessage(template, describeValue(f)));
  return f;
}

/** https://tc39.es/ecma262/#sec-frompropertydescriptor */
export function fromPropertyDescriptor(realm: Realm, p: Prop | undefined): Value {
  if (p === undefined) return undefined;
  const o = realm.newObject();
  if (p.isAccessor) {
    createDataProperty(o, 'get', p.get);
    createDataProperty(o, 'set', p.set);
  } else {
    createDataProperty(o, 'value', p.value);
    createDataProperty(o, 'writable', p.writable);
  }
  createDataProperty(o, 'enumerable', p.enumerable);
  createDataProperty(o, 'configurable', p.configurable);
  return o;
}

/**
 * [[DefineOwnProperty]] with ArraySetLength's conversion first
 * (https://tc39.es/ecma262/#sec-arraysetlength): an array's new `length` goes through
 * ToNumber, which may run user code, and must be a uint32.
 */
export function* defineOwnConverted(realm: Realm, o: JSObject, key: PropertyKey, desc: Descriptor): Gen<Descriptor> {
  if (!(o instanceof JSArray) || key !== 'length' || !('value' in desc)) return desc;
  const newLen = (yield* toNumber(realm, desc.value)) >>> 0;
  const numberLen = yield* toNumber(realm, desc.value);
  if (newLen !== numberLen) realm.throwError('RangeError', Msg.InvalidArrayLength);
  return { ...desc, value: newLen };
}

/** Object.defineProperty's step: convert an array length, define, throw V8's message on refusal. */
export function* definePropertyConverted(realm: Realm, o: JSObject, key: PropertyKey, desc: Descriptor): Gen<void> {
  const d = yield* defineOwnConverted(realm, o, key, desc);
  const truncating = o instanceof JSArray && key === 'length' && o.lengthWritable && typeof d.value === 'number' && d.value < o.items.length
    && !(d.configurable || d.enumerable || 'get' in d || 'set' in d);
  if (o.defineOwn(key, d)) return;
  // a non-configurable element stopped the truncation
  if (truncating) realm.throwError('TypeError', formatMessage(Msg.DeleteNonConfigurable, String((o as JSArray).items.length - 1), '[object Array]'));
  refuseDefine(realm, o, key);
}

export function defineOrThrow(realm: Realm, o: JSObject, key: PropertyKey, desc: Descriptor): void {
  if (!o.defineOwn(key, desc)) refuseDefine(realm, o, key);
}

/** DefinePropertyOrThrow's refusal in V8's two messages (new key on a closed object, or redefinition). */
function refuseDefine(realm: Realm, o: JSObject, key: PropertyKey): never {
  if (o.getOwn(key) === undefined && !o.extensible) {
    realm.throwError('TypeError', formatMessage(Msg.DefineNonExtensible, keyText(key)));
  }
  return realm.throwError('TypeError', formatMessage(Msg.DefineProperty, keyText(key)));
}

/** Installs a non-writable, non-enumerable, configurable `Symbol.toStringTag`. */
export function setToStringTag(target: JSObject, tag: string): void {
  target.put(WellKnown.toStringTag, tag, CONFIGURABLE);
}

/** [[SetPrototypeOf]] that throws V8's messages when the object refuses. */
export function setProtoOrThrow(realm: Realm, o: JSObject, proto: JSObject | null): void {
  if (o.setProto(proto)) return;
  if (!o.extensible) realm.throwError('TypeError', formatMessage(Msg.NotExtensible, describeValue(o)));
  realm.throwError('TypeError', Msg.CyclicProto);
}

/** Throws the "prototype may only be an Object or null" TypeError unless `p` is one. */
export function checkProto(realm: Realm, p: Value): JSObject | null {
  if (p instanceof JSObject || p === null) return p;
  return realm.throwError('TypeError', formatMessage(Msg.ProtoNotObject, describeValue(p)));
}

/** Object.defineProperty's DefinePropertyOrThrow for any object: a proxy's defineProperty trap may run. */
export function* defineOrThrowAny(realm: Realm, o: JSObject, key: PropertyKey, desc: Descriptor): Gen<void> {
  if (!isProxy(o)) return yield* definePropertyConverted(realm, o, key, desc);
  if (!(yield* I.defineOwnProperty(realm, o, key, desc))) {
    realm.throwError('TypeError', formatMessage(Msg.ProxyTrapFalsishFor, 'defineProperty', keyText(key)));
  }
}

/** [[SetPrototypeOf]] or throw, for any object. */
export function* setProtoOrThrowAny(realm: Realm, o: JSObject, proto: JSObject | null): Gen<void> {
  if (!isProxy(o)) return setProtoOrThrow(realm, o, proto);
  // V8's text names a property even though there is none.
  if (!(yield* I.setPrototypeOf(realm, o, proto))) realm.throwError('TypeError', formatMessage(Msg.ProxyTrapFalsishFor, 'setPrototypeOf', 'undefined'));
}
