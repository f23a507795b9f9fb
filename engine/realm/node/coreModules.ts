// Node's core modules inside the realm: which names Node has (`require('module').builtinModules`
// of Node 20), which of them Glassbox makes, and the per-realm cache that makes each one once,
// on its first require, so a program that requires nothing pays nothing.
import { GlassboxUnsupported } from '../../errors/unsupported';
import { formatMessage, Msg } from '../../errors/messages';
import { NodeMsg } from '../../errors/nodeMessages';
import { JSObject } from '../../heap/object';
import { assert } from '../../errors/internal';
import type { Gen } from '../../ops/convert';
import type { Realm } from '../realm';
import { throwNodeError } from '../builtins/webSupport';
import { makeAssert, makeAssertStrict } from './assert';
import { makeBuffer } from './buffer';
import { makeEvents } from './events';
import { makeFs } from './fs';
import { makeFsPromises } from './fsPromises';
import { makeOs } from './os';
import { legacyStreamModule, makeStream, makeStreamPromises } from './stream';
import { makePath } from './path';
import { makeTimers, makeTimerPromises } from './timers';
import { makeUtil, makeUtilTypes } from './util';
import { makeWorkerThreads } from './workerThreads';

/** Node 20's builtinModules; the names a bare `require` finds without the `node:` scheme. */
export const NODE_BUILTIN_MODULES: readonly string[] = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing', '_http_server',
  '_stream_duplex', '_stream_passthrough', '_stream_readable', '_stream_transform', '_stream_wrap',
  '_stream_writable', '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks', 'buffer',
  'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
  'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector',
  'inspector/promises', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks',
  'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi',
  'worker_threads', 'zlib',
];

/** Modules Node has only under the `node:` scheme. */
const SCHEME_ONLY_MODULES: readonly string[] = ['test'];

/** How Glassbox makes a core module: a generator, as some run module code of their own (written in JS). */
type ModuleMaker = (realm: Realm) => Gen<JSObject>;

/** A core module that is one of the realm's globals as it was made (`require('process') === process`). */
const sameAsGlobal = (name: string): ModuleMaker => function* (realm) {
  yield* [];
  return realm.intrinsic(`%${name}%`);
};

const MAKERS: Readonly<Record<string, ModuleMaker>> = {
  _stream_duplex: legacyStreamModule('Duplex'),
  _stream_passthrough: legacyStreamModule('PassThrough'),
  _stream_readable: legacyStreamModule('Readable'),
  _stream_transform: legacyStreamModule('Transform'),
  _stream_writable: legacyStreamModule('Writable'),
  assert: makeAssert,
  'assert/strict': makeAssertStrict,
  buffer: makeBuffer,
  console: sameAsGlobal('console'),
  events: makeEvents,
  fs: makeFs,
  'fs/promises': makeFsPromises,
  os: makeOs,
  path: makePath,
  'path/posix': (realm) => requireCore(realm, 'path'),
  'path/win32': function* (realm) {
    const win32 = (yield* requireCore(realm, 'path')).getOwn('win32')?.value;
    assert(win32 instanceof JSObject, 'node:path made path.win32');
    return win32;
  },
  process: sameAsGlobal('process'),
  stream: makeStream,
  'stream/promises': makeStreamPromises,
  timers: makeTimers,
  'timers/promises': makeTimerPromises,
  util: makeUtil,
  'util/types': makeUtilTypes,
  worker_threads: makeWorkerThreads,
};

/** The core modules Glassbox has, for the README and the tests. */
export const PROVIDED_CORE_MODULES: readonly string[] = Object.keys(MAKERS);

/** The core module name `id` names (`fs`, `node:fs`), or undefined when `id` is not one of Node's. */
export function coreModuleName(id: string): string | undefined {
  if (id.startsWith('node:')) {
    const name = id.slice(5);
    return NODE_BUILTIN_MODULES.includes(name) || SCHEME_ONLY_MODULES.includes(name) ? name : undefined;
  }
  return NODE_BUILTIN_MODULES.includes(id) ? id : undefined;
}

/**
 * `require(id)` of a core module: the same object on every require (kept in the realm's
 * intrinsics, so the collector keeps it). A module Glassbox lacks ends the run as unsupported,
 * named as the program wrote it (`asWritten`: `fs` or `node:fs`).
 */
export function* requireCore(realm: Realm, name: string, asWritten = name): Gen<JSObject> {
  const key = `%node:${name}%`;
  const cached = realm.intrinsics.get(key);
  if (cached) return cached;
  const make = MAKERS[name];
  if (!make) throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedRequire, asWritten));
  const made = yield* make(realm);
  realm.intrinsics.set(key, made);
  return made;
}

/** Whether Glassbox has the core module `name` (so a late load of it cannot end the run as unsupported). */
export function hasCoreModule(name: string): boolean {
  return MAKERS[name] !== undefined;
}

/** Node's error for `require('node:<name>')` when Node has no such module. */
export function unknownBuiltin(realm: Realm, id: string): never {
  throwNodeError(realm, NodeMsg.UnknownBuiltinModule, id);
}
