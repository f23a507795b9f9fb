// The JS side of Glassbox's fs: an fs function's arguments checked as Node checks them (or
// refused as unsupported), and its host results made into JS values: text, names, Stats,
// and Node's uv errors (`ENOENT: no such file or directory, open 'x'`, with errno, code, syscall, path).
import { GlassboxUnsupported } from '../../errors/unsupported';
import { formatMessage, Msg } from '../../errors/messages';
import { NodeMsg, UvErrors, UvMsg } from '../../errors/nodeMessages';
import { isCallable, JSFunction } from '../../heap/function';
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import { DateObject } from '../../heap/slots';
import type { Value } from '../../heap/values';
import { get } from '../../ops/object';
import type { Gen } from '../../ops/convert';
import type { Realm } from '../realm';
import { describeReceived, throwNodeError } from '../builtins/webSupport';
import { cwdOf } from './path';
import { absolute, FsCall, FsFailure, FsShape, FsValue } from './fsOps';
import { encode, normalizeEncoding, type Encoding } from './bufferCodec';
import { newBuffer, viewBytes } from './buffer';

/** A path argument: a string, resolved against the current folder (the program's). */
export function checkPath(realm: Realm, fn: string, v: Value, name: string): { given: string; abs: string } {
  if (typeof v === 'string') return { given: v, abs: absolute(cwdOf(realm), v) };
  if (typeof v === 'number' || v instanceof JSObject) throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedFsPath, fn));
  throwNodeError(realm, NodeMsg.InvalidArgType, name, 'of type string or an instance of Buffer or URL', describeReceived(v));
}

/** The `encoding` of a string or options-object argument (undefined when none). */
function* encodingOf(realm: Realm, v: Value): Gen<Value> {
  if (v instanceof JSObject && !isCallable(v)) return yield* get(realm, v, 'encoding');
  return isCallable(v) ? undefined : v;
}

/** An encoding argument as Node's assertEncoding checks it: any of Buffer's; none (undefined) means bytes. */
export function* checkEncoding(realm: Realm, v: Value): Gen<Encoding | undefined> {
  const enc = yield* encodingOf(realm, v);
  if (enc === undefined || enc === null) return undefined;
  const normalized = typeof enc === 'string' ? normalizeEncoding(enc) : undefined;
  if (normalized === undefined) throwNodeError(realm, NodeMsg.InvalidArgValue, 'encoding', 'is invalid encoding', inspectReceived(enc));
  return normalized;
}

/** Node's inspect of a received value in ERR_INVALID_ARG_VALUE: strings quoted as it quotes them. */
function inspectReceived(v: Value): string {
  return typeof v === 'string' ? `'${v.replace(/'/g, "\\'")}'` : String(v);
}

/** The bytes writeFile and appendFile write: a string in its encoding, or a Buffer's, TypedArray's or DataView's bytes. */
function* dataBytes(realm: Realm, data: Value, options: Value): Gen<Uint8Array> {
  if (typeof data === 'string') return encode(data, (yield* checkEncoding(realm, options)) ?? 'utf8');
  const bytes = viewBytes(realm, data);
  if (bytes === undefined) throwNodeError(realm, NodeMsg.InvalidArgType, 'data', 'of type string or an instance of Buffer, TypedArray, or DataView', describeReceived(data));
  return bytes;
}

/** The names Node's errors give the two paths of a two-path function. */
const PATH_NAMES: Readonly<Record<string, readonly [string, string]>> = { rename: ['oldPath', 'newPath'], copyFile: ['src', 'dest'] };

/** Node's default open flag of each function that takes one: another would open the file otherwise. */
const DEFAULT_FLAG: Readonly<Record<string, string>> = { readFile: 'r', writeFile: 'w', appendFile: 'a' };

/** An options object's `flag`, which Glassbox takes only as the function's default. */
function* checkFlag(realm: Realm, fn: string, v: Value): Gen<void> {
  if (!(v instanceof JSObject) || isCallable(v)) return;
  const flag = yield* get(realm, v, 'flag');
  const base = fn.replace(/Sync$/, '');
  if (flag !== undefined && flag !== DEFAULT_FLAG[base]) throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedFsFlag, fn, String(flag)));
}

/** The letters glibc's mkdtemp draws its six characters from. */
const TEMP_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/**
 * mkdtemp's arguments in Node's order (options, then prefix); the six characters come from the
 * run's seeded random source, so a run makes the same folders every time.
 */
function* readTempCall(realm: Realm, fn: string, args: Value[]): Gen<FsCall> {
  const options = args[1];
  if (options !== undefined && options !== null && !isCallable(options) && typeof options !== 'string' && !(options instanceof JSObject)) {
    throwNodeError(realm, NodeMsg.InvalidArgType, 'options', 'one of type string or object', describeReceived(options));
  }
  const bytes = (yield* encodingOf(realm, options)) === 'buffer';
  const encoding = bytes ? undefined : yield* checkEncoding(realm, options);
  if (typeof args[0] === 'number') throwNodeError(realm, NodeMsg.InvalidArgType, 'prefix', 'of type string or an instance of Buffer or URL', describeReceived(args[0]));
  const prefix = checkPath(realm, fn, args[0], 'prefix').given;
  let suffix = '';
  for (let i = 0; i < 6; i++) suffix += TEMP_LETTERS[Math.floor(realm.host.random() * TEMP_LETTERS.length)];
  const created = prefix + suffix;
  // Node's Sync form quotes the template in its errors; the callback and promise forms, the name tried.
  const path = fn.endsWith('Sync') ? `${prefix}XXXXXX` : created;
  return { path, abs: absolute(cwdOf(realm), created), created, bytes, encoding };
}

/** The call's checked arguments, by the function's shape. */
export function* readCall(realm: Realm, fn: string, shape: FsShape, args: Value[]): Gen<FsCall> {
  if (shape === 'prefix+options') return yield* readTempCall(realm, fn, args);
  const [firstName, secondName] = PATH_NAMES[fn.replace(/Sync$/, '')] ?? ['path', 'path'];
  const first = checkPath(realm, fn, args[0], firstName);
  const call: FsCall = { path: first.given, abs: first.abs };
  switch (shape) {
    case 'path': break;
    case 'path+encoding':
      call.encoding = yield* checkEncoding(realm, args[1]);
      yield* checkFlag(realm, fn, args[1]);
      break;
    case 'path+data': {
      call.data = yield* dataBytes(realm, args[1], args[2]);
      yield* checkFlag(realm, fn, args[2]);
      break;
    }
    case 'path+path': {
      const dest = checkPath(realm, fn, args[1], secondName);
      call.dest = dest.given;
      call.destAbs = dest.abs;
      break;
    }
    case 'path+mkdirOptions':
    case 'path+rmOptions': {
      const o = args[1];
      const options = o instanceof JSObject && !isCallable(o) ? o : undefined;
      call.recursive = options ? Boolean(yield* get(realm, options, 'recursive')) : false;
      if (shape === 'path+rmOptions') call.force = options ? Boolean(yield* get(realm, options, 'force')) : false;
      break;
    }
  }
  return call;
}

/** The callback of a callback-form call, where Node's maybeCallback looks: after the optional options (`cb ||= options`). */
export function callbackOf(realm: Realm, shape: FsShape, args: Value[]): JSFunction {
  const required = shape === 'path+data' || shape === 'path+path' ? 2 : 1;
  const last = args[required + 1];
  const cb = last !== undefined && last !== null && last !== false && last !== 0 && last !== '' ? last : args[required];
  if (!isCallable(cb)) throwNodeError(realm, NodeMsg.InvalidArgType, 'cb', 'of type function', describeReceived(cb));
  return cb;
}

/** Node's uv error for a failed call, or the sandbox's error for a path outside the program's folder. */
export function failureError(realm: Realm, fn: string, f: FsFailure): JSObject {
  if (f.kind === 'outside') {
    const e = realm.makeError('Error', formatMessage(Msg.FsSandboxEscape, fn, f.path, f.abs, f.root));
    e.put('code', 'ERR_GLASSBOX_SANDBOX', DEFAULT_FLAGS);
    return e;
  }
  const { errno, text } = UvErrors[f.code];
  const message = f.path === undefined ? formatMessage(UvMsg.NoPath, f.code, text, f.syscall)
    : f.dest === undefined ? formatMessage(UvMsg.WithPath, f.code, text, f.syscall, f.path)
      : formatMessage(UvMsg.WithDest, f.code, text, f.syscall, f.path, f.dest);
  const e = realm.makeError('Error', message);
  e.put('errno', errno, DEFAULT_FLAGS);
  e.put('code', f.code, DEFAULT_FLAGS);
  e.put('syscall', f.syscall, DEFAULT_FLAGS);
  if (f.path !== undefined) e.put('path', f.path, DEFAULT_FLAGS);
  if (f.dest !== undefined) e.put('dest', f.dest, DEFAULT_FLAGS);
  return e;
}

const statsProtos = new WeakMap<Realm, JSObject>();

/** Stats.prototype, made once per realm: isFile, isDirectory and isSymbolicLink read the object's kind. */
function statsProto(realm: Realm): JSObject {
  let proto = statsProtos.get(realm);
  if (proto) return proto;
  proto = realm.newObject();
  const ctor = realm.newNative('Stats', 0, () => realm.throwError('TypeError', Msg.IllegalConstructor));
  realm.linkConstructor(ctor, proto);
  const kinds = new WeakMap<JSObject, boolean>();
  const isFile = (self: Value) => self instanceof JSObject && kinds.get(self) === true;
  realm.method(proto, 'isFile', 0, (self) => isFile(self));
  realm.method(proto, 'isDirectory', 0, (self) => self instanceof JSObject && kinds.get(self) === false);
  for (const name of ['isSymbolicLink', 'isBlockDevice', 'isCharacterDevice', 'isFIFO', 'isSocket']) realm.method(proto, name, 0, () => false);
  statsKinds.set(realm, kinds);
  statsProtos.set(realm, proto);
  realm.intrinsics.set('%fs.Stats.prototype%', proto);
  return proto;
}

const statsKinds = new WeakMap<Realm, WeakMap<JSObject, boolean>>();

/** A JS value for an fs result: bytes are a Buffer (the caller made the buffer module). */
export function fsValue(realm: Realm, v: FsValue): Value {
  if (Array.isArray(v)) return realm.newArray(v);
  if (v instanceof Uint8Array) return newBuffer(realm, v);
  if (typeof v !== 'object') return v;
  const stats = new JSObject(statsProto(realm));
  stats.className = 'Stats';
  statsKinds.get(realm)!.set(stats, v.isFile);
  // Node's fields in its order; what a sandbox has no real value for is fixed (the user of os.userInfo, one device).
  const fields: [string, number][] = [
    ['dev', 2049], ['mode', v.isFile ? 0o100644 : 0o40755], ['nlink', v.isFile ? 1 : 2], ['uid', 1000], ['gid', 1000], ['rdev', 0],
    ['blksize', 4096], ['ino', v.ino], ['size', v.size], ['blocks', Math.ceil(v.size / 4096) * 8],
    ['atimeMs', v.mtimeMs], ['mtimeMs', v.mtimeMs], ['ctimeMs', v.mtimeMs], ['birthtimeMs', v.birthtimeMs],
  ];
  for (const [name, n] of fields) stats.put(name, n, DEFAULT_FLAGS);
  const dateProto = realm.intrinsic('%Date.prototype%');
  for (const name of ['atime', 'mtime', 'ctime', 'birthtime']) stats.put(name, new DateObject(dateProto, stats.getOwn(`${name}Ms`)!.value as number), DEFAULT_FLAGS);
  return stats;
}
