// Node's `process` with nothing of the host in it: an empty env, argv naming the program,
// stdout/stderr writes, exit and exitCode, and process.on('exit') through the realm's own
// EventEmitter (the `events` core module, loaded on the first listener). nextTick comes from the loop.
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import type { Value } from '../../heap/values';
import { isCallable, type NativeFunction } from '../../heap/function';
import type { Gen } from '../../ops/convert';
import { get } from '../../ops/object';
import { NodeMsg } from '../../errors/nodeMessages';
import type { Realm } from '../realm';
import { requireCore } from '../node/coreModules';
import { describeReceived, throwNodeError } from './webSupport';
import { installMemoryUsage } from './memoryUsage';
import { DataViewObject, TypedArrayObject } from '../../heap/binary';
import { assert } from '../../errors/internal';

/** Glassbox's answer for process.execPath and argv[0]: a fixed path (no host path leaks into the run). */
export const EXEC_PATH = '/glassbox/bin/node';

/**
 * Thrown (as a host exception: no JS catch or finally sees it) by process.exit once the 'exit'
 * listeners ran; the agent ends the run there, with process.exitCode.
 */
export class ProcessExit extends Error {
  constructor() {
    super('process.exit()');
  }
}

/** EventEmitter's methods on process, run with process as `this` (Node's process is an EventEmitter). */
const EMITTER_METHODS = [
  'on', 'once', 'off', 'addListener', 'removeListener', 'removeAllListeners', 'prependListener', 'prependOnceListener',
  'emit', 'listeners', 'rawListeners', 'listenerCount', 'eventNames', 'setMaxListeners', 'getMaxListeners',
];

/** Marks the realms whose process is exiting: a second process.exit() emits 'exit' no more. */
const exiting = new WeakSet<Realm>();

export function installProcess(realm: Realm): void {
  const process = realm.newObject();
  process.put('title', 'node', DEFAULT_FLAGS);
  process.put('version', 'v20.20.2', DEFAULT_FLAGS);
  process.put('platform', 'linux', DEFAULT_FLAGS);
  process.put('env', realm.newObject());
  process.put('argv', realm.newArray([EXEC_PATH]));
  process.put('argv0', 'node', DEFAULT_FLAGS);
  process.put('execArgv', realm.newArray([]));
  process.put('execPath', EXEC_PATH, DEFAULT_FLAGS);
  process.put('exitCode', undefined);
  installMemoryUsage(realm, process);
  process.put('stdout', makeStream(realm, 'stdout', 1), DEFAULT_FLAGS);
  process.put('stderr', makeStream(realm, 'stderr', 2), DEFAULT_FLAGS);
  realm.method(process, 'exit', 1, function* (_this, args) {
    return yield* exit(realm, process, args[0]);
  }, { gen: true });
  addEmitterMethods(realm, process);
  realm.defineGlobal('process', process);
  realm.intrinsics.set('%process%', process);
}

/** argv[1]: the program's absolute path, as Node's. */
export function setProgramPath(realm: Realm, path: string): void {
  const process = realm.intrinsic('%process%');
  process.put('argv', realm.newArray([EXEC_PATH, path]));
}

/** EventEmitter's methods on `target`, loaded on first use: process, and stdout/stderr (so a stream can pipe into them). */
function addEmitterMethods(realm: Realm, target: JSObject): void {
  for (const name of EMITTER_METHODS) {
    realm.method(target, name, 0, function* (thisArg, args) {
      const method = yield* emitterMethod(realm, name);
      return yield { kind: 'call', fn: method, thisArg, args };
    }, { gen: true });
  }
}

function* emitterMethod(realm: Realm, name: string): Gen<JSObject> {
  const EventEmitter = yield* requireCore(realm, 'events');
  const proto = yield* get(realm, EventEmitter, 'prototype');
  const method = proto instanceof JSObject ? yield* get(realm, proto, name) : undefined;
  assert(method instanceof JSObject && isCallable(method), `EventEmitter.prototype.${name} is a function`);
  return method;
}

/** process.exit(code): exitCode set, the 'exit' listeners run on this stack, then the run ends. */
function* exit(realm: Realm, process: JSObject, code: Value): Gen<never> {
  if (code !== undefined) process.put('exitCode', exitCodeOf(realm, code));
  if (!exiting.has(realm)) {
    exiting.add(realm);
    yield* emitExit(realm, process);
  }
  throw new ProcessExit();
}

/** `process.exitCode` now, or 0 when the program set none: the code Node's 'exit' event carries. */
export function currentExitCode(realm: Realm): number {
  const code = realm.intrinsic('%process%').getOwn('exitCode')?.value;
  return typeof code === 'number' ? code : 0;
}

/** Node's validation of an exit code: an integer, or a string of one. */
function exitCodeOf(realm: Realm, code: Value): Value {
  if (typeof code === 'number' && Number.isInteger(code)) return code;
  if (typeof code === 'string' && /^-?\d+$/.test(code)) return Number(code);
  if (typeof code === 'number') throwNodeError(realm, NodeMsg.OutOfRange, 'code', 'an integer', String(code));
  return throwNodeError(realm, NodeMsg.InvalidArgType, 'code', 'of type number', describeReceived(code));
}

/** process.emit('exit', code) when a listener was added (the only way `_events` comes to be); `eventCode`: the code read earlier. */
function* emitExit(realm: Realm, process: JSObject, eventCode?: number): Gen<void> {
  if (process.getOwn('_events') === undefined) return;
  const emit = yield* get(realm, process, 'emit');
  const code = eventCode ?? process.getOwn('exitCode')?.value;
  yield { kind: 'call', fn: emit, thisArg: process, args: ['exit', typeof code === 'number' ? code : 0] };
}

/**
 * The 'exit' event of a program that ran out of work (or, with `exitCode`, ended by an uncaught
 * exception), once: a native that emits it, or undefined when no listener was added (or
 * process.exit already emitted it).
 */
export function exitEmitter(realm: Realm, exitCode?: number, eventCode?: number): NativeFunction | undefined {
  const process = realm.intrinsic('%process%');
  if (exiting.has(realm)) return undefined;
  exiting.add(realm);
  if (process.getOwn('_events') === undefined) return undefined;
  if (exitCode !== undefined) process.put('exitCode', exitCode);
  const emit = realm.newNative('emit', 0, function* () {
    yield* emitExit(realm, process, eventCode);
    return undefined;
  }, { gen: true });
  emit.holds = [process];
  return emit;
}

/**
 * The 'beforeExit' event of a program that ran out of work: a native that emits it with the exit
 * code, or undefined without a listener for it (or once the process is exiting).
 */
export function beforeExitEmitter(realm: Realm): NativeFunction | undefined {
  const process = realm.intrinsic('%process%');
  const events = process.getOwn('_events')?.value;
  if (exiting.has(realm) || !(events instanceof JSObject) || events.getOwn('beforeExit') === undefined) return undefined;
  const emit = realm.newNative('emit', 0, function* () {
    const code = process.getOwn('exitCode')?.value;
    yield { kind: 'call', fn: yield* get(realm, process, 'emit'), thisArg: process, args: ['beforeExit', typeof code === 'number' ? code : 0] };
    return undefined;
  }, { gen: true });
  emit.holds = [process];
  return emit;
}

/** process.stdout / process.stderr: write(chunk[, encoding][, callback]) adds no line end and returns true. */
function makeStream(realm: Realm, name: 'stdout' | 'stderr', fd: number): JSObject {
  const stream = realm.newObject();
  stream.put('fd', fd, DEFAULT_FLAGS);
  stream.put('writable', true, DEFAULT_FLAGS);
  realm.method(stream, 'write', 1, function* (_this, args) {
    const text = chunkText(realm, args[0]);
    realm.host.write?.(name, text);
    const cb = args.find((a, i) => i > 0 && a instanceof JSObject && isCallable(a));
    if (cb) {
      const nextTick = yield* get(realm, realm.intrinsic('%process%'), 'nextTick');
      yield { kind: 'call', fn: nextTick, thisArg: undefined, args: [cb, null] };
    }
    return true;
  }, { gen: true });
  addEmitterMethods(realm, stream);
  return stream;
}

function chunkText(realm: Realm, chunk: Value): string {
  if (typeof chunk === 'string') return chunk;
  if (chunk instanceof TypedArrayObject || chunk instanceof DataViewObject) {
    return new TextDecoder().decode(new Uint8Array(chunk.buffer.data, chunk.byteOffset, chunk.byteLength));
  }
  return throwNodeError(realm, NodeMsg.InvalidArgType, 'chunk', 'of type string or an instance of Buffer, TypedArray, or DataView', describeReceived(chunk));
}
