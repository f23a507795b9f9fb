// The Array constructor, its statics (isArray, of, from, @@species), and the installer
// that assembles Array.prototype from the method tables of the array*.ts files.
import { pin } from '../../heap/account';
import { JSFunction, isCallable, isConstructor } from '../../heap/function';
import { CONFIGURABLE, JSArray, JSObject } from '../../heap/object';
import { HOLE, Value, WellKnown } from '../../heap/values';
import { JSThrow, assert } from '../../errors/internal';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toObject } from '../../ops/convert';
import { IteratorRecord, iteratorCloseQuietly, iteratorStep, isPristineArrayIteration } from '../../ops/iteration';
import { call, construct, getV, lengthOfArrayLike, set } from '../../ops/object';
import type { Realm } from '../realm';
import { accessMethods } from './arrayAccess';
import { copyMethods } from './arrayCopy';
import { iterationMethods } from './arrayIteration';
import { mutationMethods } from './arrayMutation';
import { sortMethods } from './arraySort';
import { MethodTable, arrayCreate, callbackFn, createIndexOrThrow, fastElement, getIndex, isArrayThroughProxies } from './arraySupport';
import { openIterator, typeAndValue } from './Iterator';
import { protoFromCtor } from './objectSupport';

/** V8's text, kept out of the message table because its `%` signs are not placeholders. */
/** Array.prototype's own methods in V8's property order (Object.getOwnPropertyNames shows it). */
const PROTOTYPE_ORDER = [
  'at', 'concat', 'copyWithin', 'fill', 'find', 'findIndex', 'findLast', 'findLastIndex', 'lastIndexOf',
  'pop', 'push', 'reverse', 'shift', 'unshift', 'slice', 'sort', 'splice', 'includes', 'indexOf', 'join',
  'keys', 'entries', 'values', 'forEach', 'filter', 'flat', 'flatMap', 'map', 'every', 'some', 'reduce',
  'reduceRight', 'toLocaleString', 'toString', 'toReversed', 'toSorted', 'toSpliced', 'with',
];

const UNSCOPABLES = [
  'at', 'copyWithin', 'entries', 'fill', 'find', 'findIndex', 'findLast', 'findLastIndex', 'flat',
  'flatMap', 'includes', 'keys', 'values', 'toReversed', 'toSorted', 'toSpliced',
];

export function installArray(realm: Realm): void {
  const proto = new JSArray(realm.ObjectPrototype);
  realm.ArrayPrototype = proto;
  const ctor = realm.newNative('Array', 1, (_this, args, newTarget) => arrayConstructor(realm, args, newTarget), { ctor: true });
  realm.linkConstructor(ctor, proto);
  installStatics(realm, ctor);
  installPrototype(realm, proto);
  realm.defineGlobal('Array', ctor);
}

function installPrototype(realm: Realm, proto: JSArray): void {
  const table: MethodTable = {
    ...accessMethods(realm), ...iterationMethods(realm), ...mutationMethods(realm),
    ...copyMethods(realm), ...sortMethods(realm),
  };
  for (const name of PROTOTYPE_ORDER) {
    const def = table[name];
    assert(def !== undefined, `Array.prototype.${name} has no implementation`);
    const f = realm.method(proto, name, def.length, def.fn, { gen: def.gen, fast: def.fast });
    realm.intrinsics.set(`%Array.prototype.${name}%`, f);
  }
  assert(Object.keys(table).length === PROTOTYPE_ORDER.length, 'Array.prototype method table and order differ');
  // The same function object serves `values` and [Symbol.iterator].
  proto.put(WellKnown.iterator, proto.getOwn('values')!.value, proto.getOwn('values')!.flags);
  const unscopables = realm.newObject(null);
  for (const name of UNSCOPABLES) unscopables.put(name, true);
  proto.put(WellKnown.unscopables, unscopables, CONFIGURABLE);
}

function installStatics(realm: Realm, ctor: JSFunction): void {
  realm.method(ctor, 'isArray', 1, (_this, args) => isArrayThroughProxies(realm, args[0]));
  realm.method(ctor, 'from', 1, function* (thisArg, args) {
    return yield* arrayFrom(realm, thisArg, args[0], args[1], args[2]);
  }, { gen: true });
  realm.method(ctor, 'of', 0, function* (thisArg, args) {
    const a = isConstructor(thisArg) ? yield* constructArray(realm, thisArg, [args.length]) : arrayCreate(realm, args.length);
    for (let k = 0; k < args.length; k++) createIndexOrThrow(realm, a, k, args[k]);
    yield* set(realm, a, 'length', args.length);
    return a;
  }, { gen: true });
  realm.accessor(ctor, WellKnown.species, (thisArg) => thisArg);
  realm.intrinsics.set('%Array[Symbol.species]%', ctor.getOwn(WellKnown.species)!.get!);
}

/** https://tc39.es/ecma262/#sec-array: Array(), Array(len), Array(a, b, ...), with or without new. */
function arrayConstructor(realm: Realm, args: Value[], newTarget: JSObject | undefined): Value {
  const proto = protoFromCtor(newTarget, realm.ArrayPrototype);
  if (args.length !== 1) return new JSArray(proto, args.slice());
  const len = args[0];
  if (typeof len !== 'number') return new JSArray(proto, [len]);
  if (len >>> 0 !== len) realm.throwError('RangeError', Msg.InvalidArrayLength);
  return arrayCreate(realm, len, proto);
}

/** `new C(...args)`, short-cut for the intrinsic Array (which runs no user code). */
function* constructArray(realm: Realm, c: JSFunction, args: Value[]): Gen<JSObject> {
  if (c === realm.intrinsics.get('%Array%')) return arrayConstructor(realm, args, c) as JSObject;
  return yield* construct(realm, c, args);
}

/** https://tc39.es/ecma262/#sec-array.from */
function* arrayFrom(realm: Realm, c: Value, items: Value, mapFn: Value, thisArg: Value): Gen<Value> {
  const mapping = mapFn !== undefined;
  if (mapping) callbackFn(realm, mapFn);
  if (items === undefined || items === null) {
    realm.throwError('TypeError', formatMessage(Msg.NotIterableNoSymbolLoad, typeAndValue(items)));
  }
  if (!mapping && c === realm.intrinsics.get('%Array%') && items instanceof JSArray && isPristineArrayIteration(realm, items)) {
    return realm.newArray(items.items.map((x) => (x === HOLE ? undefined : x)));
  }
  const usingIterator = yield* getV(realm, items, WellKnown.iterator);
  if (usingIterator !== undefined && usingIterator !== null) {
    if (!isCallable(usingIterator)) {
      realm.throwError('TypeError', formatMessage(Msg.FromIteratorNotCallable, '%Array%'));
    }
    const a = isConstructor(c) ? yield* constructArray(realm, c, []) : arrayCreate(realm, 0);
    const rec = yield* openIterator(realm, items, usingIterator);
    const acct = pin(a);
    try {
      return yield* fromIterator(realm, a, rec, mapping ? mapFn : undefined, thisArg);
    } finally {
      acct.pinned.delete(a);
    }
  }
  const arrayLike = toObject(realm, items);
  const len = yield* lengthOfArrayLike(realm, arrayLike);
  const a = isConstructor(c) ? yield* constructArray(realm, c, [len]) : arrayCreate(realm, len);
  for (let k = 0; k < len; k++) {
    const own = fastElement(arrayLike, k);
    const v = own !== HOLE ? own : yield* getIndex(realm, arrayLike, k);
    createIndexOrThrow(realm, a, k, mapping ? yield* call(realm, mapFn, thisArg, [v, k]) : v);
  }
  yield* set(realm, a, 'length', len);
  return a;
}

function* fromIterator(realm: Realm, a: JSObject, rec: IteratorRecord, mapFn: Value, thisArg: Value): Gen<Value> {
  for (let k = 0; ; k++) {
    const step = yield* iteratorStep(realm, rec);
    if (step.done) {
      yield* set(realm, a, 'length', k);
      return a;
    }
    try {
      if (k >= Number.MAX_SAFE_INTEGER) realm.throwError('TypeError', Msg.InvalidArrayLength);
      const v = mapFn !== undefined ? yield* call(realm, mapFn, thisArg, [step.value, k]) : step.value;
      createIndexOrThrow(realm, a, k, v);
    } catch (e) {
      if (e instanceof JSThrow) yield* iteratorCloseQuietly(realm, rec);
      throw e;
    }
  }
}
