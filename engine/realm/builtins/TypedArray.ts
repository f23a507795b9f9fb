// %TypedArray% and the eleven typed array constructors (https://tc39.es/ecma262/#sec-typedarray-objects):
// construction from a length, a buffer, another typed array, an iterable or an array-like.
import { isCallable, isConstructor } from '../../heap/function';
import { ArrayBufferObject, ELEMENT_KINDS, ElementKind, TypedArrayObject, canonicalNumericIndex } from '../../heap/binary';
import { CONSTANT_FLAGS, JSObject, Prop } from '../../heap/object';
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

const MIX_BIGINT = 'Cannot mix BigInt and other types, use explicit conversions';

export function installTypedArrays(realm: Realm): void {
  const proto = realm.newObject();
  const abstract = realm.newNative('TypedArray', 0, () => realm.throwError('TypeError', 'Abstract class TypedArray not directly constructable'), { ctor: true });
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
  ctor.props.set('BYTES_PER_ELEMENT', new Prop(kind.size, CONSTANT_FLAGS));
  proto.props.set('BYTES_PER_ELEMENT', new Prop(kind.size, CONSTANT_FLAGS));
}

/** A new typed array of `length` zeros, on a fresh buffer. */
export function allocateTyped(realm: Realm, kind: ElementKind, proto: JSObject, length: number): TypedArrayObject {
  if (length > MAX_TYPED_LENGTH) realm.throwError('RangeError', `Invalid typed array length: ${length}`);
  const buffer = allocateBuffer(realm, realm.intrinsic('%ArrayBuffer.prototype%'), length * kind.size);
  return new TypedArrayObject(proto, kind, buffer, 0, length);
}

/** The typed array constructors' four forms (https://tc39.es/ecma262/#sec-typedarray). */
function* constructTyped(realm: Realm, kind: ElementKind, proto: JSObject, args: Value[]): Gen<TypedArrayObject> {
  const first = args[0];
  if (!(first instanceof JSObject)) {
    const n = yield* toIntegerOrInfinity(realm, first);
    if (n < 0 || n > Number.MAX_SAFE_INTEGER) realm.throwError('RangeError', `Invalid typed array length: ${n}`);
    return allocateTyped(realm, kind, proto, n);
  }
  if (first instanceof ArrayBufferObject) return yield* fromBuffer(realm, kind, proto, first, args[1], args[2]);
  if (first instanceof TypedArrayObject) {
    if (first.isOutOfBounds()) realm.throwError('TypeError', `Cannot perform Construct on a detached ArrayBuffer`);
    if (first.kind.bigint !== kind.bigint) realm.throwError('TypeError', MIX_BIGINT);
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
    if (!isCallable(using)) realm.throwError('TypeError', `${describeValue(using)} is not a function`);
    return yield* iterableToList(realm, o);
  }
  const len = yield* lengthOfArrayLike(realm, o);
  if (len > MAX_TYPED_LENGTH) realm.throwError('RangeError', `Invalid typed array length: ${len}`);
  const values: Value[] = [];
  for (let k = 0; k < len; k++) values.push(yield* get(realm, o, String(k)));
  return values;
}

/** https://tc39.es/ecma262/#sec-initializetypedarrayfromarraybuffer with V8's messages. */
function* fromBuffer(realm: Realm, kind: ElementKind, proto: JSObject, buffer: ArrayBufferObject, offsetArg: Value, lengthArg: Value): Gen<TypedArrayObject> {
  const offset = yield* toIntegerOrInfinity(realm, offsetArg);
  if (offset < 0 || offset > Number.MAX_SAFE_INTEGER) realm.throwError('RangeError', `Start offset ${offset} is outside the bounds of the buffer`);
  if (offset % kind.size !== 0) realm.throwError('RangeError', `start offset of ${kind.name} should be a multiple of ${kind.size}`);
  let newLength: number | undefined;
  if (lengthArg !== undefined) {
    newLength = yield* toIntegerOrInfinity(realm, lengthArg);
    if (newLength < 0 || newLength > Number.MAX_SAFE_INTEGER) realm.throwError('RangeError', `Invalid typed array length: ${newLength}`);
  }
  const bufLen = buffer.byteLength;
  if (newLength === undefined) {
    if (offset > bufLen) realm.throwError('RangeError', `Start offset ${offset} is outside the bounds of the buffer`);
    // A view of a resizable buffer made without a length follows the buffer's length.
    if (buffer.resizable) return new TypedArrayObject(proto, kind, buffer, offset, undefined);
    if (bufLen % kind.size !== 0) realm.throwError('RangeError', `byte length of ${kind.name} should be a multiple of ${kind.size}`);
    newLength = (bufLen - offset) / kind.size;
  } else if (offset + newLength * kind.size > bufLen) {
    realm.throwError('RangeError', `Invalid typed array length: ${newLength}`);
  }
  if (newLength > MAX_TYPED_LENGTH) realm.throwError('RangeError', 'Invalid typed array length: undefined');
  return new TypedArrayObject(proto, kind, buffer, offset, newLength);
}

/** https://tc39.es/ecma262/#sec-typedarraycreate-from-constructor-with-arguments */
export function* typedArrayCreate(realm: Realm, ctor: Value, args: Value[]): Gen<TypedArrayObject> {
  if (!isConstructor(ctor)) return realm.throwError('TypeError', `${describeValue(ctor)} is not a constructor`);
  const o = yield* construct(realm, ctor, args);
  if (!(o instanceof TypedArrayObject)) return realm.throwError('TypeError', 'this is not a typed array.');
  if (o.isOutOfBounds()) realm.throwError('TypeError', 'Cannot perform Construct on a detached ArrayBuffer');
  if (args.length === 1 && typeof args[0] === 'number' && o.length < args[0]) {
    realm.throwError('TypeError', 'Derived TypedArray constructor created an array which was too small');
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
  if (o.kind.bigint !== exemplar.kind.bigint) realm.throwError('TypeError', MIX_BIGINT);
  return o;
}

/** https://tc39.es/ecma262/#sec-%typedarray%.from */
function* typedArrayFrom(realm: Realm, c: Value, source: Value, mapFn: Value, thisArg: Value): Gen<TypedArrayObject> {
  if (!isConstructor(c)) return realm.throwError('TypeError', `${describeValue(c)} is not a constructor`);
  if (mapFn !== undefined && !isCallable(mapFn)) realm.throwError('TypeError', `${describeValue(mapFn)} is not a function`);
  if (source === undefined || source === null) realm.throwError('TypeError', `${source === null ? 'object null' : 'undefined'} is not iterable (cannot read property Symbol(Symbol.iterator))`);
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
