// Slow paths of instructions that may run user code, as generators the VM runs in a
// native frame of their own (so getters, valueOf and iterators are real VM calls).
import { JSArray, JSObject, chargeElements } from '../heap/object';
import { HOLE, PropertyKey, Value, WellKnown } from '../heap/values';
import { Gen, getMethod, toBoolean, toObject, toPropertyKey, toString, typeOf } from '../ops/convert';
import { call, get, getV, set } from '../ops/object';
import { IteratorRecord, getIterator, iterableToList, iteratorClose, iteratorCloseQuietly, iteratorStep } from '../ops/iteration';
import type { Realm } from '../realm/realm';
import { isProxy } from '../heap/proxy';
import { copyFromProxy } from './proxyHelpers';
import { createIterResultObject } from '../realm/builtins/Iterator';
import { promiseResolve } from '../realm/builtins/promiseOps';
import { Msg, formatMessage } from '../errors/messages';

/** A plain array being iterated without its (unchanged) built-in iterator. */
export class ArrayCursor {
  index = 0;
  done = false;
  constructor(readonly array: JSArray) {}
}

/** The answer of a slow IterNext: the VM re-runs the instruction to branch on it. */
export class IterStepResult {
  constructor(readonly done: boolean, readonly value: Value) {}
}

export type AnyIterator = ArrayCursor | IteratorRecord;

/** `text` is the iterable's source, as V8 names it in "x is not iterable". */
export function* getIteratorHelper(realm: Realm, v: Value, text?: string): Gen<Value> {
  return (yield* getIterator(realm, v, text)) as unknown as Value;
}

export function* iterStepHelper(realm: Realm, rec: IteratorRecord): Gen<Value> {
  const r = yield* iteratorStep(realm, rec);
  return new IterStepResult(r.done, r.value) as unknown as Value;
}

/** Destructuring's next value: undefined once the iterator is done. */
export function* iterValueHelper(realm: Realm, rec: IteratorRecord): Gen<Value> {
  if (rec.done) return undefined;
  const r = yield* iteratorStep(realm, rec);
  return r.value;
}

export function* iterRestHelper(realm: Realm, rec: IteratorRecord): Gen<Value> {
  const out: Value[] = [];
  while (!rec.done) {
    const r = yield* iteratorStep(realm, rec);
    if (!r.done) out.push(r.value);
  }
  return realm.newArray(out);
}

export function* closeHelper(realm: Realm, rec: IteratorRecord, quietly: boolean): Gen<Value> {
  if (rec.done) return undefined;
  rec.done = true;
  if (quietly) yield* iteratorCloseQuietly(realm, rec);
  else yield* iteratorClose(realm, rec);
  return undefined;
}

/** `[...x]` names x by its source; call spreads (no text) use V8's own wording. */
export function* spreadHelper(realm: Realm, arr: JSArray, iterable: Value, text?: string): Gen<Value> {
  if (text === undefined && (iterable === undefined || iterable === null || !(yield* getMethod(realm, iterable, WellKnown.iterator)))) {
    realm.throwError('TypeError', Msg.SpreadNotIterable);
  }
  const items = yield* iterableToList(realm, iterable, text);
  chargeElements(items.length);
  for (const v of items) arr.items.push(v);
  return arr;
}

/** Object spread: https://tc39.es/ecma262/#sec-copydataproperties */
export function* copyDataHelper(realm: Realm, target: JSObject, source: Value, excluded: PropertyKey[]): Gen<Value> {
  if (source === undefined || source === null) return target;
  const from = toObject(realm, source);
  if (isProxy(from)) return yield* copyFromProxy(realm, target, from, excluded);
  for (const key of from.ownKeys()) {
    if (excluded.includes(key)) continue;
    const p = from.getOwn(key);
    if (!p || !p.enumerable) continue;
    const v = p.isAccessor ? yield* get(realm, from, key) : p.value;
    target.defineOwn(key, { value: v, writable: true, enumerable: true, configurable: true });
  }
  return target;
}

export function* toPropertyKeyHelper(realm: Realm, v: Value): Gen<Value> {
  return (yield* toPropertyKey(realm, v)) as Value;
}

export function* toStringHelper(realm: Realm, v: Value): Gen<Value> {
  return yield* toString(realm, v);
}

/**
 * `obj[key] = v` with an object key, converted only now: PutValue does ToObject(base),
 * then ToPropertyKey, after the right side was evaluated (V8 names no key for a nullish base).
 */
export function* setKeyedHelper(realm: Realm, obj: Value, key: JSObject, v: Value, strict: boolean): Gen<Value> {
  if (obj === undefined || obj === null) realm.throwError('TypeError', formatMessage(Msg.SetOfNullishNoKey, String(obj)));
  const k = yield* toPropertyKey(realm, key);
  if (obj instanceof JSObject) yield* set(realm, obj, k, v, obj, strict);
  else yield* set(realm, toObject(realm, obj), k, v, obj, strict);
  return v;
}

export function* getKeyedHelper(realm: Realm, obj: Value, key: Value): Gen<Value> {
  return yield* getV(realm, obj, yield* toPropertyKey(realm, key));
}

/** Items of an array for CallSpread/NewSpread (the spread was already evaluated). */
export function arrayItems(a: JSArray): Value[] {
  return a.items.map((v) => (v === HOLE ? undefined : v));
}

/** yield*'s reading of an inner result: `done`, then `value` when done or in an async generator. */
export class DelegateStep {
  constructor(readonly done: boolean, readonly value: Value, readonly result: JSObject) {}
}

/** The step when `result` holds done and value as data properties; undefined when user code must run. */
export function plainDelegateStep(result: unknown, isAsync: boolean): DelegateStep | undefined {
  if (!(result instanceof JSObject)) return undefined;
  const done = result.lookup('done');
  if (done?.isAccessor) return undefined;
  const isDone = done !== undefined && toBoolean(done.value);
  if (!isDone && !isAsync) return new DelegateStep(false, undefined, result);
  const value = result.lookup('value');
  if (value?.isAccessor) return undefined;
  return new DelegateStep(isDone, value?.value, result);
}

/** https://tc39.es/ecma262/#sec-generator-definitions-evaluation (yield*): IteratorComplete, then IteratorValue. */
export function* delegateStepHelper(realm: Realm, result: Value, isAsync: boolean): Gen<Value> {
  if (!(result instanceof JSObject)) realm.throwError('TypeError', formatMessage(Msg.IteratorResultNotObject, String(result)));
  const done = toBoolean(yield* get(realm, result, 'done'));
  const value = done || isAsync ? yield* get(realm, result, 'value') : undefined;
  return new DelegateStep(done, value, result) as unknown as Value;
}

/** One step of yield*: forwards next/throw/return to the inner iterator; returns its result object. */
export function* delegateHelper(realm: Realm, it: AnyIterator, mode: number, received: Value): Gen<Value> {
  if (it instanceof ArrayCursor) {
    if (mode === 1) realm.throwError('TypeError', Msg.IteratorNoThrow);
    const items = it.array.items;
    const done = mode === 2 || it.index >= items.length;
    const v = mode === 2 ? received : done ? undefined : items[it.index++];
    return createIterResultObject(realm, v === HOLE ? undefined : v, done);
  }
  const name = mode === 0 ? 'next' : mode === 1 ? 'throw' : 'return';
  const method = mode === 0 ? it.next : yield* getMethod(realm, it.iterator, name);
  if (method === undefined) {
    if (mode === 2) return createIterResultObject(realm, received, true);
    yield* iteratorCloseQuietly(realm, it);
    realm.throwError('TypeError', Msg.IteratorNoThrow);
  }
  const r = yield* call(realm, method, it.iterator, [received]);
  if (!(r instanceof JSObject)) realm.throwError('TypeError', formatMessage(Msg.IteratorResultNotObject, String(r)));
  return r;
}


/** `await` of a thenable or foreign promise: PromiseResolve(%Promise%, v). */
/** `typeof name` for a global accessor (performance): its getter runs, as for any read. */
export function* typeofGlobalAccessor(realm: Realm, name: string): Gen<Value> {
  return typeOf(yield* get(realm, realm.global, name));
}

export function* promiseResolveHelper(realm: Realm, v: Value): Gen<Value> {
  return yield* promiseResolve(realm, realm.intrinsic('%Promise%'), v);
}
