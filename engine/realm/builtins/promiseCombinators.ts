// Promise.all, allSettled, race and any (https://tc39.es/ecma262/#sec-promise.all):
// each element is resolved through C.resolve and joined with per-element functions.
import type { NativeGen } from '../../heap/function';
import { isCallable } from '../../heap/function';
import { DEFAULT_FLAGS, JSObject, METHOD_FLAGS } from '../../heap/object';
import type { Value } from '../../heap/values';
import { JSThrow } from '../../errors/internal';
import { call, get, invoke } from '../../ops/object';
import { IteratorRecord, getIterator, iteratorCloseQuietly, iteratorStep } from '../../ops/iteration';
import type { Realm } from '../realm';
import { Capability, newPromiseCapability } from './promiseOps';
import { Msg } from '../../errors/messages';

type Kind = 'all' | 'allSettled' | 'race' | 'any';

/** Builds the per-element callbacks and reports when every element has settled. */
interface Join { values: Value[]; remaining: number }

function settledRecord(realm: Realm, status: string, key: 'value' | 'reason', v: Value): JSObject {
  const o = realm.newObject();
  o.put('status', status, DEFAULT_FLAGS);
  o.put(key, v, DEFAULT_FLAGS);
  return o;
}

function* finish(realm: Realm, kind: Kind, cap: Capability, join: Join): Generator<never, void, Value> {
  if (--join.remaining !== 0) return;
  if (kind === 'any') {
    const err = realm.makeError('AggregateError', Msg.AllRejected);
    err.put('errors', realm.newArray(join.values), METHOD_FLAGS);
    yield* call(realm, cap.reject, undefined, [err]) as Generator<never, Value, Value>;
  } else yield* call(realm, cap.resolve, undefined, [realm.newArray(join.values)]) as Generator<never, Value, Value>;
}

/** The callback for element `i`: stores its outcome once, then finishes when all are in. */
function elementFunction(realm: Realm, kind: Kind, cap: Capability, join: Join, i: number, outcome: 'fulfilled' | 'rejected'): Value {
  let called = false;
  const f = realm.newNative('', 1, function* (_t, args): NativeGen {
    if (called) return undefined;
    called = true;
    const v = args[0];
    join.values[i] = kind === 'allSettled' ? settledRecord(realm, outcome, outcome === 'fulfilled' ? 'value' : 'reason', v) : v;
    yield* finish(realm, kind, cap, join);
    return undefined;
  }, { gen: true });
  f.holds = [cap, join];
  return f;
}

function* combine(realm: Realm, kind: Kind, C: Value, iterable: Value, cap: Capability): NativeGen {
  const resolveFn = yield* get(realm, C as JSObject, 'resolve');
  if (!isCallable(resolveFn)) realm.throwError('TypeError', Msg.ResolveFunctionNotCallable);
  const rec = yield* getIterator(realm, iterable);
  try {
    return yield* combineSteps(realm, kind, C, resolveFn, rec, cap);
  } catch (e) {
    // an abrupt step closes the iterator, unless the iterator itself failed (then it is done)
    if (e instanceof JSThrow && !rec.done) yield* iteratorCloseQuietly(realm, rec);
    throw e;
  }
}

function* combineSteps(realm: Realm, kind: Kind, C: Value, resolveFn: Value, rec: IteratorRecord, cap: Capability): NativeGen {
  const join: Join = { values: [], remaining: 1 };
  for (let i = 0; ; i++) {
    const step = yield* iteratorStep(realm, rec);
    if (step.done) break;
    if (kind !== 'race') { join.values.push(undefined); join.remaining++; }
    const next = yield* call(realm, resolveFn, C, [step.value]);
    const onF = kind === 'all' || kind === 'allSettled' ? elementFunction(realm, kind, cap, join, i, 'fulfilled') : cap.resolve;
    const onR = kind === 'any' || kind === 'allSettled' ? elementFunction(realm, kind, cap, join, i, 'rejected') : cap.reject;
    yield* invoke(realm, next, 'then', [onF, onR]);
  }
  if (kind !== 'race') yield* finish(realm, kind, cap, join);
  return cap.promise;
}

export function installPromiseCombinators(realm: Realm, ctor: JSObject): void {
  for (const kind of ['all', 'allSettled', 'race', 'any'] as const) {
    realm.method(ctor, kind, 1, function* (thisArg, args): NativeGen {
      const cap = yield* newPromiseCapability(realm, thisArg);
      try {
        return yield* combine(realm, kind, thisArg, args[0], cap);
      } catch (e) {
        if (!(e instanceof JSThrow)) throw e;
        yield* call(realm, cap.reject, undefined, [e.value]);
        return cap.promise;
      }
    }, { gen: true });
  }
}
