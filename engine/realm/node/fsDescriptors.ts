// File descriptors for the `fs` module: the natives over the volume's fd table
// (fsDescriptorTable.ts) that fsDescriptorsSource.ts calls. They work at once and throw Node's
// uv errors (`EBADF: bad file descriptor, read`); `io` hands a callback its result in the poll
// phase after the I/O delay, as the other fs callbacks get theirs.
import { assert, JSThrow } from '../../errors/internal';
import { NodeMsg } from '../../errors/nodeMessages';
import { isCallable } from '../../heap/function';
import { DataViewObject, TypedArrayObject } from '../../heap/binary';
import { JSArray, JSObject, METHOD_FLAGS } from '../../heap/object';
import type { Value } from '../../heap/values';
import { callbackInfo } from '../../loop/loopBuiltins';
import type { Realm } from '../realm';
import { throwNodeError } from '../builtins/webSupport';
import type { FsContext } from './fsContext';
import { descriptorsOf, openMode } from './fsDescriptorTable';
import type { VolumeFailure } from './fsVolume';
import { statData } from './fsOps';
import { checkPath, failureError, fsValue } from './fsValues';
import { FS_DESCRIPTORS_SOURCE } from './fsDescriptorsSource';
import { FS_FILE_HANDLE_SOURCE } from './fsFileHandleSource';
import { requireCore } from './coreModules';
import { runJsModule } from './jsModule';
import type { Gen } from '../../ops/convert';
import { get } from '../../ops/object';

/** Throws a volume failure as Node's error for `syscall` (`path` for open, which names it). */
function fail(realm: Realm, fn: string, f: VolumeFailure, syscall: string, path?: { given: string; abs: string }): never {
  if (f.kind === 'outside') throw new JSThrow(failureError(realm, fn, { kind: 'outside', path: path!.given, abs: path!.abs, root: f.root }));
  throw new JSThrow(failureError(realm, fn, { kind: 'uv', code: f.code, syscall, path: path?.given }));
}

/** The host view of a Buffer, TypedArray or DataView argument's bytes (the JS side checked its kind). */
function bytesOf(v: Value): Uint8Array {
  assert(v instanceof TypedArrayObject || v instanceof DataViewObject, 'node:fs passes its natives views');
  return new Uint8Array(v.buffer.data, v.byteOffset, v.byteLength);
}

const isFailure = (v: unknown): v is VolumeFailure => typeof v === 'object' && v !== null && 'kind' in v;

/** The natives the fd functions' JS calls as `natives.x(...)`; each takes the calling function's name last. */
export function descriptorNatives(realm: Realm, ctx: FsContext): JSObject {
  const table = descriptorsOf(ctx.volume);
  const natives = realm.newObject(null);
  const fn = (name: string, impl: (args: Value[]) => Value) => natives.put(name, realm.newNative(name, 0, (_this, args) => impl(args)), METHOD_FLAGS);
  fn('open', ([path, flags, caller]) => {
    const p = checkPath(realm, String(caller), path, 'path');
    const mode = typeof flags === 'string' || typeof flags === 'number' ? openMode(flags) : undefined;
    if (!mode) throwNodeError(realm, NodeMsg.InvalidArgValue, 'flags', 'is invalid', typeof flags === 'string' ? `'${flags}'` : String(flags));
    const fd = table.open(p.abs, mode);
    if (isFailure(fd)) fail(realm, String(caller), fd, 'open', p);
    return fd;
  });
  fn('close', ([fd, caller]) => {
    const failed = table.close(fd as number);
    if (failed) fail(realm, String(caller), failed, 'close');
    return undefined;
  });
  fn('read', ([fd, view, offset, length, position, caller]) => {
    const bytes = table.read(fd as number, length as number, position === null ? null : (position as number));
    if (isFailure(bytes)) fail(realm, String(caller), bytes, 'read');
    bytesOf(view).set(bytes, offset as number);
    return bytes.length;
  });
  fn('write', ([fd, view, offset, length, position, caller]) => {
    const bytes = bytesOf(view).slice(offset as number, (offset as number) + (length as number));
    const n = table.write(fd as number, bytes, position === null ? null : (position as number));
    if (isFailure(n)) fail(realm, String(caller), n, 'write');
    return n;
  });
  fn('fstat', ([fd, caller]) => {
    const path = table.pathOf(fd as number);
    if (isFailure(path)) fail(realm, String(caller), path, 'fstat');
    // A file removed while open stats as the empty file it now is to its reader.
    return fsValue(realm, statData(ctx.volume, path, ctx.volume.lookup(path)));
  });
  fn('ftruncate', ([fd, len, caller]) => {
    const failed = table.truncate(fd as number, len as number);
    if (failed) fail(realm, String(caller), failed, 'ftruncate');
    return undefined;
  });
  fn('fsync', ([fd, caller]) => {
    // The volume is memory: every write is already as durable as it gets.
    const path = table.pathOf(fd as number);
    if (isFailure(path)) fail(realm, String(caller), path, 'fsync');
    return undefined;
  });
  fn('io', ([label, cb, args]) => {
    assert(isCallable(cb) && args instanceof JSArray, 'node:fs hands io a function and its arguments');
    const list = args.items.map((v) => v as Value);
    ctx.startIo({
      label: String(label), ...callbackInfo(cb), holds: [cb, args],
      run: function* () { return yield { kind: 'call', fn: cb, thisArg: undefined, args: list }; },
    });
    return undefined;
  });
  return natives;
}

/**
 * fs's fd functions (and fs.promises.open), made once per realm: the JS of
 * fsDescriptorsSource.ts over these natives, with the realm's own Buffer (not the global,
 * which a program may replace).
 */
export function* descriptorFunctions(realm: Realm, ctx: FsContext): Gen<JSObject> {
  const cached = realm.intrinsics.get('%fs.descriptors%');
  if (cached) return cached;
  const natives = descriptorNatives(realm, ctx);
  natives.put('Buffer', yield* get(realm, yield* requireCore(realm, 'buffer'), 'Buffer'), METHOD_FLAGS);
  const made = yield* runJsModule(realm, 'fs', `const Buffer = natives.Buffer;\n${FS_DESCRIPTORS_SOURCE}${FS_FILE_HANDLE_SOURCE}`, undefined, natives);
  realm.intrinsics.set('%fs.descriptors%', made);
  return made;
}
