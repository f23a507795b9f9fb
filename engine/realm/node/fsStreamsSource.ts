// The JavaScript of fs.ReadStream and fs.WriteStream (compiled as node:internal/fs/streams by
// fsStreams.ts), as Node's lib/internal/fs/streams.js orders them: _construct opens the file
// (then 'open' and 'ready'), each _read and _write is one fs.read / fs.write, and _destroy
// closes the file (fs.close) before 'close'. They call the fs module's own fd functions, as
// Node's do, so each is one poll-phase I/O over the virtual volume.
export const FS_STREAMS_SOURCE = String.raw`
const { Readable, Writable, finished } = natives.stream;
const { errorOrDestroy, kIoDone, fs } = natives;
const kIsPerformingIO = Symbol('kIsPerformingIO');
const READ_OPTIONS = ['encoding', 'start', 'end', 'highWaterMark', 'flags', 'autoClose', 'emitClose', 'signal'];
const WRITE_OPTIONS = ['encoding', 'flags', 'highWaterMark', 'autoClose', 'emitClose', 'decodeStrings', 'signal'];

function copyOptions(fn, options, known) {
  if (options === undefined || options === null) return {};
  if (typeof options === 'string') return { encoding: options };
  if (typeof options !== 'object') throw internals.nodeError('InvalidArgType', 'options', 'one of type string or an instance of Object', internals.received(options));
  for (const key of Object.keys(options)) {
    if (!known.includes(key) && options[key] !== undefined) natives.unsupported(fn + ' with the option ' + key);
  }
  return { ...options };
}

function checkPosition(name, value) {
  if (value === undefined) return;
  if (typeof value !== 'number') throw internals.nodeError('InvalidArgType', name, 'of type number', internals.received(value));
  if (!Number.isInteger(value) || value < 0) throw internals.nodeError('OutOfRange', name, '>= 0 && <= 9007199254740991', String(value));
}

function openFile(stream, callback) {
  fs.open(stream.path, stream.flags, stream.mode, (er, fd) => {
    if (er) {
      callback(er);
    } else {
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    }
  });
}

function closeFile(stream, error, cb) {
  if (!stream.fd) {
    cb(error);
  } else {
    fs.close(stream.fd, (er) => { cb(er || error); });
    stream.fd = null;
  }
}

function destroyFile(error, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (er) => closeFile(this, error || er, cb));
  else closeFile(this, error, cb);
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyOptions('fs.createReadStream', options, READ_OPTIONS);
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  this.fd = null;
  this.path = natives.checkPath(path);
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = 0o666;
  this.start = options.start;
  this.end = options.end === undefined ? Infinity : options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  checkPosition('start', this.start);
  if (this.end !== Infinity) checkPosition('end', this.end);
  if (this.start !== undefined) {
    this.pos = this.start;
    if (this.start > this.end) throw internals.nodeError('OutOfRange', 'start', '<= "end" (here: ' + this.end + ')', String(this.start));
  }
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);
Object.defineProperty(ReadStream.prototype, 'pending', { get() { return this.fd === null; }, configurable: true });
ReadStream.prototype._construct = function (callback) { openFile(this, callback); };

ReadStream.prototype._read = function (n) {
  n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n) : Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  fs.read(this.fd, buf, 0, n, this.pos, (er, bytesRead, data) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(bytesRead === data.length ? data : data.subarray(0, bytesRead));
    } else {
      this.push(null);
    }
  });
};
ReadStream.prototype._destroy = destroyFile;
ReadStream.prototype.close = function (cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyOptions('fs.createWriteStream', options, WRITE_OPTIONS);
  options.decodeStrings = true;
  this.fd = null;
  this.path = natives.checkPath(path);
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = 0o666;
  this.start = undefined;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (options.autoDestroy === undefined) options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  this.autoClose = options.autoDestroy;
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);
Object.defineProperty(WriteStream.prototype, 'pending', { get() { return this.fd === null; }, configurable: true });
WriteStream.prototype._construct = function (callback) { openFile(this, callback); };

// One fs.write of the bytes (the buffered chunks of a _writev joined: Glassbox's fs has no writev).
function writeBytes(stream, data, cb) {
  stream[kIsPerformingIO] = true;
  fs.write(stream.fd, data, 0, data.length, stream.pos, (er, bytes) => {
    stream[kIsPerformingIO] = false;
    if (stream.destroyed) {
      cb(er);
      return stream.emit(kIoDone, er);
    }
    if (er) return cb(er);
    stream.bytesWritten += bytes;
    cb();
  });
}
WriteStream.prototype._write = function (data, encoding, cb) { writeBytes(this, data, cb); };
WriteStream.prototype._writev = function (data, cb) {
  writeBytes(this, Buffer.concat(data.map((entry) => entry.chunk)), cb);
};
WriteStream.prototype._destroy = destroyFile;
WriteStream.prototype.close = function (cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

return {
  ReadStream,
  WriteStream,
  createReadStream(path, options) { return new ReadStream(path, options); },
  createWriteStream(path, options) { return new WriteStream(path, options); },
};
`;
