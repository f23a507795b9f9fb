// Helpers shared by the Array built-ins: receiver and callback checks with V8's messages,
// element reads that skip holes, ArraySpeciesCreate, and the fast-path guards.
import { JSFunction, NativeFast, NativeGenImpl, NativeSync, Request, isCallable, isConstructor } from '../../heap/function';
import { DEFAULT_FLAGS, JSArray, JSObject } from '../../heap/object';
import { PrimitiveWrapper } from '../../heap/wrapper';
import { HOLE, Value, WellKnown, arrayIndex } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toObject } from '../../ops/convert';
import { construct, get } from '../../ops/object';
import { ProxyProp, isProxy } from '../../heap/proxy';
import { proxyHas } from '../../ops/proxyTraps';
import type { Realm } from '../realm';
import { describeValue } from './objectSupport';

export const MAX_SAFE_LENGTH = Number.MAX_SAFE_INTEGER;
export const MAX_ARRAY_LENGTH = 4294967295;

/** One Array.prototype method as the array*.ts files describe it. */
export interface MethodDef { length: number; fn: NativeSync | NativeGenImpl; gen: boolean; fast?: NativeFast }
export type MethodTable = Record<string, MethodDef>;

export function plain(length: number, fn: NativeSync): MethodDef {
  return { length, fn, gen: false };
}

/** A generator method, optionally with a synchronous fast path for its common case. */
export function gen(length: number, fn: NativeGenImpl, fast?: NativeFast): MethodDef {
  return { length, fn, gen: true, fast };
}

/** ToObject(this); V8 names the method in the message for some Array methods only. */
export function thisObject(realm: Realm, thisArg: Value, method?: string): JSObject {
  if ((thisArg === undefined || thisArg === null) && method !== undefined) {
    realm.throwError('TypeError', formatMessage(Msg.CalledOnNullish, method));
  }
  return toObject(realm, thisArg);
}

/** The callback of map/forEach/...: V8 says "x is not a function" with the value shown. */
export function callbackFn(realm: Realm, f: Value): JSFunction {
  if (!isCallable(f)) realm.throwError('TypeError', formatMessage(Msg.NotFunction, describeValue(f)));
  return f;
}

/** Own element k of a JSArray read as plain data; HOLE means "ask getIfPresent/getIndex". */
export function fastElement(o: JSObject, k: number): Value | typeof HOLE {
  return o instanceof JSArray && k < o.items.length ? o.items[k] : HOLE;
}

/** Generic element steps between two ticks: about one slice of instructions. */
const ELEMENT_TICK = 1 << 16;
let elementSteps = 0;
/** Yielded by loops over array-likes: a 2**32-long one stays pausable and stoppable. */
export const TICK: Request = { kind: 'tick', cost: ELEMENT_TICK };

/** Counts one generic element step; true when the loop should yield TICK. */
export function tickDue(): boolean {
  if (++elementSteps < ELEMENT_TICK) return false;
  elementSteps = 0;
  return true;
}

/**
 * HasProperty(o, k) then Get(o, k): HOLE when the element does not exist. Own elements
 * of a JSArray are read directly; holes look along the prototype chain.
 */
export function* getIfPresent(realm: Realm, o: JSObject, k: number): Gen<Value | typeof HOLE> {
  if (o instanceof JSArray && k < o.items.length) {
    const v = o.items[k];
    if (v !== HOLE) return v;
  }
  if (tickDue()) yield TICK;
  const key = String(k);
  const p = o.lookup(key);
  if (p === undefined || (p instanceof ProxyProp && !(yield* proxyHas(realm, p.proxy, key)))) return HOLE;
  return yield* get(realm, o, key);
}

/** Get(o, k) with the direct read for own JSArray elements. */
export function* getIndex(realm: Realm, o: JSObject, k: number): Gen<Value> {
  if (o instanceof JSArray && k < o.items.length) {
    const v = o.items[k];
    if (v !== HOLE) return v;
  }
  if (tickDue()) yield TICK;
  return yield* get(realm, o, String(k));
}

/** Get(o, k) for k in [from, to) into dst[at...]: holes read through, as the copying methods need. */
export function* readRange(realm: Realm, o: JSObject, from: number, to: number, dst: Value[], at: number): Gen<void> {
  for (let k = from; k < to; k++, at++) {
    const v = fastElement(o, k);
    dst[at] = v !== HOLE ? v : yield* getIndex(realm, o, k);
  }
}

/** https://tc39.es/ecma262/#sec-createdatapropertyorthrow for an index, with V8's messages. */
export function createIndexOrThrow(realm: Realm, o: JSObject, k: number, v: Value): void {
  if (o instanceof JSArray && o.elementFlags === DEFAULT_FLAGS && o.attrs === undefined && o.extensible && (o.lengthWritable || k < o.items.length)) {
    if (o.setIndex(k, v)) return;
  }
  const key = String(k);
  if (o.defineOwn(key, { value: v, writable: true, enumerable: true, configurable: true })) return;
  if (o.getOwn(key) === undefined && !o.extensible) realm.throwError('TypeError', formatMessage(Msg.DefineNonExtensible, key));
  realm.throwError('TypeError', formatMessage(Msg.DefineProperty, key));
}

/** https://tc39.es/ecma262/#sec-arraycreate */
export function arrayCreate(realm: Realm, length: number, proto: JSObject = realm.ArrayPrototype): JSArray {
  if (length > MAX_ARRAY_LENGTH) realm.throwError('RangeError', Msg.InvalidArrayLength);
  const a = new JSArray(proto);
  if (length > 0) a.setLength(length);
  return a;
}

/** True when `o` is a JSArray whose elements can be written in place, as Set would. */
export function isWritableArray(o: JSObject): o is JSArray {
  return o instanceof JSArray && o.elementFlags === DEFAULT_FLAGS && o.attrs === undefined && o.extensible && o.lengthWritable;
}

/**
 * True when some object on `o`'s prototype chain has an integer-keyed property: then a
 * hole reads through to it, and in-place fast paths would differ from the spec. Own
 * accessor elements count too: they are holes in `items` that are not absent.
 */
export function hasInheritedElements(o: JSObject): boolean {
  if (o instanceof JSArray && o.accessors !== undefined) return true;
  for (let p = o.proto; p !== null; p = p.proto) {
    if (p instanceof JSArray && (p.accessors !== undefined || p.items.some((x) => x !== HOLE))) return true;
    if (p instanceof PrimitiveWrapper && typeof p.primitive === 'string' && p.primitive.length > 0) return true;
    for (const k of p.storedKeys()) if (arrayIndex(k) >= 0) return true;
  }
  return false;
}

/** A JSArray that in-place fast paths (push, splice, reverse...) may edit as plain data. */
export function isFastArray(o: JSObject): o is JSArray {
  return isWritableArray(o) && !hasInheritedElements(o);
}

/** An Array exotic object itself (IsArray without looking through proxies). */
export function isArray(v: Value): v is JSArray {
  return v instanceof JSArray;
}

/** https://tc39.es/ecma262/#sec-isarray: a proxy of an array is an array. */
export function isArrayThroughProxies(realm: Realm, v: Value): boolean {
  for (;;) {
    if (v instanceof JSArray) return true;
    if (!isProxy(v)) return false;
    if (v.proxyHandler === null) realm.throwError('TypeError', formatMessage(Msg.ProxyRevoked, 'IsArray'));
    v = v.proxyTarget;
  }
}

/** True when ArraySpeciesCreate on `o` would make a plain array without running user code. */
export function hasDefaultSpecies(realm: Realm, o: JSObject): boolean {
  if (!(o instanceof JSArray)) return true;
  if (o.proto !== realm.ArrayPrototype || o.hasStored('constructor')) return false;
  const ctor = realm.ArrayPrototype.getOwn('constructor');
  const arrayCtor = realm.intrinsics.get('%Array%');
  if (ctor === undefined || ctor.isAccessor || ctor.value !== arrayCtor || arrayCtor === undefined) return false;
  const species = arrayCtor.getOwn(WellKnown.species);
  return species !== undefined && species.get === realm.intrinsics.get('%Array[Symbol.species]%');
}

/** https://tc39.es/ecma262/#sec-arrayspeciescreate */
export function* arraySpeciesCreate(realm: Realm, original: JSObject, length: number): Gen<JSObject> {
  if (hasDefaultSpecies(realm, original)) return arrayCreate(realm, length);
  let c = yield* get(realm, original, 'constructor');
  if (c instanceof JSObject) {
    c = yield* get(realm, c, WellKnown.species);
    if (c === null) c = undefined;
  }
  if (c === undefined) return arrayCreate(realm, length);
  if (!isConstructor(c)) realm.throwError('TypeError', Msg.SpeciesNotConstructor);
  return yield* construct(realm, c, [length]);
}

/** https://tc39.es/ecma262/#sec-samevaluezero (the host's === is IsStrictlyEqual on Values). */
export function sameValueZero(a: Value, b: Value): boolean {
  return a === b || (a !== a && b !== b);
}
