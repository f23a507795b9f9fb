// Helpers shared by ArrayBuffer, the typed arrays and DataView: charged buffer allocation,
// element conversion, and the receiver checks with V8's messages.
import { HeapKind, account, reserve } from '../../heap/account';
import { ArrayBufferObject, ElementKind, TypedArrayObject, canonicalNumericIndex } from '../../heap/binary';
import { Descriptor, JSObject } from '../../heap/object';
import { PropertyKey, Value } from '../../heap/values';
import { HeapExhausted } from '../../errors/internal';
import { Gen, toNumber } from '../../ops/convert';
import type { Realm } from '../realm';
import { toBigInt } from './BigInt';
import { describeValue } from './objectSupport';
import { Msg, formatMessage } from '../../errors/messages';

/** V8's limit on a typed array's length (measured on Node 20, 64-bit). */
export const MAX_TYPED_LENGTH = 2 ** 32;

/**
 * https://tc39.es/ecma262/#sec-allocatearraybuffer: the bytes count against the heap
 * limit, so a buffer too big for it is the program's catchable RangeError, as when V8's
 * allocator refuses one, never the heap-limit fatal.
 */
export function allocateBuffer(realm: Realm, proto: JSObject, byteLength: number, maxByteLength?: number): ArrayBufferObject {
  chargeBuffer(realm, byteLength);
  let data: ArrayBuffer;
  try {
    data = maxByteLength === undefined ? new ArrayBuffer(byteLength) : new (ArrayBuffer as unknown as ResizableCtor)(byteLength, { maxByteLength });
  } catch {
    return realm.throwError('RangeError', maxByteLength === undefined ? Msg.BufferAllocationFailed : Msg.InvalidBufferMaxLength);
  }
  return new ArrayBufferObject(proto, data);
}

type ResizableCtor = new (n: number, options: { maxByteLength: number }) => ArrayBuffer;

/** Charges `byteLength` new buffer bytes, or throws the program's RangeError past the heap limit. */
export function chargeBuffer(realm: Realm, byteLength: number): void {
  const a = account;
  if (a.live + a.since + byteLength > a.limitBytes) {
    try {
      a.onOverBudget?.(byteLength);
    } catch (e) {
      if (e instanceof HeapExhausted) realm.throwError('RangeError', Msg.BufferAllocationFailed);
      throw e;
    }
  }
  reserve(HeapKind.Object, byteLength);
}

/** ToNumber or ToBigInt, as the element kind stores (may run valueOf). */
export function* toElement(realm: Realm, kind: ElementKind, v: Value): Gen<number | bigint> {
  if (kind.bigint) return yield* toBigInt(realm, v);
  return typeof v === 'number' ? v : yield* toNumber(realm, v);
}

/**
 * Converts a descriptor's value before it reaches a typed array element's [[DefineOwnProperty]]
 * (https://tc39.es/ecma262/#sec-typedarray-defineownproperty): ToNumber may run valueOf, so
 * it runs here, as a generator, only when the definition would be accepted.
 */
export function* convertElementDescriptor(realm: Realm, o: JSObject, key: PropertyKey, desc: Descriptor): Gen<Descriptor> {
  if (!(o instanceof TypedArrayObject) || !('value' in desc)) return desc;
  const n = canonicalNumericIndex(key);
  if (n === undefined || !o.isValidIndex(n)) return desc;
  if (desc.configurable === false || desc.enumerable === false || desc.writable === false) return desc;
  return { ...desc, value: yield* toElement(realm, o.kind, desc.value) };
}

/**
 * https://tc39.es/ecma262/#sec-validatetypedarray with V8's messages: `receiverName` for
 * the methods V8 reports as "Method X called on incompatible receiver"; `name` says the
 * method whose view went out of bounds (V8 calls that "a detached ArrayBuffer").
 */
export function thisTypedArray(realm: Realm, v: Value, receiverName?: string, name?: string): TypedArrayObject {
  if (!(v instanceof TypedArrayObject)) {
    if (receiverName !== undefined) return realm.throwError('TypeError', formatMessage(Msg.NotGeneric, 'Method ' + receiverName, describeValue(v)));
    return realm.throwError('TypeError', Msg.NotTypedArray);
  }
  if (name !== undefined && v.isOutOfBounds()) realm.throwError('TypeError', formatMessage(Msg.DetachedOperation, name));
  return v;
}

export function thisBuffer(realm: Realm, v: Value, method: string): ArrayBufferObject {
  if (v instanceof ArrayBufferObject) return v;
  return realm.throwError('TypeError', formatMessage(Msg.NotGeneric, 'Method ' + method, describeValue(v)));
}

/** https://tc39.es/ecma262/#sec-tointegerorinfinity applied to a relative start or end. */
export function clampRelative(n: number, len: number): number {
  if (n === -Infinity) return 0;
  if (n < 0) return Math.max(len + n, 0);
  return Math.min(n, len);
}
