// Array.prototype methods that visit elements with a callback (forEach, map, filter, every,
// some, the find family, reduce, reduceRight) plus flat and flatMap.
import { JSFunction, isCallable } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { HOLE, Value } from '../../heap/values';
import { Msg } from '../../errors/messages';
import { Gen, toBoolean, toIntegerOrInfinity } from '../../ops/convert';
import { lengthOfArrayLike } from '../../ops/object';
import type { Realm } from '../realm';
import {
  MAX_SAFE_LENGTH, MethodTable, arraySpeciesCreate, callbackFn, createIndexOrThrow, fastElement, gen, getIfPresent,
  getIndex, isArrayThroughProxies, thisObject,
} from './arraySupport';

type VisitKind = 'forEach' | 'map' | 'filter' | 'every' | 'some';

/** Nesting deeper than this in flat() is reported as V8 reports its own recursion limit. */
const MAX_FLAT_DEPTH = 10_000;

export function iterationMethods(realm: Realm): MethodTable {
  const visit = (kind: VisitKind) => gen(1, (thisArg, args) => visitElements(realm, thisArg, args, kind));
  const find = (name: string, fromEnd: boolean, wantIndex: boolean) =>
    gen(1, (thisArg, args) => findElement(realm, thisArg, args, name, fromEnd, wantIndex));
  return {
    forEach: visit('forEach'),
    map: visit('map'),
    filter: visit('filter'),
    every: visit('every'),
    some: visit('some'),
    find: find('find', false, false),
    findIndex: find('findIndex', false, true),
    findLast: find('findLast', true, false),
    findLastIndex: find('findLastIndex', true, true),
    reduce: gen(1, (thisArg, args) => reduce(realm, thisArg, args, false)),
    reduceRight: gen(1, (thisArg, args) => reduce(realm, thisArg, args, true)),
    flat: gen(0, function* (thisArg, args) {
      const o = thisObject(realm, thisArg);
      const len = yield* lengthOfArrayLike(realm, o);
      const depth = args[0] === undefined ? 1 : Math.max(yield* toIntegerOrInfinity(realm, args[0]), 0);
      const a = yield* arraySpeciesCreate(realm, o, 0);
      yield* flattenIntoArray(realm, a, o, len, depth, undefined, undefined);
      return a;
    }),
    flatMap: gen(1, function* (thisArg, args) {
      const o = thisObject(realm, thisArg);
      const len = yield* lengthOfArrayLike(realm, o);
      if (!isCallable(args[0])) realm.throwError('TypeError', Msg.FlatMapNotCallable);
      const a = yield* arraySpeciesCreate(realm, o, 0);
      yield* flattenIntoArray(realm, a, o, len, 1, args[0], args[1]);
      return a;
    }),
  };
}

/**
 * forEach, map, filter, every and some: visit each present element in order; `len` is
 * fixed first, so elements pushed by the callback are not visited.
 */
function* visitElements(realm: Realm, thisArg: Value, args: Value[], kind: VisitKind): Gen<Value> {
  const o = thisObject(realm, thisArg, `Array.prototype.${kind}`);
  const len = yield* lengthOfArrayLike(realm, o);
  const f = callbackFn(realm, args[0]);
  const t = args[1];
  const a = kind === 'map' || kind === 'filter' ? yield* arraySpeciesCreate(realm, o, kind === 'map' ? len : 0) : undefined;
  let to = 0;
  for (let k = 0; k < len; k++) {
    let v = fastElement(o, k);
    if (v === HOLE) {
      v = yield* getIfPresent(realm, o, k);
      if (v === HOLE) continue;
    }
    const r = yield { kind: 'call', fn: f, thisArg: t, args: [v, k, o] };
    if (kind === 'map') createIndexOrThrow(realm, a!, k, r);
    else if (kind === 'filter') { if (toBoolean(r)) createIndexOrThrow(realm, a!, to++, v); }
    else if (kind === 'every') { if (!toBoolean(r)) return false; }
    else if (kind === 'some' && toBoolean(r)) return true;
  }
  return kind === 'every' ? true : kind === 'some' ? false : a;
}

/** find, findIndex, findLast, findLastIndex: holes are visited as undefined. */
function* findElement(realm: Realm, thisArg: Value, args: Value[], name: string, fromEnd: boolean, wantIndex: boolean): Gen<Value> {
  const o = thisObject(realm, thisArg, `Array.prototype.${name}`);
  const len = yield* lengthOfArrayLike(realm, o);
  const f = callbackFn(realm, args[0]);
  for (let i = 0; i < len; i++) {
    const k = fromEnd ? len - 1 - i : i;
    const own = fastElement(o, k);
    const v = own !== HOLE ? own : yield* getIndex(realm, o, k);
    const r = yield { kind: 'call', fn: f, thisArg: args[1], args: [v, k, o] };
    if (toBoolean(r)) return wantIndex ? k : v;
  }
  return wantIndex ? -1 : undefined;
}

/** https://tc39.es/ecma262/#sec-array.prototype.reduce (and reduceRight when `right`). */
function* reduce(realm: Realm, thisArg: Value, args: Value[], right: boolean): Gen<Value> {
  const o = thisObject(realm, thisArg, right ? 'Array.prototype.reduceRight' : 'Array.prototype.reduce');
  const len = yield* lengthOfArrayLike(realm, o);
  const f: JSFunction = callbackFn(realm, args[0]);
  if (len === 0 && args.length < 2) realm.throwError('TypeError', Msg.ReduceEmpty);
  const step = right ? -1 : 1;
  let k = right ? len - 1 : 0;
  let acc: Value | typeof HOLE = args.length >= 2 ? args[1] : HOLE;
  for (; acc === HOLE && k >= 0 && k < len; k += step) acc = yield* getIfPresent(realm, o, k);
  if (acc === HOLE) realm.throwError('TypeError', Msg.ReduceEmpty);
  for (; k >= 0 && k < len; k += step) {
    let v = fastElement(o, k);
    if (v === HOLE) v = yield* getIfPresent(realm, o, k);
    if (v !== HOLE) acc = yield { kind: 'call', fn: f, thisArg: undefined, args: [acc, v, k, o] };
  }
  return acc;
}

interface FlattenFrame { src: JSObject; len: number; k: number; depth: number }

/**
 * https://tc39.es/ecma262/#sec-flattenintoarray, with an explicit stack instead of
 * recursion so a self-containing array cannot exhaust the host stack.
 */
function* flattenIntoArray(
  realm: Realm, target: JSObject, source: JSObject, sourceLen: number, depth: number, mapper: Value, thisArg: Value,
): Gen<number> {
  const stack: FlattenFrame[] = [{ src: source, len: sourceLen, k: 0, depth }];
  let n = 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.k >= top.len) {
      stack.pop();
      continue;
    }
    const k = top.k++;
    let v = fastElement(top.src, k);
    if (v === HOLE) v = yield* getIfPresent(realm, top.src, k);
    if (v === HOLE) continue;
    if (mapper !== undefined && stack.length === 1) v = yield { kind: 'call', fn: mapper, thisArg, args: [v, k, top.src] };
    if (top.depth > 0 && v instanceof JSObject && isArrayThroughProxies(realm, v)) {
      if (stack.length >= MAX_FLAT_DEPTH) realm.throwError('RangeError', Msg.StackOverflow);
      stack.push({ src: v, len: yield* lengthOfArrayLike(realm, v), k: 0, depth: top.depth - 1 });
    } else {
      if (n >= MAX_SAFE_LENGTH) realm.throwError('TypeError', Msg.InvalidArrayLength);
      createIndexOrThrow(realm, target, n++, v);
    }
  }
  return n;
}
