// fs.createReadStream / fs.createWriteStream and the ReadStream / WriteStream classes: the JS
// of fsStreamsSource.ts over the stream module and the fs module's fd functions (open, read,
// write, close: each one I/O whose callback comes in the poll phase after the I/O delay).
import { GlassboxUnsupported } from '../../errors/unsupported';
import { formatMessage, Msg } from '../../errors/messages';
import { NodeMsg } from '../../errors/nodeMessages';
import { assert } from '../../errors/internal';
import { CONFIGURABLE, DEFAULT_FLAGS, ENUMERABLE, JSObject } from '../../heap/object';
import type { Value } from '../../heap/values';
import type { Gen } from '../../ops/convert';
import { get } from '../../ops/object';
import type { Realm } from '../realm';
import { describeReceived, throwNodeError } from '../builtins/webSupport';
import { runJsModule } from './jsModule';
import { streamPart } from './stream';
import { FS_STREAMS_SOURCE } from './fsStreamsSource';

/** What the fs streams JS gets: the stream module's parts and the fs module whose fd functions it calls. */
function* natives(realm: Realm, fs: JSObject): Gen<JSObject> {
  const n = realm.newObject(null);
  n.put('fs', fs, DEFAULT_FLAGS);
  n.put('stream', yield* streamPart(realm, 'Stream'), DEFAULT_FLAGS);
  n.put('errorOrDestroy', yield* streamPart(realm, 'errorOrDestroy'), DEFAULT_FLAGS);
  n.put('kIoDone', yield* streamPart(realm, 'kIoDone'), DEFAULT_FLAGS);
  n.put('unsupported', realm.newNative('unsupported', 1, (_this, args) => {
    throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedStreamFeature, String(args[0])));
  }), DEFAULT_FLAGS);
  n.put('checkPath', realm.newNative('checkPath', 1, (_this, [path]) => {
    if (typeof path === 'string') return path;
    if (path instanceof JSObject) throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedFsPath, 'createReadStream'));
    return throwNodeError(realm, NodeMsg.InvalidArgType, 'path', 'of type string or an instance of Buffer or URL', describeReceived(path));
  }), DEFAULT_FLAGS);
  return n;
}

/** The fs streams module of the realm, made on first use. */
function* fsStreams(realm: Realm, fs: JSObject): Gen<JSObject> {
  const key = '%fs streams%';
  const made = realm.intrinsics.get(key);
  if (made) return made;
  const module = yield* runJsModule(realm, 'internal/fs/streams', FS_STREAMS_SOURCE, undefined, yield* natives(realm, fs));
  realm.intrinsics.set(key, module);
  return module;
}

/** fs.<name> for the stream names: createReadStream/createWriteStream call into the module; the classes are getters (as Node's, loaded on first use). */
export function installFsStreams(realm: Realm, fs: JSObject): void {
  const member = (name: string) => function* (): Gen<JSObject> {
    const value = yield* get(realm, yield* fsStreams(realm, fs), name);
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
