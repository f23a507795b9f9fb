// Blob and File of the `buffer` core module, as Node 20's lib/internal/blob.js and file.js
// have them, in JS run with the module body (buffer.ts). A blob's bytes are a tree of parts
// (Uint8Arrays, or the part list of a Blob it was made from), as Node's DataQueue keeps them,
// because the number of reads text() and arrayBuffer() take (one microtask each) follows that
// tree. No template literals here: this text is itself one.
export const BLOB_SOURCE = String.raw`
const kHandle = Symbol('kHandle');
const kLength = Symbol('kLength');
const kType = Symbol('kType');
const queueMicrotask_ = queueMicrotask;
const dateNow = Date.now;
const disallowedTypeCharacters = /[^\u0020-\u007E]/;

function isBlob(object) { return object != null && object[kHandle] !== undefined; }

function partSize(part) {
  if (!Array.isArray(part)) return part.length;
  let size = 0;
  for (const p of part) size += partSize(p);
  return size;
}

/** Node's DataQueue slice: a part that the start falls at the end of stays, emptied. */
function sliceParts(parts, start, span) {
  const out = [];
  for (const part of parts) {
    const size = partSize(part);
    if (start > size) { start -= size; continue; }
    const take = mathMin(size - start, span);
    out.push(Array.isArray(part) ? sliceParts(part, start, take) : part.subarray(start, start + take));
    span -= take;
    start = 0;
    if (span === 0) break;
  }
  return out;
}

/** How many reads Node's blob reader takes: one per part, one between parts. */
function readCount(parts) {
  let n = parts.length > 0 ? parts.length - 1 : 0;
  for (const p of parts) n += Array.isArray(p) ? readCount(p) : 1;
  return n;
}

function copyParts(parts, into, at) {
  for (const p of parts) {
    if (Array.isArray(p)) at = copyParts(p, into, at);
    else { into.set(p, at); at += p.length; }
  }
  return at;
}

function lowerType(type) {
  type = '' + type;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

function getSource(source, endings) {
  if (isBlob(source)) return [source.size, source[kHandle]];
  if (isAnyArrayBuffer(source)) source = new Uint8Array(source);
  else if (!isView(source)) {
    source = '' + source;
    if (endings === 'native') source = source.replace(/\r?\n/g, '\n');
    source = natives.encode(source, 'utf8');
  }
  const bytes = new Uint8Array(source.buffer, source.byteOffset, source.byteLength).slice();
  return [bytes.length, bytes];
}

function validateDictionary(value, name) {
  if (value != null && typeof value !== 'object' && typeof value !== 'function') throw argType(name, 'a dictionary', value);
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources === 'string' || typeof sources[Symbol.iterator] !== 'function') {
      throw argType('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { endings = 'transparent', type = '' } = options ?? {};
    endings = '' + endings;
    if (endings !== 'transparent' && endings !== 'native') throw internals.nodeError('InvalidPropertyValue', 'options.endings', 'is invalid', internals.inspect(endings, {}));
    const parts = [];
    let length = 0;
    for (const source of sources) {
      const { 0: len, 1: part } = getSource(source, endings);
      length += len;
      parts.push(part);
    }
    this[kHandle] = parts;
    this[kLength] = length;
    this[kType] = lowerType(type);
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return 'Blob ' + internals.inspect({ size: this.size, type: this.type }, opts);
  }

  get type() {
    if (!isBlob(this)) throw internals.nodeError('InvalidThis', 'Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw internals.nodeError('InvalidThis', 'Blob');
    return this[kLength];
  }

  slice(start = 0, end = this[kLength], contentType = '') {
    if (!isBlob(this)) throw internals.nodeError('InvalidThis', 'Blob');
    const length = this[kLength];
    // not in Node 20: it aborts the process on a start or end that is no integer.
    start = Math.trunc(Number(start)) || 0;
    end = Math.trunc(Number(end)) || 0;
    start = start < 0 ? mathMax(length + start, 0) : mathMin(start, length);
    end = end < 0 ? mathMax(length + end, 0) : mathMin(end, length);
    const span = mathMax(end - start, 0);
    return createBlob(span === 0 ? [] : sliceParts(this[kHandle], start, span), span, lowerType(contentType));
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(internals.nodeError('InvalidThis', 'Blob'));
    return readAll(this);
  }

  // An async function in Node 20 (util.inspect shows it so).
  async text() {
    if (!isBlob(this)) throw internals.nodeError('InvalidThis', 'Blob');
    const bytes = new Uint8Array(await readAll(this));
    // TextDecoder drops a leading byte order mark.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return natives.decode(bytes, 'utf8', bom, bytes.length);
  }

  bytes() {
    if (!isBlob(this)) return Promise.reject(internals.nodeError('InvalidThis', 'Blob'));
    return readAll(this).then((buffer) => new Uint8Array(buffer));
  }

  stream() {
    if (!isBlob(this)) throw internals.nodeError('InvalidThis', 'Blob');
    natives.unsupported('blob.stream() (web streams)');
  }
}

function readAll(blob) {
  const parts = blob[kHandle];
  let reads = readCount(parts);
  return new Promise((resolve) => {
    const readNext = () => {
      if (reads === 0) {
        const out = new Uint8Array(blob[kLength]);
        copyParts(parts, out, 0);
        resolve(out.buffer);
        return;
      }
      reads--;
      queueMicrotask_(readNext);
    };
    readNext();
  });
}

function TransferableBlob(handle, length, type) {
  Object.setPrototypeOf(this, Blob.prototype);
  this[kHandle] = handle;
  this[kLength] = length;
  this[kType] = type;
}
Object.setPrototypeOf(TransferableBlob.prototype, Blob.prototype);
Object.setPrototypeOf(TransferableBlob, Blob);

function createBlob(handle, length, type) {
  return new TransferableBlob(handle, length, type);
}

function enumerable(proto, names) {
  for (const name of names) Object.defineProperty(proto, name, { enumerable: true });
}
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { configurable: true, value: 'Blob' });
enumerable(Blob.prototype, ['size', 'type', 'slice', 'stream', 'text', 'arrayBuffer']);

class File extends Blob {
  #name;
  #lastModified;

  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw internals.nodeError('MissingArgs', '"fileBits" and "fileName" arguments');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      lastModified = +lastModified;
      if (lastModified !== lastModified) lastModified = 0;
    } else {
      lastModified = dateNow();
    }
    this.#name = ('' + fileName).toWellFormed();
    this.#lastModified = lastModified;
  }

  get name() { return this.#name; }

  get lastModified() { return this.#lastModified; }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return 'File ' + internals.inspect({ size: this.size, type: this.type, name: this.#name, lastModified: this.#lastModified }, opts);
  }
}
Object.defineProperty(File.prototype, Symbol.toStringTag, { configurable: true, value: 'File' });
// structuredClone keeps the bytes and type; a File comes back a Blob, as in Node 20.
natives.markBlob(Blob.prototype, (blob) => createBlob(blob[kHandle], blob[kLength], blob[kType]));
enumerable(File.prototype, ['name', 'lastModified']);
`;
