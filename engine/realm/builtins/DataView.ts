// The DataView constructor and prototype (https://tc39.es/ecma262/#sec-dataview-objects):
// GetViewValue/SetViewValue over the host DataView, with V8's RangeError texts.
import { ArrayBufferObject, DataViewObject, ELEMENT_KINDS, ElementKind } from '../../heap/binary';
import { Value } from '../../heap/values';
import { Gen, toBoolean, toIntegerOrInfinity } from '../../ops/convert';
import type { Realm } from '../realm';
import { toElement } from './binarySupport';
import { requireNew } from './collectionSupport';
import { protoFromCtor, setToStringTag } from './objectSupport';
import { Msg, formatMessage } from '../../errors/messages';

/** DataView's accessor names per element type, in V8's property order. */
const VIEW_TYPES: [string, string][] = [
  ['Int8', 'Int8Array'], ['Uint8', 'Uint8Array'], ['Int16', 'Int16Array'], ['Uint16', 'Uint16Array'],
  ['Int32', 'Int32Array'], ['Uint32', 'Uint32Array'], ['Float32', 'Float32Array'], ['Float64', 'Float64Array'],
  ['BigInt64', 'BigInt64Array'], ['BigUint64', 'BigUint64Array'],
];

export function installDataView(realm: Realm): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('DataView', 1, function* (_this, args, newTarget) {
    requireNew(realm, newTarget, 'DataView');
    const buffer = args[0];
    if (!(buffer instanceof ArrayBufferObject)) return realm.throwError('TypeError', Msg.DataViewNotBuffer);
    const offset = yield* toIndexOr(realm, args[1], formatMessage(Msg.OffsetOutOfBounds, String(args[1])));
    const bufLen = buffer.byteLength;
    if (offset > bufLen) realm.throwError('RangeError', formatMessage(Msg.OffsetOutOfBounds, offset));
    // A view of a resizable buffer made without a length follows the buffer's length.
    let viewLen: number | undefined = buffer.resizable ? undefined : bufLen - offset;
    if (args[2] !== undefined) {
      viewLen = yield* toIndexOr(realm, args[2], formatMessage(Msg.InvalidDataViewLength, String(args[2])));
      if (offset + viewLen > bufLen) realm.throwError('RangeError', formatMessage(Msg.InvalidDataViewLength, viewLen));
    }
    return new DataViewObject(protoFromCtor(newTarget, proto), buffer, offset, viewLen);
  }, { ctor: true, gen: true });
  realm.defineConstructor(ctor, proto);
  const thisView = (v: Value, method: string): DataViewObject => {
    if (v instanceof DataViewObject) return v;
    // not in the spec's words: V8 names every wrong receiver of these methods `undefined`.
    return realm.throwError('TypeError', formatMessage(Msg.NotGeneric, 'Method ' + method, 'undefined'));
  };
  const viewLength = (view: DataViewObject, name: string): number => {
    const n = view.viewLength();
    return n ?? realm.throwError('TypeError', formatMessage(Msg.DetachedOperation, 'DataView.prototype.' + name));
  };
  realm.accessor(proto, 'buffer', (t) => thisView(t, 'get DataView.prototype.buffer').buffer);
  realm.accessor(proto, 'byteLength', (t) => viewLength(thisView(t, 'get DataView.prototype.byte_length'), 'byteLength'));
  realm.accessor(proto, 'byteOffset', (t) => {
    const view = thisView(t, 'get DataView.prototype.byte_offset');
    viewLength(view, 'byteOffset');
    return view.byteOffset;
  });
  for (const [type, kindName] of VIEW_TYPES) {
    const kind = ELEMENT_KINDS.find((k) => k.name === kindName)!;
    realm.method(proto, `get${type}`, 1, function* (thisArg, args) {
      const view = thisView(thisArg, `DataView.prototype.get${type}`);
      const index = yield* toIndexOr(realm, args[0], Msg.DataViewOffsetOutOfBounds);
      const little = toBoolean(args[1]);
      if (index + kind.size > viewLength(view, `get${type}`)) realm.throwError('RangeError', Msg.DataViewOffsetOutOfBounds);
      return read(view.view, kind, index, little);
    }, { gen: true });
    realm.method(proto, `set${type}`, 2, function* (thisArg, args) {
      const view = thisView(thisArg, `DataView.prototype.set${type}`);
      const index = yield* toIndexOr(realm, args[0], Msg.DataViewOffsetOutOfBounds);
      const value = yield* toElement(realm, kind, args[1]);
      const little = toBoolean(args[2]);
      if (index + kind.size > viewLength(view, `set${type}`)) realm.throwError('RangeError', Msg.DataViewOffsetOutOfBounds);
      write(view.view, kind, index, value, little);
      return undefined;
    }, { gen: true });
  }
  setToStringTag(proto, 'DataView');
}

/** ToIndex whose RangeError carries V8's text for this call site. */
function* toIndexOr(realm: Realm, v: Value, message: string): Gen<number> {
  const n = yield* toIntegerOrInfinity(realm, v);
  if (n < 0 || n > Number.MAX_SAFE_INTEGER) realm.throwError('RangeError', message);
  return n;
}

function read(dv: DataView, kind: ElementKind, i: number, little: boolean): number | bigint {
  switch (kind.name) {
    case 'Int8Array': return dv.getInt8(i);
    case 'Uint8Array': return dv.getUint8(i);
    case 'Int16Array': return dv.getInt16(i, little);
    case 'Uint16Array': return dv.getUint16(i, little);
    case 'Int32Array': return dv.getInt32(i, little);
    case 'Uint32Array': return dv.getUint32(i, little);
    case 'Float32Array': return dv.getFloat32(i, little);
    case 'Float64Array': return dv.getFloat64(i, little);
    case 'BigInt64Array': return dv.getBigInt64(i, little);
    default: return dv.getBigUint64(i, little);
  }
}

function write(dv: DataView, kind: ElementKind, i: number, v: number | bigint, little: boolean): void {
  switch (kind.name) {
    case 'Int8Array': return dv.setInt8(i, v as number);
    case 'Uint8Array': return dv.setUint8(i, v as number);
    case 'Int16Array': return dv.setInt16(i, v as number, little);
    case 'Uint16Array': return dv.setUint16(i, v as number, little);
    case 'Int32Array': return dv.setInt32(i, v as number, little);
    case 'Uint32Array': return dv.setUint32(i, v as number, little);
    case 'Float32Array': return dv.setFloat32(i, v as number, little);
    case 'Float64Array': return dv.setFloat64(i, v as number, little);
    case 'BigInt64Array': return dv.setBigInt64(i, v as bigint, little);
    default: return dv.setBigUint64(i, v as bigint, little);
  }
}
