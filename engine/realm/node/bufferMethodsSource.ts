// Buffer.prototype's methods over bytes and text (toString, write, fill, indexOf, copy, compare,
// slice, inspect), run after bufferSource.ts in the same module body; Node's lib/buffer.js
// argument checks, in the same order. No template literals here: this text is itself one.
export const BUFFER_METHODS_SOURCE = String.raw`
function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return offset !== offset ? 0 : length;
}

function toInteger(n, defaultVal) {
  n = +n;
  if (n === n && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) return n % 1 === 0 ? n : mathFloor(n);
  return defaultVal;
}

function requireBuffer(value, name) {
  if (!isUint8Array(value)) throw argType(name, 'an instance of Buffer or Uint8Array', value);
}

/** Node's bidirectionalIndexOf: the needle as bytes, searched from byteOffset forwards or backwards. */
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) byteOffset = 0x7fffffff;
  else if (byteOffset < -0x80000000) byteOffset = -0x80000000;
  byteOffset = +byteOffset;
  if (byteOffset !== byteOffset) byteOffset = dir ? 0 : buffer.length;
  if (typeof val === 'number') return natives.indexOf(buffer, natives.encode(String.fromCharCode((val >>> 0) & 255), 'latin1'), byteOffset, dir);
  const enc = encoding === undefined ? 'utf8' : (typeof encoding === 'string' ? natives.normalize(encoding) : undefined);
  if (typeof val === 'string') {
    if (enc === undefined) throw internals.nodeError('UnknownEncoding', String(encoding));
    return natives.indexOf(buffer, natives.encode(val, enc), byteOffset, dir);
  }
  if (isUint8Array(val)) return natives.indexOf(buffer, val, byteOffset, dir);
  throw argType('value', 'one of type number or string or an instance of Buffer or Uint8Array', val);
}

/** The bytes a fill value repeats, or -1 when a string gives none (Node's bindingFill). */
function fillBytes(value, encoding) {
  if (typeof value === 'string') return natives.encode(value, natives.normalize(encoding === undefined ? 'utf8' : encoding));
  if (isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  return natives.encode(String.fromCharCode((value >>> 0) & 255), 'latin1');
}

/** Node's _fill: a number, a string in an encoding, or bytes, repeated over offset .. end. */
function fillBuffer(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = encoding === undefined ? 'utf8' : (typeof encoding === 'string' ? natives.normalize(encoding) : undefined);
    if (normalized === undefined) {
      if (typeof encoding !== 'string') throw argType('encoding', 'of type string', encoding);
      throw internals.nodeError('UnknownEncoding', encoding);
    }
    encoding = normalized;
    if (value.length === 0) value = 0;
    else if (value.length === 1 && (encoding === 'latin1' || (encoding === 'utf8' && value.charCodeAt(0) < 128))) value = value.charCodeAt(0);
  } else encoding = undefined;
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (end - offset + offset > buf.byteLength) throw internals.nodeError('BufferOutOfBounds');
    return typedFill.call(buf, value, offset, end);
  }
  const bytes = fillBytes(value, encoding);
  if (bytes.length === 0) throw internals.nodeError('InvalidArgValue', 'value', 'is invalid', internals.inspect(value, {}));
  for (let i = offset, k = 0; i < end; i++, k = (k + 1) % bytes.length) buf[i] = bytes[k];
  return buf;
}

const methods = {
  toString(encoding, start, end) {
    if (arguments.length === 0) return natives.decode(this, 'utf8', 0, this.length);
    const len = this.length;
    if (start <= 0) start = 0;
    else if (start >= len) return '';
    else start = Math.trunc(start) || 0;
    if (end === undefined || end > len) end = len;
    else end = Math.trunc(end) || 0;
    if (end <= start) return '';
    return natives.decode(this, getEncoding(encoding), start, end);
  },
  equals(otherBuffer) {
    requireBuffer(otherBuffer, 'otherBuffer');
    if (this === otherBuffer) return true;
    if (this.byteLength !== otherBuffer.byteLength) return false;
    return this.byteLength === 0 || natives.compare(this, 0, this.length, otherBuffer, 0, otherBuffer.length) === 0;
  },
  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    requireBuffer(target, 'target');
    if (arguments.length === 1) return natives.compare(this, 0, this.length, target, 0, target.length);
    if (targetStart === undefined) targetStart = 0;
    else validateOffset(targetStart, 'targetStart');
    if (targetEnd === undefined) targetEnd = target.length;
    else validateOffset(targetEnd, 'targetEnd', 0, target.length);
    if (sourceStart === undefined) sourceStart = 0;
    else validateOffset(sourceStart, 'sourceStart');
    if (sourceEnd === undefined) sourceEnd = this.length;
    else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
    if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
    if (targetStart >= targetEnd) return 1;
    return natives.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
  },
  copy(target, targetStart, sourceStart, sourceEnd) {
    requireBuffer(this, 'source');
    requireBuffer(target, 'target');
    if (targetStart === undefined) targetStart = 0;
    else {
      targetStart = toInteger(targetStart, 0);
      if (targetStart < 0) throw outOfRange('targetStart', '>= 0', targetStart);
    }
    if (sourceStart === undefined) sourceStart = 0;
    else {
      sourceStart = toInteger(sourceStart, 0);
      if (sourceStart < 0 || sourceStart > this.length) throw outOfRange('sourceStart', '>= 0 && <= ' + this.length, sourceStart);
    }
    if (sourceEnd === undefined) sourceEnd = this.length;
    else {
      sourceEnd = toInteger(sourceEnd, 0);
      if (sourceEnd < 0) throw outOfRange('sourceEnd', '>= 0', sourceEnd);
    }
    if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
    return natives.copy(this, target, targetStart, sourceStart, sourceEnd);
  },
  write(string, offset, length, encoding) {
    if (typeof string !== 'string') throw internals.nodeError('ArgumentNotString');
    if (offset === undefined) return natives.write(this, string, 0, this.length, 'utf8');
    if (length === undefined && typeof offset === 'string') {
      encoding = offset;
      length = this.length;
      offset = 0;
    } else {
      validateOffset(offset, 'offset', 0, this.length);
      const remaining = this.length - offset;
      if (length === undefined) length = remaining;
      else if (typeof length === 'string') {
        encoding = length;
        length = remaining;
      } else {
        validateOffset(length, 'length', 0, this.length);
        if (length > remaining) length = remaining;
      }
    }
    return natives.write(this, string, offset, length, getEncoding(encoding));
  },
  fill(value, offset, end, encoding) { return fillBuffer(this, value, offset, end, encoding); },
  indexOf(val, byteOffset, encoding) { return bidirectionalIndexOf(this, val, byteOffset, encoding, true); },
  lastIndexOf(val, byteOffset, encoding) { return bidirectionalIndexOf(this, val, byteOffset, encoding, false); },
  includes(val, byteOffset, encoding) { return this.indexOf(val, byteOffset, encoding) !== -1; },
  slice(start, end) { return this.subarray(start, end); },
  subarray(start, end) {
    const srcLength = this.length;
    start = adjustOffset(start, srcLength);
    end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
    return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
  },
  toJSON() {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  },
  swap16() { return swap(this, 2); },
  swap32() { return swap(this, 4); },
  swap64() { return swap(this, 8); },
};

function swap(buf, size) {
  if (buf.length % size !== 0) throw internals.nodeError('InvalidBufferSize', size * 8);
  for (let i = 0; i < buf.length; i += size) {
    for (let a = i, b = i + size - 1; a < b; a++, b--) {
      const t = buf[a];
      buf[a] = buf[b];
      buf[b] = t;
    }
  }
  return buf;
}

/** Node's Buffer.prototype[inspect.custom]: '<Buffer 68 69>', then the buffer's own non-index properties. */
function inspect(recurseTimes, ctx) {
  const remaining = this.length - INSPECT_MAX_BYTES;
  let str = natives.decode(this, 'hex', 0, mathMin(INSPECT_MAX_BYTES, this.length)).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
  if (ctx) {
    const keys = (ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this)).filter((k) => !(String(k >>> 0) === k && (k >>> 0) < this.length));
    if (keys.length > 0) {
      const obj = { __proto__: null };
      for (const key of keys) obj[key] = this[key];
      if (this.length !== 0) str += ', ';
      str += internals.inspect(obj, Object.assign({}, ctx, { breakLength: Infinity, compact: true })).slice(27, -2);
    }
  }
  return '<' + this.constructor.name + ' ' + str + '>';
}

for (const name of Object.keys(methods)) {
  Object.defineProperty(Buffer.prototype, name, { value: methods[name], writable: true, enumerable: false, configurable: true });
}
Object.defineProperty(Buffer.prototype, 'toLocaleString', { value: methods.toString, writable: true, configurable: true });
Object.defineProperty(Buffer.prototype, customInspect, { value: inspect, writable: true, configurable: true });
Object.defineProperty(Buffer.prototype, 'inspect', { value: inspect, writable: true, configurable: true });
Object.defineProperty(Buffer.prototype, 'parent', {
  get() { return this instanceof FastBuffer ? this.buffer : undefined; }, enumerable: true, configurable: true,
});
Object.defineProperty(Buffer.prototype, 'offset', {
  get() { return this instanceof FastBuffer ? this.byteOffset : undefined; }, enumerable: true, configurable: true,
});
for (const enc of ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url']) {
  const canonical = natives.normalize(enc);
  Object.defineProperty(Buffer.prototype, enc + 'Slice', {
    value: function (start = 0, end = this.length) { return natives.decode(this, canonical, start, end); }, writable: true, configurable: true,
  });
  Object.defineProperty(Buffer.prototype, enc + 'Write', {
    value: function (string, offset = 0, length = this.length - offset) { return natives.write(this, string, offset, length, canonical); }, writable: true, configurable: true,
  });
}
`;
