// The JavaScript shared by the `stream` core module's parts (compiled in the realm by
// stream.ts): the nextTick the streams defer through (taken once, so a program that replaces
// process.nextTick does not change the order), highWaterMark, chunks and encodings, Node's
// stream predicates (lib/internal/streams/utils.js) and destroy/construct (destroy.js), in the
// order Node runs them. `internals` makes Node's coded errors; `natives` the engine's bridge.
export const STREAM_STATE_SOURCE = String.raw`
const EventEmitter = natives.EventEmitter;
const nextTick = process.nextTick;
const Uint8ArrayCtor = Uint8Array;
const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');
const kIsDestroyed = Symbol('kIsDestroyed');
const kOnFinished = Symbol('kOnFinished');
const kPaused = Symbol('kPaused');
const kIoDone = Symbol('kIoDone');
function nop() {}

function err(key, ...args) { return internals.nodeError(key, ...args); }

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// Program-wide defaults, as Node keeps them: stream.setDefaultHighWaterMark changes streams made after it.
let defaultHighWaterMarkBytes = 16 * 1024;
let defaultHighWaterMarkObjectMode = 16;
function getDefaultHighWaterMark(objectMode) { return objectMode ? defaultHighWaterMarkObjectMode : defaultHighWaterMarkBytes; }
// ERR_OUT_OF_RANGE's "Received": integers past 2**32 with Node's digit separators.
function rangeReceived(value) {
  if (!Number.isInteger(value) || Math.abs(value) <= 2 ** 32) return internals.inspect(value);
  const digits = String(Math.abs(value));
  let out = '';
  for (let i = digits.length; i > 0; i -= 3) out = (i > 3 ? '_' : '') + digits.slice(Math.max(0, i - 3), i) + out;
  return (value < 0 ? '-' : '') + out;
}
function setDefaultHighWaterMark(objectMode, value) {
  if (typeof value !== 'number') throw err('InvalidArgType', 'value', 'of type number', internals.received(value));
  if (!Number.isInteger(value)) throw err('OutOfRange', 'value', 'an integer', rangeReceived(value));
  if (value < 0 || value > Number.MAX_SAFE_INTEGER) throw err('OutOfRange', 'value', '>= 0 && <= 9007199254740991', rangeReceived(value));
  if (objectMode) defaultHighWaterMarkObjectMode = value;
  else defaultHighWaterMarkBytes = value;
}

function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark != null ? options.highWaterMark : isDuplex ? options[duplexKey] : null;
  let name = 'highWaterMark';
  if (hwm == null && isDuplex && options[duplexKey] != null) { hwm = options[duplexKey]; name = duplexKey; }
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      throw err('InvalidPropertyValue', isDuplex ? 'options.' + name : 'options.highWaterMark', 'is invalid', internals.inspect(hwm));
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

// The buffer module's Buffer, loaded with the first chunk that needs it.
let BufferCtor = null;
function bufferCtor() {
  if (BufferCtor === null) BufferCtor = natives.Buffer();
  return BufferCtor;
}
function isBuffer(chunk) { return chunk instanceof Uint8ArrayCtor && bufferCtor().isBuffer(chunk); }
function toBuffer(chunk, encoding) { return bufferCtor().from(chunk, encoding); }
function isUint8Array(chunk) { return chunk instanceof Uint8ArrayCtor; }
function uint8ArrayToBuffer(chunk) { return bufferCtor().from(chunk.buffer, chunk.byteOffset, chunk.byteLength); }

const ENCODINGS = { utf8: 'utf8', 'utf-8': 'utf8', ucs2: 'utf16le', 'ucs-2': 'utf16le', utf16le: 'utf16le', 'utf-16le': 'utf16le',
  latin1: 'latin1', binary: 'latin1', base64: 'base64', base64url: 'base64url', hex: 'hex', ascii: 'ascii' };
function normalizeEncoding(enc) {
  if (enc === undefined || enc === null || enc === '') return 'utf8';
  return ENCODINGS[String(enc).toLowerCase()];
}
function isEncoding(enc) { return bufferCtor().isEncoding(enc); }

function chunkLength(state, chunk) { return state.objectMode ? 1 : chunk.length; }

// Node's predicates over anything stream-like (lib/internal/streams/utils.js).
function isReadableNodeStream(obj, strict = false) {
  return !!(obj && typeof obj.pipe === 'function' && typeof obj.on === 'function' &&
    (!strict || (typeof obj.pause === 'function' && typeof obj.resume === 'function')) &&
    (!obj._writableState || obj._readableState?.readable !== false) &&
    (!obj._writableState || obj._readableState));
}
function isWritableNodeStream(obj) {
  return !!(obj && typeof obj.write === 'function' && typeof obj.on === 'function' &&
    (!obj._readableState || obj._writableState?.writable !== false));
}
function isNodeStream(obj) {
  return !!(obj && (obj._readableState || obj._writableState ||
    (typeof obj.write === 'function' && typeof obj.on === 'function') ||
    (typeof obj.pipe === 'function' && typeof obj.on === 'function')));
}
function isIterable(obj, isAsync) {
  if (obj == null) return false;
  if (isAsync === true) return typeof obj[Symbol.asyncIterator] === 'function';
  if (isAsync === false) return typeof obj[Symbol.iterator] === 'function';
  return typeof obj[Symbol.asyncIterator] === 'function' || typeof obj[Symbol.iterator] === 'function';
}
function isDestroyed(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(stream.destroyed || stream[kIsDestroyed] || state?.destroyed);
}
function isWritableEnded(stream) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableEnded === true) return true;
  const wState = stream._writableState;
  if (wState?.errored) return false;
  if (typeof wState?.ended !== 'boolean') return null;
  return wState.ended;
}
function isWritableFinished(stream, strict) {
  if (!isWritableNodeStream(stream)) return null;
  if (stream.writableFinished === true) return true;
  const wState = stream._writableState;
  if (wState?.errored) return false;
  if (typeof wState?.finished !== 'boolean') return null;
  return !!(wState.finished || (strict === false && wState.ended === true && wState.length === 0));
}
function isReadableFinished(stream, strict) {
  if (!isReadableNodeStream(stream)) return null;
  const rState = stream._readableState;
  if (rState?.errored) return false;
  if (typeof rState?.endEmitted !== 'boolean') return null;
  return !!(rState.endEmitted || (strict === false && rState.ended === true && rState.length === 0));
}
function isReadable(stream) {
  if (typeof stream?.readable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isReadableNodeStream(stream) && stream.readable && !isReadableFinished(stream);
}
function isWritable(stream) {
  if (typeof stream?.writable !== 'boolean') return null;
  if (isDestroyed(stream)) return false;
  return isWritableNodeStream(stream) && stream.writable && !isWritableEnded(stream);
}
function isFinished(stream, opts) {
  if (!isNodeStream(stream)) return null;
  if (isDestroyed(stream)) return true;
  if (opts?.readable !== false && isReadable(stream)) return false;
  if (opts?.writable !== false && isWritable(stream)) return false;
  return true;
}
function isWritableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.writableErrored) return stream.writableErrored;
  return stream._writableState?.errored ?? null;
}
function isReadableErrored(stream) {
  if (!isNodeStream(stream)) return null;
  if (stream.readableErrored) return stream.readableErrored;
  return stream._readableState?.errored ?? null;
}
function isClosed(stream) {
  if (!isNodeStream(stream)) return null;
  const wState = stream._writableState;
  const rState = stream._readableState;
  if (typeof wState?.closed === 'boolean' || typeof rState?.closed === 'boolean') return wState?.closed || rState?.closed;
  return null;
}
function willEmitClose(stream) {
  if (!isNodeStream(stream)) return null;
  const state = stream._writableState || stream._readableState;
  return !!(state && state.autoDestroy && state.emitClose && state.closed === false);
}
`;
