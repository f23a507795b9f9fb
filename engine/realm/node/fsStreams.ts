// fs.createReadStream / fs.createWriteStream and the ReadStream / WriteStream classes: the JS
// of fsStreamsSource.ts over the stream module, with natives that do each open, read, write
// and close as one I/O over the virtual volume (its callback comes in the poll phase after
// the I/O delay, as fs.readFile's does). A file is bytes here: its text as UTF-8.
import { GlassboxUnsupported } from '../../errors/unsupported';
import { formatMessage, Msg } from '../../errors/messages';
import { NodeMsg } from '../../errors/nodeMessages';
import { assert } from '../../errors/internal';
import { isCallable } from '../../heap/function';
import { TypedArrayObject } from '../../heap/binary';
import { CONFIGURABLE, DEFAULT_FLAGS, ENUMERABLE, JSObject } from '../../heap/object';
import type { Value } from '../../heap/values';
import type { Gen } from '../../ops/convert';
import { get } from '../../ops/object';
import { callbackInfo } from '../../loop/loopBuiltins';
import type { Realm } from '../realm';
import { describeReceived, throwNodeError } from '../builtins/webSupport';
import type { FsContext } from './fsContext';
import type { VolumeFailure } from './fsVolume';
import { failureError } from './fsValues';
import { absolute } from './fsOps';
import { cwdOf } from './path';
import { runJsModule } from './jsModule';
import { streamPart } from './stream';
import { FS_STREAMS_SOURCE } from './fsStreamsSource';

/** An open file of a stream: the path as given (for errors and labels) and resolved. */
interface OpenFile { path: string; abs: string }


function* natives(realm: Realm, ctx: FsContext): Gen<JSObject> {
  const files = new Map<number, OpenFile>();
  let nextFd = 20;
  const n = realm.newObject(null);
  const fn = (name: string, impl: (args: Value[]) => Value) => n.put(name, realm.newNative(name, 0, (_this, args) => impl(args)), DEFAULT_FLAGS);
  /** Puts one I/O in flight; `args` (computed now, from the volume as it is now) go to `cb` in the poll phase. */
  const io = (label: string, cb: Value, args: Value[]) => {
    assert(cb instanceof JSObject && isCallable(cb), 'fs streams pass a callback');
    ctx.startIo({
      label, ...callbackInfo(cb), holds: [cb, ...args],
      run: function* () { return yield { kind: 'call', fn: cb, thisArg: undefined, args }; },
    });
    return undefined;
  };
  const file = (fd: Value) => {
    const f = files.get(fd as number);
    assert(f, 'an fs stream uses the fd it opened');
    return f;
  };
  n.put('stream', yield* streamPart(realm, 'Stream'), DEFAULT_FLAGS);
  n.put('errorOrDestroy', yield* streamPart(realm, 'errorOrDestroy'), DEFAULT_FLAGS);
  n.put('kIoDone', yield* streamPart(realm, 'kIoDone'), DEFAULT_FLAGS);
  fn('unsupported', ([what]) => { throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedStreamFeature, String(what))); });
  fn('checkPath', ([path]) => {
    if (typeof path !== 'string') {
      if (path instanceof JSObject) throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedFsPath, 'createReadStream'));
      throwNodeError(realm, NodeMsg.InvalidArgType, 'path', 'of type string or an instance of Buffer or URL', describeReceived(path));
    }
    return path;
  });
  fn('open', ([path, flags, cb]) => {
    const given = String(path);
    const abs = absolute(cwdOf(realm), given);
    const entry = ctx.volume.lookup(abs);
    let failure: VolumeFailure | undefined = entry.kind === 'outside' ? entry : undefined;
    if (!failure && flags === 'r' && entry.kind !== 'file') failure = { kind: 'uv', code: entry.kind === 'dir' ? 'EISDIR' : 'ENOENT' } as const;
    if (!failure && flags !== 'r') failure = entry.kind === 'dir' ? { kind: 'uv', code: 'EISDIR' } as const : ctx.volume.write(abs, flags === 'w' || entry.kind !== 'file' ? new Uint8Array(0) : entry.bytes, false);
    if (failure) {
      const f = failure.kind === 'outside' ? { kind: 'outside' as const, path: given, abs, root: failure.root } : { kind: 'uv' as const, code: failure.code, syscall: 'open', path: given };
      return io(`fs.open ${given}`, cb, [failureError(realm, 'createReadStream', f)]);
    }
    const fd = nextFd++;
    files.set(fd, { path: given, abs });
    return io(`fs.open ${given}`, cb, [null, fd]);
  });
  fn('read', ([fd, position, length, cb]) => {
    const f = file(fd);
    const entry = ctx.volume.lookup(f.abs);
    const bytes = entry.kind === 'file' ? entry.bytes : new Uint8Array(0);
    const slice = bytes.subarray(position as number, (position as number) + (length as number));
    return io(`fs.read ${f.path}`, cb, [null, slice.length, realm.newArray([...slice])]);
  });
  fn('write', ([fd, data, cb]) => {
    const f = file(fd);
    assert(data instanceof TypedArrayObject, 'a WriteStream writes Buffers');
    const bytes = new Uint8Array(data.buffer.data, data.byteOffset, data.byteLength);
    const failure = ctx.volume.write(f.abs, bytes, true);
    if (failure) return io(`fs.write ${f.path}`, cb, [failureError(realm, 'createWriteStream', failure.kind === 'outside' ? { kind: 'outside', path: f.path, abs: f.abs, root: failure.root } : { kind: 'uv', code: failure.code, syscall: 'write' })]);
    return io(`fs.write ${f.path}`, cb, [null, bytes.length]);
  });
  fn('close', ([fd, cb]) => {
    const f = file(fd);
    files.delete(fd as number);
    return io(`fs.close ${f.path}`, cb, [null]);
  });
  return n;
}

/** The fs streams module of the realm, made on first use. */
function* fsStreams(realm: Realm, ctx: FsContext): Gen<JSObject> {
  const key = '%fs streams%';
  const made = realm.intrinsics.get(key);
  if (made) return made;
  const module = yield* runJsModule(realm, 'internal/fs/streams', FS_STREAMS_SOURCE, undefined, yield* natives(realm, ctx));
  realm.intrinsics.set(key, module);
  return module;
}

/** fs.<name> for the stream names: createReadStream/createWriteStream call into the module; the classes are getters (as Node's, loaded on first use). */
export function installFsStreams(realm: Realm, ctx: FsContext, fs: JSObject): void {
  const member = (name: string) => function* (): Gen<JSObject> {
    const value = yield* get(realm, yield* fsStreams(realm, ctx), name);
    assert(value instanceof JSObject, `fs streams made ${name}`);
    return value;
  };
  for (const name of ['createReadStream', 'createWriteStream']) {
    fs.put(name, realm.newNative(name, 2, function* (_this, args): Gen<Value> {
      return yield { kind: 'call', fn: yield* member(name)(), thisArg: undefined, args };
    }, { gen: true }), DEFAULT_FLAGS);
  }
  for (const [name, cls] of [['ReadStream', 'ReadStream'], ['WriteStream', 'WriteStream'], ['FileReadStream', 'ReadStream'], ['FileWriteStream', 'WriteStream']]) {
    fs.putAccessor(name, realm.newNative('get', 0, member(cls), { gen: true }), undefined, ENUMERABLE | CONFIGURABLE);
  }
}
