// The ArrayBuffer constructor and prototype (https://tc39.es/ecma262/#sec-arraybuffer-objects).
// Resizable buffers (the maxByteLength option) are not implemented and say so.
import { ArrayBufferObject, DataViewObject, TypedArrayObject } from '../../heap/binary';
import { JSObject } from '../../heap/object';
import { JSThrow, GlassboxUnsupported } from '../../errors/internal';
import { Gen, toIntegerOrInfinity } from '../../ops/convert';
import { construct, get } from '../../ops/object';
import type { Realm } from '../realm';
import { toIndex } from './BigInt';
import { allocateBuffer, clampRelative, thisBuffer } from './binarySupport';
import { installSpecies, requireNew } from './collectionSupport';
import { speciesConstructor } from './stringSupport';
import { describeValue, protoFromCtor, setToStringTag } from './objectSupport';

export function installArrayBuffer(realm: Realm): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('ArrayBuffer', 1, function* (_this, args, newTarget) {
    requireNew(realm, newTarget, 'ArrayBuffer');
    const byteLength = yield* toBufferLength(realm, args[0]);
    const options = args[1];
    if (options instanceof JSObject && (yield* get(realm, options, 'maxByteLength')) !== undefined) {
      throw new GlassboxUnsupported('Glassbox does not support resizable ArrayBuffers (the maxByteLength option) yet');
    }
    return allocateBuffer(realm, protoFromCtor(newTarget, proto), byteLength);
  }, { ctor: true, gen: true });
  realm.defineConstructor(ctor, proto);
  realm.method(ctor, 'isView', 1, (_this, args) => args[0] instanceof TypedArrayObject || args[0] instanceof DataViewObject);
  installSpecies(realm, ctor);

  const thisBuf = (v: unknown, name: string) => thisBuffer(realm, v as never, `ArrayBuffer.prototype.${name}`);
  realm.accessor(proto, 'byteLength', (t) => thisBuffer(realm, t, 'get ArrayBuffer.prototype.byteLength').byteLength);
  realm.method(proto, 'slice', 2, function* (thisArg, args) {
    return yield* slice(realm, thisBuf(thisArg, 'slice'), args[0], args[1]);
  }, { gen: true });
  // A Glassbox buffer is never resizable: these answer as V8 does for a fixed-length one.
  realm.accessor(proto, 'maxByteLength', (t) => thisBuffer(realm, t, 'get ArrayBuffer.prototype.maxByteLength').byteLength);
  realm.accessor(proto, 'resizable', (t) => (thisBuffer(realm, t, 'get ArrayBuffer.prototype.resizable'), false));
  realm.method(proto, 'resize', 1, (thisArg) => realm.throwError('TypeError', `Method ArrayBuffer.prototype.resize called on incompatible receiver ${describeValue(thisArg)}`));
  setToStringTag(proto, 'ArrayBuffer');
}

/** ToIndex with V8's "Invalid array buffer length". */
function* toBufferLength(realm: Realm, v: unknown): Gen<number> {
  try {
    return yield* toIndex(realm, v as never);
  } catch (e) {
    if (e instanceof JSThrow && e.value instanceof JSObject && e.value.proto === realm.errorPrototypes.get('RangeError')) {
      realm.throwError('RangeError', 'Invalid array buffer length');
    }
    throw e;
  }
}

/** https://tc39.es/ecma262/#sec-arraybuffer.prototype.slice */
function* slice(realm: Realm, o: ArrayBufferObject, start: unknown, end: unknown): Gen<ArrayBufferObject> {
  const len = o.byteLength;
  const first = clampRelative(yield* toIntegerOrInfinity(realm, start as never), len);
  const final = end === undefined ? len : clampRelative(yield* toIntegerOrInfinity(realm, end as never), len);
  const newLen = Math.max(final - first, 0);
  const ctor = yield* speciesConstructor(realm, o, realm.intrinsic('%ArrayBuffer%'));
  const made = ctor === realm.intrinsic('%ArrayBuffer%')
    ? allocateBuffer(realm, realm.intrinsic('%ArrayBuffer.prototype%'), newLen)
    : yield* construct(realm, ctor, [newLen]);
  if (!(made instanceof ArrayBufferObject)) realm.throwError('TypeError', `Method ArrayBuffer.prototype.slice called on incompatible receiver ${describeValue(made)}`);
  if (made === o) realm.throwError('TypeError', 'ArrayBuffer subclass returned this from species constructor');
  if (made.byteLength < newLen) realm.throwError('TypeError', `Method ArrayBuffer.prototype.slice called on incompatible receiver ${describeValue(made)}`);
  new Uint8Array(made.data).set(new Uint8Array(o.data, first, newLen));
  return made;
}
