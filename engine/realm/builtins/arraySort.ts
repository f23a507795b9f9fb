// Array.prototype.sort and toSorted: a stable sort (timSort.ts) whose comparator runs as
// VM calls from one generator; for consistent comparators the result equals V8's.
import { JSFunction, isCallable } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { HOLE, Primitive, Value } from '../../heap/values';
import { Msg } from '../../errors/messages';
import { HeapExhausted } from '../../errors/internal';
import { account } from '../../heap/account';
import { Gen, primitiveToString, toNumber, toString } from '../../ops/convert';
import { deleteOrThrow, lengthOfArrayLike, set } from '../../ops/object';
import type { Realm } from '../realm';
import {
  MethodTable, arrayCreate, fastElement, gen, getIfPresent, hasInheritedElements, isWritableArray, readRange, thisObject,
} from './arraySupport';
import { TimSort } from './timSort';

/** V8's FixedArray::kMaxLength on 64-bit hosts (measured: 2**28 sorts, 2**28 + 1 is fatal). */
const MAX_WORK_ARRAY = 2 ** 28;

export function sortMethods(realm: Realm): MethodTable {
  return {
    sort: gen(1, function* (thisArg, args) {
      const cmp = comparator(realm, args[0]);
      const o = thisObject(realm, thisArg);
      const len = yield* lengthOfArrayLike(realm, o);
      // not in the spec: V8 returns early here, so a frozen one-element array sorts fine.
      if (len < 2) return o;
      // not in the spec: V8 sorts in a work array of `len` slots, and dies when it cannot have one.
      if (len > MAX_WORK_ARRAY) throw new HeapExhausted('invalid array length', account.live);
      const values: Value[] = [];
      for (let k = 0; k < len; k++) {
        let v = fastElement(o, k);
        if (v === HOLE) v = yield* getIfPresent(realm, o, k);
        if (v !== HOLE) values.push(v);
      }
      const sorted = yield* sortValues(realm, values, cmp);
      yield* writeBack(realm, o, sorted, len);
      return o;
    }),
    toSorted: gen(1, function* (thisArg, args) {
      const cmp = comparator(realm, args[0]);
      const o = thisObject(realm, thisArg);
      const len = yield* lengthOfArrayLike(realm, o);
      const values: Value[] = new Array(len);
      yield* readRange(realm, o, 0, len, values, 0);
      const a = arrayCreate(realm, len);
      a.items = yield* sortValues(realm, values, cmp);
      return a;
    }),
  };
}

function comparator(realm: Realm, f: Value): JSFunction | undefined {
  if (f !== undefined && !isCallable(f)) realm.throwError('TypeError', Msg.BadSortComparison);
  return f;
}

/** Writes the sorted values to indices 0.., then deletes up to `len` (holes go last). */
function* writeBack(realm: Realm, o: JSObject, sorted: Value[], len: number): Gen<void> {
  if (isWritableArray(o) && !hasInheritedElements(o)) {
    for (let j = 0; j < sorted.length; j++) o.setIndex(j, sorted[j]);
    for (let j = sorted.length; j < len && j < o.items.length; j++) o.items[j] = HOLE;
    return;
  }
  for (let j = 0; j < sorted.length; j++) yield* set(realm, o, String(j), sorted[j]);
  for (let j = sorted.length; j < len; j++) yield* deleteOrThrow(realm, o, String(j));
}

/**
 * https://tc39.es/ecma262/#sec-sortindexedproperties with SortCompare: undefined sorts
 * last without reaching the comparator; the default order compares ToString values.
 */
export function* sortValues(realm: Realm, values: Value[], cmp: JSFunction | undefined): Gen<Value[]> {
  const sorted: Value[] = values.filter((v) => v !== undefined);
  const undefinedCount = values.length - sorted.length;
  if (cmp === undefined && sorted.every((v) => !(v instanceof JSObject))) sortPrimitives(realm, sorted);
  else yield* sortWith(realm, sorted, cmp);
  for (let i = 0; i < undefinedCount; i++) sorted.push(undefined);
  return sorted;
}

/** Primitives convert without user code, so each is converted once and the host sorts. */
function sortPrimitives(realm: Realm, values: Value[]): void {
  const keyed = values.map((value) => ({ key: primitiveToString(realm, value as Primitive), value }));
  // The host sort is stable, and < on strings compares UTF-16 code units as the spec does.
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (let i = 0; i < keyed.length; i++) values[i] = keyed[i].value;
}

/**
 * Sorts `a` in place, each comparison one VM call of `cmp` (its result through ToNumber,
 * NaN counting as 0) or, without one, the ToString values compared as V8 does.
 */
function* sortWith(realm: Realm, a: Value[], cmp: JSFunction | undefined): Gen<void> {
  const sort = new TimSort(a);
  let order = 0;
  while (sort.advance(order)) {
    if (cmp === undefined) {
      order = yield* compareStrings(realm, sort.x, sort.y);
      continue;
    }
    const r = yield { kind: 'call', fn: cmp, thisArg: undefined, args: [sort.x, sort.y] };
    order = typeof r === 'number' ? r : yield* toNumber(realm, r);
    if (order !== order) order = 0;
  }
}

/** SortCompare without a comparator, converting both sides each time as V8 does. */
function* compareStrings(realm: Realm, x: Value, y: Value): Gen<number> {
  const xs = yield* toString(realm, x);
  const ys = yield* toString(realm, y);
  return xs < ys ? -1 : ys < xs ? 1 : 0;
}
