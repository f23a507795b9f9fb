// `for await`: getting an async iterator (or wrapping a sync one, as
// https://tc39.es/ecma262/#sec-createasyncfromsynciterator does), stepping and closing it.
import type { NativeGen } from '../heap/function';
import { JSObject, METHOD_FLAGS } from '../heap/object';
import { Value, WellKnown } from '../heap/values';
import { JSThrow } from '../errors/internal';
import { Gen, getMethod, toBoolean } from '../ops/convert';
import { call, get } from '../ops/object';
import { IteratorRecord, getIterator } from '../ops/iteration';
import { fulfillPromise, newPromise, performPromiseThen, promiseResolve, rejectPromise } from '../realm/builtins/promiseOps';
import type { Realm } from '../realm/realm';
import { createIterResultObject } from '../realm/builtins/Iterator';
import { Msg, formatMessage } from '../errors/messages';


/** The promise for one step of a wrapped sync iterator: its value awaited, `done` kept. */
function* continuation(realm: Realm, result: Value): Gen<Value> {
  if (!(result instanceof JSObject)) realm.throwError('TypeError', formatMessage(Msg.IteratorResultNotObject, String(result)));
  const done = toBoolean(yield* get(realm, result, 'done'));
  const value = yield* get(realm, result, 'value');
  const out = newPromise(realm);
  const valuePromise = yield* promiseResolve(realm, realm.intrinsic('%Promise%'), value);
  // Reaction handlers are generators by contract; this one happens to need no calls.
  // eslint-disable-next-line require-yield
  const settle = (v: Value, isReject: boolean) => (function* (): NativeGen {
    if (isReject) rejectPromise(realm, out, v); else fulfillPromise(realm, out, createIterResultObject(realm, v, done));
    return undefined;
  })();
  const handler = { internal: settle, label: 'for await', kind: 'promise reaction' as const, holds: [out] };
  performPromiseThen(realm, valuePromise as never, handler, handler, null);
  return out;
}

function wrapSync(realm: Realm, sync: IteratorRecord): IteratorRecord {
  const iterator = new JSObject(realm.intrinsic('%AsyncIteratorPrototype%'));
  const step = (name: 'next' | 'return' | 'throw') => realm.newNative(name, 1, function* (_t, args): NativeGen {
    try {
      const method = name === 'next' ? sync.next : yield* getMethod(realm, sync.iterator, name);
      if (method === undefined) {
        if (name === 'throw') realm.throwError('TypeError', Msg.IteratorNoThrow);
        const p = newPromise(realm);
        fulfillPromise(realm, p, createIterResultObject(realm, args[0], true));
        return p;
      }
      return yield* continuation(realm, yield* call(realm, method, sync.iterator, args.length ? [args[0]] : []));
    } catch (e) {
      if (!(e instanceof JSThrow)) throw e;
      const p = newPromise(realm);
      rejectPromise(realm, p, e.value);
      return p;
    }
  }, { gen: true });
  for (const name of ['next', 'return', 'throw'] as const) {
    const f = step(name);
    f.holds = [sync];
    iterator.put(name, f, METHOD_FLAGS);
  }
  return { iterator, next: iterator.getOwn('next')!.value, done: false };
}

/** https://tc39.es/ecma262/#sec-getiterator with kind async. */
export function* getAsyncIteratorHelper(realm: Realm, v: Value, text?: string): Gen<Value> {
  const method = v === undefined || v === null ? undefined : yield* getMethod(realm, v, WellKnown.asyncIterator);
  if (method === undefined) {
    if (v === undefined || v === null) realm.throwError('TypeError', formatMessage(Msg.NotAsyncIterable, text ?? String(v)));
    return wrapSync(realm, yield* getIterator(realm, v, text)) as unknown as Value;
  }
  const iterator = yield* call(realm, method, v, []);
  if (!(iterator instanceof JSObject)) realm.throwError('TypeError', Msg.AsyncIteratorResultNotObject);
  return { iterator, next: yield* get(realm, iterator, 'next'), done: false } as unknown as Value;
}

export function* asyncNextHelper(realm: Realm, rec: IteratorRecord): Gen<Value> {
  return yield* call(realm, rec.next, rec.iterator, []);
}

/** What closing gave: return()'s result to await, or nothing when there was no return(). */
export class CloseResult {
  constructor(readonly called: boolean, readonly value: Value) {}
}

/** On leaving the loop early: call return(); the loop's code awaits its result. */
export function* asyncCloseHelper(realm: Realm, rec: IteratorRecord, quietly: boolean): Gen<Value> {
  rec.done = true;
  let result: CloseResult;
  try {
    const ret = yield* getMethod(realm, rec.iterator, 'return');
    result = new CloseResult(ret !== undefined, ret === undefined ? undefined : yield* call(realm, ret, rec.iterator, []));
  } catch (e) {
    if (!(quietly && e instanceof JSThrow)) throw e;
    result = new CloseResult(false, undefined);
  }
  return result as unknown as Value;
}
