// The `buffer` core module and the lazy `Buffer` global: Buffer itself is JS run in the realm
// (bufferSource.ts and the files it names); the natives here turn bytes into text and back
// (bufferCodec.ts), copy, compare and search bytes, all on the realm's own typed arrays.
import { assert } from '../../errors/internal';
import { GlassboxUnsupported } from '../../errors/unsupported';
import { DataViewObject, ELEMENT_KINDS, TypedArrayObject } from '../../heap/binary';
import { CONFIGURABLE, JSObject, METHOD_FLAGS } from '../../heap/object';
import type { Value } from '../../heap/values';
import { type Gen } from '../../ops/convert';
import { get } from '../../ops/object';
import { chargeString } from '../../ops/strings';
import { Msg, formatMessage } from '../../errors/messages';
import type { Realm } from '../realm';
import { allocateTyped } from '../builtins/TypedArray';
import { decode, encode, byteLength, normalizeEncoding, wholeCharacters, type Encoding } from './bufferCodec';
import { markBufferPrototype } from './bufferMark';
import { BUFFER_SOURCE } from './bufferSource';
import { BUFFER_METHODS_SOURCE } from './bufferMethodsSource';
import { BUFFER_NUMBERS_SOURCE } from './bufferNumbersSource';
import { BLOB_SOURCE } from './blobSource';
import { requireCore } from './coreModules';
import { runJsModule } from './jsModule';

const UINT8 = ELEMENT_KINDS.find((k) => k.name === 'Uint8Array')!;

/** The module's exports beside Buffer, made from what the module body defined. */
const EXPORTS_SOURCE = String.raw`
const constants = { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 536870888 };
return {
  Buffer, SlowBuffer: Buffer, INSPECT_MAX_BYTES, kMaxLength, kStringMaxLength: constants.MAX_STRING_LENGTH, constants,
  atob, btoa,
  isUtf8(input) { return natives.isUtf8(input); },
  isAscii(input) { return natives.isAscii(input); },
  Blob, File,
};
`;

/** A typed array argument's bytes as a host view (sharing its memory); a detached one is the program's TypeError. */
function bytesOf(realm: Realm, v: Value, from = 0, to?: number): Uint8Array {
  assert(v instanceof TypedArrayObject, 'the buffer module passes its natives typed arrays');
  if (v.isOutOfBounds()) realm.throwError('TypeError', formatMessage(Msg.DetachedOperation, 'Buffer'));
  const all = new Uint8Array(v.buffer.data, v.byteOffset, v.byteLength);
  const start = Math.max(0, Math.min(all.length, Math.trunc(from) || 0));
  const end = to === undefined ? all.length : Math.max(start, Math.min(all.length, Math.trunc(to) || 0));
  return all.subarray(start, end);
}

function encodingArg(v: Value): Encoding {
  const enc = typeof v === 'string' ? normalizeEncoding(v) : undefined;
  assert(enc !== undefined, 'the buffer module normalizes encodings before its natives see them');
  return enc;
}

/** A new realm Uint8Array holding `bytes`. */
function uint8(realm: Realm, bytes: Uint8Array): TypedArrayObject {
  const out = allocateTyped(realm, UINT8, realm.intrinsic('%Uint8Array.prototype%'), bytes.length);
  (out.view as Uint8Array).set(bytes);
  return out;
}

/** Node's IndexOfOffset then a byte search, forwards or backwards (src/node_buffer.cc). */
function indexOfBytes(hay: Uint8Array, needle: Uint8Array, offset: number, forward: boolean): number {
  const len = hay.length;
  let at = Math.trunc(offset);
  if (at < 0) at = at + len >= 0 ? len + at : forward || needle.length === 0 ? 0 : -1;
  else if (at + needle.length > len) at = needle.length === 0 ? len : forward ? -1 : len - 1;
  if (needle.length === 0) return at;
  if (len === 0 || at <= -1 || len < needle.length) return -1;
  const matches = (i: number) => needle.every((b, k) => hay[i + k] === b);
  if (forward) {
    for (let i = at; i + needle.length <= len; i++) if (matches(i)) return i;
  } else {
    for (let i = Math.min(at, len - needle.length); i >= 0; i--) if (matches(i)) return i;
  }
  return -1;
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** The natives the module body calls as `natives.x(...)`. */
function makeNatives(realm: Realm): JSObject {
  const natives = realm.newObject(null);
  const fn = (name: string, impl: (args: Value[]) => Value) => natives.put(name, realm.newNative(name, 0, (_this, args) => impl(args)), METHOD_FLAGS);
  fn('normalize', ([name]) => (typeof name === 'string' ? normalizeEncoding(name) : undefined));
  fn('encode', ([s, enc]) => uint8(realm, encode(String(s), encodingArg(enc))));
  fn('byteLength', ([s, enc]) => byteLength(String(s), encodingArg(enc)));
  fn('decode', ([buf, enc, start, end]) => chargeString(decode(bytesOf(realm, buf, start as number, end as number), encodingArg(enc))));
  fn('write', ([buf, s, offset, length, enc]) => {
    const room = bytesOf(realm, buf, offset as number, (offset as number) + (length as number));
    const bytes = encode(String(s), encodingArg(enc));
    const n = wholeCharacters(bytes, encodingArg(enc), room.length);
    room.set(bytes.subarray(0, n));
    return n;
  });
  fn('copy', ([src, dst, dstStart, srcStart, srcEnd]) => {
    const target = bytesOf(realm, dst, dstStart as number);
    const source = bytesOf(realm, src, srcStart as number, srcEnd as number).subarray(0, target.length);
    target.set(source);
    return source.length;
  });
  fn('compare', ([a, aStart, aEnd, b, bStart, bEnd]) => compareBytes(bytesOf(realm, a, aStart as number, aEnd as number), bytesOf(realm, b, bStart as number, bEnd as number)));
  fn('indexOf', ([hay, needle, offset, forward]) => indexOfBytes(bytesOf(realm, hay), bytesOf(realm, needle), offset as number, forward === true));
  fn('isUtf8', ([v]) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytesOf(realm, v));
      return true;
    } catch {
      return false;
    }
  });
  fn('isAscii', ([v]) => bytesOf(realm, v).every((b) => b < 0x80));
  fn('unsupported', ([what]) => {
    throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedStreamFeature, String(what)));
  });
  fn('markBlob', ([proto, clone]) => {
    assert(proto instanceof JSObject && clone instanceof JSObject, 'the buffer module marks Blob.prototype with its clone function');
    realm.intrinsics.set('%Blob.prototype%', proto);
    realm.intrinsics.set('%Blob clone%', clone);
    return undefined;
  });
  fn('markPrototype', ([proto]) => {
    assert(proto instanceof JSObject, 'Buffer.prototype is an object');
    markBufferPrototype(proto);
    realm.intrinsics.set('%Buffer.prototype%', proto);
    return undefined;
  });
  return natives;
}

/** The realm's function that clones `o` when it is a Blob (structuredClone), else undefined. */
export function blobCloneOf(realm: Realm, o: JSObject): JSObject | undefined {
  const proto = realm.intrinsics.get('%Blob.prototype%');
  if (proto === undefined) return undefined;
  for (let p = o.proto; p !== null; p = p.proto) if (p === proto) return realm.intrinsics.get('%Blob clone%');
  return undefined;
}

/** A new Buffer of the realm holding a copy of `bytes`; the buffer module must have been made (requireCore 'buffer'). */
export function newBuffer(realm: Realm, bytes: Uint8Array): TypedArrayObject {
  const out = allocateTyped(realm, UINT8, realm.intrinsic('%Buffer.prototype%'), bytes.length);
  (out.view as Uint8Array).set(bytes);
  return out;
}

/** The bytes of a Buffer, TypedArray or DataView argument (a copy), or undefined for other values. */
export function viewBytes(realm: Realm, v: Value): Uint8Array | undefined {
  if (v instanceof TypedArrayObject || v instanceof DataViewObject) {
    if (v instanceof TypedArrayObject ? v.isOutOfBounds() : v.byteOffset + v.byteLength > v.buffer.byteLength) {
      realm.throwError('TypeError', formatMessage(Msg.DetachedOperation, 'write'));
    }
    return new Uint8Array(v.buffer.data, v.byteOffset, v.byteLength).slice();
  }
  return undefined;
}

export function* makeBuffer(realm: Realm): Gen<JSObject> {
  const body = `${BUFFER_SOURCE}${BUFFER_METHODS_SOURCE}${BUFFER_NUMBERS_SOURCE}${BLOB_SOURCE}${EXPORTS_SOURCE}`;
  return yield* runJsModule(realm, 'buffer', body, undefined, makeNatives(realm));
}

/**
 * The global `Buffer`, as Node defines it: an accessor that makes the buffer module on first
 * use (a program that never names Buffer never pays for it); assigning replaces it.
 */
export function installBufferGlobal(realm: Realm): void {
  const getter = realm.newNative('get', 0, function* (): Gen<Value> {
    return yield* get(realm, yield* requireCore(realm, 'buffer'), 'Buffer');
  }, { gen: true });
  const setter = realm.newNative('set', 1, (_this, args) => {
    realm.global.put('Buffer', args[0], METHOD_FLAGS);
    return undefined;
  });
  realm.global.putAccessor('Buffer', getter, setter, CONFIGURABLE);
  for (const name of ['Blob', 'File']) installLazyGlobal(realm, name);
}

/** Node's defineLazyProperties: the first read (or a write) turns the accessor into a data property. */
function installLazyGlobal(realm: Realm, name: string): void {
  const getter = realm.newNative(`get ${name}`, 0, function* (): Gen<Value> {
    const value = yield* get(realm, yield* requireCore(realm, 'buffer'), name);
    realm.global.put(name, value, METHOD_FLAGS);
    return value;
  }, { gen: true });
  const setter = realm.newNative(`set ${name}`, 1, (_this, args) => {
    realm.global.put(name, args[0], METHOD_FLAGS);
    return undefined;
  });
  realm.global.putAccessor(name, getter, setter, CONFIGURABLE);
}
