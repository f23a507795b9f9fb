// fs.promises.open's FileHandle, in JavaScript after fsDescriptorsSource.ts in the same module
// body (it uses that file's helpers), and the module's exports. Node's lib/internal/fs/promises.js.
// No template literals here: this text is itself one.
export const FS_FILE_HANDLE_SOURCE = String.raw`
/** fs.promises.open's handle: the fd's operations as promises that settle in the poll phase. */
class FileHandle {
  #fd;
  constructor(fd) { this.#fd = fd; }
  #open(syscall) {
    if (this.#fd !== -1) return this.#fd;
    const err = internals.nodeError('FileClosed');
    err.syscall = syscall;
    throw err;
  }
  get fd() { return this.#fd; }
  getAsyncId() { return this.#fd; }
  stat() { return later('FileHandle.stat', () => natives.fstat(this.#open('fstat'), 'fstat')); }
  truncate(len = 0) {
    return later('FileHandle.truncate', () => { natives.ftruncate(this.#open('ftruncate'), truncateLength(len), 'ftruncate'); });
  }
  sync() { return later('FileHandle.sync', () => { natives.fsync(this.#open('fsync'), 'fsync'); }); }
  datasync() { return later('FileHandle.datasync', () => { natives.fsync(this.#open('fdatasync'), 'fdatasync'); }); }
  read(bufferOrOptions, offsetOrOptions, length, position) {
    let buffer = bufferOrOptions;
    let offset = offsetOrOptions;
    if (!isView(buffer)) {
      const o = bufferOrOptions == null ? {} : bufferOrOptions;
      buffer = o.buffer === undefined ? Buffer.alloc(16384) : o.buffer;
      offset = o.offset;
      length = o.length;
      position = o.position;
    } else if (typeof offsetOrOptions === 'object' && offsetOrOptions !== null) {
      offset = offsetOrOptions.offset;
      length = offsetOrOptions.length;
      position = offsetOrOptions.position;
    }
    if (offset == null) offset = 0;
    if (length === undefined) length = buffer.byteLength - offset;
    return later('FileHandle.read', () => {
      const a = readArgs(buffer, offset, length, position);
      const bytesRead = a === undefined ? 0 : natives.read(this.#open('read'), buffer, a[0], a[1], a[2], 'read');
      return { bytesRead, buffer };
    });
  }
  write(buffer, offsetOrOptions, length, position) {
    return later('FileHandle.write', () => {
      const a = writeArgs(buffer, offsetOrOptions, length, position);
      return { bytesWritten: natives.write(this.#open('write'), a[0], a[1], a[2], a[3], 'write'), buffer };
    });
  }
  readFile(options) {
    const encoding = encodingOption(options);
    return later('FileHandle.readFile', () => {
      const all = readRest(this.#open('read'), 'read');
      return encoding == null ? all : all.toString(encoding);
    });
  }
  writeFile(data, options) {
    return later('FileHandle.writeFile', () => {
      const bytes = dataBytes(data, options);
      natives.write(this.#open('write'), bytes, 0, bytes.length, null, 'write');
    });
  }
  appendFile(data, options) { return this.writeFile(data, options); }
  close() {
    return later('FileHandle.close', () => {
      // Closing a closed handle does nothing, as in Node.
      if (this.#fd === -1) return;
      natives.close(this.#fd, 'close');
      this.#fd = -1;
    });
  }
}
Object.defineProperty(FileHandle.prototype, Symbol.asyncDispose, { value: function () { return this.close(); }, writable: true, configurable: true });

function promisesOpen(path, flags, mode) {
  const given = flags == null ? 'r' : flags;
  return later('promises.open ' + path, () => new FileHandle(natives.open(path, given, 'open')));
}
Object.defineProperty(promisesOpen, 'name', { value: 'open' });

return {
  open, openSync, close, closeSync, read, readSync, write, writeSync, fstat, fstatSync, ftruncate, ftruncateSync,
  fsync: fsyncForm('fsync'), fsyncSync: fsyncSyncForm('fsync'), fdatasync: fsyncForm('fdatasync'), fdatasyncSync: fsyncSyncForm('fdatasync'),
  promisesOpen, readFileFd, readFileSyncFd, writeFileFd, writeFileSyncFd,
};
`;
