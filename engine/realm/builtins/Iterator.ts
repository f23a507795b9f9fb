// %IteratorPrototype%, %ArrayIteratorPrototype%, and a helper for built-in iterators whose
// cursor lives host-side (array, Map and Set iterators). Runs before installArray.
import { isCallable } from '../../heap/function';
import { CONFIGURABLE, JSArray, JSObject } from '../../heap/object';
import { HOLE, Value, WellKnown } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toObject } from '../../ops/convert';
import { IteratorRecord } from '../../ops/iteration';
import { call, get, getV, lengthOfArrayLike } from '../../ops/object';
import type { Realm } from '../realm';
import { describeValue } from './objectSupport';

/** Returned by a cursor step when the iteration has ended. */
export const ITER_DONE: unique symbol = Symbol('iterDone');
export type StepResult = Value | typeof ITER_DONE;

/**
 * A built-in iterator object: `tag` brands it ('Array Iterator', 'Map Iterator', ...),
 * `state` is its host-side cursor, dropped once the iterator is exhausted so it stays done.
 */
export class CursorIterator<S = unknown> extends JSObject {
  constructor(proto: JSObject, readonly tag: string, public state: S | undefined) {
    super(proto);
    this.className = tag;
  }
}

export type ArrayIterationKind = 'keys' | 'values' | 'entries';

interface ArrayCursor { target: JSObject; index: number; kind: ArrayIterationKind }

/** https://tc39.es/ecma262/#sec-createiterresultobject */
export function createIterResultObject(realm: Realm, value: Value, done: boolean): JSObject {
  const o = realm.newObject();
  o.put('value', value);
  o.put('done', done);
  return o;
}

export function installIterators(realm: Realm): void {
  const iterProto = realm.newObject();
  realm.method(iterProto, WellKnown.iterator, 0, (thisArg) => thisArg);
  realm.IteratorPrototype = iterProto;
  realm.intrinsics.set('%IteratorPrototype%', iterProto);

  const arrayIterProto = defineCursorPrototypeGen<ArrayCursor>(realm, 'Array Iterator', arrayIteratorStep);
  realm.intrinsics.set('%ArrayIteratorPrototype%', arrayIterProto);
  realm.intrinsics.set('%ArrayIteratorPrototype%.next%', arrayIterProto.getOwn('next')!.value as JSObject);
}

/** https://tc39.es/ecma262/#sec-createarrayiterator */
export function createArrayIterator(realm: Realm, target: JSObject, kind: ArrayIterationKind): JSObject {
  const proto = realm.intrinsic('%ArrayIteratorPrototype%');
  return new CursorIterator<ArrayCursor>(proto, 'Array Iterator', { target, index: 0, kind });
}

/** One step of %ArrayIteratorPrototype%.next: `length` is read again on every step. */
function* arrayIteratorStep(realm: Realm, s: ArrayCursor): Gen<StepResult> {
  const o = s.target;
  const len = yield* lengthOfArrayLike(realm, o);
  if (s.index >= len) return ITER_DONE;
  const i = s.index++;
  if (s.kind === 'keys') return i;
  let v = o instanceof JSArray && i < o.items.length ? o.items[i] : HOLE;
  if (v === HOLE) v = yield* get(realm, o, String(i));
  return s.kind === 'values' ? v : realm.newArray([i, v]);
}

/** An iterator prototype whose `next` never runs user code (Map and Set iterators). */
export function defineCursorPrototype<S>(realm: Realm, tag: string, step: (state: S) => StepResult): JSObject {
  const proto = realm.newObject(realm.IteratorPrototype);
  realm.method(proto, 'next', 0, (thisArg) => {
    const it = brandCheck<S>(realm, thisArg, tag);
    if (it.state === undefined) return createIterResultObject(realm, undefined, true);
    const r = step(it.state);
    if (r === ITER_DONE) {
      it.state = undefined;
      return createIterResultObject(realm, undefined, true);
    }
    return createIterResultObject(realm, r, false);
  });
  proto.put(WellKnown.toStringTag, tag, CONFIGURABLE);
  return proto;
}

/** Like defineCursorPrototype, for a `next` that may run user code (getters, `length`). */
export function defineCursorPrototypeGen<S>(realm: Realm, tag: string, step: (realm: Realm, state: S) => Gen<StepResult>): JSObject {
  const proto = realm.newObject(realm.IteratorPrototype);
  realm.method(proto, 'next', 0, function* (thisArg) {
    const it = brandCheck<S>(realm, thisArg, tag);
    if (it.state === undefined) return createIterResultObject(realm, undefined, true);
    const r = yield* step(realm, it.state);
    if (r === ITER_DONE) {
      it.state = undefined;
      return createIterResultObject(realm, undefined, true);
    }
    return createIterResultObject(realm, r, false);
  }, { gen: true });
  proto.put(WellKnown.toStringTag, tag, CONFIGURABLE);
  return proto;
}

function brandCheck<S>(realm: Realm, v: Value, tag: string): CursorIterator<S> {
  if (v instanceof CursorIterator && v.tag === tag) return v as CursorIterator<S>;
  return realm.throwError('TypeError', formatMessage(Msg.NotGeneric, `Method ${tag}.prototype.next`, describeValue(v)));
}

/** Array.prototype.keys/values/entries: ToObject, then a fresh array iterator. */
export function arrayIteratorMethod(realm: Realm, kind: ArrayIterationKind) {
  return (thisArg: Value): Value => createArrayIterator(realm, toObject(realm, thisArg), kind);
}

/** How V8 names a value in "number 5 is not iterable" and Map's "number 4 is not a function". */
export function typeAndValue(v: Value): string {
  if (v === undefined) return 'undefined';
  if (v === null) return 'object null';
  switch (typeof v) {
    case 'string': return `string "${v}"`;
    case 'number': case 'boolean': return `${typeof v} ${String(v)}`;
    case 'bigint': return 'bigint';
    default: return v instanceof JSObject ? (isCallable(v) ? 'function' : 'object') : 'symbol';
  }
}

/** GetIterator(v, sync) with the message V8's constructors (Map, Set, Array.from) use. */
export function* getIteratorOrThrow(realm: Realm, v: Value): Gen<IteratorRecord> {
  const method = v === undefined || v === null ? undefined : yield* getV(realm, v, WellKnown.iterator);
  if (!isCallable(method)) realm.throwError('TypeError', formatMessage(Msg.NotIterableNoSymbolLoad, typeAndValue(v)));
  return yield* openIterator(realm, v, method);
}

/** https://tc39.es/ecma262/#sec-getiteratorfrommethod */
export function* openIterator(realm: Realm, obj: Value, method: Value): Gen<IteratorRecord> {
  const iterator = yield* call(realm, method, obj, []);
  if (!(iterator instanceof JSObject)) realm.throwError('TypeError', Msg.ResultNotObject);
  const next = yield* getV(realm, iterator, 'next');
  return { iterator, next, done: false };
}
