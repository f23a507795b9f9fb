// TextEncoder and TextDecoder (UTF-8 only; Node's other encodings say they are missing),
// atob and btoa. The host codecs see only strings and byte copies.
import { ArrayBufferObject, DataViewObject, ELEMENT_KINDS, TextDecoderObject, TextEncoderObject, TypedArrayObject } from '../../heap/binary';
import { JSObject } from '../../heap/object';
import { Value } from '../../heap/values';
import { GlassboxUnsupported } from '../../errors/unsupported';
import { toBoolean, toString } from '../../ops/convert';
import { createDataProperty, get } from '../../ops/object';
import { chargeString } from '../../ops/strings';
import type { Realm } from '../realm';
import { thisBrand } from './collectionSupport';
import { describeValue, setToStringTag } from './objectSupport';
import { throwDOMException } from './DOMException';
import { requireClassNew, throwNodeError } from './webSupport';
import { allocateTyped } from './TypedArray';
import { Msg, formatMessage } from '../../errors/messages';
import { DOMMsg, NodeMsg } from '../../errors/nodeMessages';

const UTF8_LABELS = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8']);

export function installTextEncoding(realm: Realm): void {
  installTextEncoder(realm);
  installTextDecoder(realm);
  installBase64(realm);
}

function installTextEncoder(realm: Realm): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('TextEncoder', 0, (_t, _a, newTarget) => {
    requireClassNew(realm, newTarget, 'TextEncoder');
    return new TextEncoderObject(proto);
  }, { ctor: true });
  realm.defineConstructor(ctor, proto);
  const self = (t: Value, m: string) => thisBrand(realm, t, TextEncoderObject, `TextEncoder.prototype.${m}`);
  realm.accessor(proto, 'encoding', (t) => (self(t, 'encoding'), 'utf-8'));
  realm.method(proto, 'encode', 0, function* (t, args) {
    self(t, 'encode');
    const s = args[0] === undefined ? '' : yield* toString(realm, args[0]);
    const bytes = new TextEncoder().encode(s);
    const out = allocateTyped(realm, UINT8, realm.intrinsic('%Uint8Array.prototype%'), bytes.length);
    out.view.set(bytes as never);
    return out;
  }, { gen: true });
  realm.method(proto, 'encodeInto', 2, function* (t, args) {
    self(t, 'encodeInto');
    const s = yield* toString(realm, args[0]);
    const dest = args[1];
    if (!(dest instanceof TypedArrayObject) || dest.kind.name !== 'Uint8Array') {
      return throwNodeError(realm, NodeMsg.InvalidArgType, 'dest', 'an instance of Uint8Array', received(dest));
    }
    if (dest.isOutOfBounds()) realm.throwError('TypeError', formatMessage(Msg.DetachedOperation, 'Construct'));
    const r = new TextEncoder().encodeInto(s, dest.view as Uint8Array);
    const o = realm.newObject();
    createDataProperty(o, 'read', r.read);
    createDataProperty(o, 'written', r.written);
    return o;
  }, { gen: true });
}

const UINT8 = ELEMENT_KINDS.find((k) => k.name === 'Uint8Array')!;

function installTextDecoder(realm: Realm): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('TextDecoder', 0, function* (_t, args, newTarget) {
    requireClassNew(realm, newTarget, 'TextDecoder');
    const label = args[0] === undefined ? 'utf-8' : (yield* toString(realm, args[0])).trim().toLowerCase();
    if (!UTF8_LABELS.has(label)) {
      let known = false;
      try { new TextDecoder(label); known = true; } catch { known = false; }
      if (known) throw new GlassboxUnsupported(`the "${label}" encoding in TextDecoder`, 'only utf-8');
      throwNodeError(realm, NodeMsg.EncodingNotSupported, label);
    }
    const options = args[1];
    let fatal = false;
    let ignoreBOM = false;
    if (options instanceof JSObject) {
      fatal = toBoolean(yield* get(realm, options, 'fatal'));
      ignoreBOM = toBoolean(yield* get(realm, options, 'ignoreBOM'));
    }
    return new TextDecoderObject(proto, fatal, ignoreBOM);
  }, { ctor: true, gen: true });
  realm.defineConstructor(ctor, proto);
  const self = (t: Value, m: string) => thisBrand(realm, t, TextDecoderObject, `TextDecoder.prototype.${m}`);
  realm.method(proto, 'decode', 0, (t, args) => {
    const d = self(t, 'decode');
    const bytes = args[0] === undefined ? new Uint8Array(0) : bytesOf(realm, args[0]);
    try {
      return chargeString(new TextDecoder('utf-8', { fatal: d.fatal, ignoreBOM: d.ignoreBOM }).decode(bytes));
    } catch {
      return throwNodeError(realm, NodeMsg.EncodingInvalidData, 'utf-8');
    }
  });
  realm.accessor(proto, 'encoding', (t) => (self(t, 'encoding'), 'utf-8'));
  realm.accessor(proto, 'fatal', (t) => self(t, 'fatal').fatal);
  realm.accessor(proto, 'ignoreBOM', (t) => self(t, 'ignoreBOM').ignoreBOM);
  setToStringTag(proto, 'TextDecoder');
}

/** A copy of the bytes a buffer or view covers. */
function bytesOf(realm: Realm, v: Value): Uint8Array {
  if (v instanceof ArrayBufferObject) return new Uint8Array(v.data.slice(0));
  if (v instanceof TypedArrayObject) return new Uint8Array(v.buffer.data.slice(v.byteOffset, v.byteOffset + v.byteLength));
  if (v instanceof DataViewObject) return new Uint8Array(v.buffer.data.slice(v.byteOffset, v.byteOffset + v.byteLength));
  return throwNodeError(realm, NodeMsg.InvalidBufferSource);
}

/** How Node's ERR_INVALID_ARG_TYPE describes the value it got. */
function received(v: Value): string {
  if (v === undefined || v === null) return String(v);
  if (v instanceof JSObject) {
    const name = describeValue(v);
    if (name === '[object Array]') return 'an instance of Array';
    return name.startsWith('#<') ? `an instance of ${name.slice(2, -1)}` : name;
  }
  return `type ${typeof v} (${typeof v === 'string' ? `'${v}'` : String(v)})`;
}

const WHITESPACE = '\t\n\f\r ';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of a string of code units below 256. */
function encodeBase64(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 3) {
    const n = (s.charCodeAt(i) << 16) | ((s.charCodeAt(i + 1) || 0) << 8) | (s.charCodeAt(i + 2) || 0);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
    out += i + 1 < s.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < s.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

/** Decodes unpadded, validated base64 into a string of code units below 256. */
function decodeBase64(s: string): string {
  let out = '';
  let bits = 0;
  let n = 0;
  for (const c of s) {
    n = ((n << 6) | ALPHABET.indexOf(c)) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((n >> bits) & 255);
    }
  }
  return out;
}

/** atob and btoa with Node's checks and DOMException texts. */
function installBase64(realm: Realm): void {
  realm.method(realm.global, 'btoa', 1, function* (_t, args) {
    if (args.length === 0) throwNodeError(realm, NodeMsg.MissingArgs, '"input" argument');
    const s = yield* toString(realm, args[0]);
    for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 255) throwDOMException(realm, DOMMsg.InvalidCharacter);
    return chargeString(encodeBase64(s));
  }, { gen: true });
  realm.method(realm.global, 'atob', 1, function* (_t, args) {
    if (args.length === 0) throwNodeError(realm, NodeMsg.MissingArgs, '"input" argument');
    const s = yield* toString(realm, args[0]);
    const invalid = () => throwDOMException(realm, DOMMsg.InvalidCharacter);
    // Node's checks, in Node's order (lib/buffer.js atob): `=` only at the end, at most two.
    let count = 0;
    let equals = 0;
    for (let n = 0; n < s.length; n++) {
      const c = s[n];
      if (WHITESPACE.includes(c)) continue;
      if (c === '=') equals++;
      else if (!ALPHABET.includes(c) || equals > 0) invalid();
      count++;
      if (equals > 2) invalid();
    }
    let remainder = count % 4;
    if (remainder === 0) remainder = (count - equals) % 4;
    else if (equals > 0) invalid();
    if (remainder === 1) throwDOMException(realm, DOMMsg.NotCorrectlyEncoded);
    const data = s.replace(/[\t\n\f\r =]/g, '');
    return chargeString(decodeBase64(data));
  }, { gen: true });
}
