// Buffer.prototype's number readers and writers (readUInt8 ... writeBigInt64BE), with Node's
// bounds and range errors; run after bufferSource.ts in the same module body. Floats go
// through a scratch Float32Array/Float64Array, as Node's lib/internal/buffer.js does.
export const BUFFER_NUMBERS_SOURCE = String.raw`
function boundsError(value, length, type) {
  if (mathFloor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw outOfRange(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw internals.nodeError('BufferOutOfBounds');
  throw outOfRange(type || 'offset', '>= ' + (type ? 1 : 0) + ' and <= ' + length, value);
}

/** The offset is a number and the bytes offset .. offset+size-1 are inside the buffer. */
function checkBounds(buf, offset, size) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) boundsError(offset, buf.length - size);
}

/** Node's checkInt: the value's range (with Node's text for wide ones), then the bounds. */
function checkInt(value, min, max, buf, offset, size) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (size > 4) {
      const bits = size * 8;
      range = min === 0 || min === 0n ? '>= 0' + n + ' and < 2' + n + ' ** ' + bits + n
        : '>= -(2' + n + ' ** ' + (bits - 1) + n + ') and < 2' + n + ' ** ' + (bits - 1) + n;
    } else range = '>= ' + min + n + ' and <= ' + max + n;
    throw outOfRange('value', range, value);
  }
  checkBounds(buf, offset, size);
}

function checkByteLength(byteLength) {
  if (byteLength === undefined) throw argType('byteLength', 'of type number', byteLength);
  if (typeof byteLength !== 'number' || byteLength < 1 || byteLength > 6 || mathFloor(byteLength) !== byteLength) boundsError(byteLength, 6, 'byteLength');
}

function readUnsigned(buf, offset, size, little) {
  checkBounds(buf, offset, size);
  let v = 0;
  for (let i = 0; i < size; i++) v = v * 256 + buf[offset + (little ? size - 1 - i : i)];
  return v;
}

function readSigned(buf, offset, size, little) {
  const u = readUnsigned(buf, offset, size, little);
  const half = 2 ** (size * 8 - 1);
  return u >= half ? u - half * 2 : u;
}

function writeInteger(buf, value, offset, size, little, signed) {
  value = +value;
  const bits = size * 8;
  const min = signed ? -(2 ** (bits - 1)) : 0;
  const max = signed ? 2 ** (bits - 1) - 1 : 2 ** bits - 1;
  if (size === 1) validateNumber(offset, 'offset');
  checkInt(value, min, max, buf, offset, size);
  let v = Math.trunc(value);
  if (v < 0) v += 2 ** bits;
  for (let i = 0; i < size; i++) {
    const byte = v % 256;
    v = (v - byte) / 256;
    buf[offset + (little ? i : size - 1 - i)] = byte;
  }
  return offset + size;
}

const float32 = new Float32Array(1);
const float64 = new Float64Array(1);
const float32Bytes = new Uint8Array(float32.buffer);
const float64Bytes = new Uint8Array(float64.buffer);

function readFloat(buf, offset, little, array, bytes) {
  checkBounds(buf, offset, bytes.length);
  for (let i = 0; i < bytes.length; i++) bytes[i] = buf[offset + (little ? i : bytes.length - 1 - i)];
  return array[0];
}

function writeFloat(buf, value, offset, little, array, bytes) {
  value = +value;
  checkBounds(buf, offset, bytes.length);
  array[0] = value;
  for (let i = 0; i < bytes.length; i++) buf[offset + (little ? i : bytes.length - 1 - i)] = bytes[i];
  return offset + bytes.length;
}

function readBig(buf, offset, little, signed) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 7] === undefined) boundsError(offset, buf.length - 8);
  let v = 0n;
  for (let i = 0; i < 8; i++) v = v * 256n + BigInt(buf[offset + (little ? 7 - i : i)]);
  return signed ? BigInt.asIntN(64, v) : v;
}

function writeBig(buf, value, offset, little, signed) {
  checkInt(value, signed ? -(2n ** 63n) : 0n, signed ? 2n ** 63n - 1n : 2n ** 64n - 1n, buf, offset, 8);
  let v = BigInt.asUintN(64, value);
  for (let i = 0; i < 8; i++) {
    buf[offset + (little ? i : 7 - i)] = Number(v & 255n);
    v >>= 8n;
  }
  return offset + 8;
}

const numberMethods = {};
for (const [size, name] of [[1, '8'], [2, '16'], [4, '32']]) {
  for (const end of size === 1 ? [''] : ['LE', 'BE']) {
    const little = end === 'LE';
    numberMethods['readUInt' + name + end] = function (offset = 0) { return readUnsigned(this, offset, size, little); };
    numberMethods['readInt' + name + end] = function (offset = 0) { return readSigned(this, offset, size, little); };
    numberMethods['writeUInt' + name + end] = function (value, offset = 0) { return writeInteger(this, value, offset, size, little, false); };
    numberMethods['writeInt' + name + end] = function (value, offset = 0) { return writeInteger(this, value, offset, size, little, true); };
  }
}
for (const end of ['LE', 'BE']) {
  const little = end === 'LE';
  const offsetGiven = (offset) => {
    if (offset === undefined) throw argType('offset', 'of type number', offset);
  };
  numberMethods['readUInt' + end] = function (offset, byteLength) {
    offsetGiven(offset);
    checkByteLength(byteLength);
    return readUnsigned(this, offset, byteLength, little);
  };
  numberMethods['readInt' + end] = function (offset, byteLength) {
    offsetGiven(offset);
    checkByteLength(byteLength);
    return readSigned(this, offset, byteLength, little);
  };
  numberMethods['writeUInt' + end] = function (value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInteger(this, value, offset, byteLength, little, false);
  };
  numberMethods['writeInt' + end] = function (value, offset, byteLength) {
    checkByteLength(byteLength);
    return writeInteger(this, value, offset, byteLength, little, true);
  };
  numberMethods['readFloat' + end] = function (offset = 0) { return readFloat(this, offset, little, float32, float32Bytes); };
  numberMethods['readDouble' + end] = function (offset = 0) { return readFloat(this, offset, little, float64, float64Bytes); };
  numberMethods['writeFloat' + end] = function (value, offset = 0) { return writeFloat(this, value, offset, little, float32, float32Bytes); };
  numberMethods['writeDouble' + end] = function (value, offset = 0) { return writeFloat(this, value, offset, little, float64, float64Bytes); };
  numberMethods['readBigUInt64' + end] = function (offset = 0) { return readBig(this, offset, little, false); };
  numberMethods['readBigInt64' + end] = function (offset = 0) { return readBig(this, offset, little, true); };
  numberMethods['writeBigUInt64' + end] = function (value, offset = 0) { return writeBig(this, value, offset, little, false); };
  numberMethods['writeBigInt64' + end] = function (value, offset = 0) { return writeBig(this, value, offset, little, true); };
}
for (const name of Object.keys(numberMethods)) {
  const fn = numberMethods[name];
  Object.defineProperty(fn, 'name', { value: name });
  Object.defineProperty(Buffer.prototype, name, { value: fn, writable: true, configurable: true });
  // Node's lower-case aliases: readUint8 is readUInt8.
  if (name.includes('UInt')) Object.defineProperty(Buffer.prototype, name.replace('UInt', 'Uint'), { value: fn, writable: true, configurable: true });
}
`;
