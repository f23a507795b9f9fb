// Node's task APIs inside the realm: setTimeout/setInterval/setImmediate and their
// clear* functions, queueMicrotask and process.nextTick, all feeding the engine's loop.
import { Closure, isCallable, JSFunction } from '../heap/function';
import { DEFAULT_FLAGS, JSObject } from '../heap/object';
import { Value, WellKnown } from '../heap/values';
import { Gen, toNumber } from '../ops/convert';
import { JSThrow } from '../errors/internal';
import { functionDisplayName } from '../debug/displayName';
import type { Realm } from '../realm/realm';
import { EventLoop, SourceLink, Timer, TimerKind } from './eventLoop';
import { installTimerPromises } from './timerPromises';
import { abortTimeouts } from '../realm/builtins/AbortController';
import { nextTickThrows } from '../realm/builtins/EventTarget';
import { eventClocks } from '../realm/builtins/Event';
import { Msg } from '../errors/messages';
import { NodeMsg } from '../errors/nodeMessages';
import { describeReceived, throwNodeError } from '../realm/builtins/webSupport';

const TIMEOUT_MAX = 2 ** 31 - 1;

const NODE_GLOBAL_ORDER = ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval', 'setTimeout', 'queueMicrotask'] as const;

/** The callback's display name and where it is defined. */
export function callbackInfo(fn: JSFunction): { name: string } & SourceLink {
  const name = functionDisplayName(fn);
  if (fn instanceof Closure) return { name, line: fn.code.range.line, column: fn.code.range.column, file: fn.code.fileName };
  return { name };
}

/** Node's ERR_INVALID_ARG_TYPE for a callback that is not a function. */
function requireCallback(realm: Realm, v: Value): JSFunction {
  if (!isCallable(v)) throwNodeError(realm, NodeMsg.InvalidArgType, 'callback', 'of type function', describeReceived(v));
  return v;
}

/** Node's delay coercion (`after *= 1`): anything not in [1, 2^31-1] becomes 1, and a delay
 *  too large for a 32-bit int says so in Node's TimeoutOverflowWarning. */
function* coerceDelay(realm: Realm, v: Value, warn: (text: string) => void): Gen<number> {
  const n = v === undefined ? NaN : yield* toNumber(realm, v);
  if (n > TIMEOUT_MAX) warn(`${String(n)} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`);
  return n >= 1 && n <= TIMEOUT_MAX ? n : 1;
}

/** process.emitWarning's default output on stderr; its hint comes with the first warning only. */
function warningPrinter(realm: Realm, type: string): (text: string) => void {
  let hinted = false;
  return (text) => {
    const hint = hinted ? '' : '\n(Use `node --trace-warnings ...` to show where the warning was created)';
    hinted = true;
    realm.host.console('warn', `(node) ${type}: ${text}${hint}`);
  };
}

export function installLoopBuiltins(realm: Realm, loop: EventLoop): void {
  const byHandle = new WeakMap<JSObject, Timer>();
  const timeoutProto = realm.newObject();
  const immediateProto = realm.newObject();
  for (const [proto, name] of [[timeoutProto, 'Timeout'], [immediateProto, 'Immediate']] as const) {
    const ctor = realm.newNative(name, 0, () => realm.throwError('TypeError', Msg.IllegalConstructor));
    realm.linkConstructor(ctor, proto);
  }
  realm.method(timeoutProto, WellKnown.toPrimitive, 0, (thisArg) => (thisArg instanceof JSObject ? byHandle.get(thisArg)?.id : undefined));

  const overflowWarning = warningPrinter(realm, 'TimeoutOverflowWarning');
  const schedule = function* (kind: TimerKind, args: Value[]): Gen<Value> {
    const cb = requireCallback(realm, args[0]);
    const delay = kind === 'immediate' ? 0 : yield* coerceDelay(realm, args[1], overflowWarning);
    const extra = args.slice(kind === 'immediate' ? 1 : 2);
    const info = callbackInfo(cb);
    const t = loop.addTimer(kind, cb, extra, delay, info.name, info);
    const handle = new JSObject(kind === 'immediate' ? immediateProto : timeoutProto);
    handle.className = kind === 'immediate' ? 'Immediate' : 'Timeout';
    t.handle = handle;
    byHandle.set(handle, t);
    return handle;
  };
  const clear = (v: Value): Value => {
    let t = v instanceof JSObject ? byHandle.get(v) : undefined;
    if (!t && (typeof v === 'number' || typeof v === 'string')) t = loop.timers.get(Number(v));
    if (t) loop.clearTimer(t);
    return undefined;
  };
  const gen = { gen: true };
  const fns = {
    setTimeout: realm.newNative('setTimeout', 2, (_t, a) => schedule('timeout', a), gen),
    setInterval: realm.newNative('setInterval', 2, (_t, a) => schedule('interval', a), gen),
    setImmediate: realm.newNative('setImmediate', 1, (_t, a) => schedule('immediate', a), gen),
    clearTimeout: realm.newNative('clearTimeout', 1, (_t, a) => clear(a[0])),
    clearInterval: realm.newNative('clearInterval', 1, (_t, a) => clear(a[0])),
    clearImmediate: realm.newNative('clearImmediate', 1, (_t, a) => clear(a[0])),
    queueMicrotask: realm.newNative('queueMicrotask', 1, (_t, a) => {
      const cb = requireCallback(realm, a[0]);
      const info = callbackInfo(cb);
      loop.enqueueMicrotask({ kind: 'queueMicrotask', ...info, holds: [cb], run: function* () { return yield { kind: 'call', fn: cb, thisArg: undefined, args: [] }; } });
      return undefined;
    }),
  };
  installTimerPromises(realm, schedule, fns.setTimeout, fns.setImmediate);
  abortTimeouts.set(realm, (ms, callback) => {
    loop.addTimer('timeout', callback, [], ms, 'AbortSignal.timeout', {}).unref = true;
  });
  eventClocks.set(realm, () => loop.now);
  nextTickThrows.set(realm, (value) => {
    const rethrow = realm.newNative('emitUncaughtException', 0, () => { throw new JSThrow(value); });
    rethrow.holds = [value];
    loop.enqueueTick({ callback: rethrow, args: [], name: 'EventTarget listener error' });
  });
  // Enumerable and in this order on Node's global object, so console.log(globalThis) lists them.
  // The same functions are the `timers` module's (realm/node/timers.ts), whatever the program does to the globals.
  for (const name of NODE_GLOBAL_ORDER) {
    realm.global.put(name, fns[name], DEFAULT_FLAGS);
    realm.intrinsics.set(`%${name}%`, fns[name]);
  }

  const processProp = realm.global.getOwn('process');
  const processObj = processProp?.value instanceof JSObject ? processProp.value : realm.newObject();
  processObj.put('nextTick', realm.newNative('nextTick', 1, (_t, a) => {
    const cb = requireCallback(realm, a[0]);
    loop.enqueueTick({ callback: cb, args: a.slice(1), ...callbackInfo(cb) });
    return undefined;
  }), DEFAULT_FLAGS);
}
