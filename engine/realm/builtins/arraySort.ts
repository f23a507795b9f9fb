// Array.prototype.sort and toSorted: a stable sort (timSort.ts) whose comparator runs as
// VM calls from one generator; for consistent comparators the result equals V8's.
import { JSFunction, isCallable } from '../../heap/function';
import { JSArray, JSObject } from '../../heap/object';
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
    sort: gen(1, (thisArg, args) => sortArray(realm, thisArg, args[0], 'sort')),
    toSorted: gen(1, (thisArg, args) => sortArray(realm, thisArg, args[0], 'toSorted')),
  };
}

/**
 * sort (in place) and toSorted (a new array). One generator from start to end: the VM
 * resumes it once per comparison, with no generator below it to resume as well.
 */
function* sortArray(realm: Realm, thisArg: Value, comparefn: Value, kind: 'sort' | 'toSorted'): Gen<Value> {
  const cmp = comparator(realm, comparefn);
  const o = thisObject(realm, thisArg);
  const len = yield* lengthOfArrayLike(realm, o);
  let values: Value[];
  let result: JSArray | undefined;
  if (kind === 'sort') {
    // not in the spec: V8 returns early here, so a frozen one-element array sorts fine.
    if (len < 2) return o;
    // not in the spec: V8 sorts in a work array of `len` slots, and dies when it cannot have one.
    if (len > MAX_WORK_ARRAY) throw new HeapExhausted('invalid array length', account.live);
    values = yield* presentValues(realm, o, len);
  } else {
    values = new Array(len);
    yield* readRange(realm, o, 0, len, values, 0);
    result = arrayCreate(realm, len);
  }
  // https://tc39.es/ecma262/#sec-sortindexedproperties: undefined sorts last without reaching the comparator.
  const sorted: Value[] = values.filter((v) => v !== undefined);
  const undefinedCount = values.length - sorted.length;
  if (cmp === undefined && sorted.every((v) => !(v instanceof JSObject))) sortPrimitives(realm, sorted);
  else {
    const sort = new TimSort(sorted);
    let order = 0;
    while (sort.advance(order)) {
      if (cmp === undefined) {
        order = yield* compareStrings(realm, sort.x, sort.y);
        continue;
      }
      // SortCompare: the comparator's result through ToNumber, NaN counting as 0.
      const r = yield { kind: 'call', fn: cmp, thisArg: undefined, args: [sort.x, sort.y] };
      order = typeof r === 'number' ? r : yield* toNumber(realm, r);
      if (order !== order) order = 0;
    }
  }
  for (let i = 0; i < undefinedCount; i++) sorted.push(undefined);
  if (result === undefined) {
    yield* writeBack(realm, o, sorted, len);
    return o;
  }
  result.items = sorted;
  return result;
}

/** The elements of o[0, len) that are present, holes skipped (they go last). */
function* presentValues(realm: Realm, o: JSObject, len: number): Gen<Value[]> {
  const values: Value[] = [];
  for (let k = 0; k < len; k++) {
    let v = fastElement(o, k);
    if (v === HOLE) v = yield* getIfPresent(realm, o, k);
    if (v !== HOLE) values.push(v);
  }
  return values;
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

/** Primitives convert without user code, so each is converted once and the host sorts. */
function sortPrimitives(realm: Realm, values: Value[]): void {
  const keyed = values.map((value) => ({ key: primitiveToString(realm, value as Primitive), value }));
  // The host sort is stable, and < on strings compares UTF-16 code units as the spec does.
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (let i = 0; i < keyed.length; i++) values[i] = keyed[i].value;
}

/** SortCompare without a comparator, converting both sides each time as V8 does. */
function* compareStrings(realm: Realm, x: Value, y: Value): Gen<number> {
  const xs = yield* toString(realm, x);
  const ys = yield* toString(realm, y);
  return xs < ys ? -1 : ys < xs ? 1 : 0;
}
