// The change-array-by-copy methods (ES2023) except toSorted: toReversed, toSpliced, with.
// They always return a plain Array (no species) and read holes as undefined.
import { Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, relativeIndex, toIntegerOrInfinity, toNumber } from '../../ops/convert';
import { lengthOfArrayLike } from '../../ops/object';
import type { Realm } from '../realm';
import { MAX_SAFE_LENGTH, MethodTable, arrayCreate, gen, getIndex, thisObject } from './arraySupport';

export function copyMethods(realm: Realm): MethodTable {
  return {
    toReversed: gen(0, function* (thisArg) {
      const o = thisObject(realm, thisArg);
      const len = yield* lengthOfArrayLike(realm, o);
      const a = arrayCreate(realm, len);
      for (let k = 0; k < len; k++) a.items[k] = yield* getIndex(realm, o, len - 1 - k);
      return a;
    }),
    toSpliced: gen(2, (thisArg, args) => toSpliced(realm, thisArg, args)),
    with: gen(2, function* (thisArg, args) {
      const o = thisObject(realm, thisArg);
      const len = yield* lengthOfArrayLike(realm, o);
      const n = yield* toNumber(realm, args[0]);
      const rel = yield* toIntegerOrInfinity(realm, n);
      const actual = rel >= 0 ? rel : len + rel;
      if (actual >= len || actual < 0) realm.throwError('RangeError', formatMessage(Msg.IndexOutOfRange, n));
      const a = arrayCreate(realm, len);
      for (let k = 0; k < len; k++) a.items[k] = k === actual ? args[1] : yield* getIndex(realm, o, k);
      return a;
    }),
  };
}

/** https://tc39.es/ecma262/#sec-array.prototype.tospliced */
function* toSpliced(realm: Realm, thisArg: Value, args: Value[]): Gen<Value> {
  const o = thisObject(realm, thisArg);
  const len = yield* lengthOfArrayLike(realm, o);
  const start = relativeIndex(yield* toIntegerOrInfinity(realm, args[0]), len);
  const items = args.slice(2);
  let skip = 0;
  if (args.length === 1) skip = len - start;
  else if (args.length > 1) skip = Math.min(Math.max(yield* toIntegerOrInfinity(realm, args[1]), 0), len - start);
  const newLen = len + items.length - skip;
  if (newLen > MAX_SAFE_LENGTH) realm.throwError('TypeError', Msg.InvalidArrayLength);
  const a = arrayCreate(realm, newLen);
  let i = 0;
  for (; i < start; i++) a.items[i] = yield* getIndex(realm, o, i);
  for (const v of items) a.items[i++] = v;
  for (let r = start + skip; i < newLen; i++, r++) a.items[i] = yield* getIndex(realm, o, r);
  return a;
}
