// EventTarget (https://dom.spec.whatwg.org/#interface-eventtarget) as Node 20 has it, for
// AbortSignal and for programs that use it directly. Listeners are user code: dispatch
// calls them through the VM; a listener's exception is rethrown later, as Node does.
import { isCallable } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { Value } from '../../heap/values';
import { JSThrow } from '../../errors/internal';
import { Gen, toBoolean, toString } from '../../ops/convert';
import { get } from '../../ops/object';
import type { Realm } from '../realm';
import { constructorName, protoFromCtor, setToStringTag } from './objectSupport';
import { EventObject, installEvent } from './Event';
import { defineInspect, describeReceived, inspectText, requireArgs, requireClassNew, throwNodeError, webAccessor, webMethod } from './webSupport';
import { NodeMsg } from '../../errors/nodeMessages';

interface Listener {
  /** Null for an engine listener (`engineAction`), which the program never sees. */
  callback: JSObject | null;
  /** Node's own listeners, e.g. the one that drops a `{ signal }` listener on abort. */
  engineAction?: () => void;
  capture: boolean;
  once: boolean;
  removed: boolean;
  /** An `on<type>` attribute's listener: it calls whatever the attribute holds now. */
  attribute?: boolean;
}

export class EventTargetObject extends JSObject {
  override className = 'EventTarget';
  readonly listeners = new Map<string, Listener[]>();
  /** `on<type>` attributes (onabort): the handler and its place among the listeners. */
  readonly handlers = new Map<string, { value: Value; listener: Listener }>();

  /** The debugger shows how many listeners wait for each event type. */
  debugSlots(): [string, Value][] {
    return [...this.listeners].map(([type, list]) => [`[[Listeners: ${type}]]`, list.filter((l) => l.callback !== null).length]);
  }
}

export function installEvents(realm: Realm): void {
  installEvent(realm);
  const targetProto = realm.newObject();
  const targetCtor = realm.newNative('EventTarget', 0, (_this, _args, newTarget) =>
    new EventTargetObject(protoFromCtor(requireClassNew(realm, newTarget, 'EventTarget'), targetProto)), { ctor: true });
  realm.defineConstructor(targetCtor, targetProto);
  installTargetPrototype(realm, targetProto);
}

function thisTarget(realm: Realm, v: Value): EventTargetObject {
  return v instanceof EventTargetObject ? v : throwNodeError(realm, NodeMsg.InvalidThis, 'EventTarget');
}

function installTargetPrototype(realm: Realm, proto: JSObject): void {
  webMethod(realm, proto, 'addEventListener', 2, function* (thisArg, args) {
    const t = thisTarget(realm, thisArg);
    requireArgs(realm, args, ['type', 'listener']);
    const type = yield* toString(realm, args[0]);
    const callback = args[1];
    if (callback === undefined || callback === null) return undefined;
    if (!(callback instanceof JSObject)) {
      throwNodeError(realm, NodeMsg.InvalidArgType, 'listener', 'an instance of EventListener', describeReceived(callback));
    }
    const opts = yield* listenerOptions(realm, args[2]);
    const signal = opts.signal as (JSObject & { aborted?: boolean }) | undefined;
    if (signal !== undefined && isAbortedSignal(signal)) return undefined;
    const list = t.listeners.get(type) ?? [];
    if (list.some((l) => !l.attribute && l.callback === callback && l.capture === opts.capture)) return undefined;
    const listener: Listener = { callback, capture: opts.capture, once: opts.once, removed: false };
    list.push(listener);
    t.listeners.set(type, list);
    // As in Node, the removal is a listener on the signal, in order with the program's own.
    if (signal instanceof EventTargetObject) addEngineListener(signal, 'abort', () => removeListener(t, type, listener));
    return undefined;
  }, true);
  webMethod(realm, proto, 'removeEventListener', 2, function* (thisArg, args) {
    const t = thisTarget(realm, thisArg);
    requireArgs(realm, args, ['type', 'listener']);
    const type = yield* toString(realm, args[0]);
    const capture = (yield* listenerOptions(realm, args[2])).capture;
    const l = t.listeners.get(type)?.find((x) => !x.attribute && x.callback === args[1] && x.capture === capture);
    if (l !== undefined) removeListener(t, type, l);
    return undefined;
  }, true);
  webMethod(realm, proto, 'dispatchEvent', 1, function* (thisArg, args) {
    const t = thisTarget(realm, thisArg);
    requireArgs(realm, args, ['event']);
    const e = args[0];
    if (!(e instanceof EventObject)) {
      throwNodeError(realm, NodeMsg.InvalidArgType, 'event', 'an instance of Event', describeReceived(e));
    }
    if (e.dispatching) throwNodeError(realm, NodeMsg.EventRecursion, e.type);
    yield* dispatch(realm, t, e);
    return !(e.cancelable && e.defaultPrevented);
  }, true);
  defineInspect(realm, proto, function* (self, depth, opts) {
    const t = thisTarget(realm, self);
    const name = constructorName(t) ?? 'EventTarget';
    if (depth < 0) return name;
    return `${name} ${yield* inspectText(realm, realm.newObject(), { ...opts, depth: (opts.depth ?? 2) - 1 })}`;
  });
  setToStringTag(proto, 'EventTarget');
}

interface ListenerOptions { capture: boolean; once: boolean; signal: JSObject | undefined }

/** The third argument of add/removeEventListener: a capture flag or an options object. */
function* listenerOptions(realm: Realm, v: Value): Gen<ListenerOptions> {
  if (!(v instanceof JSObject)) return { capture: toBoolean(v), once: false, signal: undefined };
  const flag = function* (name: string): Gen<boolean> { return toBoolean(yield* get(realm, v, name)); };
  const once = yield* flag('once');
  const capture = yield* flag('capture');
  yield* flag('passive'); // read as Node reads it; it changes nothing (see preventDefault)
  const signal = yield* get(realm, v, 'signal');
  if (signal !== undefined && !isSignal(signal)) {
    throwNodeError(realm, NodeMsg.InvalidPropertyType, 'options.signal', 'an instance of AbortSignal', describeReceived(signal));
  }
  return { capture, once, signal: signal as JSObject | undefined };
}

/** Hooks the abort module fills in (it builds on this one): is it a signal, is it aborted, on abort. */
export const signalHooks = {
  isSignal: (_v: Value): boolean => false,
  isAborted: (_v: JSObject): boolean => false,
};
const isSignal = (v: Value) => signalHooks.isSignal(v);
const isAbortedSignal = (v: JSObject) => signalHooks.isAborted(v);

/** A once listener run by the engine itself; stopImmediatePropagation does not skip it. */
function addEngineListener(t: EventTargetObject, type: string, engineAction: () => void): void {
  const list = t.listeners.get(type) ?? [];
  list.push({ callback: null, engineAction, capture: false, once: true, removed: false });
  t.listeners.set(type, list);
}

function removeListener(t: EventTargetObject, type: string, l: Listener): void {
  l.removed = true;
  const list = t.listeners.get(type);
  if (list === undefined) return;
  const rest = list.filter((x) => x !== l);
  if (rest.length > 0) t.listeners.set(type, rest);
  else t.listeners.delete(type);
}

/** Calls the listeners registered when dispatch began; each one's exception surfaces later as uncaught. */
export function* dispatch(realm: Realm, t: EventTargetObject, e: EventObject): Gen<void> {
  e.dispatching = true;
  e.target = t;
  e.currentTarget = t;
  e.eventPhase = 2;
  for (const l of [...(t.listeners.get(e.type) ?? [])]) {
    if (l.removed || (e.stopped && l.engineAction === undefined)) continue;
    if (l.once) removeListener(t, e.type, l);
    if (l.engineAction !== undefined || l.callback === null) {
      l.engineAction?.();
      continue;
    }
    let fn: Value = l.callback;
    let thisArg: Value = t;
    if (l.attribute) {
      fn = t.handlers.get(`on${e.type}`)?.value;
    } else if (!isCallable(fn)) {
      thisArg = l.callback;
      fn = yield* get(realm, l.callback, 'handleEvent');
    }
    try {
      if (isCallable(fn)) yield { kind: 'call', fn, thisArg, args: [e] };
    } catch (err) {
      if (!(err instanceof JSThrow)) throw err;
      reportLater(realm, err);
    }
  }
  e.dispatching = false;
  e.currentTarget = null;
  e.eventPhase = 0;
}

/** How a listener's exception is thrown again on the next tick (the loop sets it). */
export const nextTickThrows = new WeakMap<Realm, (value: Value) => void>();

/** Node throws a listener's exception again with process.nextTick, where it is uncaught. */
function reportLater(realm: Realm, err: JSThrow): void {
  const onNextTick = nextTickThrows.get(realm);
  if (onNextTick !== undefined) return onNextTick(err.value);
  // eslint-disable-next-line require-yield -- the job's whole work is to throw
  realm.host.enqueueMicrotask({ kind: 'queueMicrotask', name: 'EventTarget listener error', holds: [err.value], run: function* () { throw err; } });
}

/** The `on<type>` attribute (onabort): getter and setter on a prototype. */
export function defineHandlerAttribute(realm: Realm, proto: JSObject, type: string): void {
  const name = `on${type}`;
  const self = (v: Value) => (v instanceof EventTargetObject ? v
    : throwNodeError(realm, NodeMsg.InvalidArgType, 'this', 'an instance of EventTarget', describeReceived(v)));
  webAccessor(realm, proto, name, (thisArg) => self(thisArg).handlers.get(name)?.value ?? null, (thisArg, args) => {
    const t = self(thisArg);
    const value = args[0] instanceof JSObject ? args[0] : null;
    const h = t.handlers.get(name);
    if (value === null) {
      if (h !== undefined) removeListener(t, type, h.listener);
      t.handlers.delete(name);
    } else if (h !== undefined) {
      h.value = value;
    } else {
      const listener: Listener = { callback: value, capture: false, once: false, removed: false, attribute: true };
      t.listeners.set(type, [...(t.listeners.get(type) ?? []), listener]);
      t.handlers.set(name, { value, listener });
    }
    return undefined;
  }, false);
}

