// %TypedArray%.prototype methods that run no callback: reading, searching, copying and
// filling elements. Arguments convert first (they may run valueOf), then the host view works.
import { TypedArrayObject } from '../../heap/binary';
import { JSObject } from '../../heap/object';
import { Value } from '../../heap/values';
import { Gen, toIntegerOrInfinity, toString } from '../../ops/convert';
import { get, invoke, lengthOfArrayLike } from '../../ops/object';
import { chargeString } from '../../ops/strings';
import type { Realm } from '../realm';
import { MethodTable, gen, plain } from './arraySupport';
import { clampRelative, thisTypedArray, toElement } from './binarySupport';
import { createArrayIterator } from './Iterator';
import { allocateTyped, typedArraySpeciesCreate } from './TypedArray';
import { Msg, formatMessage } from '../../errors/messages';

export function typedArrayAccessMethods(realm: Realm): MethodTable {
  const self = (t: Value, v8Name?: string) => thisTypedArray(realm, t, v8Name && `%TypedArray%.prototype.${v8Name}`);
  const relative = function* (v: Value, len: number, dflt: number): Gen<number> {
    return v === undefined ? dflt : clampRelative(yield* toIntegerOrInfinity(realm, v), len);
  };
  const sameType = (o: TypedArrayObject, len: number) => allocateTyped(realm, o.kind, realm.intrinsic(`%${o.kind.name}.prototype%`), len);
  return {
    entries: plain(0, (t) => createArrayIterator(realm, self(t), 'entries')),
    keys: plain(0, (t) => createArrayIterator(realm, self(t), 'keys')),
    values: plain(0, (t) => createArrayIterator(realm, self(t), 'values')),
    at: gen(1, function* (t, args) {
      const o = self(t, 'at');
      const len = o.length;
      const rel = yield* toIntegerOrInfinity(realm, args[0]);
      const k = rel >= 0 ? rel : len + rel;
      return k < 0 || k >= len ? undefined : o.get(k);
    }),
    copyWithin: gen(2, function* (t, args) {
      const o = self(t);
      const len = o.length;
      const to = yield* relative(args[0], len, 0);
      const from = yield* relative(args[1], len, 0);
      const final = yield* relative(args[2], len, len);
      stillInBounds(realm, o, 'copyWithin');
      o.view.copyWithin(to, from, final);
      return o;
    }),
    fill: gen(1, function* (t, args) {
      const o = self(t);
      const value = yield* toElement(realm, o.kind, args[0]);
      const k = yield* relative(args[1], o.length, 0);
      const final = yield* relative(args[2], o.length, o.length);
      stillInBounds(realm, o, 'fill');
      o.view.fill(value as never, k, final);
      return o;
    }),
    includes: gen(1, (t, args) => search(realm, self(t), args, 'includes')),
    indexOf: gen(1, (t, args) => search(realm, self(t), args, 'indexOf')),
    lastIndexOf: gen(1, (t, args) => search(realm, self(t), args, 'lastIndexOf')),
    join: gen(1, function* (t, args) {
      const o = self(t, 'join');
      const len = o.length;
      const sep = args[0] === undefined ? ',' : yield* toString(realm, args[0]);
      const parts: string[] = [];
      // An element gone with a shrunk buffer reads as undefined, which joins as ''.
      for (let i = 0; i < len; i++) parts.push(i < o.length ? String(o.view[i]) : '');
      return chargeString(parts.join(sep));
    }),
    reverse: plain(0, (t) => { const o = self(t); o.view.reverse(); return o; }),
    set: gen(1, function* (t, args) {
      const o = self(t);
      yield* setFrom(realm, o, args[0], args[1]);
      return undefined;
    }),
    slice: gen(2, function* (t, args) {
      const o = self(t, 'slice');
      const k = yield* relative(args[0], o.length, 0);
      const final = yield* relative(args[1], o.length, o.length);
      const count = Math.max(final - k, 0);
      const a = yield* typedArraySpeciesCreate(realm, o, [count]);
      if (count > 0) stillInBounds(realm, o, 'slice');
      const end = Math.min(k + count, o.length);
      if (a.kind === o.kind && end > k) a.view.set(o.view.subarray(k, end) as never);
      else for (let n = k; n < end; n++) a.setIndex(n - k, o.view[n]);
      return a;
    }),
    subarray: gen(2, function* (t, args) {
      const o = self(t, 'subarray');
      const begin = yield* relative(args[0], o.length, 0);
      const end = yield* relative(args[1], o.length, o.length);
      const beginByteOffset = o.byteOffset + begin * o.kind.size;
      // A length-tracking view's subarray to the end tracks the buffer too.
      if (o.fixedLength === undefined && args[1] === undefined) return yield* typedArraySpeciesCreate(realm, o, [o.buffer, beginByteOffset]);
      return yield* typedArraySpeciesCreate(realm, o, [o.buffer, beginByteOffset, Math.max(end - begin, 0)]);
    }),
    toLocaleString: gen(0, function* (t) {
      const o = self(t, 'toLocaleString');
      const parts: string[] = [];
      for (let i = 0; i < o.length; i++) parts.push(yield* toString(realm, yield* invoke(realm, o.view[i], 'toLocaleString', [])));
      return chargeString(parts.join(','));
    }),
    toReversed: plain(0, (t) => {
      const o = self(t, 'toReversed');
      const a = sameType(o, o.length);
      a.view.set(o.view as never);
      a.view.reverse();
      return a;
    }),
    with: gen(2, function* (t, args) {
      const o = self(t);
      const len = o.length;
      const rel = yield* toIntegerOrInfinity(realm, args[0]);
      const k = rel >= 0 ? rel : len + rel;
      const value = yield* toElement(realm, o.kind, args[1]);
      if (!o.isValidIndex(k)) realm.throwError('RangeError', Msg.InvalidTypedArrayIndex);
      const a = sameType(o, len);
      for (let i = 0; i < Math.min(len, o.length); i++) a.setIndex(i, o.view[i]);
      a.setIndex(k, value);
      return a;
    }),
  };
}

/** After user code ran (valueOf, a species constructor): the view may have gone out of bounds. */
function stillInBounds(realm: Realm, o: TypedArrayObject, name: string): void {
  if (o.isOutOfBounds()) realm.throwError('TypeError', formatMessage(Msg.DetachedOperation, '%TypedArray%.prototype.' + name));
}

/** includes, indexOf and lastIndexOf: the start converts first; then the host view searches. */
function* search(realm: Realm, o: TypedArrayObject, args: Value[], which: 'includes' | 'indexOf' | 'lastIndexOf'): Gen<Value> {
  const len = o.length;
  const notFound = which === 'includes' ? false : -1;
  if (len === 0) return notFound;
  let from = which === 'lastIndexOf' ? len - 1 : 0;
  if (args.length > 1) from = yield* toIntegerOrInfinity(realm, args[1]);
  const x = args[0];
  // Only a number or bigint can equal an element; elements past a shrunk buffer are absent.
  if (typeof x !== 'number' && typeof x !== 'bigint') return notFound;
  const live = Math.min(len, o.length);
  const view = o.view as ArrayLike<number | bigint>;
  if (which === 'lastIndexOf') {
    for (let k = from >= 0 ? Math.min(from, len - 1) : len + from; k >= 0; k--) if (k < live && view[k] === x) return k;
    return -1;
  }
  for (let k = from >= 0 ? from : Math.max(len + from, 0); k < live; k++) {
    const v = view[k];
    if (v === x || (which === 'includes' && v !== v && x !== x)) return which === 'includes' ? true : k;
  }
  return notFound;
}

/** https://tc39.es/ecma262/#sec-%typedarray%.prototype.set */
function* setFrom(realm: Realm, o: TypedArrayObject, source: Value, offsetArg: Value): Gen<void> {
  const offset = yield* toIntegerOrInfinity(realm, offsetArg);
  if (offset < 0) realm.throwError('RangeError', Msg.SetOffsetOutOfBounds);
  if (source instanceof TypedArrayObject) {
    if (source.kind.bigint !== o.kind.bigint) realm.throwError('TypeError', Msg.BigIntMix);
    stillInBounds(realm, o, 'set');
    stillInBounds(realm, source, 'set');
    if (source.length + offset > o.length) realm.throwError('RangeError', Msg.SetOffsetOutOfBounds);
    // The host copies through a clone when both views share a buffer, as the spec does.
    o.view.set(source.view as never, offset);
    return;
  }
  if (source === undefined || source === null) realm.throwError('TypeError', formatMessage(Msg.ToObjectFailed, String(source)));
  if (!(source instanceof JSObject)) {
    if (typeof source === 'string' && source.length + offset > o.length) realm.throwError('RangeError', Msg.SetOffsetOutOfBounds);
    if (typeof source === 'string') for (let k = 0; k < source.length; k++) o.setIndex(offset + k, yield* toElement(realm, o.kind, source[k]));
    return;
  }
  const srcLen = yield* lengthOfArrayLike(realm, source);
  stillInBounds(realm, o, 'set');
  if (srcLen + offset > o.length) realm.throwError('RangeError', Msg.SetOffsetOutOfBounds);
  for (let k = 0; k < srcLen; k++) {
    const v = yield* get(realm, source, String(k));
    o.setIndex(offset + k, yield* toElement(realm, o.kind, v));
  }
}
