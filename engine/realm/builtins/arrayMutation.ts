// Array.prototype methods that change the array in place: push, pop, shift, unshift,
// splice, reverse, fill, copyWithin. Each has the spec's generic path and a JSArray fast path.
import { CONFIGURABLE, JSArray, JSObject, chargeElements } from '../../heap/object';
import { NEEDS_GENERATOR } from '../../heap/function';
import { HOLE, Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, relativeIndex, toIntegerOrInfinity } from '../../ops/convert';
import { deleteOrThrow, lengthOfArrayLike, set } from '../../ops/object';
import type { Realm } from '../realm';
import {
  MAX_SAFE_LENGTH, MethodTable, arraySpeciesCreate, createIndexOrThrow, gen, getIfPresent, getIndex,
  hasDefaultSpecies, hasInheritedElements, isFastArray, thisObject, TICK, tickDue,
} from './arraySupport';

export function mutationMethods(realm: Realm): MethodTable {
  return {
    push: gen(1, function* (thisArg, args) {
      const o = thisObject(realm, thisArg);
      const pushed = pushFast(o, args);
      if (pushed !== NEEDS_GENERATOR) return pushed;
      let len = yield* lengthOfArrayLike(realm, o);
      if (len + args.length > MAX_SAFE_LENGTH) {
        realm.throwError('TypeError', formatMessage(Msg.PushPastSafeLength, args.length, len));
      }
      // not in the spec: V8 reports a read-only length (of an extensible array) before the elements.
      if (o instanceof JSArray && o.extensible && !o.lengthWritable) yield* set(realm, o, 'length', len + args.length);
      for (const v of args) yield* set(realm, o, String(len++), v);
      yield* set(realm, o, 'length', len);
      return len;
    }, pushFast),
    pop: gen(0, function* (thisArg) {
      const o = thisObject(realm, thisArg);
      const popped = popFast(o);
      if (popped !== NEEDS_GENERATOR) return popped;
      const len = yield* lengthOfArrayLike(realm, o);
      if (len === 0) {
        yield* set(realm, o, 'length', 0);
        return undefined;
      }
      const v = yield* getIndex(realm, o, len - 1);
      yield* deleteOrThrow(realm, o, String(len - 1));
      yield* set(realm, o, 'length', len - 1);
      return v;
    }, popFast),
    shift: gen(0, function* (thisArg) {
      const o = thisObject(realm, thisArg);
      const shifted = shiftFast(o);
      if (shifted !== NEEDS_GENERATOR) return shifted;
      const len = yield* lengthOfArrayLike(realm, o);
      if (len === 0) {
        yield* set(realm, o, 'length', 0);
        return undefined;
      }
      const first = yield* getIndex(realm, o, 0);
      for (let k = 1; k < len; k++) yield* moveElement(realm, o, k, k - 1);
      yield* deleteOrThrow(realm, o, String(len - 1));
      yield* set(realm, o, 'length', len - 1);
      return first;
    }, shiftFast),
    unshift: gen(1, function* (thisArg, args) {
      const o = thisObject(realm, thisArg);
      if (isFastArray(o)) { chargeElements(args.length); return o.items.unshift(...args); }
      const len = yield* lengthOfArrayLike(realm, o);
      const n = args.length;
      if (o instanceof JSArray && o.extensible && !o.lengthWritable) yield* set(realm, o, 'length', len + n);
      if (n > 0) {
        if (len + n > MAX_SAFE_LENGTH) realm.throwError('TypeError', Msg.InvalidArrayLength);
        for (let k = len; k > 0; k--) yield* moveElement(realm, o, k - 1, k + n - 1);
        for (let j = 0; j < n; j++) yield* set(realm, o, String(j), args[j]);
      }
      yield* set(realm, o, 'length', len + n);
      return len + n;
    }),
    splice: gen(2, (thisArg, args) => splice(realm, thisArg, args)),
    reverse: gen(0, function* (thisArg) {
      const o = thisObject(realm, thisArg);
      if (isFastArray(o)) {
        o.items.reverse();
        return o;
      }
      const len = yield* lengthOfArrayLike(realm, o);
      for (let lower = 0; lower < Math.floor(len / 2); lower++) yield* swapElements(realm, o, lower, len - lower - 1);
      return o;
    }),
    fill: gen(1, function* (thisArg, args) {
      const o = thisObject(realm, thisArg);
      const len = yield* lengthOfArrayLike(realm, o);
      const k = relativeIndex(yield* toIntegerOrInfinity(realm, args[1]), len);
      const final = args[2] === undefined ? len : relativeIndex(yield* toIntegerOrInfinity(realm, args[2]), len);
      if (isFastArray(o) && final <= o.items.length) o.items.fill(args[0], k, final);
      else for (let i = k; i < final; i++) {
        if (tickDue()) yield TICK;
        yield* set(realm, o, String(i), args[0]);
      }
      return o;
    }),
    copyWithin: gen(2, (thisArg, args) => copyWithin(realm, thisArg, args)),
  };
}

/** True when a prototype has an element at one of the indices [from, from + count). */
/** push on an extensible array whose new indices no prototype has: no setter or proxy can run. */
function pushFast(o: Value, args: Value[]): Value | typeof NEEDS_GENERATOR {
  if (!(o instanceof JSArray) || !o.extensible || !o.lengthWritable || inheritsAny(o, o.items.length, args.length)) return NEEDS_GENERATOR;
  chargeElements(args.length);
  const items = o.items;
  for (let i = 0; i < args.length; i++) items.push(args[i]);
  return items.length;
}

/** pop of a present last element of an array whose length and elements may change. */
function popFast(o: Value): Value | typeof NEEDS_GENERATOR {
  if (!(o instanceof JSArray) || !o.lengthWritable || !(o.elementFlags & CONFIGURABLE) || o.attrs !== undefined) return NEEDS_GENERATOR;
  const items = o.items;
  return items.length > 0 && items[items.length - 1] !== HOLE ? items.pop() as Value : NEEDS_GENERATOR;
}

/** shift of an array of plain elements that no prototype shadows. */
function shiftFast(o: Value): Value | typeof NEEDS_GENERATOR {
  if (!(o instanceof JSArray) || !isFastArray(o)) return NEEDS_GENERATOR;
  const v = o.items.shift();
  return v === HOLE ? undefined : v;
}

function inheritsAny(o: JSObject, from: number, count: number): boolean {
  if (o.proto === null) return false;
  if (count > 8) return hasInheritedElements(o);
  for (let i = from; i < from + count; i++) if (o.proto.lookup(String(i)) !== undefined) return true;
  return false;
}

/** Moves element `from` to `to`, deleting `to` when `from` is a hole (the spec's shuffling step). */
function* moveElement(realm: Realm, o: JSObject, from: number, to: number): Gen<void> {
  const v = yield* getIfPresent(realm, o, from);
  if (v === HOLE) yield* deleteOrThrow(realm, o, String(to));
  else yield* set(realm, o, String(to), v);
}

/** One step of https://tc39.es/ecma262/#sec-array.prototype.reverse */
function* swapElements(realm: Realm, o: JSObject, lower: number, upper: number): Gen<void> {
  const lowerValue = yield* getIfPresent(realm, o, lower);
  const upperValue = yield* getIfPresent(realm, o, upper);
  if (upperValue !== HOLE) yield* set(realm, o, String(lower), upperValue);
  else if (lowerValue !== HOLE) yield* deleteOrThrow(realm, o, String(lower));
  if (lowerValue !== HOLE) yield* set(realm, o, String(upper), lowerValue);
  else if (upperValue !== HOLE) yield* deleteOrThrow(realm, o, String(upper));
}

/** https://tc39.es/ecma262/#sec-array.prototype.splice */
function* splice(realm: Realm, thisArg: Value, args: Value[]): Gen<Value> {
  const o = thisObject(realm, thisArg);
  const len = yield* lengthOfArrayLike(realm, o);
  const start = relativeIndex(yield* toIntegerOrInfinity(realm, args[0]), len);
  const items = args.slice(2);
  let dc = 0;
  if (args.length === 1) dc = len - start;
  else if (args.length > 1) dc = Math.min(Math.max(yield* toIntegerOrInfinity(realm, args[1]), 0), len - start);
  if (len + items.length - dc > MAX_SAFE_LENGTH) realm.throwError('TypeError', Msg.InvalidArrayLength);
  if (isFastArray(o) && o.items.length === len && hasDefaultSpecies(realm, o)) {
    chargeElements(items.length);
    return realm.newArray(o.items.splice(start, dc, ...items) as Value[]);
  }
  const a = yield* arraySpeciesCreate(realm, o, dc);
  for (let k = 0; k < dc; k++) {
    const v = yield* getIfPresent(realm, o, start + k);
    if (v !== HOLE) createIndexOrThrow(realm, a, k, v);
  }
  yield* set(realm, a, 'length', dc);
  const n = items.length;
  if (n < dc) {
    for (let k = start; k < len - dc; k++) yield* moveElement(realm, o, k + dc, k + n);
    for (let k = len; k > len - dc + n; k--) yield* deleteOrThrow(realm, o, String(k - 1));
  } else if (n > dc) {
    for (let k = len - dc; k > start; k--) yield* moveElement(realm, o, k + dc - 1, k + n - 1);
  }
  for (let i = 0; i < n; i++) yield* set(realm, o, String(start + i), items[i]);
  yield* set(realm, o, 'length', len - dc + n);
  return a;
}

/** https://tc39.es/ecma262/#sec-array.prototype.copywithin */
function* copyWithin(realm: Realm, thisArg: Value, args: Value[]): Gen<Value> {
  const o = thisObject(realm, thisArg);
  const len = yield* lengthOfArrayLike(realm, o);
  let to = relativeIndex(yield* toIntegerOrInfinity(realm, args[0]), len);
  let from = relativeIndex(yield* toIntegerOrInfinity(realm, args[1]), len);
  const final = args[2] === undefined ? len : relativeIndex(yield* toIntegerOrInfinity(realm, args[2]), len);
  let count = Math.min(final - from, len - to);
  if (count <= 0) return o;
  if (isFastArray(o) && o.items.length === len) {
    o.items.copyWithin(to, from, from + count);
    return o;
  }
  let dir = 1;
  if (from < to && to < from + count) {
    dir = -1;
    from += count - 1;
    to += count - 1;
  }
  for (; count > 0; count--, from += dir, to += dir) yield* moveElement(realm, o, from, to);
  return o;
}
