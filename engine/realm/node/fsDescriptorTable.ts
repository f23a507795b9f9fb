// The open files of a virtual volume (Node's file descriptors): each fd names a path, what it
// may do (read, write, append) and its position. Plain host data over fsVolume.ts: it knows no
// realm; fsDescriptors.ts makes JS values and Node's errors of what it answers.
import type { UvCode, VirtualVolume, VolumeFailure } from './fsVolume';

/**
 * The first fd a program gets. Node's first is whatever its own startup left free (often
 * around 18 on Linux); a sandbox gives the same number every run.
 */
export const FIRST_FD = 18;

interface OpenFile { path: string; readable: boolean; writable: boolean; append: boolean; position: number }

/** What `open` does, from Node's flags: 'r', 'w+', 'ax' ... or O_* bits. */
export interface OpenMode { readable: boolean; writable: boolean; append: boolean; create: boolean; exclusive: boolean; truncate: boolean }

const O = { WRONLY: 1, RDWR: 2, CREAT: 64, EXCL: 128, TRUNC: 512, APPEND: 1024 } as const;

/** Node's stringToFlags as open modes; undefined for a flag Node refuses. */
export function openMode(flags: string | number): OpenMode | undefined {
  if (typeof flags === 'number') {
    const access = flags & 3;
    return {
      readable: access !== O.WRONLY, writable: access !== 0, append: (flags & O.APPEND) !== 0,
      create: (flags & O.CREAT) !== 0, exclusive: (flags & O.EXCL) !== 0, truncate: (flags & O.TRUNC) !== 0,
    };
  }
  const m = /^(?:(r|rs|sr)(\+?)|(w|wx|xw)(\+?)|(a|ax|xa|as|sa)(\+?))$/.exec(flags);
  if (!m) return undefined;
  const plus = (m[2] ?? m[4] ?? m[6]) === '+';
  const exclusive = (m[3] ?? m[5] ?? '').includes('x');
  if (m[1]) return { readable: true, writable: plus, append: false, create: false, exclusive: false, truncate: false };
  if (m[3]) return { readable: plus, writable: true, append: false, create: true, exclusive, truncate: true };
  return { readable: plus, writable: true, append: true, create: true, exclusive, truncate: false };
}

const uv = (code: UvCode): VolumeFailure => ({ kind: 'uv', code });
const EMPTY = new Uint8Array(0);

export class DescriptorTable {
  private readonly files = new Map<number, OpenFile>();

  constructor(private readonly volume: VirtualVolume) {}

  /** open(2): the lowest free fd, or why not. */
  open(path: string, mode: OpenMode): number | VolumeFailure {
    const here = this.volume.lookup(path);
    if (here.kind === 'outside') return here;
    if (here.kind === 'dir' && mode.writable) return uv('EISDIR');
    if (here.kind === 'file' && mode.create && mode.exclusive) return uv('EEXIST');
    if (here.kind === 'missing' && !mode.create) return uv('ENOENT');
    if (here.kind === 'missing' || (here.kind === 'file' && mode.truncate)) {
      const failed = this.volume.write(path, EMPTY, false);
      if (failed) return failed;
    }
    let fd = FIRST_FD;
    while (this.files.has(fd)) fd++;
    this.files.set(fd, { path, readable: mode.readable, writable: mode.writable, append: mode.append, position: 0 });
    return fd;
  }

  close(fd: number): VolumeFailure | undefined {
    return this.files.delete(fd) ? undefined : uv('EBADF');
  }

  /** The path an fd names (fstat, ftruncate), or EBADF. */
  pathOf(fd: number): string | VolumeFailure {
    return this.files.get(fd)?.path ?? uv('EBADF');
  }

  /** read(2)/pread(2): up to `length` bytes from `position` (null: the fd's own, which moves on). */
  read(fd: number, length: number, position: number | null): Uint8Array | VolumeFailure {
    const file = this.files.get(fd);
    if (!file || !file.readable) return uv('EBADF');
    const content = this.content(file);
    if (!(content instanceof Uint8Array)) return content;
    const from = position ?? file.position;
    const bytes = content.slice(from, from + length);
    if (position === null) file.position += bytes.length;
    return bytes;
  }

  /** write(2)/pwrite(2): at `position` (null: the fd's own); an append fd always writes at the end. */
  write(fd: number, bytes: Uint8Array, position: number | null): number | VolumeFailure {
    const file = this.files.get(fd);
    if (!file || !file.writable) return uv('EBADF');
    const content = this.content(file);
    if (!(content instanceof Uint8Array)) return content;
    const at = file.append ? content.length : position ?? file.position;
    const next = new Uint8Array(Math.max(content.length, at + bytes.length));
    next.set(content);
    next.set(bytes, at);
    const failed = this.volume.write(file.path, next, false);
    if (failed) return failed;
    if (position === null || file.append) file.position = at + bytes.length;
    return bytes.length;
  }

  /** ftruncate(2): cut or zero-extend to `length` bytes; EINVAL on an fd not open for writing, as Linux. */
  truncate(fd: number, length: number): VolumeFailure | undefined {
    const file = this.files.get(fd);
    if (!file) return uv('EBADF');
    if (!file.writable) return uv('EINVAL');
    const content = this.content(file);
    if (!(content instanceof Uint8Array)) return content;
    const next = new Uint8Array(length);
    next.set(content.subarray(0, length));
    return this.volume.write(file.path, next, false);
  }

  /** The bytes an fd's file holds now; a folder's fd reads as EISDIR, a removed file as empty. */
  private content(file: OpenFile): Uint8Array | VolumeFailure {
    const here = this.volume.lookup(file.path);
    if (here.kind === 'dir') return uv('EISDIR');
    return here.kind === 'file' ? here.bytes : EMPTY;
  }
}

const tables = new WeakMap<VirtualVolume, DescriptorTable>();

/** The volume's fd table: agents sharing a volume share fds, as a process's threads do. */
export function descriptorsOf(volume: VirtualVolume): DescriptorTable {
  let t = tables.get(volume);
  if (!t) tables.set(volume, (t = new DescriptorTable(volume)));
  return t;
}
