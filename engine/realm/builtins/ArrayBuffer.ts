// The ArrayBuffer constructor and prototype (https://tc39.es/ecma262/#sec-arraybuffer-objects),
// resizable buffers included; transfer and detaching are not in Node 20.
import { ArrayBufferObject, DataViewObject, TypedArrayObject } from '../../heap/binary';
import { JSObject } from '../../heap/object';
import { Value } from '../../heap/values';
import { Gen, toIntegerOrInfinity } from '../../ops/convert';
import { construct, get } from '../../ops/object';
import type { Realm } from '../realm';
import { allocateBuffer, chargeBuffer, clampRelative, thisBuffer } from './binarySupport';
import { installSpecies, requireNew } from './collectionSupport';
import { speciesConstructor } from './stringSupport';
import { describeValue, protoFromCtor, setToStringTag } from './objectSupport';
import { Msg, formatMessage } from '../../errors/messages';

export function installArrayBuffer(realm: Realm): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('ArrayBuffer', 1, function* (_this, args, newTarget) {
    requireNew(realm, newTarget, 'ArrayBuffer');
    const byteLength = yield* toBufferLength(realm, args[0]);
    const options = args[1];
    const maxArg = options instanceof JSObject ? yield* get(realm, options, 'maxByteLength') : undefined;
    let max: number | undefined;
    if (maxArg !== undefined) {
      max = yield* toIndexOr(realm, maxArg, Msg.InvalidBufferMaxLength);
      if (byteLength > max) realm.throwError('RangeError', Msg.InvalidBufferMaxLength);
    }
    return allocateBuffer(realm, protoFromCtor(newTarget, proto), byteLength, max);
  }, { ctor: true, gen: true });
  realm.defineConstructor(ctor, proto);
  realm.method(ctor, 'isView', 1, (_this, args) => args[0] instanceof TypedArrayObject || args[0] instanceof DataViewObject);
  installSpecies(realm, ctor);

  const thisBuf = (v: unknown, name: string) => thisBuffer(realm, v as never, `ArrayBuffer.prototype.${name}`);
  realm.accessor(proto, 'byteLength', (t) => thisBuffer(realm, t, 'get ArrayBuffer.prototype.byteLength').byteLength);
  realm.method(proto, 'slice', 2, function* (thisArg, args) {
    return yield* slice(realm, thisBuf(thisArg, 'slice'), args[0], args[1]);
  }, { gen: true });
  realm.accessor(proto, 'maxByteLength', (t) => thisBuffer(realm, t, 'get ArrayBuffer.prototype.maxByteLength').maxByteLength);
  realm.accessor(proto, 'resizable', (t) => thisBuffer(realm, t, 'get ArrayBuffer.prototype.resizable').resizable);
  realm.method(proto, 'resize', 1, function* (thisArg, args) {
    const o = thisArg instanceof ArrayBufferObject && thisArg.resizable ? thisArg : undefined;
    if (o === undefined) return realm.throwError('TypeError', formatMessage(Msg.NotGeneric, 'Method ArrayBuffer.prototype.resize', describeValue(thisArg)));
    const bad = Msg.ResizeInvalidLength;
    const n = yield* toIndexOr(realm, args[0], bad);
    if (n > o.maxByteLength) realm.throwError('RangeError', bad);
    if (n > o.byteLength) chargeBuffer(realm, n - o.byteLength);
    o.resize(n);
    return undefined;
  }, { gen: true });
  setToStringTag(proto, 'ArrayBuffer');
}

/** ToIndex with V8's "Invalid array buffer length". */
function toBufferLength(realm: Realm, v: Value): Gen<number> {
  return toIndexOr(realm, v, Msg.InvalidBufferLength);
}

/** ToIndex whose RangeError carries V8's text for the call site. */
export function* toIndexOr(realm: Realm, v: Value, message: string): Gen<number> {
  const n = yield* toIntegerOrInfinity(realm, v);
  if (n < 0 || n > Number.MAX_SAFE_INTEGER) realm.throwError('RangeError', message);
  return n;
}

/** https://tc39.es/ecma262/#sec-arraybuffer.prototype.slice */
function* slice(realm: Realm, o: ArrayBufferObject, start: Value, end: Value): Gen<ArrayBufferObject> {
  const len = o.byteLength;
  const first = clampRelative(yield* toIntegerOrInfinity(realm, start), len);
  const final = end === undefined ? len : clampRelative(yield* toIntegerOrInfinity(realm, end), len);
  const newLen = Math.max(final - first, 0);
  const ctor = yield* speciesConstructor(realm, o, realm.intrinsic('%ArrayBuffer%'));
  const made = ctor === realm.intrinsic('%ArrayBuffer%')
    ? allocateBuffer(realm, realm.intrinsic('%ArrayBuffer.prototype%'), newLen)
    : yield* construct(realm, ctor, [newLen]);
  if (!(made instanceof ArrayBufferObject)) realm.throwError('TypeError', formatMessage(Msg.NotGeneric, 'Method ArrayBuffer.prototype.slice', describeValue(made)));
  if (made === o) realm.throwError('TypeError', Msg.SpeciesReturnedSameBuffer);
  if (made.byteLength < newLen) realm.throwError('TypeError', formatMessage(Msg.NotGeneric, 'Method ArrayBuffer.prototype.slice', describeValue(made)));
  // A resizable source may have shrunk while the species constructor ran.
  const count = Math.max(Math.min(newLen, o.byteLength - first), 0);
  new Uint8Array(made.data).set(new Uint8Array(o.data, first, count));
  return made;
}
