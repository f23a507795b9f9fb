// Promise abstract operations (https://tc39.es/ecma262/#sec-promise-abstract-operations):
// resolving functions, reactions and the jobs they queue on the event loop.
import type { NativeGen } from '../../heap/function';
import { Closure, isCallable, JSFunction, NativeFunction } from '../../heap/function';
import { functionDisplayName } from '../../debug/displayName';
import { JSObject } from '../../heap/object';
import { PromiseObject } from '../../heap/slots';
import type { Value } from '../../heap/values';
import { JSThrow } from '../../errors/internal';
import { Gen } from '../../ops/convert';
import { call, construct, get } from '../../ops/object';
import type { Realm } from '../realm';
import type { MicrotaskKind } from '../../loop/eventLoop';
import { Msg } from '../../errors/messages';

export interface Capability { promise: JSObject; resolve: Value; reject: Value }

/**
 * The capability `then` makes for a %Promise%: its resolving functions are never visible to
 * JS, so, as V8 does, none are made; the reaction settles the promise itself (once: only one
 * of a `then`'s two reactions ever runs).
 */
export interface DirectCapability { promise: PromiseObject; direct: true }

/** A reaction's handler: a JS function, or the engine's own continuation (await). */
export type Handler = JSObject | InternalHandler | undefined;

/** An engine continuation; `holds` is what its host closure captured, for the collector's mark. */
export interface InternalHandler { internal: (value: Value, isReject: boolean) => NativeGen; label: string; kind: MicrotaskKind; holds: unknown[] }

interface Reaction { capability: Capability | DirectCapability | null; type: 'fulfill' | 'reject'; handler: Handler }

export function isPromise(v: Value): v is PromiseObject {
  return v instanceof PromiseObject;
}

export function newPromise(realm: Realm, proto: JSObject = realm.PromisePrototype): PromiseObject {
  return new PromiseObject(proto);
}

function handlerName(h: Handler): string {
  if (h === undefined) return '(pass-through)';
  if (!(h instanceof JSObject)) return h.label;
  return h instanceof JSFunction ? functionDisplayName(h) : '(anonymous)';
}

/** https://tc39.es/ecma262/#sec-createresolvingfunctions */
export function createResolvingFunctions(realm: Realm, promise: PromiseObject): { resolve: NativeFunction; reject: NativeFunction } {
  let alreadyResolved = false;
  const resolve = realm.newNative('', 1, function* (_t, args): NativeGen {
    if (alreadyResolved) return undefined;
    alreadyResolved = true;
    yield* resolvePromise(realm, promise, args[0]);
    return undefined;
  }, { gen: true });
  const reject = realm.newNative('', 1, (_t, args) => {
    if (alreadyResolved) return undefined;
    alreadyResolved = true;
    rejectPromise(realm, promise, args[0]);
    return undefined;
  });
  resolve.holds = reject.holds = [promise];
  return { resolve, reject };
}

/** The body of a promise resolve function, after the already-resolved check. */
export function* resolvePromise(realm: Realm, promise: PromiseObject, resolution: Value): Gen<void> {
  if (resolution === promise) {
    rejectPromise(realm, promise, realm.makeError('TypeError', Msg.PromiseCycle));
    return;
  }
  if (!(resolution instanceof JSObject)) { fulfillPromise(realm, promise, resolution); return; }
  let then: Value;
  try {
    then = yield* get(realm, resolution, 'then');
  } catch (e) {
    if (!(e instanceof JSThrow)) throw e;
    rejectPromise(realm, promise, e.value);
    return;
  }
  if (!isCallable(then)) { fulfillPromise(realm, promise, resolution); return; }
  const thenFn = then;
  realm.host.enqueueMicrotask({
    kind: 'thenable job', name: handlerName(thenFn), promise,
    holds: [thenFn, resolution],
    // https://tc39.es/ecma262/#sec-newpromiseresolvethenablejob
    run: function* (): NativeGen {
      const fns = createResolvingFunctions(realm, promise);
      try {
        yield* call(realm, thenFn, resolution, [fns.resolve, fns.reject]);
      } catch (e) {
        if (!(e instanceof JSThrow)) throw e;
        yield* call(realm, fns.reject, undefined, [e.value]);
      }
      return undefined;
    },
  });
}

export function fulfillPromise(realm: Realm, p: PromiseObject, value: Value): void {
  settle(realm, p, 'fulfilled', value);
}

export function rejectPromise(realm: Realm, p: PromiseObject, reason: Value): void {
  settle(realm, p, 'rejected', reason);
}

/** https://tc39.es/ecma262/#sec-triggerpromisereactions after recording the outcome. */
function settle(realm: Realm, p: PromiseObject, state: 'fulfilled' | 'rejected', result: Value): void {
  const reactions = (state === 'fulfilled' ? p.fulfillReactions : p.rejectReactions) as Reaction[];
  p.state = state;
  p.result = result;
  p.fulfillReactions = [];
  p.rejectReactions = [];
  if (state === 'rejected' && !p.isHandled) realm.host.trackRejection(p, 'reject');
  for (const r of reactions) enqueueReaction(realm, r, result, p);
}

/** https://tc39.es/ecma262/#sec-newpromisereactionjob */
function enqueueReaction(realm: Realm, reaction: Reaction, argument: Value, settled: PromiseObject): void {
  const h = reaction.handler;
  const kind: MicrotaskKind = h !== undefined && !(h instanceof JSObject) ? h.kind : 'promise reaction';
  const at = h instanceof Closure ? { line: h.code.range.line, column: h.code.range.column, file: h.code.fileName } : {};
  realm.host.enqueueMicrotask({
    // The settled promise, not the derived one (still pending): the view says why the job is queued.
    kind, name: handlerName(h), promise: settled, ...at,
    holds: [reaction, argument],
    run: function* (): NativeGen {
      const cap = reaction.capability;
      let result: Value;
      try {
        if (h === undefined) {
          if (reaction.type === 'reject') throw new JSThrow(argument);
          result = argument;
        } else if (h instanceof JSObject) result = yield* call(realm, h, undefined, [argument]);
        else result = yield* h.internal(argument, reaction.type === 'reject');
      } catch (e) {
        if (!(e instanceof JSThrow)) throw e;
        if (cap && 'direct' in cap) rejectPromise(realm, cap.promise, e.value);
        else if (cap) yield* call(realm, cap.reject, undefined, [e.value]);
        return undefined;
      }
      if (cap && 'direct' in cap) yield* resolvePromise(realm, cap.promise, result);
      else if (cap) yield* call(realm, cap.resolve, undefined, [result]);
      return undefined;
    },
  });
}

/** A non-callable handler (then(null), then(42)) passes the value through. */
function usable(h: Handler | Value): Handler {
  if (h instanceof JSObject) return isCallable(h) ? h : undefined;
  return h !== null && typeof h === 'object' && 'internal' in h ? h : undefined;
}

/** https://tc39.es/ecma262/#sec-performpromisethen */
export function performPromiseThen(realm: Realm, p: PromiseObject, onFulfilled: Handler | Value, onRejected: Handler | Value, capability: Capability | DirectCapability | null): void {
  const f: Reaction = { capability, type: 'fulfill', handler: usable(onFulfilled) };
  const r: Reaction = { capability, type: 'reject', handler: usable(onRejected) };
  if (p.state === 'pending') {
    (p.fulfillReactions as Reaction[]).push(f);
    (p.rejectReactions as Reaction[]).push(r);
  } else if (p.state === 'fulfilled') enqueueReaction(realm, f, p.result, p);
  else {
    if (!p.isHandled) realm.host.trackRejection(p, 'handle');
    enqueueReaction(realm, r, p.result, p);
  }
  p.isHandled = true;
}

/** `then`'s capability: direct for %Promise% (see DirectCapability), else the spec's. */
export function* thenCapability(realm: Realm, C: Value): Gen<Capability | DirectCapability> {
  if (C === realm.intrinsic('%Promise%')) return { promise: newPromise(realm), direct: true };
  return yield* newPromiseCapability(realm, C);
}

/** https://tc39.es/ecma262/#sec-newpromisecapability */
export function* newPromiseCapability(realm: Realm, C: Value): Gen<Capability> {
  const intrinsic = realm.intrinsic('%Promise%');
  if (C === intrinsic) {
    const promise = newPromise(realm);
    const { resolve, reject } = createResolvingFunctions(realm, promise);
    return { promise, resolve, reject };
  }
  let resolve: Value, reject: Value;
  const executor = realm.newNative('', 2, (_t, args) => {
    if (resolve !== undefined || reject !== undefined) realm.throwError('TypeError', Msg.ExecutorInvoked);
    [resolve, reject] = args;
    return undefined;
  });
  const promise = yield* construct(realm, C, [executor]);
  if (!isCallable(resolve) || !isCallable(reject)) realm.throwError('TypeError', Msg.ResolveFunctionNotCallable);
  return { promise, resolve, reject };
}

/** https://tc39.es/ecma262/#sec-promise-resolve */
export function* promiseResolve(realm: Realm, C: Value, x: Value): Gen<JSObject> {
  if (isPromise(x)) {
    const ctor = yield* get(realm, x, 'constructor');
    if (ctor === C) return x;
  }
  // not in the spec: for %Promise% the fresh resolve function is called once, so resolve directly.
  if (C === realm.intrinsic('%Promise%')) {
    const p = newPromise(realm);
    yield* resolvePromise(realm, p, x);
    return p;
  }
  const cap = yield* newPromiseCapability(realm, C);
  yield* call(realm, cap.resolve, undefined, [x]);
  return cap.promise;
}
