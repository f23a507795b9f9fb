// The JavaScript part of fs's file descriptors (compiled in the realm as node:fs): open, close,
// read, write, fstat, ftruncate, fsync in callback and Sync forms, and fs.promises.open's
// FileHandle (fsFileHandleSource.ts), with Node's argument juggling and checks (lib/fs.js, lib/internal/fs/promises.js).
// The work is the natives' (fsDescriptors.ts). No template literals here: this text is itself one.
import { RECEIVED_SOURCE } from './receivedSource';

export const FS_DESCRIPTORS_SOURCE = String.raw`
const { isView } = ArrayBuffer;
const NodePromise = Promise;
const nextTick = process.nextTick;

${RECEIVED_SOURCE}
const argType = (name, expected, value) => internals.nodeError('InvalidArgType', name, expected, received(value));
const outOfRange = (name, range, value) => internals.nodeError('OutOfRange', name, range, internals.inspect(value, {}));

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw argType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
}
function getValidatedFd(fd) {
  if (Object.is(fd, -0)) return 0;
  validateInteger(fd, 'fd', 0, 2147483647);
  return fd;
}
function validateFunction(value, name) {
  if (typeof value !== 'function') throw argType(name, 'of type function', value);
}
function validateBuffer(buffer) {
  if (!isView(buffer)) throw argType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
}
function validateObjectOrNull(value, name) {
  if (value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value))) throw argType(name, 'of type object', value);
}
function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw outOfRange('offset', '>= 0', offset);
  if (length < 0) throw outOfRange('length', '>= 0', length);
  if (offset + length > bufferLength) throw outOfRange('length', '<= ' + (bufferLength - offset), length);
}
function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw outOfRange('offset', '<= ' + byteLength, offset);
  if (length > byteLength - offset) throw outOfRange('length', '<= ' + (byteLength - offset), length);
  if (length < 0) throw outOfRange('length', '>= 0', length);
  validateInteger(length, 'length', 0, 2147483647);
}
function validatePosition(position) {
  if (typeof position === 'number') validateInteger(position, 'position', -1);
  else if (typeof position !== 'bigint') throw argType('position', 'of type number or bigint', position);
}
const positionOf = (position) => (position == null || position === -1 ? null : Number(position));
function validateStringData(buffer) {
  if (typeof buffer !== 'string') throw argType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
}

/** A callback form: the work now, its result (or error) to the callback in the poll phase. */
function complete(label, callback, work) {
  let args;
  try {
    args = [null].concat(work());
  } catch (err) {
    args = [err];
  }
  natives.io(label, callback, args);
}

/** A promise form: settles in the poll phase with the work's result, or its error. */
function later(label, work) {
  return new NodePromise((resolve, reject) => {
    let value;
    try {
      value = work();
    } catch (err) {
      natives.io(label, reject, [err]);
      return;
    }
    natives.io(label, resolve, [value]);
  });
}

/** readSync's and read's arguments after the fd, as Node reads them; undefined length 0. */
function readArgs(buffer, offset, length, position) {
  validateBuffer(buffer);
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return undefined;
  if (buffer.byteLength === 0) throw internals.nodeError('InvalidArgValue', 'buffer', 'is empty and cannot be written', internals.inspect(buffer, {}));
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position != null) validatePosition(position);
  return [offset, length, positionOf(position)];
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) validateObjectOrNull(offsetOrOptions, 'options');
    const o = offsetOrOptions == null ? {} : offsetOrOptions;
    offset = o.offset === undefined ? 0 : o.offset;
    length = o.length === undefined ? buffer.byteLength - offset : o.length;
    position = o.position === undefined ? null : o.position;
  }
  const a = readArgs(buffer, offset, length, position);
  return a === undefined ? 0 : natives.read(fd, buffer, a[0], a[1], a[2], 'readSync');
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      validateObjectOrNull(offsetOrOptions, 'options');
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      if (!isView(buffer)) {
        params = buffer;
        buffer = params && params.buffer !== undefined ? params.buffer : Buffer.alloc(16384);
      }
      callback = offsetOrOptions;
    } else {
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    const o = params == null ? {} : params;
    offset = o.offset === undefined ? 0 : o.offset;
    length = o.length === undefined ? (buffer ? buffer.byteLength : 0) - offset : o.length;
    position = o.position === undefined ? null : o.position;
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  const a = readArgs(buffer, offset, length, position);
  if (a === undefined) {
    nextTick(callback, null, 0, buffer);
    return;
  }
  complete('fs.read', callback, () => [natives.read(fd, buffer, a[0], a[1], a[2], 'read'), buffer]);
}

/** What write and writeSync write: a view's bytes (offset, length) or a string's, and where. */
function writeArgs(buffer, offsetOrOptions, length, position) {
  let offset = offsetOrOptions;
  if (isView(buffer)) {
    if (typeof offset === 'object' && offset !== null) {
      length = offset.length === undefined ? buffer.byteLength - (offset.offset || 0) : offset.length;
      position = offset.position === undefined ? null : offset.position;
      offset = offset.offset === undefined ? 0 : offset.offset;
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return [buffer, offset, length, positionOf(position)];
  }
  validateStringData(buffer);
  // write(fd, string[, position[, encoding]]).
  const bytes = Buffer.from(buffer, typeof length === 'string' ? length : 'utf8');
  return [bytes, 0, bytes.length, positionOf(typeof offset === 'number' ? offset : null)];
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  const a = writeArgs(buffer, offsetOrOptions, length, position);
  return natives.write(fd, a[0], a[1], a[2], a[3], 'writeSync');
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  if (isView(buffer)) callback = callback || position || length || offsetOrOptions;
  else if (typeof position !== 'function') {
    callback = typeof offsetOrOptions === 'function' ? offsetOrOptions : typeof length === 'function' ? length : position;
  } else callback = position;
  validateFunction(callback, 'cb');
  const args = [buffer, offsetOrOptions, length, position].map((v) => (typeof v === 'function' ? undefined : v));
  const a = writeArgs(args[0], args[1], args[2], args[3]);
  complete('fs.write', callback, () => [natives.write(fd, a[0], a[1], a[2], a[3], 'write'), buffer]);
}

function openSync(path, flags = 'r', mode) {
  return natives.open(path, flags == null ? 'r' : flags, 'openSync');
}
function open(path, flags, mode, callback) {
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
  } else if (typeof mode === 'function') callback = mode;
  validateFunction(callback, 'cb');
  const given = flags == null ? 'r' : flags;
  complete('fs.open ' + path, callback, () => [natives.open(path, given, 'open')]);
}

function close(fd, callback = (err) => { if (err) throw err; }) {
  fd = getValidatedFd(fd);
  validateFunction(callback, 'cb');
  complete('fs.close', callback, () => { natives.close(fd, 'close'); return []; });
}
function closeSync(fd) {
  natives.close(getValidatedFd(fd), 'closeSync');
}

function fstat(fd, options, callback) {
  if (typeof options === 'function') callback = options;
  fd = getValidatedFd(fd);
  validateFunction(callback, 'cb');
  complete('fs.fstat', callback, () => [natives.fstat(fd, 'fstat')]);
}
function fstatSync(fd) {
  return natives.fstat(getValidatedFd(fd), 'fstatSync');
}

function truncateLength(len) {
  validateInteger(len, 'len');
  return Math.max(0, len);
}
function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  len = truncateLength(len);
  validateFunction(callback, 'cb');
  complete('fs.ftruncate', callback, () => { natives.ftruncate(fd, len, 'ftruncate'); return []; });
}
function ftruncateSync(fd, len = 0) {
  natives.ftruncate(getValidatedFd(fd), truncateLength(len), 'ftruncateSync');
}

function fsyncForm(name) {
  const form = function (fd, callback) {
    fd = getValidatedFd(fd);
    validateFunction(callback, 'cb');
    complete('fs.' + name, callback, () => { natives.fsync(fd, name); return []; });
  };
  Object.defineProperty(form, 'name', { value: name });
  return form;
}
function fsyncSyncForm(name) {
  const form = function (fd) { natives.fsync(getValidatedFd(fd), name); };
  Object.defineProperty(form, 'name', { value: name });
  return form;
}

const encodingOption = (options) => (typeof options === 'string' ? options : options && typeof options === 'object' ? options.encoding : undefined);

/** All bytes from an fd's position to its end, as readFile of an fd reads (and FileHandle.readFile). */
function readRest(fd, caller) {
  const chunks = [];
  for (;;) {
    const chunk = Buffer.alloc(16384);
    const n = natives.read(fd, chunk, 0, chunk.length, null, caller);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks);
}

/** writeFile's data as bytes: a string in its encoding, or a view's bytes. */
function dataBytes(data, options) {
  if (typeof data === 'string') return Buffer.from(data, encodingOption(options) || 'utf8');
  if (!isView(data)) throw argType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}

/** readFile, writeFile and appendFile given an fd instead of a path: from and at the fd's position. */
function readFileSyncFd(fd, options) {
  const all = readRest(getValidatedFd(fd), 'read');
  const encoding = encodingOption(options);
  return encoding == null ? all : all.toString(encoding);
}
function readFileFd(fd, options, callback) {
  if (typeof options === 'function') callback = options;
  validateFunction(callback, 'cb');
  complete('fs.readFile', callback, () => [readFileSyncFd(fd, typeof options === 'function' ? undefined : options)]);
}
function writeFileSyncFd(fd, data, options) {
  fd = getValidatedFd(fd);
  const bytes = dataBytes(data, options);
  natives.write(fd, bytes, 0, bytes.length, null, 'write');
}
function writeFileFd(fd, data, options, callback) {
  if (typeof options === 'function') callback = options;
  validateFunction(callback, 'cb');
  complete('fs.writeFile', callback, () => { writeFileSyncFd(fd, data, typeof options === 'function' ? undefined : options); return []; });
}

`;
