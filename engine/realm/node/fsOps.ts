// The operations of Glassbox's `fs`, once for the callback, Sync and promise forms: each takes
// its checked arguments and answers from the virtual volume with host data (a value or Node's
// uv error), which fs.ts turns into JS values; what Glassbox lacks ends the run. Knows no realm.
import { GlassboxUnsupported } from '../../errors/unsupported';
import { formatMessage, Msg } from '../../errors/messages';
import type { Entry, Times, UvCode, VirtualVolume, VolumeFailure } from './fsVolume';
import { resolve } from './posixPath';
import { decode, encode, type Encoding } from './bufferCodec';

/** What an fs call asked for: the paths as given and resolved, and its other arguments. */
export interface FsCall {
  /** The path as the program wrote it (Node's errors quote it so) and resolved against the current folder. */
  path: string;
  abs: string;
  /** rename's destination. */
  dest?: string;
  destAbs?: string;
  /** The bytes writeFile and appendFile write. */
  data?: Uint8Array;
  /** readFile's encoding: its result is text in it (none: a Buffer). */
  encoding?: Encoding;
  recursive?: boolean;
  /** rm's `force`: a missing path is no error. */
  force?: boolean;
  /** mkdtemp's folder as the program will see it (its prefix and six random characters); `bytes`: as a Buffer. */
  created?: string;
  bytes?: boolean;
}

/** What fs.ts turns into a Stats object. */
export interface StatData { kind: 'stat'; isFile: boolean; size: number; ino: number; birthtimeMs: number; mtimeMs: number }

/** A Stats' data for what is at `path`: a file's bytes, a folder, or (fstat of a removed file) nothing. */
export function statData(volume: VirtualVolume, path: string, e: Entry): StatData {
  const isFile = e.kind !== 'dir';
  const times: Partial<Times> = e.kind === 'file' || e.kind === 'dir' ? e : {};
  const mtimeMs = times.mtimeMs ?? volume.startMs;
  return { kind: 'stat', isFile, size: e.kind === 'file' ? e.bytes.length : isFile ? 0 : 4096, ino: volume.inode(path), birthtimeMs: times.birthtimeMs ?? volume.startMs, mtimeMs };
}

export type FsValue = undefined | boolean | string | string[] | StatData | Uint8Array;

/** Node's uv error (the path as given), or the sandbox's. */
export type FsFailure =
  | { kind: 'uv'; code: UvCode; syscall: string; path?: string; dest?: string }
  | { kind: 'outside'; path: string; abs: string; root: string };

export type FsResult = { ok: true; value: FsValue } | { ok: false; failure: FsFailure };

/** How each function reads its arguments after the path: what fs.ts must check. */
export type FsShape = 'path' | 'path+encoding' | 'path+data' | 'path+path' | 'path+mkdirOptions' | 'path+rmOptions' | 'prefix+options';

interface FsOp {
  shape: FsShape;
  /** The operation on the volume. */
  run(volume: VirtualVolume, call: FsCall): FsResult;
}

const EMPTY = new Uint8Array(0);

const ok = (value: FsValue): FsResult => ({ ok: true, value });

/** A volume's failure as Node reports it for `syscall` (EISDIR on a read names no path). */
function failure(f: VolumeFailure, call: FsCall, syscall: string, withPath = true): FsResult {
  if (f.kind === 'outside') return { ok: false, failure: { kind: 'outside', path: call.path, abs: call.abs, root: f.root } };
  return { ok: false, failure: { kind: 'uv', code: f.code, syscall, path: withPath ? call.path : undefined, dest: call.dest } };
}

function done(f: VolumeFailure | undefined, call: FsCall, syscall: string): FsResult {
  return f ? failure(f, call, syscall) : ok(undefined);
}

function statOf(volume: VirtualVolume, call: FsCall, syscall: string): FsResult {
  const e = volume.lookup(call.abs);
  if (e.kind === 'file' || e.kind === 'dir') return ok(statData(volume, call.abs, e));
  return failure(e.kind === 'missing' ? { kind: 'uv', code: 'ENOENT' } : e, call, syscall);
}

/** mkdir's recursive answer: the first folder it made, as a prefix of the path the program gave. */
function madePrefix(call: FsCall, made: string): string {
  const depth = (p: string) => (p === '/' ? 0 : p.split('/').length - 1);
  let given = call.path;
  for (let up = depth(call.abs) - depth(made); up > 0; up--) given = given.replace(/\/+[^/]*\/*$/, '');
  return given;
}

export const FS_OPS: Readonly<Record<string, FsOp>> = {
  readFile: {
    shape: 'path+encoding',
    run(volume, call) {
      const e = volume.lookup(call.abs);
      if (e.kind === 'file') return ok(call.encoding === undefined ? e.bytes.slice() : decode(e.bytes, call.encoding));
      if (e.kind === 'dir') return failure({ kind: 'uv', code: 'EISDIR' }, call, 'read', false);
      return failure(e.kind === 'missing' ? { kind: 'uv', code: 'ENOENT' } : e, call, 'open');
    },
  },
  writeFile: { shape: 'path+data', run: (volume, call) => done(volume.write(call.abs, call.data ?? EMPTY, false), call, 'open') },
  appendFile: { shape: 'path+data', run: (volume, call) => done(volume.write(call.abs, call.data ?? EMPTY, true), call, 'open') },
  unlink: { shape: 'path', run: (volume, call) => done(volume.unlink(call.abs), call, 'unlink') },
  rmdir: { shape: 'path', run: (volume, call) => done(volume.rmdir(call.abs), call, 'rmdir') },
  rename: {
    shape: 'path+path',
    run(volume, call) {
      if (volume.lookup(call.abs).kind === 'dir') throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedFsFolderRename, 'rename'));
      return done(volume.rename(call.abs, call.destAbs!), call, 'rename');
    },
  },
  mkdir: {
    shape: 'path+mkdirOptions',
    run(volume, call) {
      const r = volume.mkdir(call.abs, call.recursive === true);
      if ('kind' in r) return failure(r, call, 'mkdir');
      return ok(call.recursive && r.made !== undefined ? madePrefix(call, r.made) : undefined);
    },
  },
  mkdtemp: {
    shape: 'prefix+options',
    run(volume, call) {
      const r = volume.mkdir(call.abs, false);
      if ('kind' in r) return failure(r, call, 'mkdtemp');
      const created = call.created ?? call.path;
      if (call.bytes) return ok(encode(created, 'utf8'));
      return ok(call.encoding === undefined ? created : decode(encode(created, 'utf8'), call.encoding));
    },
  },
  rm: {
    shape: 'path+rmOptions',
    run(volume, call) {
      const e = volume.lookup(call.abs);
      if (e.kind === 'outside') return failure(e, call, 'lstat');
      if (e.kind === 'missing') return call.force ? ok(undefined) : failure({ kind: 'uv', code: 'ENOENT' }, call, 'lstat');
      if (e.kind === 'dir' && !call.recursive) throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedFsRmFolder, 'rm'));
      volume.removeTree(call.abs);
      return ok(undefined);
    },
  },
  readdir: {
    shape: 'path',
    run(volume, call) {
      const r = volume.list(call.abs);
      return Array.isArray(r) ? ok(r) : failure(r, call, 'scandir');
    },
  },
  stat: { shape: 'path', run: (volume, call) => statOf(volume, call, 'stat') },
  // The volume follows the folder's links, so lstat sees what stat sees.
  lstat: { shape: 'path', run: (volume, call) => statOf(volume, call, 'lstat') },
  copyFile: {
    shape: 'path+path',
    run(volume, call) {
      const e = volume.lookup(call.abs);
      if (e.kind === 'file') return done(volume.write(call.destAbs!, e.bytes, false), call, 'copyfile');
      return failure(e.kind === 'outside' ? e : { kind: 'uv', code: e.kind === 'dir' ? 'EISDIR' : 'ENOENT' }, call, 'copyfile');
    },
  },
  access: {
    shape: 'path',
    run(volume, call) {
      const e = volume.lookup(call.abs);
      if (e.kind === 'file' || e.kind === 'dir') return ok(undefined);
      return failure(e.kind === 'missing' ? { kind: 'uv', code: 'ENOENT' } : e, call, 'access');
    },
  },
};

/** fs.exists: true for a file or folder, false for anything else (outside the sandbox too, as Node never throws here). */
export function exists(volume: VirtualVolume, abs: string): boolean {
  const kind = volume.lookup(abs).kind;
  return kind === 'file' || kind === 'dir';
}

/** A path as Node resolves it against the current folder. */
export function absolute(cwd: string, path: string): string {
  return resolve(cwd, [path]);
}
