// Property reads and writes as the VM performs them: fast paths for plain data
// properties and arrays; getters and setters run as ordinary calls (frames).
import { ModuleNamespace } from '../realm/esm/namespace';
import { Msg, formatMessage } from '../errors/messages';
import { ACCESSOR, DEFAULT_FLAGS, JSArray, JSObject, LAZY, WRITABLE, chargeElements } from '../heap/object';
import { TypedArrayObject, canonicalNumericIndex } from '../heap/binary';
import { HOLE, JSSymbol, Primitive, PropertyKey, Value, arrayIndex } from '../heap/values';
import { primitiveProto, toNumber } from '../ops/convert';
import { describeForMessage, keyText, setFalsishMessage } from '../ops/object';
import { ProxyProp } from '../heap/proxy';
import { proxySet } from '../ops/proxyTraps';
import type { Gen } from '../ops/convert';
import { ResultMode } from './frame';
import type { Machine } from './machine';
import { GlassboxUnsupported } from '../errors/unsupported';

function keyForMessage(key: PropertyKey): string {
  return typeof key === 'string' ? key : key.toString();
}

/** Pushes `obj[key]` (or calls its getter, whose result is pushed when it returns). */
export function getProperty(m: Machine, obj: Value, key: PropertyKey): void {
  const f = m.top()!;
  let holder: JSObject | null;
  if (obj instanceof JSObject) holder = obj;
  else {
    if (obj === undefined || obj === null) m.throwError('TypeError', formatMessage(Msg.ReadOfNullish, obj, keyForMessage(key)));
    if (typeof obj === 'string') {
      if (key === 'length') { (f as { stack: unknown[] }).stack.push(obj.length); return; }
      const i = typeof key === 'string' ? stringIndex(key) : -1;
      if (i >= 0 && i < obj.length) { (f as { stack: unknown[] }).stack.push(obj[i]); return; }
    }
    holder = primitiveProto(m.realm, obj as Primitive);
  }
  const plain = plainGet(holder!, key);
  if (plain !== NOT_PLAIN) { (f as { stack: unknown[] }).stack.push(plain); return; }
  const p = holder!.lookup(key);
  if (p === undefined) { (f as { stack: unknown[] }).stack.push(undefined); return; }
  if (!p.isAccessor) { (f as { stack: unknown[] }).stack.push(p.value); return; }
  if (p.get === undefined) { (f as { stack: unknown[] }).stack.push(undefined); return; }
  m.call(p.get, obj, [], ResultMode.Normal);
}

/** Returned by plainGet when the read needs the generic path. */
export const NOT_PLAIN: unique symbol = Symbol('not plain');

/**
 * `obj[key]` without allocating, when the chain up to the property is plain objects
 * (or arrays, for a key that is neither `length` nor an index) and the property is a
 * plain data one or absent; NOT_PLAIN otherwise.
 */
export function plainGet(obj: JSObject, key: PropertyKey): unknown {
  let special: boolean | undefined;
  for (let o: JSObject | null = obj; o !== null; o = o.proto) {
    const sh = o.shape;
    if (!sh.slotsExact) return NOT_PLAIN;
    if (sh.indexed && (special ??= key === 'length' || (typeof key === 'string' && arrayIndex(key) >= 0))) return NOT_PLAIN;
    const i = sh.indexOf(key);
    if (i >= 0) return sh.flags[i] & (ACCESSOR | LAZY) ? NOT_PLAIN : o.slots[i];
  }
  return undefined;
}

function stringIndex(key: string): number {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return -1;
  const n = Number(key);
  return Number.isInteger(n) && String(n) === key ? n : -1;
}

/** Pushes `obj[index]` for a number index, with the array fast path. */
export function getIndexed(m: Machine, obj: Value, key: number): void {
  if (obj instanceof JSArray && key >= 0 && key < obj.items.length && (key | 0) === key) {
    const v = obj.items[key];
    if (v !== HOLE) { (m.top() as { stack: unknown[] }).stack.push(v); return; }
  } else if (obj instanceof TypedArrayObject) {
    // An integer-indexed exotic object: a number key never reaches the prototype chain.
    (m.top() as { stack: unknown[] }).stack.push(obj.isValidIndex(key) ? obj.get(key) : undefined);
    return;
  }
  getProperty(m, obj, String(key));
}

/**
 * `obj[key] = value`, leaving value on the stack. Setters run as calls whose result is
 * dropped. A failed write throws in strict code and is ignored in sloppy code.
 */
export function setProperty(m: Machine, obj: Value, key: PropertyKey, value: Value, strict: boolean): void {
  const stack = (m.top() as { stack: unknown[] }).stack;
  stack.push(value);
  if (!(obj instanceof JSObject)) {
    if (obj === undefined || obj === null) m.throwError('TypeError', formatMessage(Msg.SetOfNullish, obj, keyForMessage(key)));
    const p = primitiveProto(m.realm, obj as Primitive)?.lookup(key);
    if (p?.isAccessor && p.set) { m.call(p.set, obj, [value], ResultMode.Discard); return; }
    if (strict) m.throwError('TypeError', formatMessage(Msg.CreatePropertyOnPrimitive, keyText(key), typeof obj, String(obj instanceof JSSymbol ? obj.toString() : obj)));
    return;
  }
  if (obj instanceof JSArray && key === 'length') return setArrayLength(m, obj, value, strict);
  const sh = obj.shape;
  const i = sh.indexOf(key);
  if (i >= 0 && (sh.flags[i] & (WRITABLE | ACCESSOR | LAZY)) === WRITABLE && sh.slotsExact && !(obj instanceof JSArray)) { obj.slots[i] = value; return; }
  if (obj instanceof TypedArrayObject && canonicalNumericIndex(key) !== undefined) return setTypedElement(m, obj, key as string, value);
  const p = obj.lookup(key);
  if (p !== undefined) {
    if (p.isAccessor) {
      if (p instanceof ProxyProp) { m.runHelper(proxySetHelper(m, p, key, value, obj, strict), ResultMode.Discard); return; }
      if (p.set) { m.call(p.set, obj, [value], ResultMode.Discard); return; }
      if (strict) m.throwError('TypeError', formatMessage(Msg.NoSetter, keyText(key), describeForMessage(obj)));
      return;
    }
    if (!p.writable) {
      if (strict) m.throwError('TypeError', formatMessage(Msg.ReadOnlyProperty, keyText(key), describeForMessage(obj)));
      return;
    }
  }
  if (!obj.setOwnValue(key, value) && strict) {
    // An existing property that refused the write (a module namespace's export).
    if (obj instanceof ModuleNamespace && obj.hasStored(key)) m.throwError('TypeError', formatMessage(Msg.ReadOnlyProperty, keyText(key), describeForMessage(obj)));
    m.throwError('TypeError', formatMessage(Msg.AddToNonExtensible, keyText(key)));
  }
}

/** A write that reached a proxy (the object or one on its chain): its set trap runs. */
function* proxySetHelper(m: Machine, p: ProxyProp, key: PropertyKey, value: Value, receiver: Value, strict: boolean): Gen<Value> {
  const ok = yield* proxySet(m.realm, p.proxy, key, value, receiver);
  if (!ok && strict) m.throwError('TypeError', setFalsishMessage(key));
  return value;
}

function setArrayLength(m: Machine, arr: JSArray, value: Value, strict: boolean): void {
  const n = typeof value === 'number' ? value : toNumberNoUserCode(m, value);
  if (n !== n >>> 0) m.throwError('RangeError', Msg.InvalidArrayLength);
  if (arr.setLength(n) || !strict) return;
  // a non-configurable element stopped the truncation, or length is read-only
  if (arr.lengthWritable && arr.items.length > n) m.throwError('TypeError', formatMessage(Msg.DeleteNonConfigurable, String(arr.items.length - 1), '[object Array]'));
  m.throwError('TypeError', formatMessage(Msg.ReadOnlyProperty, 'length', '[object Array]'));
}

function toNumberNoUserCode(m: Machine, v: Value): number {
  if (v instanceof JSObject) throw new GlassboxUnsupported('setting an array length to an object');
  const g = toNumber(m.realm, v);
  return g.next().value as number;
}

/** `obj[index] = value` for a number index, with the array fast path. */
export function setIndexed(m: Machine, obj: Value, key: number, value: Value, strict: boolean): void {
  if (obj instanceof JSArray && (key | 0) === key && key >= 0 && key < obj.items.length && obj.elementFlags === DEFAULT_FLAGS && obj.attrs === undefined && obj.items[key] !== HOLE) {
    obj.items[key] = value;
    (m.top() as { stack: unknown[] }).stack.push(value);
    return;
  }
  if (obj instanceof JSArray && key === obj.items.length && obj.extensible && obj.lengthWritable && obj.proto === m.realm.ArrayPrototype) {
    obj.items.push(value);
    chargeElements(1);
    (m.top() as { stack: unknown[] }).stack.push(value);
    return;
  }
  if (obj instanceof TypedArrayObject) {
    (m.top() as { stack: unknown[] }).stack.push(value);
    return setTypedElement(m, obj, String(key), value);
  }
  setProperty(m, obj, String(key), value, strict);
}

/**
 * https://tc39.es/ecma262/#sec-typedarraysetelement: a number (or bigint) is stored at
 * once; anything else converts first, which may run valueOf, so it goes through a call.
 */
function setTypedElement(m: Machine, obj: TypedArrayObject, key: string, value: Value): void {
  if (typeof value === (obj.kind.bigint ? 'bigint' : 'number')) {
    obj.setIndex(canonicalNumericIndex(key)!, value as number | bigint);
    return;
  }
  m.call(m.realm.intrinsic('%TypedArraySetElement%'), obj, [key, value], ResultMode.Discard);
}
