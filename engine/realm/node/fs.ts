// The `fs` core module over the sandboxed virtual volume (fsVolume.ts): each operation of
// fsOps.ts in its callback form (the callback comes back in the poll phase after the I/O
// delay) and its Sync form (done at once). What Glassbox lacks of Node's fs ends the run as
// unsupported, named `fs.<name>`, where the program called it.
import { GlassboxUnsupported } from '../../errors/unsupported';
import { formatMessage, Msg } from '../../errors/messages';
import { assert, JSThrow } from '../../errors/internal';
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import type { Value } from '../../heap/values';
import type { Gen } from '../../ops/convert';
import { callbackInfo } from '../../loop/loopBuiltins';
import type { Realm } from '../realm';
import { requireCore } from './coreModules';
import { FsContext, fsContextOf } from './fsContext';
import { exists, FS_OPS, FsCall, FsResult, FsValue } from './fsOps';
import { callbackOf, failureError, fsValue, readCall } from './fsValues';
import { installFsStreams } from './fsStreams';
import { descriptorFunctions } from './fsDescriptors';

/** Node 20's fs functions, in its order (the keys of Node's fs module). */
const FS_FUNCTIONS = [
  'appendFile', 'appendFileSync', 'access', 'accessSync', 'chown', 'chownSync', 'chmod', 'chmodSync', 'close', 'closeSync',
  'copyFile', 'copyFileSync', 'cp', 'cpSync', 'createReadStream', 'createWriteStream', 'exists', 'existsSync', 'fchown',
  'fchownSync', 'fchmod', 'fchmodSync', 'fdatasync', 'fdatasyncSync', 'fstat', 'fstatSync', 'fsync', 'fsyncSync', 'ftruncate',
  'ftruncateSync', 'futimes', 'futimesSync', 'lchown', 'lchownSync', 'link', 'linkSync', 'lstat', 'lstatSync', 'lutimes',
  'lutimesSync', 'mkdir', 'mkdirSync', 'mkdtemp', 'mkdtempSync', 'open', 'openSync', 'openAsBlob', 'readdir', 'readdirSync',
  'read', 'readSync', 'readv', 'readvSync', 'readFile', 'readFileSync', 'readlink', 'readlinkSync', 'realpath', 'realpathSync',
  'rename', 'renameSync', 'rm', 'rmSync', 'rmdir', 'rmdirSync', 'stat', 'statfs', 'statSync', 'statfsSync', 'symlink',
  'symlinkSync', 'truncate', 'truncateSync', 'unwatchFile', 'unlink', 'unlinkSync', 'utimes', 'utimesSync', 'watch',
  'watchFile', 'writeFile', 'writeFileSync', 'write', 'writeSync', 'writev', 'writevSync', 'Dirent', 'Stats', 'ReadStream',
  'WriteStream', 'FileReadStream', 'FileWriteStream', 'Dir', 'opendir', 'opendirSync', 'lchmod', 'lchmodSync',
] as const;

/** fs.access's modes, as Node's fs.constants has them. */
const ACCESS_MODES = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 } as const;

/** The realm's fs context, or the run ends: an engine without a host reader has no file system. */
export function contextFor(realm: Realm, asWritten: string): FsContext {
  const ctx = fsContextOf(realm);
  if (!ctx) throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedRequire, asWritten));
  return ctx;
}

/** A function of Node's that Glassbox lacks: calling it ends the run, naming it. */
export function unsupportedFunction(realm: Realm, name: string, qualified: string): JSObject {
  return realm.newNative(name, 0, () => { throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedFsFunction, qualified)); });
}

/** The label of a request in flight, as the Event Loop view shows it: `fs.readFile data.txt`. */
export function ioLabel(fn: string, call: FsCall): string {
  return `fs.${fn} ${call.path}${call.dest === undefined ? '' : ` -> ${call.dest}`}`;
}

/** What the callback gets: (err), or (null) / (null, value). */
function* callbackArgs(realm: Realm, fn: string, r: FsResult): Gen<Value[]> {
  if (!r.ok) return [failureError(realm, fn, r.failure)];
  return r.value === undefined ? [null] : [null, yield* resultValue(realm, r.value)];
}

/** A result as a JS value; bytes make a Buffer, so the buffer module is made first (on the first read without an encoding). */
export function* resultValue(realm: Realm, v: FsValue): Gen<Value> {
  if (v instanceof Uint8Array) yield* requireCore(realm, 'buffer');
  return fsValue(realm, v);
}

/** The JS function that does readFile, writeFile or appendFile when the program gives an fd, not a path. */
const FD_FORMS: Readonly<Record<string, string>> = {
  readFile: 'readFileFd', readFileSync: 'readFileSyncFd', writeFile: 'writeFileFd', writeFileSync: 'writeFileSyncFd',
  appendFile: 'writeFileFd', appendFileSync: 'writeFileSyncFd',
};

/** Calls the fd form of `name` (see FD_FORMS) with the program's arguments. */
function* callFdForm(realm: Realm, ctx: FsContext, name: string, thisArg: Value, args: Value[]): Gen<Value> {
  const fn = (yield* descriptorFunctions(realm, ctx)).getOwn(FD_FORMS[name])?.value;
  assert(fn instanceof JSObject, `node:fs made no ${FD_FORMS[name]}`);
  return yield { kind: 'call', fn, thisArg, args };
}

function callbackForm(realm: Realm, ctx: FsContext, name: string): JSObject {
  const op = FS_OPS[name];
  return realm.newNative(name, 2, function* (thisArg, args): Gen<Value> {
    if (typeof args[0] === 'number' && FD_FORMS[name]) return yield* callFdForm(realm, ctx, name, thisArg, args);
    const cb = callbackOf(realm, op.shape, args);
    const call = yield* readCall(realm, name, op.shape, args);
    const result = op.run(ctx.volume, call);
    ctx.startIo({
      label: ioLabel(name, call), ...callbackInfo(cb), holds: [cb],
      run: function* () { return yield { kind: 'call', fn: cb, thisArg: undefined, args: yield* callbackArgs(realm, name, result) }; },
    });
    return undefined;
  }, { gen: true });
}

function syncForm(realm: Realm, ctx: FsContext, name: string): JSObject {
  const base = name.slice(0, -'Sync'.length);
  const op = FS_OPS[base];
  return realm.newNative(name, 1, function* (thisArg, args): Gen<Value> {
    if (typeof args[0] === 'number' && FD_FORMS[name]) return yield* callFdForm(realm, ctx, name, thisArg, args);
    const result = op.run(ctx.volume, yield* readCall(realm, name, op.shape, args));
    if (!result.ok) throw new JSThrow(failureError(realm, name, result.failure));
    return yield* resultValue(realm, result.value);
  }, { gen: true });
}

/** fs.exists(path, cb) and fs.existsSync(path): a boolean, never an error. */
function existsForm(realm: Realm, ctx: FsContext, sync: boolean): JSObject {
  const test = (v: Value) => typeof v === 'string' && exists(ctx.volume, readPathOnly(realm, v));
  if (sync) return realm.newNative('existsSync', 1, (_this, args) => test(args[0]));
  return realm.newNative('exists', 2, (_this, args) => {
    const cb = callbackOf(realm, 'path', args);
    const found = test(args[0]);
    ctx.startIo({
      label: `fs.exists ${String(args[0])}`, ...callbackInfo(cb), holds: [cb],
      run: function* () { return yield { kind: 'call', fn: cb, thisArg: undefined, args: [found] }; },
    });
    return undefined;
  });
}

function readPathOnly(realm: Realm, path: string): string {
  const it = readCall(realm, 'exists', 'path', [path]);
  // A string path needs no JS call to check, so the generator finishes at once.
  return (it.next() as IteratorReturnResult<FsCall>).value.abs;
}

function fsFunction(realm: Realm, ctx: FsContext, name: string): JSObject {
  if (name === 'exists' || name === 'existsSync') return existsForm(realm, ctx, name === 'existsSync');
  if (FS_OPS[name]) return callbackForm(realm, ctx, name);
  if (name.endsWith('Sync') && FS_OPS[name.slice(0, -4)]) return syncForm(realm, ctx, name);
  return unsupportedFunction(realm, name, name);
}

/** The fd functions, written in JS (fsDescriptorsSource.ts). */
const DESCRIPTOR_FUNCTIONS = new Set([
  'open', 'openSync', 'close', 'closeSync', 'read', 'readSync', 'write', 'writeSync', 'fstat', 'fstatSync',
  'ftruncate', 'ftruncateSync', 'fsync', 'fsyncSync', 'fdatasync', 'fdatasyncSync',
]);

/**
 * An fd function whose JS (and the buffer module it uses) is made on the first call of any of
 * them, so a program that never opens a file pays nothing for them.
 */
export function lazyDescriptorFunction(realm: Realm, ctx: FsContext, name: string, jsName = name): JSObject {
  return realm.newNative(name, 2, function* (thisArg, args): Gen<Value> {
    const fn = (yield* descriptorFunctions(realm, ctx)).getOwn(jsName)?.value;
    assert(fn instanceof JSObject, `node:fs made no ${jsName}`);
    return yield { kind: 'call', fn, thisArg, args };
  }, { gen: true });
}

export function* makeFs(realm: Realm): Gen<JSObject> {
  const ctx = contextFor(realm, 'fs');
  const fs = realm.newObject();
  for (const name of FS_FUNCTIONS) {
    fs.put(name, DESCRIPTOR_FUNCTIONS.has(name) ? lazyDescriptorFunction(realm, ctx, name) : fsFunction(realm, ctx, name), DEFAULT_FLAGS);
  }
  installFsStreams(realm, fs);
  const constants = realm.newObject();
  for (const [mode, n] of Object.entries(ACCESS_MODES)) {
    fs.put(mode, n, DEFAULT_FLAGS);
    constants.put(mode, n, DEFAULT_FLAGS);
  }
  fs.put('constants', constants, DEFAULT_FLAGS);
  fs.put('promises', yield* requireCore(realm, 'fs/promises'), DEFAULT_FLAGS);
  return fs;
}
