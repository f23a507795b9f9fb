// The byte encodings of Node's Buffer (utf8, utf16le, latin1, ascii, hex, base64, base64url) as
// plain functions between host strings and host bytes, with Node's leniencies: hex stops at the
// first bad pair, base64 skips what is not in its alphabet, utf8 decodes bad bytes to U+FFFD.
// It knows nothing of realms: buffer.ts makes JS values of what these return.

/** The encodings Node names, as its normalizeEncoding spells them. */
export type Encoding = 'utf8' | 'utf16le' | 'latin1' | 'ascii' | 'hex' | 'base64' | 'base64url';

const ALIASES: Readonly<Record<string, Encoding>> = {
  utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
  latin1: 'latin1', binary: 'latin1', ascii: 'ascii', hex: 'hex', base64: 'base64', base64url: 'base64url',
};

/** Node's normalizeEncoding: the canonical name, or undefined for a name Node does not know. */
export function normalizeEncoding(name: string): Encoding | undefined {
  return ALIASES[name.toLowerCase()];
}

const HEX_DIGITS = '0123456789abcdef';
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Each character's six bits; Node's decoder takes both alphabets in both encodings. */
const B64_VALUES = new Map<string, number>([...B64].map((c, i) => [c, i] as [string, number]).concat([['-', 62], ['_', 63]]));

/** The bytes `s` stands for in `enc`. */
export function encode(s: string, enc: Encoding): Uint8Array {
  switch (enc) {
    case 'utf8': return new TextEncoder().encode(s);
    case 'utf16le': {
      const out = new Uint8Array(s.length * 2);
      for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        out[2 * i] = c & 0xff;
        out[2 * i + 1] = c >> 8;
      }
      return out;
    }
    // Node writes 'ascii' as latin1 does: each code unit's low byte.
    case 'latin1': case 'ascii': {
      const out = new Uint8Array(s.length);
      for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
      return out;
    }
    case 'hex': return hexBytes(s);
    case 'base64': case 'base64url': return base64Bytes(s);
  }
}

function hexBytes(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i + 1 < s.length; i += 2) {
    const hi = parseHexDigit(s[i]);
    const lo = parseHexDigit(s[i + 1]);
    if (hi < 0 || lo < 0) break;
    out.push(hi * 16 + lo);
  }
  return Uint8Array.from(out);
}

function parseHexDigit(c: string): number {
  return HEX_DIGITS.indexOf(c.toLowerCase());
}

function base64Bytes(s: string): Uint8Array {
  const out: number[] = [];
  let bits = 0;
  let count = 0;
  for (const c of s) {
    if (c === '=') break;
    const v = B64_VALUES.get(c);
    if (v === undefined) continue;
    bits = (bits << 6) | v;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out.push((bits >> count) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

/** Buffer.byteLength of a string: the exact count, but for base64 Node's estimate from the length. */
export function byteLength(s: string, enc: Encoding): number {
  switch (enc) {
    case 'utf8': return new TextEncoder().encode(s).length;
    case 'utf16le': return s.length * 2;
    case 'latin1': case 'ascii': return s.length;
    case 'hex': return s.length >>> 1;
    case 'base64': case 'base64url': {
      let n = s.length;
      if (n > 0 && s[n - 1] === '=') n--;
      if (n > 1 && s[n - 1] === '=') n--;
      return (n * 3) >>> 2;
    }
  }
}

/** The text `bytes` make in `enc`. */
export function decode(bytes: Uint8Array, enc: Encoding): string {
  switch (enc) {
    // Node keeps a leading byte-order mark.
    case 'utf8': return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    case 'utf16le': {
      let s = '';
      for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
      return s;
    }
    case 'latin1': return fromCodes(bytes, 0xff);
    case 'ascii': return fromCodes(bytes, 0x7f);
    case 'hex': {
      let s = '';
      for (const b of bytes) s += HEX_DIGITS[b >> 4] + HEX_DIGITS[b & 15];
      return s;
    }
    case 'base64': return base64Text(bytes, B64, true);
    case 'base64url': return base64Text(bytes, B64URL, false);
  }
}

function fromCodes(bytes: Uint8Array, mask: number): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    s += String.fromCharCode(...Array.from(bytes.subarray(i, i + 8192), (b) => b & mask));
  }
  return s;
}

function base64Text(bytes: Uint8Array, alphabet: string, pad: boolean): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < 4; k++) {
      if (k < chars) s += alphabet[(n >> (18 - 6 * k)) & 63];
      else if (pad) s += '=';
    }
  }
  return s;
}

/**
 * How many of `bytes` (the encoding of a string in `enc`) fit in `room` bytes without
 * splitting a character, as Node's buf.write stores only whole characters.
 */
export function wholeCharacters(bytes: Uint8Array, enc: Encoding, room: number): number {
  if (bytes.length <= room) return bytes.length;
  if (enc === 'utf16le') return room & ~1;
  if (enc !== 'utf8') return room;
  let n = room;
  // Back up to the start of the character that crosses the limit (continuation bytes are 10xxxxxx).
  while (n > 0 && (bytes[n] & 0xc0) === 0x80) n--;
  return n;
}
