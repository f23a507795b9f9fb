// AbortController and AbortSignal (https://dom.spec.whatwg.org/#interface-abortcontroller)
// as Node 20 has them. AbortSignal.timeout's timer is an unref'd timer on the engine's loop,
// which the loop installs through `abortTimeouts` (this file knows no event loop).
import { JSFunction } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { Value } from '../../heap/values';
import { JSThrow } from '../../errors/internal';
import { Gen } from '../../ops/convert';
import { iterableToList } from '../../ops/iteration';
import type { Realm } from '../realm';
import { newDOMException } from './DOMException';
import { trustedEvent } from './Event';
import { EventTargetObject, defineHandlerAttribute, dispatch, signalHooks } from './EventTarget';
import { constructorName, protoFromCtor, setToStringTag } from './objectSupport';
import { defineInspect, describeReceived, inspectText, requireClassNew, throwNodeError, webAccessor, webMethod } from './webSupport';
import { GlassboxUnsupported } from '../../errors/unsupported';
import { Msg, formatMessage } from '../../errors/messages';
import { DOMMsg, NodeMsg } from '../../errors/nodeMessages';

export class AbortSignalObject extends EventTargetObject {
  aborted = false;
  reason: Value = undefined;
  /** Signals made by AbortSignal.any that follow this one. */
  readonly dependents: AbortSignalObject[] = [];

  override debugSlots(): [string, Value][] {
    return [['[[Aborted]]', this.aborted], ['[[Reason]]', this.reason], ...super.debugSlots()];
  }
}

export class AbortControllerObject extends JSObject {
  override className = 'AbortController';
  constructor(proto: JSObject, readonly signal: AbortSignalObject) {
    super(proto);
  }
}

/** How AbortSignal.timeout schedules its callback on the realm's loop (set by the loop). */
export const abortTimeouts = new WeakMap<Realm, (ms: number, callback: JSFunction) => void>();

/** https://dom.spec.whatwg.org/#abortsignal-signal-abort */
export function* signalAbort(realm: Realm, signal: AbortSignalObject, reason: Value): Gen<void> {
  if (signal.aborted) return;
  signal.aborted = true;
  signal.reason = reason;
  yield* dispatch(realm, signal, trustedEvent(realm, 'abort'));
  for (const d of signal.dependents.splice(0)) yield* signalAbort(realm, d, reason);
}

export function installAbort(realm: Realm): void {
  const signalProto = realm.newObject(realm.intrinsic('%EventTarget.prototype%'));
  const signalCtor = realm.newNative('AbortSignal', 0, () =>
    throwNodeError(realm, NodeMsg.IllegalConstructor), { ctor: true });
  signalCtor.proto = realm.intrinsic('%EventTarget%');
  realm.defineConstructor(signalCtor, signalProto);
  const newSignal = () => new AbortSignalObject(signalProto);
  signalHooks.isSignal = (v) => v instanceof AbortSignalObject;
  signalHooks.isAborted = (s) => (s as AbortSignalObject).aborted;
  installSignalStatics(realm, signalCtor, newSignal);
  installSignalPrototype(realm, signalProto);

  const controllerProto = realm.newObject();
  const controllerCtor = realm.newNative('AbortController', 0, (_this, _args, newTarget) =>
    new AbortControllerObject(protoFromCtor(requireClassNew(realm, newTarget, 'AbortController'), controllerProto), newSignal()), { ctor: true });
  realm.defineConstructor(controllerCtor, controllerProto);
  // Node keeps the signal in a private field, so a wrong receiver gets V8's private-member error.
  const thisController = (v: Value): AbortControllerObject =>
    v instanceof AbortControllerObject ? v : realm.throwError('TypeError', formatMessage(Msg.PrivateRead, '#signal'));
  webAccessor(realm, controllerProto, 'signal', (thisArg) => thisController(thisArg).signal);
  webMethod(realm, controllerProto, 'abort', 0, function* (thisArg, args) {
    const c = thisController(thisArg);
    yield* signalAbort(realm, c.signal, args[0] === undefined ? newDOMException(realm, DOMMsg.Aborted) : args[0]);
    return undefined;
  }, true);
  defineInspect(realm, controllerProto, function* (self, depth, opts) {
    return yield* nodeCustomInspect(realm, self, [['signal', thisController(self).signal]], depth, opts);
  });
  setToStringTag(controllerProto, 'AbortController');
}

function thisSignal(realm: Realm, v: Value): AbortSignalObject {
  return v instanceof AbortSignalObject ? v : throwNodeError(realm, NodeMsg.InvalidThis, 'AbortSignal');
}

function installSignalPrototype(realm: Realm, proto: JSObject): void {
  webAccessor(realm, proto, 'aborted', (thisArg) => thisSignal(realm, thisArg).aborted);
  // Node's reason and throwIfAborted are plain class members (not enumerable), unlike aborted.
  realm.accessor(proto, 'reason', (thisArg) => thisSignal(realm, thisArg).reason);
  realm.method(proto, 'throwIfAborted', 0, (thisArg) => {
    const s = thisSignal(realm, thisArg);
    if (s.aborted) throw new JSThrow(s.reason);
    return undefined;
  });
  defineHandlerAttribute(realm, proto, 'abort');
  defineInspect(realm, proto, function* (self, depth, opts) {
    return yield* nodeCustomInspect(realm, self, [['aborted', thisSignal(realm, self).aborted]], depth, opts);
  });
  setToStringTag(proto, 'AbortSignal');
}

function installSignalStatics(realm: Realm, ctor: JSObject, newSignal: () => AbortSignalObject): void {
  webMethod(realm, ctor, 'abort', 0, (_this, args) => {
    const s = newSignal();
    s.aborted = true;
    s.reason = args[0] === undefined ? newDOMException(realm, DOMMsg.Aborted) : args[0];
    return s;
  });
  webMethod(realm, ctor, 'timeout', 1, (_this, args) => {
    const ms = validateDelay(realm, args[0]);
    const s = newSignal();
    const schedule = abortTimeouts.get(realm);
    if (schedule === undefined) throw new GlassboxUnsupported('AbortSignal.timeout without an event loop');
    const fire = realm.newNative('AbortSignal.timeout', 0, function* () {
      yield* signalAbort(realm, s, newDOMException(realm, DOMMsg.TimedOut));
      return undefined;
    }, { gen: true });
    fire.holds = [s];
    schedule(ms, fire);
    return s;
  });
  webMethod(realm, ctor, 'any', 1, function* (_this, args) {
    const items = yield* iterableToList(realm, args[0]);
    const sources = items.map((v, i) => (v instanceof AbortSignalObject ? v
      : throwNodeError(realm, NodeMsg.InvalidArgType, `signals[${i}]`, 'an instance of AbortSignal', describeReceived(v))));
    const s = newSignal();
    const done = sources.find((x) => x.aborted);
    if (done !== undefined) {
      s.aborted = true;
      s.reason = done.reason;
      return s;
    }
    for (const source of sources) source.dependents.push(s);
    return s;
  }, true);
}

/** Node's validateUint32(delay, 'delay') with its messages. */
function validateDelay(realm: Realm, v: Value): number {
  if (typeof v !== 'number') throwNodeError(realm, NodeMsg.InvalidArgType, 'delay', 'of type number', describeReceived(v));
  if (!Number.isInteger(v)) throwNodeError(realm, NodeMsg.OutOfRange, 'delay', 'an integer', String(v));
  if (v < 0 || v > 4294967295) throwNodeError(realm, NodeMsg.OutOfRange, 'delay', '>= 0 && <= 4294967295', String(v));
  return v;
}

/** Node's customInspect for these classes: `Name { ...fields }`, or the object itself when too deep. */
function* nodeCustomInspect(realm: Realm, self: Value, fields: [string, Value][], depth: number, opts: Parameters<typeof inspectText>[2]): Gen<Value> {
  if (depth < 0 || !(self instanceof JSObject)) return self;
  const obj = realm.newObject();
  for (const [k, v] of fields) obj.put(k, v);
  const inner = { ...opts, depth: opts.depth === undefined || opts.depth === Infinity ? opts.depth : opts.depth - 1 };
  return `${constructorName(self) ?? 'Object'} ${yield* inspectText(realm, obj, inner)}`;
}
