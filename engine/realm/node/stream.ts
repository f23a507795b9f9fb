// The `stream` core module (and stream/promises): Node's streams written in JS (the
// stream*Source.ts parts, run once per realm in this order) over the realm's EventEmitter.
// Chunks that Node makes Buffers are the `buffer` core module's Buffers, made on the first one.
import { GlassboxUnsupported } from '../../errors/unsupported';
import { formatMessage, Msg } from '../../errors/messages';
import { assert } from '../../errors/internal';
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import type { Value } from '../../heap/values';
import type { Gen } from '../../ops/convert';
import { get } from '../../ops/object';
import type { Realm } from '../realm';
import { requireCore } from './coreModules';
import { runJsModule } from './jsModule';
import { STREAM_STATE_SOURCE } from './streamStateSource';
import { STREAM_DECODER_SOURCE } from './streamDecoderSource';
import { STREAM_DESTROY_SOURCE } from './streamDestroySource';
import { STREAM_READABLE_SOURCE } from './streamReadableSource';
import { STREAM_FLOW_SOURCE } from './streamFlowSource';
import { STREAM_ITER_SOURCE } from './streamIterSource';
import { STREAM_WRITABLE_SOURCE } from './streamWritableSource';
import { STREAM_WRITABLE_END_SOURCE } from './streamWritableEndSource';
import { STREAM_DUPLEX_SOURCE } from './streamDuplexSource';
import { STREAM_PIPELINE_SOURCE } from './streamPipelineSource';
import { STREAM_PUMP_SOURCE } from './streamPumpSource';
import { STREAM_SIGNAL_SOURCE } from './streamSignalSource';
import { STREAM_DUPLEXIFY_SOURCE } from './streamDuplexifySource';
import { STREAM_COMPOSE_SOURCE } from './streamComposeSource';
import { STREAM_EXPORTS_SOURCE } from './streamSource';

const STREAM_SOURCE = [
  STREAM_STATE_SOURCE, STREAM_DECODER_SOURCE, STREAM_DESTROY_SOURCE, STREAM_READABLE_SOURCE, STREAM_FLOW_SOURCE, STREAM_ITER_SOURCE,
  STREAM_WRITABLE_SOURCE, STREAM_WRITABLE_END_SOURCE, STREAM_DUPLEX_SOURCE, STREAM_PIPELINE_SOURCE, STREAM_PUMP_SOURCE,
  STREAM_SIGNAL_SOURCE, STREAM_DUPLEXIFY_SOURCE, STREAM_COMPOSE_SOURCE, STREAM_EXPORTS_SOURCE,
].join('');

/** What the stream JS gets from the engine. */
function* streamNatives(realm: Realm): Gen<JSObject> {
  const natives = realm.newObject(null);
  natives.put('EventEmitter', yield* requireCore(realm, 'events'), DEFAULT_FLAGS);
  natives.put('Buffer', realm.newNative('Buffer', 0, function* () {
    return yield* get(realm, yield* requireCore(realm, 'buffer'), 'Buffer');
  }, { gen: true }), DEFAULT_FLAGS);
  natives.put('Blob', realm.newNative('Blob', 0, function* () {
    return yield* get(realm, yield* requireCore(realm, 'buffer'), 'Blob');
  }, { gen: true }), DEFAULT_FLAGS);
  natives.put('unsupported', realm.newNative('unsupported', 1, (_this, args) => {
    throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedStreamFeature, String(args[0])));
  }), DEFAULT_FLAGS);
  return natives;
}

/** The module function's parts: Stream (the module), promises, and what fs streams share with it. */
function* streamParts(realm: Realm): Gen<JSObject> {
  const key = '%stream parts%';
  const made = realm.intrinsics.get(key);
  if (made) return made;
  const parts = yield* runJsModule(realm, 'stream', STREAM_SOURCE, undefined, yield* streamNatives(realm));
  realm.intrinsics.set(key, parts);
  return parts;
}

/** One of the parts the module function returned. */
export function* streamPart(realm: Realm, name: 'Stream' | 'promises' | 'kIoDone' | 'errorOrDestroy'): Gen<Value> {
  return yield* get(realm, yield* streamParts(realm), name);
}

function* objectPart(realm: Realm, name: 'Stream' | 'promises'): Gen<JSObject> {
  const part = yield* streamPart(realm, name);
  assert(part instanceof JSObject, `node:stream made ${name}`);
  return part;
}

export function makeStream(realm: Realm): Gen<JSObject> {
  return objectPart(realm, 'Stream');
}

export function makeStreamPromises(realm: Realm): Gen<JSObject> {
  return objectPart(realm, 'promises');
}

/** Node's legacy `_stream_readable` and kin: the class of the same name on the stream module. */
export const legacyStreamModule = (className: string) => function* (realm: Realm): Gen<JSObject> {
  const cls = yield* get(realm, yield* objectPart(realm, 'Stream'), className);
  assert(cls instanceof JSObject, `node:stream has ${className}`);
  return cls;
};
