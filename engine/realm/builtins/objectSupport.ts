// Helpers shared by Object, Reflect and the other constructors: property descriptors
// as JS objects, GetPrototypeFromConstructor, and V8's way of naming a value in a message.
import { isCallable } from '../../heap/function';
import { CONFIGURABLE, Descriptor, JSArray, JSObject, Prop } from '../../heap/object';
import { isProxy, trapFreeLookup } from '../../heap/proxy';
import { JSSymbol, PropertyKey, Value, WellKnown } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toBoolean } from '../../ops/convert';
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

/** DefinePropertyOrThrow with V8's two messages (new key on a closed object, or redefinition). */
export function defineOrThrow(realm: Realm, o: JSObject, key: PropertyKey, desc: Descriptor): void {
  if (o.defineOwn(key, desc)) return;
  if (o.getOwn(key) === undefined && !o.extensible) {
    realm.throwError('TypeError', formatMessage(Msg.DefineNonExtensible, keyText(key)));
  }
  realm.throwError('TypeError', formatMessage(Msg.DefineProperty, keyText(key)));
}

/** Installs a non-writable, non-enumerable, configurable `Symbol.toStringTag`. */
export function setToStringTag(target: JSObject, tag: string): void {
  target.props.set(WellKnown.toStringTag, new Prop(tag, CONFIGURABLE));
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

/** DefinePropertyOrThrow for any object: a proxy's defineProperty trap may run. */
export function* defineOrThrowAny(realm: Realm, o: JSObject, key: PropertyKey, desc: Descriptor): Gen<void> {
  if (!isProxy(o)) return defineOrThrow(realm, o, key, desc);
  if (!(yield* I.defineOwnProperty(realm, o, key, desc))) {
    realm.throwError('TypeError', `'defineProperty' on proxy: trap returned falsish for property '${keyText(key)}'`);
  }
}

/** [[SetPrototypeOf]] or throw, for any object. */
export function* setProtoOrThrowAny(realm: Realm, o: JSObject, proto: JSObject | null): Gen<void> {
  if (!isProxy(o)) return setProtoOrThrow(realm, o, proto);
  // V8's text names a property even though there is none.
  if (!(yield* I.setPrototypeOf(realm, o, proto))) realm.throwError('TypeError', "'setPrototypeOf' on proxy: trap returned falsish for property 'undefined'");
}
