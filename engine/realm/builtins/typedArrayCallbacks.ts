// %TypedArray%.prototype methods that call user code: the callback family, reduce, and
// sort with a comparator. Each call is a request to the VM (yield), never a host call.
import { TypedArrayObject } from '../../heap/binary';
import { Value } from '../../heap/values';
import { Msg } from '../../errors/messages';
import { Gen, toBoolean, toNumber } from '../../ops/convert';
import type { Realm } from '../realm';
import { MethodTable, callbackFn, gen } from './arraySupport';
import { thisTypedArray, toElement } from './binarySupport';
import { allocateTyped, typedArraySpeciesCreate } from './TypedArray';
import { isCallable } from '../../heap/function';

type Visit = 'forEach' | 'every' | 'some' | 'map' | 'filter';

export function typedArrayCallbackMethods(realm: Realm): MethodTable {
  const visit = (kind: Visit) => gen(1, (t, args) => visitElements(realm, thisTypedArray(realm, t), args[0], args[1], kind));
  const find = (fromEnd: boolean, wantIndex: boolean) =>
    gen(1, (t, args) => findElement(realm, thisTypedArray(realm, t), args[0], args[1], fromEnd, wantIndex));
  return {
    forEach: visit('forEach'),
    every: visit('every'),
    some: visit('some'),
    map: visit('map'),
    filter: visit('filter'),
    find: find(false, false),
    findIndex: find(false, true),
    findLast: find(true, false),
    findLastIndex: find(true, true),
    reduce: gen(1, (t, args) => reduce(realm, thisTypedArray(realm, t), args, false)),
    reduceRight: gen(1, (t, args) => reduce(realm, thisTypedArray(realm, t), args, true)),
    sort: gen(1, function* (t, args) {
      const cmp = comparator(realm, args[0]);
      const o = thisTypedArray(realm, t, '%TypedArray%.prototype.sort');
      yield* sortInto(realm, o, o, cmp);
      return o;
    }),
    toSorted: gen(1, function* (t, args) {
      const cmp = comparator(realm, args[0]);
      const o = thisTypedArray(realm, t, '%TypedArray%.prototype.toSorted');
      const a = allocateTyped(realm, o.kind, realm.intrinsic(`%${o.kind.name}.prototype%`), o.length);
      yield* sortInto(realm, o, a, cmp);
      return a;
    }),
  };
}

function comparator(realm: Realm, f: Value) {
  if (f !== undefined && !isCallable(f)) realm.throwError('TypeError', Msg.BadSortComparison);
  return f;
}

/** Sorts o's elements into `target` (o itself or a same-type copy). */
function* sortInto(realm: Realm, o: TypedArrayObject, target: TypedArrayObject, cmp: ReturnType<typeof comparator>): Gen<void> {
  if (cmp === undefined) {
    // The host's default typed array sort is the spec's numeric order (-0 before +0, NaN last).
    if (target !== o) target.view.set(o.view as never);
    target.view.sort();
    return;
  }
  const work1: (number | bigint)[] = Array.from(o.view as ArrayLike<number | bigint>);
  const work2 = work1.slice();
  const compare = function* (x: number | bigint, y: number | bigint): Gen<number> {
    const r = yield { kind: 'call', fn: cmp, thisArg: undefined, args: [x, y] };
    const n = typeof r === 'number' ? r : yield* toNumber(realm, r);
    return n !== n ? 0 : n;
  };
  if (work1.length > 1) yield* mergeSort(work2, 0, work1.length, work1, compare);
  for (let i = 0; i < work1.length; i++) target.setIndex(i, work1[i]);
}

type Compare = (x: number | bigint, y: number | bigint) => Gen<number>;

/** V8's TypedArrayMergeSort (typed-array-sort.tq), so a comparator that logs sees V8's calls. */
function* mergeSort(source: (number | bigint)[], from: number, to: number, target: (number | bigint)[], cmp: Compare): Gen<void> {
  const middle = from + ((to - from) >>> 1);
  if (middle - from > 1) yield* mergeSort(target, from, middle, source, cmp);
  if (to - middle > 1) yield* mergeSort(target, middle, to, source, cmp);
  let left = from;
  let right = middle;
  for (let i = from; i < to; i++) {
    if (left < middle && right >= to) target[i] = source[left++];
    else if (left < middle) {
      if ((yield* cmp(source[left], source[right])) <= 0) target[i] = source[left++];
      else target[i] = source[right++];
    } else target[i] = source[right++];
  }
}

function* visitElements(realm: Realm, o: TypedArrayObject, f: Value, thisArg: Value, kind: Visit): Gen<Value> {
  const fn = callbackFn(realm, f);
  const len = o.length;
  const kept: Value[] = [];
  const mapped = kind === 'map' ? yield* typedArraySpeciesCreate(realm, o, [len]) : undefined;
  for (let k = 0; k < len; k++) {
    const v = o.get(k);
    const r = yield { kind: 'call', fn, thisArg, args: [v, k, o] };
    if (kind === 'map') mapped!.setIndex(k, yield* toElement(realm, mapped!.kind, r));
    else if (kind === 'every' && !toBoolean(r)) return false;
    else if (kind === 'some' && toBoolean(r)) return true;
    else if (kind === 'filter' && toBoolean(r)) kept.push(v);
  }
  if (kind === 'map') return mapped!;
  if (kind === 'filter') {
    const a = yield* typedArraySpeciesCreate(realm, o, [kept.length]);
    for (let n = 0; n < kept.length; n++) a.setIndex(n, yield* toElement(realm, a.kind, kept[n]));
    return a;
  }
  return kind === 'every' ? true : kind === 'some' ? false : undefined;
}

function* findElement(realm: Realm, o: TypedArrayObject, f: Value, thisArg: Value, fromEnd: boolean, wantIndex: boolean): Gen<Value> {
  const fn = callbackFn(realm, f);
  const len = o.length;
  for (let i = 0; i < len; i++) {
    const k = fromEnd ? len - 1 - i : i;
    const v = o.get(k);
    if (toBoolean(yield { kind: 'call', fn, thisArg, args: [v, k, o] })) return wantIndex ? k : v;
  }
  return wantIndex ? -1 : undefined;
}

function* reduce(realm: Realm, o: TypedArrayObject, args: Value[], fromEnd: boolean): Gen<Value> {
  const fn = callbackFn(realm, args[0]);
  const len = o.length;
  if (len === 0 && args.length < 2) realm.throwError('TypeError', Msg.ReduceEmpty);
  let k = 0;
  let acc: Value;
  if (args.length >= 2) acc = args[1];
  else {
    acc = o.get(fromEnd ? len - 1 : 0);
    k = 1;
  }
  for (; k < len; k++) {
    const i = fromEnd ? len - 1 - k : k;
    acc = yield { kind: 'call', fn, thisArg: undefined, args: [acc, o.get(i), i, o] };
  }
  return acc;
}
