// Promise: the constructor, then/catch/finally, and resolve/reject/withResolvers.
// Jobs go to the event loop through the realm host; combinators are in promiseCombinators.ts.
import type { NativeFast, NativeGen } from '../../heap/function';
import { isCallable, isConstructor } from '../../heap/function';
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import { PromiseObject } from '../../heap/slots';
import { Value, WellKnown } from '../../heap/values';
import { JSThrow } from '../../errors/internal';
import { call, get, invoke } from '../../ops/object';
import type { Realm } from '../realm';
import { protoFromCtor, setToStringTag } from './objectSupport';
import { promiseFastPaths } from './promiseFastPaths';
import { createResolvingFunctions, isPromise, newPromise, newPromiseCapability, performPromiseThen, promiseResolve, thenCapability } from './promiseOps';
import { installPromiseCombinators } from './promiseCombinators';
import { Msg, formatMessage } from '../../errors/messages';

function describe(v: Value): string {
  return v instanceof JSObject ? (isCallable(v) ? 'function' : '#<Object>') : typeof v === 'string' ? `"${v}"` : String(v);
}

export function installPromise(realm: Realm): void {
  const proto = new JSObject(realm.ObjectPrototype);
  realm.PromisePrototype = proto;
  const ctor = realm.newNative('Promise', 1, function* (_t, args, newTarget): NativeGen {
    if (newTarget === undefined) realm.throwError('TypeError', Msg.PromiseWithoutNew);
    const executor = args[0];
    if (!isCallable(executor)) realm.throwError('TypeError', formatMessage(Msg.PromiseResolverNotFunction, describe(executor)));
    const promise = newPromise(realm, protoFromCtor(newTarget, proto));
    const { resolve, reject } = createResolvingFunctions(realm, promise);
    try {
      yield* call(realm, executor, undefined, [resolve, reject]);
    } catch (e) {
      if (!(e instanceof JSThrow)) throw e;
      yield* call(realm, reject, undefined, [e.value]);
    }
    return promise;
  }, { gen: true, ctor: true });
  realm.defineConstructor(ctor, proto);
  setToStringTag(proto, 'Promise');
  realm.accessor(ctor, WellKnown.species, function (thisArg) { return thisArg; });
  const fast = promiseFastPaths(realm, ctor);
  installPrototype(realm, proto, ctor, fast.then);
  installStatics(realm, ctor, fast.resolve);
  installPromiseCombinators(realm, ctor);
}

function* speciesConstructor(realm: Realm, o: JSObject, fallback: JSObject): Generator<never, Value, Value> {
  const c = yield* get(realm, o, 'constructor') as Generator<never, Value, Value>;
  if (c === undefined) return fallback;
  if (!(c instanceof JSObject)) realm.throwError('TypeError', Msg.ConstructorNotReceiver);
  const s = yield* get(realm, c, WellKnown.species) as Generator<never, Value, Value>;
  if (s === undefined || s === null) return fallback;
  if (isConstructor(s)) return s;
  realm.throwError('TypeError', Msg.SpeciesNotConstructor);
}

function installPrototype(realm: Realm, proto: JSObject, ctor: JSObject, thenFast: NativeFast): void {
  realm.method(proto, 'then', 2, function* (thisArg, args): NativeGen {
    if (!isPromise(thisArg)) realm.throwError('TypeError', formatMessage(Msg.NotGeneric, 'Method Promise.prototype.then', describe(thisArg)));
    const C = yield* speciesConstructor(realm, thisArg, ctor);
    const cap = yield* thenCapability(realm, C);
    performPromiseThen(realm, thisArg, args[0] as JSObject | undefined, args[1] as JSObject | undefined, cap);
    return cap.promise;
  }, { gen: true, fast: thenFast });
  realm.method(proto, 'catch', 1, function* (thisArg, args): NativeGen {
    return yield* invoke(realm, thisArg, 'then', [undefined, args[0]]);
  }, { gen: true });
  realm.method(proto, 'finally', 1, function* (thisArg, args): NativeGen {
    if (!(thisArg instanceof JSObject)) realm.throwError('TypeError', formatMessage(Msg.NotGeneric, 'Method Promise.prototype.finally', describe(thisArg)));
    const C = yield* speciesConstructor(realm, thisArg, ctor);
    const onFinally = args[0];
    if (!isCallable(onFinally)) return yield* invoke(realm, thisArg, 'then', [onFinally, onFinally]);
    const thenFinally = realm.newNative('', 1, function* (_t, a): NativeGen {
      const result = yield* call(realm, onFinally, undefined, []);
      const p = yield* promiseResolve(realm, C, result);
      const value = a[0];
      const valueThunk = realm.newNative('', 0, () => value);
      valueThunk.holds = [value];
      return yield* invoke(realm, p, 'then', [valueThunk]);
    }, { gen: true });
    const catchFinally = realm.newNative('', 1, function* (_t, a): NativeGen {
      const result = yield* call(realm, onFinally, undefined, []);
      const p = yield* promiseResolve(realm, C, result);
      const reason = a[0];
      const thrower = realm.newNative('', 0, () => { throw new JSThrow(reason); });
      thrower.holds = [reason];
      return yield* invoke(realm, p, 'then', [thrower]);
    }, { gen: true });
    thenFinally.holds = catchFinally.holds = [onFinally, C];
    return yield* invoke(realm, thisArg, 'then', [thenFinally, catchFinally]);
  }, { gen: true });
}

function installStatics(realm: Realm, ctor: JSObject, resolveFast: NativeFast): void {
  realm.method(ctor, 'resolve', 1, function* (thisArg, args): NativeGen {
    if (!(thisArg instanceof JSObject)) realm.throwError('TypeError', Msg.PromiseResolveNonObject);
    return yield* promiseResolve(realm, thisArg, args[0]);
  }, { gen: true, fast: resolveFast });
  realm.method(ctor, 'reject', 1, function* (thisArg, args): NativeGen {
    const cap = yield* newPromiseCapability(realm, thisArg);
    yield* call(realm, cap.reject, undefined, [args[0]]);
    return cap.promise;
  }, { gen: true });
  realm.method(ctor, 'withResolvers', 0, function* (thisArg): NativeGen {
    const cap = yield* newPromiseCapability(realm, thisArg);
    const o = realm.newObject();
    for (const k of ['promise', 'resolve', 'reject'] as const) o.put(k, cap[k], DEFAULT_FLAGS);
    return o;
  }, { gen: true });
}

export { PromiseObject };
