// The JavaScript part of the `buffer` core module (compiled in the realm by jsModule.ts), as
// Node's lib/buffer.js has it: Buffer is a Uint8Array subclass (FastBuffer) whose statics and
// methods check their arguments as Node does. Bytes <-> text goes through `natives` (buffer.ts);
// the numeric read/write methods come from bufferNumbersSource.ts. No template literals here:
// this text is itself one.
import { RECEIVED_SOURCE } from './receivedSource';

export const BUFFER_SOURCE = String.raw`
const kMaxLength = 4294967296;
const nextTick = process.nextTick;
const INSPECT_MAX_BYTES = 50;
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const { isInteger } = Number;
const { min: mathMin, max: mathMax, floor: mathFloor } = Math;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const isView = ArrayBuffer.isView;
const typedFill = Uint8Array.prototype.fill;
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;

class FastBuffer extends Uint8Array {
  constructor(bufferOrLength, byteOffset, length) { super(bufferOrLength, byteOffset, length); }
}

function isUint8Array(v) { return typedArrayTag.call(v) === 'Uint8Array'; }
function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer);
}

${RECEIVED_SOURCE}
/** ERR_OUT_OF_RANGE's Received: big integers with underscores, as Node's addNumericalSeparator. */
function receivedRange(v) {
  const separated = (s) => {
    let res = '';
    let i = s.length;
    const start = s[0] === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) res = '_' + s.slice(i - 3, i) + res;
    return s.slice(0, i) + res;
  };
  if (typeof v === 'number' && isInteger(v) && Math.abs(v) > 2 ** 32) return separated(String(v));
  if (typeof v === 'bigint') {
    const s = String(v);
    return (v > 2n ** 32n || v < -(2n ** 32n) ? separated(s) : s) + 'n';
  }
  return internals.inspect(v, {});
}

function argType(name, expected, value) {
  return internals.nodeError(name.endsWith(' argument') ? 'InvalidWordedArgType' : 'InvalidArgType', name, expected, received(value));
}
function outOfRange(name, range, value) { return internals.nodeError('OutOfRange', name, range, receivedRange(value)); }

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw argType(name, 'of type number', value);
  if ((min != null && value < min) || (max != null && value > max) || ((min != null || max != null) && value !== value)) {
    throw outOfRange(name, (min != null ? '>= ' + min : '') + (min != null && max != null ? ' && ' : '') + (max != null ? '<= ' + max : ''), value);
  }
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw argType(name, 'of type number', value);
  if (!isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}

/** The canonical name of an encoding argument, undefined meaning utf8; Node's error for others. */
function getEncoding(encoding) {
  if (encoding === undefined || encoding === null || encoding === '') return 'utf8';
  const enc = typeof encoding === 'string' ? natives.normalize(encoding) : undefined;
  if (enc === undefined) throw internals.nodeError('UnknownEncoding', String(encoding));
  return enc;
}

function fromBytes(u8) { return new FastBuffer(u8.buffer, u8.byteOffset, u8.length); }

function fromString(string, encoding) {
  return fromBytes(natives.encode(string, getEncoding(encoding)));
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) byteOffset = 0;
  else {
    byteOffset = +byteOffset;
    if (byteOffset !== byteOffset) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw internals.nodeError('BufferOutOfBoundsNamed', 'offset');
  if (length === undefined) length = maxLength;
  else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw internals.nodeError('BufferOutOfBoundsNamed', 'length');
    } else length = 0;
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  const length = obj.length >>> 0;
  const b = new FastBuffer(length);
  for (let i = 0; i < length; i++) b[i] = obj[i];
  return b;
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer(0);
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

const FROM_EXPECTED = 'of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object';

/** Buffer(arg, encodingOrOffset, length): Node's deprecated constructor, with its warning once. */
let warnedDeprecation = false;
function Buffer(arg, encodingOrOffset, length) {
  if (!warnedDeprecation) {
    warnedDeprecation = true;
    nextTick(internals.emitWarning, 'DeprecationWarning', 'Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DEP0005');
  }
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw argType('string', 'of type string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Object.defineProperty(Buffer, 'name', { value: 'Buffer' });
FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
natives.markPrototype(Buffer.prototype);
// map, filter and the rest make Buffers, not Uint8Arrays (nor calls of the deprecated Buffer()).
Object.defineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });

const statics = {
  from(value, encodingOrOffset, length) {
    if (typeof value === 'string') return fromString(value, encodingOrOffset);
    if (typeof value === 'object' && value !== null) {
      if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
      const valueOf = value.valueOf && value.valueOf();
      if (valueOf != null && valueOf !== value && (typeof valueOf === 'string' || typeof valueOf === 'object')) {
        return statics.from(valueOf, encodingOrOffset, length);
      }
      const b = fromObject(value);
      if (b) return b;
      if (typeof value[Symbol.toPrimitive] === 'function') {
        const primitive = value[Symbol.toPrimitive]('string');
        if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
      }
    }
    throw argType('first argument', FROM_EXPECTED, value);
  },
  alloc(size, fill, encoding) {
    validateNumber(size, 'size', 0, kMaxLength);
    const b = new FastBuffer(size);
    if (fill !== undefined && fill !== 0 && size > 0) return fillBuffer(b, fill, 0, b.length, encoding);
    return b;
  },
  allocUnsafe(size) {
    validateNumber(size, 'size', 0, kMaxLength);
    return new FastBuffer(size);
  },
  allocUnsafeSlow(size) {
    validateNumber(size, 'size', 0, kMaxLength);
    return new FastBuffer(size);
  },
  isBuffer(b) { return b instanceof Buffer; },
  isEncoding(encoding) {
    return typeof encoding === 'string' && encoding.length !== 0 && natives.normalize(encoding) !== undefined;
  },
  byteLength(string, encoding) {
    if (typeof string !== 'string') {
      if (isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
      throw argType('string', 'of type string or an instance of Buffer or ArrayBuffer', string);
    }
    const enc = encoding === undefined || encoding === null ? 'utf8' : natives.normalize(String(encoding));
    return natives.byteLength(string, enc === undefined ? 'utf8' : enc);
  },
  compare(buf1, buf2) {
    if (!isUint8Array(buf1)) throw argType('buf1', 'an instance of Buffer or Uint8Array', buf1);
    if (!isUint8Array(buf2)) throw argType('buf2', 'an instance of Buffer or Uint8Array', buf2);
    if (buf1 === buf2) return 0;
    return natives.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
  },
  concat(list, length) {
    if (!Array.isArray(list)) throw argType('list', 'an instance of Array', list);
    if (list.length === 0) return new FastBuffer(0);
    if (length === undefined) {
      length = 0;
      for (let i = 0; i < list.length; i++) {
        if (list[i].length) length += list[i].length;
      }
    } else validateOffset(length, 'length');
    const buffer = Buffer.allocUnsafe(length);
    let pos = 0;
    for (let i = 0; i < list.length; i++) {
      const buf = list[i];
      if (!isUint8Array(buf)) throw argType('list[' + i + ']', 'an instance of Buffer or Uint8Array', list[i]);
      pos += natives.copy(buf, buffer, pos, 0, buf.length);
    }
    buffer.fill(0, pos, length);
    return buffer;
  },
  copyBytesFrom(view, offset = 0, length) {
    if (!isView(view) || view instanceof DataView) throw argType('view', 'an instance of TypedArray', view);
    const per = view.BYTES_PER_ELEMENT;
    const end = length === undefined ? view.length : mathMin(view.length, offset + length);
    if (offset >= end) return new FastBuffer(0);
    return fromBytes(new Uint8Array(view.buffer.slice(view.byteOffset + offset * per, view.byteOffset + end * per)));
  },
};
for (const name of Object.keys(statics)) {
  Object.defineProperty(Buffer, name, { value: statics[name], writable: true, enumerable: true, configurable: true });
}
Buffer.poolSize = 8192;
Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};
`;
