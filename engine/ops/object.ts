// Property access, calls and construction as generators, for builtins and the VM's slow
// paths. User code (getters, setters, callbacks) runs by yielding a request to the VM.
import { ModuleNamespace } from '../realm/esm/namespace';
import { BoundFunction, isCallable, isConstructor } from '../heap/function';
import { Descriptor, JSArray, JSObject } from '../heap/object';
import { Primitive, PropertyKey, Value, WellKnown } from '../heap/values';
import { Msg, formatMessage } from '../errors/messages';
import type { Realm } from '../realm/realm';
import { ProxyProp, isProxy } from '../heap/proxy';
import { Gen, getMethod, primitiveProto, toLength, toNumber, toObject, typeOf } from './convert';
import { proxyDelete, proxyGet, proxySet } from './proxyTraps';
import { proxyChainStep } from '../errors/hostStack';
import { chainHasProxy, defineOwnProperty, getOwnProperty, getPrototypeOf } from './internal';
import { TypedArrayObject, canonicalNumericIndex } from '../heap/binary';
import { toBigInt } from '../realm/builtins/BigInt';

/** https://tc39.es/ecma262/#sec-get-o-p with an explicit receiver. */
export function* get(realm: Realm, o: JSObject, key: PropertyKey, receiver: Value = o): Gen<Value> {
  const p = o.lookup(key);
  if (p === undefined) return undefined;
  if (!p.isAccessor) return p.value;
  if (p instanceof ProxyProp) return yield* proxyChainStep(proxyGet(realm, p.proxy, key, receiver));
  if (p.get === undefined) return undefined;
  return yield { kind: 'call', fn: p.get, thisArg: receiver, args: [] };
}

/** https://tc39.es/ecma262/#sec-getv: property read on any value. */
export function* getV(realm: Realm, v: Value, key: PropertyKey): Gen<Value> {
  if (v instanceof JSObject) return yield* get(realm, v, key);
  if (v === undefined || v === null) {
    realm.throwError('TypeError', formatMessage(Msg.ReadOfNullish, v, typeof key === 'string' ? key : key.toString()));
  }
  if (typeof v === 'string') {
    if (key === 'length') return v.length;
    if (typeof key === 'string') {
      const i = Number(key);
      if (Number.isInteger(i) && i >= 0 && i < v.length && String(i) === key) return v[i];
    }
  }
  const proto = primitiveProto(realm, v as Primitive)!;
  return yield* get(realm, proto, key, v);
}

/**
 * https://tc39.es/ecma262/#sec-ordinaryset: writes through setters and the prototype
 * chain; a failed write throws in strict code (`throwOnFail`).
 */
export function* set(realm: Realm, o: JSObject, key: PropertyKey, value: Value, receiver: Value = o, throwOnFail = true): Gen<boolean> {
  if (o instanceof TypedArrayObject && o === receiver) {
    const n = canonicalNumericIndex(key);
    // https://tc39.es/ecma262/#sec-typedarray-set: the value converts even when the index is out of range.
    if (n !== undefined) { o.setIndex(n, o.kind.bigint ? yield* toBigInt(realm, value) : yield* toNumber(realm, value)); return true; }
  }
  const p = o.lookup(key);
  if (p !== undefined && p.isAccessor) {
    if (p instanceof ProxyProp) {
      const ok = yield* proxyChainStep(proxySet(realm, p.proxy, key, value, receiver));
      if (!ok && throwOnFail) realm.throwError('TypeError', setFalsishMessage(key));
      return ok;
    }
    if (p.set === undefined) {
      if (throwOnFail) realm.throwError('TypeError', formatMessage(Msg.NoSetter, keyText(key), describeForMessage(receiver)));
      return false;
    }
    yield { kind: 'call', fn: p.set, thisArg: receiver, args: [value] };
    return true;
  }
  if (p !== undefined && !p.writable) {
    if (throwOnFail) realm.throwError('TypeError', formatMessage(Msg.ReadOnlyProperty, keyText(key), describeForMessage(receiver)));
    return false;
  }
  if (!(receiver instanceof JSObject)) {
    if (throwOnFail) realm.throwError('TypeError', formatMessage(Msg.CreatePropertyOnPrimitive, keyText(key), typeOf(receiver), String(receiver)));
    return false;
  }
  if (isProxy(receiver)) return yield* setOnProxyReceiver(realm, receiver, key, value);
  // A typed array receiver converts the value first (valueOf is user code).
  if (receiver instanceof TypedArrayObject && value instanceof JSObject && canonicalNumericIndex(key) !== undefined) {
    value = receiver.kind.bigint ? yield* toBigInt(realm, value) : yield* toNumber(realm, value);
  }
  const ok = receiver.setOwnValue(key, value);
  if (!ok && throwOnFail) {
    const own = receiver.getOwn(key);
    if (own && (!own.writable || receiver instanceof ModuleNamespace)) realm.throwError('TypeError', formatMessage(Msg.ReadOnlyProperty, keyText(key), describeForMessage(receiver)));
    if (receiver instanceof JSArray && key === 'length') realm.throwError('RangeError', Msg.InvalidArrayLength);
    realm.throwError('TypeError', formatMessage(Msg.AddToNonExtensible, keyText(key)));
  }
  return ok;
}

export function setFalsishMessage(key: PropertyKey): string {
  return formatMessage(Msg.ProxyTrapFalsishFor, 'set', keyText(key));
}

/** OrdinarySetWithOwnDescriptor's last steps when the receiver is a proxy (its traps run). */
function* setOnProxyReceiver(realm: Realm, receiver: JSObject, key: PropertyKey, value: Value): Gen<boolean> {
  const existing = yield* getOwnProperty(realm, receiver, key);
  if (existing === undefined) {
    return yield* defineOwnProperty(realm, receiver, key, { value, writable: true, enumerable: true, configurable: true });
  }
  if (existing.isAccessor || !existing.writable) return false;
  return yield* defineOwnProperty(realm, receiver, key, { value });
}

export function keyText(key: PropertyKey): string {
  return typeof key === 'string' ? key : key.toString();
}

/** Built-in kinds V8 names as `[object X]` rather than by constructor (`#<A>`). */
const BRACKETED = new Set(['RegExp', 'Date', 'Number', 'String', 'Boolean', 'Arguments', 'Module']);

/** How V8 names an object in messages: `#<A>` by constructor name, `[object Array]` for arrays. */
export function describeForMessage(v: Value): string {
  if (v instanceof JSObject) {
    if (v instanceof JSArray) return '[object Array]';
    if (isCallable(v)) return `function '${String(v.getOwn('name')?.value ?? '')}'`;
    if (BRACKETED.has(v.className)) return `[object ${v.className}]`;
    for (let p = v.proto; p !== null; p = p.proto) {
      const c = p.getOwn('constructor');
      const n = c && !c.isAccessor && c.value instanceof JSObject ? c.value.getOwn('name')?.value : undefined;
      if (typeof n === 'string' && n) return `#<${n}>`;
    }
    return '#<Object>';
  }
  return typeof v === 'string' ? `'${v}'` : String(v);
}

/** HasProperty without user code; ops/internal.ts `has` is the one that runs proxy traps. */
export function hasProperty(o: JSObject, key: PropertyKey): boolean {
  const p = o.lookup(key);
  if (p instanceof ProxyProp) p.proxy.hooks.unsupported('the has trap here');
  return p !== undefined;
}

/** https://tc39.es/ecma262/#sec-call */
export function* call(realm: Realm, f: Value, thisArg: Value, args: Value[]): Gen<Value> {
  if (!isCallable(f)) realm.throwError('TypeError', formatMessage(Msg.NotFunction, describeCallee(f)));
  return yield { kind: 'call', fn: f, thisArg, args };
}

/** https://tc39.es/ecma262/#sec-construct */
export function* construct(realm: Realm, f: Value, args: Value[], newTarget: Value = f): Gen<JSObject> {
  if (!isConstructor(f)) realm.throwError('TypeError', formatMessage(Msg.NotConstructor, describeCallee(f)));
  // A proxy new.target's `prototype` is a [[Get]] that may run its trap; the VM's object
  // creation reads it synchronously, so it is read here first.
  if (isProxy(newTarget) && !isProxy(f)) newTarget.pendingPrototype = { value: yield* get(realm, newTarget, 'prototype') };
  return (yield { kind: 'construct', fn: f, args, newTarget }) as JSObject;
}

function describeCallee(f: Value): string {
  if (typeof f === 'string') return `"${f}"`;
  if (f instanceof JSObject) return isCallable(f) ? 'function' : '#<Object>';
  return String(f);
}

/** Calls the method `key` of `v`. */
export function* invoke(realm: Realm, v: Value, key: PropertyKey, args: Value[]): Gen<Value> {
  const f = yield* getV(realm, v, key);
  return yield* call(realm, f, v, args);
}

/** https://tc39.es/ecma262/#sec-createdataproperty */
export function createDataProperty(o: JSObject, key: PropertyKey, value: Value): boolean {
  return o.createDataProperty(key, value);
}

export function definePropertyOrThrow(realm: Realm, o: JSObject, key: PropertyKey, desc: Descriptor): void {
  if (!o.defineOwn(key, desc)) realm.throwError('TypeError', formatMessage(Msg.DefineProperty, keyText(key)));
}

/** DeletePropertyOrThrow for any object: a proxy's deleteProperty trap may run. */
export function* deleteOrThrow(realm: Realm, o: JSObject, key: PropertyKey): Gen<void> {
  if (!isProxy(o)) return deletePropertyOrThrow(realm, o, key);
  if (!(yield* proxyDelete(realm, o, key))) realm.throwError('TypeError', formatMessage(Msg.ProxyTrapFalsishFor, 'deleteProperty', keyText(key)));
}

export function deletePropertyOrThrow(realm: Realm, o: JSObject, key: PropertyKey): void {
  if (!o.deleteOwn(key)) realm.throwError('TypeError', formatMessage(Msg.DeleteNonConfigurable, keyText(key), describeForMessage(o)));
}

/** https://tc39.es/ecma262/#sec-lengthofarraylike */
export function* lengthOfArrayLike(realm: Realm, o: JSObject): Gen<number> {
  if (o instanceof JSArray) return o.items.length;
  return yield* toLength(realm, yield* get(realm, o, 'length'));
}

/** https://tc39.es/ecma262/#sec-createlistfromarraylike */
export function* listFromArrayLike(realm: Realm, v: Value): Gen<Value[]> {
  if (!(v instanceof JSObject)) realm.throwError('TypeError', Msg.ListFromNonObject);
  const len = yield* lengthOfArrayLike(realm, v);
  const out: Value[] = [];
  for (let i = 0; i < len; i++) out.push(yield* get(realm, v, String(i)));
  return out;
}

/** https://tc39.es/ecma262/#sec-ordinaryhasinstance */
export function* ordinaryHasInstance(realm: Realm, c: Value, o: Value): Gen<boolean> {
  if (!isCallable(c)) return false;
  if (c instanceof BoundFunction) return yield* instanceOf(realm, o, c.target);
  if (!(o instanceof JSObject)) return false;
  const proto = yield* get(realm, c, 'prototype');
  if (!(proto instanceof JSObject)) realm.throwError('TypeError', formatMessage(Msg.InstanceofNonObjectPrototype, String(proto)));
  if (chainHasProxy(o)) {
    for (let p = yield* getPrototypeOf(realm, o); p !== null; p = yield* getPrototypeOf(realm, p)) if (p === proto) return true;
    return false;
  }
  for (let p = o.proto; p !== null; p = p.proto) if (p === proto) return true;
  return false;
}

/** https://tc39.es/ecma262/#sec-instanceofoperator */
export function* instanceOf(realm: Realm, o: Value, c: Value): Gen<boolean> {
  if (!(c instanceof JSObject)) realm.throwError('TypeError', Msg.InstanceofNonObject);
  const h = yield* getMethod(realm, c, WellKnown.hasInstance);
  if (h !== undefined) {
    const r = yield { kind: 'call', fn: h, thisArg: c, args: [o] };
    return !!r && r !== 0 && r !== '';
  }
  if (!isCallable(c)) realm.throwError('TypeError', Msg.InstanceofNonCallable);
  return yield* ordinaryHasInstance(realm, c, o);
}


export { toObject };
