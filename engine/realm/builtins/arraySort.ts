// Array.prototype.sort and toSorted: a stable sort written as a generator so the
// comparator runs as VM calls; for consistent comparators the result equals V8's.
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
  if (cmp !== undefined) yield* timSort(sorted, (x, y) => compareWith(realm, cmp, x, y));
  else if (sorted.every((v) => !(v instanceof JSObject))) sortPrimitives(realm, sorted);
  else yield* timSort(sorted, (x, y) => compareStrings(realm, x, y));
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

type Compare = (x: Value, y: Value) => Gen<number>;

/**
 * V8's TimSort shape (third_party/v8/builtins/array-sort.tq): runs found and extended by
 * binary insertion exactly as V8 does, so a comparator that logs sees V8's calls for
 * arrays under 64 elements; longer arrays merge runs with a plain stable merge.
 */
function* timSort(a: Value[], cmp: Compare): Gen<void> {
  const n = a.length;
  if (n < 2) return;
  const minRun = minRunLength(n);
  let runs: [number, number][] = [];
  for (let low = 0; low < n;) {
    let runLen = yield* countAndMakeRun(a, low, n, cmp);
    if (runLen < minRun) {
      const forced = Math.min(minRun, n - low);
      yield* binaryInsertionSort(a, low, low + runLen, low + forced, cmp);
      runLen = forced;
    }
    runs.push([low, runLen]);
    low += runLen;
  }
  while (runs.length > 1) {
    const next: [number, number][] = [];
    for (let i = 0; i < runs.length; i += 2) {
      if (i + 1 === runs.length) { next.push(runs[i]); continue; }
      const [lo, len] = runs[i];
      yield* mergeRuns(a, lo, lo + len, lo + len + runs[i + 1][1], cmp);
      next.push([lo, len + runs[i + 1][1]]);
    }
    runs = next;
  }
}

function minRunLength(size: number): number {
  let n = size;
  let r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** The ascending (or strictly descending, then reversed) run starting at `low`. */
function* countAndMakeRun(a: Value[], low: number, high: number, cmp: Compare): Gen<number> {
  if (low + 1 === high) return 1;
  let runLength = 2;
  const descending = (yield* cmp(a[low + 1], a[low])) < 0;
  for (let i = low + 2; i < high; i++, runLength++) {
    const order = yield* cmp(a[i], a[i - 1]);
    if (descending ? order >= 0 : order < 0) break;
  }
  if (descending) reverseRange(a, low, low + runLength);
  return runLength;
}

function reverseRange(a: Value[], from: number, to: number): void {
  for (let lo = from, hi = to - 1; lo < hi; lo++, hi--) [a[lo], a[hi]] = [a[hi], a[lo]];
}

/** Sorts a[low, high) given that a[low, start) is sorted; stable (equal pivots go right). */
function* binaryInsertionSort(a: Value[], low: number, startArg: number, high: number, cmp: Compare): Gen<void> {
  for (let start = low === startArg ? startArg + 1 : startArg; start < high; start++) {
    const pivot = a[start];
    let left = low;
    let right = start;
    while (left < right) {
      const mid = left + ((right - left) >> 1);
      if ((yield* cmp(pivot, a[mid])) < 0) right = mid;
      else left = mid + 1;
    }
    for (let p = start; p > left; p--) a[p] = a[p - 1];
    a[left] = pivot;
  }
}

/** Merges the sorted runs a[lo, mid) and a[mid, hi); ties keep the left element first. */
function* mergeRuns(a: Value[], lo: number, mid: number, hi: number, cmp: Compare): Gen<void> {
  const left = a.slice(lo, mid);
  let i = 0;
  let j = mid;
  let k = lo;
  while (i < left.length && j < hi) {
    if ((yield* cmp(a[j], left[i])) < 0) a[k++] = a[j++];
    else a[k++] = left[i++];
  }
  while (i < left.length) a[k++] = left[i++];
}

/** SortCompare with a comparator: its result through ToNumber, NaN counting as 0. */
function* compareWith(realm: Realm, cmp: JSFunction, x: Value, y: Value): Gen<number> {
  const r = yield { kind: 'call', fn: cmp, thisArg: undefined, args: [x, y] };
  const n = typeof r === 'number' ? r : yield* toNumber(realm, r);
  return n !== n ? 0 : n;
}

/** SortCompare without a comparator, converting both sides each time as V8 does. */
function* compareStrings(realm: Realm, x: Value, y: Value): Gen<number> {
  const xs = yield* toString(realm, x);
  const ys = yield* toString(realm, y);
  return xs < ys ? -1 : ys < xs ? 1 : 0;
}
