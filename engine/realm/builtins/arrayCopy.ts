// The change-array-by-copy methods (ES2023) except toSorted: toReversed, toSpliced, with.
// They always return a plain Array (no species) and read holes as undefined.
import { HOLE, Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, relativeIndex, toIntegerOrInfinity, toNumber } from '../../ops/convert';
import { lengthOfArrayLike } from '../../ops/object';
import type { Realm } from '../realm';
import { MAX_SAFE_LENGTH, MethodTable, arrayCreate, fastElement, gen, getIndex, readRange, thisObject } from './arraySupport';

export function copyMethods(realm: Realm): MethodTable {
  return {
    toReversed: gen(0, function* (thisArg) {
      const o = thisObject(realm, thisArg);
      const len = yield* lengthOfArrayLike(realm, o);
      const a = arrayCreate(realm, len);
      for (let k = 0; k < len; k++) {
        const v = fastElement(o, len - 1 - k);
        a.items[k] = v !== HOLE ? v : yield* getIndex(realm, o, len - 1 - k);
      }
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
      yield* readRange(realm, o, 0, actual, a.items as Value[], 0);
      a.items[actual] = args[1];
      yield* readRange(realm, o, actual + 1, len, a.items as Value[], actual + 1);
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
  const out = a.items as Value[];
  yield* readRange(realm, o, 0, start, out, 0);
  for (let i = 0; i < items.length; i++) out[start + i] = items[i];
  yield* readRange(realm, o, start + skip, len, out, start + items.length);
  return a;
}
