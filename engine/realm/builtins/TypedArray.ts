// %TypedArray% and the eleven typed array constructors (https://tc39.es/ecma262/#sec-typedarray-objects):
// construction from a length, a buffer, another typed array, an iterable or an array-like.
import { isCallable, isConstructor } from '../../heap/function';
import { ArrayBufferObject, ELEMENT_KINDS, ElementKind, TypedArrayObject, canonicalNumericIndex } from '../../heap/binary';
import { CONSTANT_FLAGS, JSObject } from '../../heap/object';
import { Value, WellKnown } from '../../heap/values';
import { Gen, getMethod, toIntegerOrInfinity } from '../../ops/convert';
import { iterableToList } from '../../ops/iteration';
import { call, construct, get, lengthOfArrayLike } from '../../ops/object';
import type { Realm } from '../realm';
import { MAX_TYPED_LENGTH, allocateBuffer, toElement } from './binarySupport';
import { installSpecies, requireNew } from './collectionSupport';
import { describeValue, protoFromCtor } from './objectSupport';
import { speciesConstructor } from './stringSupport';
import { installTypedArrayPrototype } from './typedArrayPrototype';
import { Msg, formatMessage } from '../../errors/messages';

export function installTypedArrays(realm: Realm): void {
  const proto = realm.newObject();
  const abstract = realm.newNative('TypedArray', 0, () => realm.throwError('TypeError', Msg.TypedArrayAbstract), { ctor: true });
  realm.linkConstructor(abstract, proto);
  realm.method(abstract, 'of', 0, function* (thisArg, args) {
    const o = yield* typedArrayCreate(realm, thisArg, [args.length]);
    for (let k = 0; k < args.length; k++) o.setIndex(k, yield* toElement(realm, o.kind, args[k]));
    return o;
  }, { gen: true });
  realm.method(abstract, 'from', 1, function* (thisArg, args) {
    return yield* typedArrayFrom(realm, thisArg, args[0], args[1], args[2]);
  }, { gen: true });
  installSpecies(realm, abstract);
  // What the VM calls for `ta[i] = v` when v must convert first (valueOf is user code).
  realm.intrinsics.set('%TypedArraySetElement%', realm.newNative('TypedArraySetElement', 2, function* (thisArg, args) {
    const o = thisArg as TypedArrayObject;
    o.setIndex(canonicalNumericIndex(args[0] as string)!, yield* toElement(realm, o.kind, args[1]));
    return undefined;
  }, { gen: true }));
  installTypedArrayPrototype(realm, proto);
  for (const kind of ELEMENT_KINDS) installConcrete(realm, kind, abstract, proto);
}

function installConcrete(realm: Realm, kind: ElementKind, abstract: JSObject, abstractProto: JSObject): void {
  const proto = realm.newObject(abstractProto);
  const ctor = realm.newNative(kind.name, 3, function* (_this, args, newTarget) {
    requireNew(realm, newTarget, kind.name);
    return yield* constructTyped(realm, kind, protoFromCtor(newTarget, proto), args);
  }, { ctor: true, gen: true });
  ctor.proto = abstract;
  realm.defineConstructor(ctor, proto);
  ctor.put('BYTES_PER_ELEMENT', kind.size, CONSTANT_FLAGS);
  proto.put('BYTES_PER_ELEMENT', kind.size, CONSTANT_FLAGS);
}

/** A new typed array of `length` zeros, on a fresh buffer. */
export function allocateTyped(realm: Realm, kind: ElementKind, proto: JSObject, length: number): TypedArrayObject {
  if (length > MAX_TYPED_LENGTH) realm.throwError('RangeError', formatMessage(Msg.InvalidTypedArrayLength, length));
  const buffer = allocateBuffer(realm, realm.intrinsic('%ArrayBuffer.prototype%'), length * kind.size);
  return new TypedArrayObject(proto, kind, buffer, 0, length);
}

/** The typed array constructors' four forms (https://tc39.es/ecma262/#sec-typedarray). */
function* constructTyped(realm: Realm, kind: ElementKind, proto: JSObject, args: Value[]): Gen<TypedArrayObject> {
  const first = args[0];
  if (!(first instanceof JSObject)) {
    const n = yield* toIntegerOrInfinity(realm, first);
    if (n < 0 || n > Number.MAX_SAFE_INTEGER) realm.throwError('RangeError', formatMessage(Msg.InvalidTypedArrayLength, n));
    return allocateTyped(realm, kind, proto, n);
  }
  if (first instanceof ArrayBufferObject) return yield* fromBuffer(realm, kind, proto, first, args[1], args[2]);
  if (first instanceof TypedArrayObject) {
    if (first.isOutOfBounds()) realm.throwError('TypeError', formatMessage(Msg.DetachedOperation, 'Construct'));
    if (first.kind.bigint !== kind.bigint) realm.throwError('TypeError', Msg.BigIntMix);
    const o = allocateTyped(realm, kind, proto, first.length);
    if (first.kind === kind) o.view.set(first.view as never);
    else for (let i = 0; i < first.length; i++) o.view[i] = first.view[i] as never;
    return o;
  }
  const values = yield* listFromObject(realm, first);
  const o = allocateTyped(realm, kind, proto, values.length);
  for (let k = 0; k < values.length; k++) o.setIndex(k, yield* toElement(realm, kind, values[k]));
  return o;
}

/** The values of an iterable, or else of an array-like (https://tc39.es/ecma262/#sec-initializetypedarrayfromlist). */
function* listFromObject(realm: Realm, o: JSObject): Gen<Value[]> {
  const using = yield* getMethod(realm, o, WellKnown.iterator);
  if (using !== undefined) {
    if (!isCallable(using)) realm.throwError('TypeError', formatMessage(Msg.NotFunction, describeValue(using)));
    return yield* iterableToList(realm, o);
  }
  const len = yield* lengthOfArrayLike(realm, o);
  if (len > MAX_TYPED_LENGTH) realm.throwError('RangeError', formatMessage(Msg.InvalidTypedArrayLength, len));
  const values: Value[] = [];
  for (let k = 0; k < len; k++) values.push(yield* get(realm, o, String(k)));
  return values;
}

/** https://tc39.es/ecma262/#sec-initializetypedarrayfromarraybuffer with V8's messages. */
function* fromBuffer(realm: Realm, kind: ElementKind, proto: JSObject, buffer: ArrayBufferObject, offsetArg: Value, lengthArg: Value): Gen<TypedArrayObject> {
  const offset = yield* toIntegerOrInfinity(realm, offsetArg);
  if (offset < 0 || offset > Number.MAX_SAFE_INTEGER) realm.throwError('RangeError', formatMessage(Msg.OffsetOutOfBounds, offset));
  if (offset % kind.size !== 0) realm.throwError('RangeError', formatMessage(Msg.OffsetNotMultiple, kind.name, kind.size));
  let newLength: number | undefined;
  if (lengthArg !== undefined) {
    newLength = yield* toIntegerOrInfinity(realm, lengthArg);
    if (newLength < 0 || newLength > Number.MAX_SAFE_INTEGER) realm.throwError('RangeError', formatMessage(Msg.InvalidTypedArrayLength, newLength));
  }
  const bufLen = buffer.byteLength;
  if (newLength === undefined) {
    if (offset > bufLen) realm.throwError('RangeError', formatMessage(Msg.OffsetOutOfBounds, offset));
    // A view of a resizable buffer made without a length follows the buffer's length.
    if (buffer.resizable) return new TypedArrayObject(proto, kind, buffer, offset, undefined);
    if (bufLen % kind.size !== 0) realm.throwError('RangeError', formatMessage(Msg.LengthNotMultiple, kind.name, kind.size));
    newLength = (bufLen - offset) / kind.size;
  } else if (offset + newLength * kind.size > bufLen) {
    realm.throwError('RangeError', formatMessage(Msg.InvalidTypedArrayLength, newLength));
  }
  if (newLength > MAX_TYPED_LENGTH) realm.throwError('RangeError', formatMessage(Msg.InvalidTypedArrayLength, 'undefined'));
  return new TypedArrayObject(proto, kind, buffer, offset, newLength);
}

/** https://tc39.es/ecma262/#sec-typedarraycreate-from-constructor-with-arguments */
export function* typedArrayCreate(realm: Realm, ctor: Value, args: Value[]): Gen<TypedArrayObject> {
  if (!isConstructor(ctor)) return realm.throwError('TypeError', formatMessage(Msg.NotConstructor, describeValue(ctor)));
  const o = yield* construct(realm, ctor, args);
  if (!(o instanceof TypedArrayObject)) return realm.throwError('TypeError', Msg.NotTypedArray);
  if (o.isOutOfBounds()) realm.throwError('TypeError', formatMessage(Msg.DetachedOperation, 'Construct'));
  if (args.length === 1 && typeof args[0] === 'number' && o.length < args[0]) {
    realm.throwError('TypeError', Msg.TypedArrayTooSmall);
  }
  return o;
}

/**
 * https://tc39.es/ecma262/#sec-typedarrayspeciescreate: the exemplar's own kind unless
 * a subclass says otherwise; made without yielding when no user constructor is involved.
 */
export function* typedArraySpeciesCreate(realm: Realm, exemplar: TypedArrayObject, args: Value[]): Gen<TypedArrayObject> {
  const defaultCtor = realm.intrinsic(`%${exemplar.kind.name}%`);
  const ctor = yield* speciesConstructor(realm, exemplar, defaultCtor);
  if (ctor === defaultCtor && args.length === 1 && typeof args[0] === 'number') {
    return allocateTyped(realm, exemplar.kind, realm.intrinsic(`%${exemplar.kind.name}.prototype%`), args[0]);
  }
  const o = yield* typedArrayCreate(realm, ctor, args);
  if (o.kind.bigint !== exemplar.kind.bigint) realm.throwError('TypeError', Msg.BigIntMix);
  return o;
}

/** https://tc39.es/ecma262/#sec-%typedarray%.from */
function* typedArrayFrom(realm: Realm, c: Value, source: Value, mapFn: Value, thisArg: Value): Gen<TypedArrayObject> {
  if (!isConstructor(c)) return realm.throwError('TypeError', formatMessage(Msg.NotConstructor, describeValue(c)));
  if (mapFn !== undefined && !isCallable(mapFn)) realm.throwError('TypeError', formatMessage(Msg.NotFunction, describeValue(mapFn)));
  if (source === undefined || source === null) realm.throwError('TypeError', formatMessage(Msg.NotIterableNoSymbolLoad, source === null ? 'object null' : 'undefined'));
  // A primitive source: a string iterates; other primitives are array-likes of length 0.
  const values = source instanceof JSObject ? yield* listFromObject(realm, source)
    : typeof source === 'string' ? yield* iterableToList(realm, source) : [];
  const target = yield* typedArrayCreate(realm, c, [values.length]);
  for (let k = 0; k < values.length; k++) {
    const v = mapFn === undefined ? values[k] : yield* call(realm, mapFn, thisArg, [values[k], k]);
    target.setIndex(k, yield* toElement(realm, target.kind, v));
  }
  return target;
}
