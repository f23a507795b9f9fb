// Node's task APIs inside the realm: setTimeout/setInterval/setImmediate and their
// clear* functions, queueMicrotask and process.nextTick, all feeding the engine's loop.
import { Closure, isCallable, JSFunction } from '../heap/function';
import { JSObject, Prop } from '../heap/object';
import { Value, WellKnown } from '../heap/values';
import { typeOf } from '../ops/convert';
import type { Realm } from '../realm/realm';
import { EventLoop, SourceLink, Timer, TimerKind } from './eventLoop';

const TIMEOUT_MAX = 2 ** 31 - 1;

/** The callback's display name and where it is defined. */
export function callbackInfo(fn: JSFunction): { name: string } & SourceLink {
  const n = fn.getOwn('name');
  const name = n && typeof n.value === 'string' && n.value ? n.value : '(anonymous)';
  if (fn instanceof Closure) return { name, line: fn.code.range.line, column: fn.code.range.column + 1 };
  return { name };
}

function received(v: Value): string {
  if (v === undefined || v === null) return ` Received ${String(v)}`;
  if (typeof v === 'string') return ` Received type string ('${v}')`;
  if (v instanceof JSObject) return ' Received an instance of Object';
  return ` Received type ${typeOf(v)} (${String(v)})`;
}

function requireCallback(realm: Realm, v: Value): JSFunction {
  if (!isCallable(v)) realm.throwError('TypeError', `The "callback" argument must be of type function.${received(v)}`);
  return v;
}

/** Node's delay coercion: anything not in [1, 2^31-1] becomes 1. */
function coerceDelay(v: Value): number {
  const n = typeof v === 'number' ? v : v === undefined ? NaN : Number(v as never);
  return n >= 1 && n <= TIMEOUT_MAX ? n : 1;
}

export function installLoopBuiltins(realm: Realm, loop: EventLoop): void {
  const byHandle = new WeakMap<JSObject, Timer>();
  const timeoutProto = realm.newObject();
  const immediateProto = realm.newObject();
  for (const [proto, name] of [[timeoutProto, 'Timeout'], [immediateProto, 'Immediate']] as const) {
    const ctor = realm.newNative(name, 0, () => realm.throwError('TypeError', 'Illegal constructor'));
    realm.linkConstructor(ctor, proto);
  }
  realm.method(timeoutProto, WellKnown.toPrimitive, 0, (thisArg) => (thisArg instanceof JSObject ? byHandle.get(thisArg)?.id : undefined));

  const schedule = (kind: TimerKind, args: Value[]): JSObject => {
    const cb = requireCallback(realm, args[0]);
    const delay = kind === 'immediate' ? 0 : coerceDelay(args[1]);
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
  realm.defineGlobal('setTimeout', realm.newNative('setTimeout', 2, (_t, a) => schedule('timeout', a)));
  realm.defineGlobal('setInterval', realm.newNative('setInterval', 2, (_t, a) => schedule('interval', a)));
  realm.defineGlobal('setImmediate', realm.newNative('setImmediate', 1, (_t, a) => schedule('immediate', a)));
  for (const n of ['clearTimeout', 'clearInterval', 'clearImmediate']) realm.defineGlobal(n, realm.newNative(n, 1, (_t, a) => clear(a[0])));

  realm.defineGlobal('queueMicrotask', realm.newNative('queueMicrotask', 1, (_t, a) => {
    const cb = requireCallback(realm, a[0]);
    const info = callbackInfo(cb);
    loop.microtasks.push({ kind: 'queueMicrotask', ...info, run: function* () { return yield { kind: 'call', fn: cb, thisArg: undefined, args: [] }; } });
    return undefined;
  }));

  const processProp = realm.global.getOwn('process');
  const processObj = processProp?.value instanceof JSObject ? processProp.value : realm.newObject();
  processObj.props.set('nextTick', new Prop(realm.newNative('nextTick', 1, (_t, a) => {
    const cb = requireCallback(realm, a[0]);
    loop.ticks.push({ callback: cb, args: a.slice(1), ...callbackInfo(cb) });
    return undefined;
  }), 7));
}
