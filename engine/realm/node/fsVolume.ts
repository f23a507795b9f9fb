// The `fs` module's sandboxed virtual file system: reads come from the program's folder tree
// through the host (which answers the same every time), and every change (write, append,
// rename, delete, mkdir) goes to an in-memory layer over it, so the user's files never change.
// Plain host data: it knows no realm and no JS value.
import type { FileRead } from '../moduleResolve';
import { basename, dirname } from './posixPath';

/** A folder listing from the host: its entry names, or why there is none. */
export type DirRead = { kind: 'dir'; entries: string[] } | { kind: 'missing' } | { kind: 'outside'; root: string };

/** When a path was made and last changed (ms since the epoch, on the run's clock). */
export interface Times { birthtimeMs: number; mtimeMs: number }

/** What is at a path: a file with its bytes, a folder, nothing, or a place outside the sandbox. */
export type Entry = ({ kind: 'file'; bytes: Uint8Array } & Partial<Times>) | ({ kind: 'dir' } & Partial<Times>) | { kind: 'missing' } | { kind: 'outside'; root: string };

/** libuv's error codes the volume reports; fsErrors.ts gives them Node's texts and numbers. */
export type UvCode = 'ENOENT' | 'EEXIST' | 'EISDIR' | 'ENOTDIR' | 'ENOTEMPTY' | 'EBADF' | 'EINVAL';

/** A failed operation: the code, and (for the sandbox) the program's folder. */
export type VolumeFailure = { kind: 'uv'; code: UvCode } | { kind: 'outside'; root: string };

/** Inode numbers start here (any number would do; this one looks like a disk's). */
const FIRST_INODE = 1_000_001;

/** The in-memory layer's record of a path: written bytes, a made folder, or removed. */
type Layer = ({ kind: 'file'; bytes: Uint8Array } & Times) | ({ kind: 'dir' } & Times) | { kind: 'gone' };

export class VirtualVolume {
  private readonly layer = new Map<string, Layer>();
  private readonly inodes = new Map<string, number>();
  private firstUse: number | undefined;

  constructor(private readonly readFile: (path: string) => FileRead, private readonly readDir?: (path: string) => DirRead, private readonly now: () => number = () => 0) {}

  /**
   * When the disk's files and folders were made and last changed: a sandbox gives no real
   * times, so the run's clock when the program first needs one (read late: the clock starts
   * after the volume is made).
   */
  get startMs(): number {
    return (this.firstUse ??= this.now());
  }

  /** A path's inode number: given in the order paths are first asked about, so the same every run. */
  inode(path: string): number {
    let n = this.inodes.get(path);
    if (n === undefined) this.inodes.set(path, (n = FIRST_INODE + this.inodes.size));
    return n;
  }

  /** A change's times: a new path's birth is now, a changed one keeps its own. */
  private timesFor(here: Entry): Times {
    const now = this.now();
    return { birthtimeMs: here.kind === 'file' || here.kind === 'dir' ? here.birthtimeMs ?? this.startMs : now, mtimeMs: now };
  }

  /** What is at the absolute path `path`, the layer first. */
  lookup(path: string): Entry {
    const own = this.layer.get(path);
    if (own) return own.kind === 'gone' ? { kind: 'missing' } : own;
    if (path !== '/' && this.hostHidden(path)) return { kind: 'missing' };
    const file = this.readFile(path);
    // A host that gives no bytes gives text, which the disk holds as UTF-8.
    if (file.kind === 'file') return { kind: 'file', bytes: file.bytes ?? new TextEncoder().encode(file.source) };
    if (file.kind === 'outside') return file;
    const dir = this.readDir?.(path);
    return dir?.kind === 'dir' ? { kind: 'dir' } : { kind: 'missing' };
  }

  /** A folder's entry names, sorted (Node gives the system's order; a sandbox gives one order always). */
  list(path: string): string[] | VolumeFailure {
    const here = this.lookup(path);
    if (here.kind === 'outside') return here;
    if (here.kind === 'missing') return { kind: 'uv', code: 'ENOENT' };
    if (here.kind === 'file') return { kind: 'uv', code: 'ENOTDIR' };
    const names = new Set<string>();
    const fromHost = this.layer.has(path) ? undefined : this.readDir?.(path);
    if (fromHost?.kind === 'dir') for (const name of fromHost.entries) names.add(name);
    for (const [p, l] of this.layer) {
      if (p === path || dirname(p) !== path) continue;
      if (l.kind === 'gone') names.delete(basename(p));
      else names.add(basename(p));
    }
    return [...names].sort();
  }

  /** Writes (or with `append`, appends to) the file at `path`; its folder must exist. */
  write(path: string, bytes: Uint8Array, append: boolean): VolumeFailure | undefined {
    const here = this.lookup(path);
    if (here.kind === 'outside') return here;
    if (here.kind === 'dir') return { kind: 'uv', code: 'EISDIR' };
    const parent = this.folderOf(path);
    if (parent) return parent;
    this.layer.set(path, { kind: 'file', bytes: append && here.kind === 'file' ? concatBytes(here.bytes, bytes) : bytes.slice(), ...this.timesFor(here) });
    return undefined;
  }

  /** Removes the file at `path` (unlink); a folder is refused as by Linux. */
  unlink(path: string): VolumeFailure | undefined {
    const here = this.lookup(path);
    if (here.kind === 'outside') return here;
    if (here.kind === 'missing') return { kind: 'uv', code: 'ENOENT' };
    if (here.kind === 'dir') return { kind: 'uv', code: 'EISDIR' };
    this.layer.set(path, { kind: 'gone' });
    return undefined;
  }

  /** Makes a folder; `recursive` makes its missing parents too and accepts one that exists. Returns the first folder made. */
  mkdir(path: string, recursive: boolean): VolumeFailure | { made: string | undefined } {
    const here = this.lookup(path);
    if (here.kind === 'outside') return here;
    if (here.kind === 'dir') return recursive ? { made: undefined } : { kind: 'uv', code: 'EEXIST' };
    if (here.kind === 'file') return { kind: 'uv', code: recursive ? 'ENOTDIR' : 'EEXIST' };
    if (!recursive) {
      const parent = this.folderOf(path);
      if (parent) return parent;
      this.layer.set(path, { kind: 'dir', ...this.timesFor(here) });
      return { made: path };
    }
    const parentMade = path === '/' ? { made: undefined } : this.mkdir(dirname(path), true);
    if ('kind' in parentMade) return parentMade;
    this.layer.set(path, { kind: 'dir', ...this.timesFor(here) });
    return { made: parentMade.made ?? path };
  }

  /** Removes an empty folder (rmdir). */
  rmdir(path: string): VolumeFailure | undefined {
    const here = this.lookup(path);
    if (here.kind === 'outside') return here;
    if (here.kind === 'missing') return { kind: 'uv', code: 'ENOENT' };
    if (here.kind === 'file') return { kind: 'uv', code: 'ENOTDIR' };
    const entries = this.list(path);
    if (Array.isArray(entries) && entries.length > 0) return { kind: 'uv', code: 'ENOTEMPTY' };
    this.layer.set(path, { kind: 'gone' });
    return undefined;
  }

  /** Renames a file (fsOps refuses a folder as unsupported). Replaces a file at `to`. */
  rename(from: string, to: string): VolumeFailure | undefined {
    const source = this.lookup(from);
    if (source.kind === 'outside') return source;
    const target = this.lookup(to);
    if (target.kind === 'outside') return target;
    if (source.kind === 'missing') return { kind: 'uv', code: 'ENOENT' };
    if (source.kind !== 'file') return { kind: 'uv', code: 'EISDIR' };
    if (target.kind === 'dir') return { kind: 'uv', code: 'EISDIR' };
    const parent = this.folderOf(to);
    if (parent) return parent;
    this.layer.set(to, { kind: 'file', bytes: source.bytes, birthtimeMs: source.birthtimeMs ?? this.startMs, mtimeMs: source.mtimeMs ?? this.startMs });
    if (to !== from) this.layer.set(from, { kind: 'gone' });
    return undefined;
  }

  /** undefined when the folder of `path` exists; else why a file cannot go there. */
  private folderOf(path: string): VolumeFailure | undefined {
    const parent = this.lookup(dirname(path));
    if (parent.kind === 'dir') return undefined;
    if (parent.kind === 'outside') return parent;
    return { kind: 'uv', code: parent.kind === 'file' ? 'ENOTDIR' : 'ENOENT' };
  }

  /**
   * True when a folder above `path` is the layer's: removed, a file now, or made by the program
   * where the disk had nothing (or only what was removed), so nothing of the disk shows below it.
   */
  private hostHidden(path: string): boolean {
    for (let p = dirname(path); ; p = dirname(p)) {
      if (this.layer.has(p)) return true;
      if (p === '/') return false;
    }
  }

  /** Removes a file, or a folder with all it holds (rm's recursive), in the layer. */
  removeTree(path: string): void {
    for (const p of [...this.layer.keys()]) if (p.startsWith(`${path}/`)) this.layer.delete(p);
    this.layer.set(path, { kind: 'gone' });
  }
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
