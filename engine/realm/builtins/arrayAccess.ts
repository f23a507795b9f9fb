// Array.prototype methods that read elements without callbacks: at, includes, indexOf,
// lastIndexOf, slice, concat, join, toString, toLocaleString, keys, values, entries.
import { NEEDS_GENERATOR, isCallable } from '../../heap/function';
import { JSArray, JSObject, chargeElements } from '../../heap/object';
import { Bytes, HeapKind, reserve } from '../../heap/account';
import { MAX_STRING_LENGTH, concatStrings, reserveString } from '../../ops/strings';
import { HOLE, Value, WellKnown } from '../../heap/values';
import { Msg } from '../../errors/messages';
import { Gen, integerOrInfinity, primitiveToNumber, primitiveToString, relativeIndex, toBoolean, toIntegerOrInfinity, toString } from '../../ops/convert';
import { call, get, invoke, lengthOfArrayLike, set } from '../../ops/object';
import type { Realm } from '../realm';
import { arrayIteratorMethod } from './Iterator';
import { deepWalk } from '../../errors/hostStack';
import {
  MAX_SAFE_LENGTH, MethodTable, arraySpeciesCreate, createIndexOrThrow, fastElement, gen, getIfPresent, getIndex,
  hasDefaultSpecies, hasInheritedElements, isArrayThroughProxies, plain, sameValueZero, thisObject,
} from './arraySupport';

/** Arrays being joined, per realm: a cycle joins as '' (V8 prints `a=[1]; a.push(a)` as '1,'). */
const joinStacks = new WeakMap<Realm, Set<JSObject>>();

export function accessMethods(realm: Realm): MethodTable {
  return {
    at: gen(1, function* (thisArg, args) {
      const o = thisObject(realm, thisArg);
      const len = yield* lengthOfArrayLike(realm, o);
      const rel = yield* toIntegerOrInfinity(realm, args[0]);
      const k = rel >= 0 ? rel : len + rel;
      return k < 0 || k >= len ? undefined : yield* getIndex(realm, o, k);
    }, (thisArg, args) => atFast(realm, thisArg, args)),
    includes: gen(1, function* (thisArg, args) {
      return (yield* indexOf(realm, thisArg, args, 'includes')) >= 0;
    }, (thisArg, args) => {
      const r = indexOfFast(realm, thisArg, args, true);
      return r === NEEDS_GENERATOR ? r : r >= 0;
    }),
    indexOf: gen(1, function* (thisArg, args) {
      return yield* indexOf(realm, thisArg, args, 'indexOf');
    }, (thisArg, args) => indexOfFast(realm, thisArg, args, false)),
    lastIndexOf: gen(1, function* (thisArg, args) {
      return yield* lastIndexOf(realm, thisArg, args);
    }),
    slice: gen(2, function* (thisArg, args) {
      return yield* slice(realm, thisArg, args);
    }),
    concat: gen(1, function* (thisArg, args) {
      return yield* concat(realm, thisArg, args);
    }),
    // join, toString and toLocaleString walk nested arrays as deep as the program made them.
    join: gen(1, deepWalk(function* (thisArg, args) {
      const o = thisObject(realm, thisArg);
      const len = yield* lengthOfArrayLike(realm, o);
      const sep = args[0] === undefined ? ',' : yield* toString(realm, args[0]);
      return yield* join(realm, o, len, sep, false);
    }), (thisArg, args) => joinFast(realm, thisArg, args[0])),
    toString: gen(0, deepWalk(function* (thisArg) {
      const o = thisObject(realm, thisArg);
      let f = yield* get(realm, o, 'join');
      if (!isCallable(f)) f = realm.intrinsic('%Object.prototype.toString%');
      return yield* call(realm, f, o, []);
    })),
    toLocaleString: gen(0, deepWalk(function* (thisArg, args) {
      const o = thisObject(realm, thisArg);
      // ECMA-402 passes locales and options on to each element's toLocaleString.
      return yield* join(realm, o, yield* lengthOfArrayLike(realm, o), ',', [args[0], args[1]]);
    })),
    keys: plain(0, arrayIteratorMethod(realm, 'keys')),
    values: plain(0, arrayIteratorMethod(realm, 'values')),
    entries: plain(0, arrayIteratorMethod(realm, 'entries')),
  };
}

/**
 * https://tc39.es/ecma262/#sec-array.prototype.indexof and #sec-array.prototype.includes:
 * indexOf skips holes and uses ===; includes reads holes as undefined and uses SameValueZero.
 */
function* indexOf(realm: Realm, thisArg: Value, args: Value[], which: 'indexOf' | 'includes'): Gen<number> {
  const o = thisObject(realm, thisArg, which === 'indexOf' ? 'Array.prototype.indexOf' : undefined);
  const len = yield* lengthOfArrayLike(realm, o);
  if (len === 0) return -1;
  const n = yield* toIntegerOrInfinity(realm, args[1]);
  if (n === Infinity) return -1;
  const target = args[0];
  const includes = which === 'includes';
  for (let k = n >= 0 ? n : Math.max(len + n, 0); k < len; k++) {
    if (o instanceof JSArray) {
      const r = scanForward(o.items, k, Math.min(len, o.items.length), target, includes);
      if (r >= 0) return r;
      k = -1 - r;
      if (k >= len) break;
    }
    const v = yield* getIfPresent(realm, o, k);
    if (v === HOLE ? includes && target === undefined : includes ? sameValueZero(v, target) : v === target) return k;
  }
  return -1;
}

/** at on an array with a primitive index: a hole may read through to a getter, so it is slow. */
function atFast(realm: Realm, thisArg: Value, args: Value[]): Value | typeof NEEDS_GENERATOR {
  const index = args[0];
  if (!(thisArg instanceof JSArray) || index instanceof JSObject) return NEEDS_GENERATOR;
  const items = thisArg.items;
  const rel = typeof index === 'number' ? integerOrInfinity(index) : integerOrInfinity(primitiveToNumber(realm, index));
  const k = rel >= 0 ? rel : items.length + rel;
  if (k < 0 || k >= items.length) return undefined;
  const v = items[k];
  return v === HOLE ? NEEDS_GENERATOR : v;
}

/** indexOf/includes on an array with no hole up to the end of the search. */
function indexOfFast(realm: Realm, thisArg: Value, args: Value[], includes: boolean): number | typeof NEEDS_GENERATOR {
  const fromArg = args[1];
  if (!(thisArg instanceof JSArray) || fromArg instanceof JSObject) return NEEDS_GENERATOR;
  const items = thisArg.items;
  const len = items.length;
  if (len === 0) return -1;
  const n = fromArg === undefined ? 0 : integerOrInfinity(primitiveToNumber(realm, fromArg));
  if (n === Infinity) return -1;
  const r = scanForward(items, n >= 0 ? n : Math.max(len + n, 0), len, args[0], includes);
  return r >= 0 ? r : r === -1 - len || n >= len ? -1 : NEEDS_GENERATOR;
}

/**
 * The plain part of indexOf/includes over own elements: the index of `target`, or
 * -1 - k where k is the first hole met (or `to`), which the caller resolves slowly.
 */
function scanForward(items: (Value | typeof HOLE)[], from: number, to: number, target: Value, zero: boolean): number {
  for (let k = from; k < to; k++) {
    const v = items[k];
    if (v === target && v !== HOLE) return k;
    if (v === HOLE) return -1 - k;
    if (zero && v !== v && target !== target) return k;
  }
  return -1 - Math.max(from, to);
}

/** https://tc39.es/ecma262/#sec-array.prototype.lastindexof */
function* lastIndexOf(realm: Realm, thisArg: Value, args: Value[]): Gen<number> {
  const o = thisObject(realm, thisArg);
  const len = yield* lengthOfArrayLike(realm, o);
  if (len === 0) return -1;
  const n = args.length > 1 ? yield* toIntegerOrInfinity(realm, args[1]) : len - 1;
  if (n === -Infinity) return -1;
  for (let k = n >= 0 ? Math.min(n, len - 1) : len + n; k >= 0; k--) {
    let v = fastElement(o, k);
    if (v === HOLE) v = yield* getIfPresent(realm, o, k);
    if (v !== HOLE && v === args[0]) return k;
  }
  return -1;
}

/** https://tc39.es/ecma262/#sec-array.prototype.slice */
function* slice(realm: Realm, thisArg: Value, args: Value[]): Gen<Value> {
  const o = thisObject(realm, thisArg);
  const len = yield* lengthOfArrayLike(realm, o);
  let k = relativeIndex(yield* toIntegerOrInfinity(realm, args[0]), len);
  const final = args[1] === undefined ? len : relativeIndex(yield* toIntegerOrInfinity(realm, args[1]), len);
  const count = Math.max(final - k, 0);
  if (o instanceof JSArray && hasDefaultSpecies(realm, o) && !hasInheritedElements(o)) {
    // A plain copy: absent elements stay holes, as CreateDataProperty skipping them leaves them.
    reserve(HeapKind.Array, Bytes.element * count);
    const items = o.items.slice(k, Math.max(k, final));
    while (items.length < count) items.push(HOLE);
    return new JSArray(realm.ArrayPrototype, items);
  }
  const a = yield* arraySpeciesCreate(realm, o, count);
  let n = 0;
  for (; k < final; k++, n++) {
    let v = fastElement(o, k);
    if (v === HOLE) v = yield* getIfPresent(realm, o, k);
    if (v !== HOLE) createIndexOrThrow(realm, a, n, v);
  }
  yield* set(realm, a, 'length', n);
  return a;
}

/** https://tc39.es/ecma262/#sec-array.prototype.concat */
function* concat(realm: Realm, thisArg: Value, args: Value[]): Gen<Value> {
  const o = thisObject(realm, thisArg, 'Array.prototype.concat');
  const fresh = hasDefaultSpecies(realm, o);
  const a = yield* arraySpeciesCreate(realm, o, 0);
  let n = 0;
  for (const e of [o as Value, ...args]) {
    if (!(yield* isConcatSpreadable(realm, e))) {
      if (n >= MAX_SAFE_LENGTH) realm.throwError('TypeError', Msg.InvalidArrayLength);
      createIndexOrThrow(realm, a, n++, e);
      continue;
    }
    const src = e as JSObject;
    const len = yield* lengthOfArrayLike(realm, src);
    if (n + len > MAX_SAFE_LENGTH) realm.throwError('TypeError', Msg.InvalidArrayLength);
    if (fresh && a instanceof JSArray && src instanceof JSArray && !hasInheritedElements(src)) {
      // Straight into the new array's storage; it has not been shown to user code yet.
      chargeElements(n + len - a.items.length);
      while (a.items.length < n) a.items.push(HOLE);
      for (let k = 0; k < len; k++) a.items.push(src.items[k]);
      n += len;
      continue;
    }
    for (let k = 0; k < len; k++, n++) {
      let v = fastElement(src, k);
      if (v === HOLE) v = yield* getIfPresent(realm, src, k);
      if (v !== HOLE) createIndexOrThrow(realm, a, n, v);
    }
  }
  yield* set(realm, a, 'length', n);
  return a;
}

/** https://tc39.es/ecma262/#sec-isconcatspreadable */
function* isConcatSpreadable(realm: Realm, v: Value): Gen<boolean> {
  if (!(v instanceof JSObject)) return false;
  const key = WellKnown.isConcatSpreadable;
  const spreadable = v.lookup(key) === undefined ? undefined : yield* get(realm, v, key);
  return spreadable !== undefined ? toBoolean(spreadable) : isArrayThroughProxies(realm, v);
}

/** The loop shared by join and toLocaleString; null and undefined elements print as ''. */
function* join(realm: Realm, o: JSObject, len: number, sep: string, locale: Value[] | false): Gen<string> {
  let stack = joinStacks.get(realm);
  if (stack === undefined) joinStacks.set(realm, stack = new Set());
  if (stack.has(o)) return '';
  stack.add(o);
  try {
    let out = '';
    for (let k = 0; k < len; k++) {
      if (!locale && o instanceof JSArray) {
        [out, k] = joinPlain(realm, o.items, k, Math.min(len, o.items.length), sep, out);
        if (k >= len) break;
      }
      if (k > 0) out = concatStrings(realm, out, sep);
      const v = yield* getIndex(realm, o, k);
      if (v === undefined || v === null) continue;
      if (locale) out = concatStrings(realm, out, yield* toString(realm, yield* invoke(realm, v, 'toLocaleString', locale)));
      else out = concatStrings(realm, out, yield* toString(realm, v));
    }
    return out;
  } finally {
    stack.delete(o);
  }
}

/** join of an array of primitives with a primitive separator, not already being joined. */
function joinFast(realm: Realm, thisArg: Value, separator: Value): Value | typeof NEEDS_GENERATOR {
  if (!(thisArg instanceof JSArray) || separator instanceof JSObject || joinStacks.get(realm)?.has(thisArg)) return NEEDS_GENERATOR;
  const sep = separator === undefined ? ',' : primitiveToString(realm, separator);
  const items = thisArg.items;
  const [out, k] = joinPlain(realm, items, 0, items.length, sep, '');
  return k >= items.length ? out : NEEDS_GENERATOR;
}

/**
 * Appends own elements that convert without user code; returns the text and where it
 * stopped. The pieces are measured first and joined flat, so a result past the length
 * or heap limit is refused before the host builds it.
 */
function joinPlain(realm: Realm, items: (Value | typeof HOLE)[], from: number, to: number, sep: string, out: string): [string, number] {
  const parts: string[] = [];
  let length = out.length;
  let k = from;
  for (; k < to; k++) {
    const v = items[k];
    let s: string;
    if (typeof v === 'string') s = v;
    else if (v === undefined || v === null) s = '';
    else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') s = String(v);
    else break;
    if (k > 0) { parts.push(sep); length += sep.length; }
    parts.push(s);
    length += s.length;
    if (length > MAX_STRING_LENGTH) realm.throwError('RangeError', Msg.InvalidStringLength);
  }
  if (parts.length === 0) return [out, k];
  reserveString(realm, length);
  return [out + parts.join(''), k];
}
