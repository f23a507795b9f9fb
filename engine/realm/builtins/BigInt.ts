// The BigInt function (callable, never constructible), BigInt.asIntN/asUintN and
// BigInt.prototype (https://tc39.es/ecma262/#sec-bigint-objects), with V8's messages.
import { JSObject } from '../../heap/object';
import { PrimitiveWrapper } from '../../heap/wrapper';
import { JSSymbol, Primitive, Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toIntegerOrInfinity, toPrimitive } from '../../ops/convert';
import type { Realm } from '../realm';
import { setToStringTag } from './objectSupport';
import { hostLocales, hostOptions, rethrowHostError } from './intlSupport';

export function installBigInt(realm: Realm): void {
  const proto = new JSObject(realm.ObjectPrototype);
  realm.BigIntPrototype = proto;
  const ctor = realm.newNative('BigInt', 1, function* (_this, args, newTarget) {
    if (newTarget !== undefined) realm.throwError('TypeError', formatMessage(Msg.NotConstructor, 'BigInt'));
    const prim = yield* toPrimitive(realm, args[0], 'number');
    return typeof prim === 'number' ? numberToBigInt(realm, prim) : primitiveToBigInt(realm, prim);
  }, { gen: true, ctor: true });
  realm.defineConstructor(ctor, proto);
  realm.method(ctor, 'asUintN', 2, function* (_this, args) {
    const bits = yield* toIndex(realm, args[0]);
    return BigInt.asUintN(bits, yield* toBigInt(realm, args[1]));
  }, { gen: true });
  realm.method(ctor, 'asIntN', 2, function* (_this, args) {
    const bits = yield* toIndex(realm, args[0]);
    return BigInt.asIntN(bits, yield* toBigInt(realm, args[1]));
  }, { gen: true });
  installPrototype(realm, proto);
}

function installPrototype(realm: Realm, proto: JSObject): void {
  // The host's Intl, en-US unless told (a fixed default keeps runs the same on any host).
  realm.method(proto, 'toLocaleString', 0, function* (thisArg, args) {
    const x = thisBigIntValue(realm, thisArg, 'BigInt.prototype.toLocaleString');
    const locales = yield* hostLocales(realm, args[0]);
    const options = yield* hostOptions(realm, args[1]);
    return rethrowHostError(realm, () => x.toLocaleString(locales, options));
  }, { gen: true });
  realm.method(proto, 'toString', 0, function* (thisArg, args) {
    const x = thisBigIntValue(realm, thisArg, 'BigInt.prototype.toString');
    const radix = args[0] === undefined ? 10 : yield* toIntegerOrInfinity(realm, args[0]);
    if (radix < 2 || radix > 36) realm.throwError('RangeError', Msg.RadixRange);
    return x.toString(radix);
  }, { gen: true });
  realm.method(proto, 'valueOf', 0, (thisArg) => thisBigIntValue(realm, thisArg, 'BigInt.prototype.valueOf'));
  setToStringTag(proto, 'BigInt');
}

/** https://tc39.es/ecma262/#sec-thisbigintvalue */
function thisBigIntValue(realm: Realm, v: Value, method: string): bigint {
  if (typeof v === 'bigint') return v;
  if (v instanceof PrimitiveWrapper && typeof v.primitive === 'bigint') return v.primitive;
  return realm.throwError('TypeError', formatMessage(Msg.RequiresThis, method, 'BigInt'));
}

/** https://tc39.es/ecma262/#sec-numbertobigint */
function numberToBigInt(realm: Realm, n: number): bigint {
  if (!Number.isInteger(n)) realm.throwError('RangeError', formatMessage(Msg.BigIntFromNonInteger, String(n)));
  return BigInt(n);
}

/** https://tc39.es/ecma262/#sec-tobigint */
export function* toBigInt(realm: Realm, v: Value): Gen<bigint> {
  return primitiveToBigInt(realm, yield* toPrimitive(realm, v, 'number'));
}

function primitiveToBigInt(realm: Realm, prim: Primitive): bigint {
  switch (typeof prim) {
    case 'bigint': return prim;
    case 'boolean': return prim ? 1n : 0n;
    case 'string': return stringToBigInt(realm, prim);
    default: {
      const text = prim instanceof JSSymbol ? prim.toString() : String(prim);
      return realm.throwError('TypeError', formatMessage(Msg.BigIntConvert, text));
    }
  }
}

/** https://tc39.es/ecma262/#sec-stringtobigint; the host's BigInt(string) follows the same grammar. */
function stringToBigInt(realm: Realm, s: string): bigint {
  try {
    return BigInt(s);
  } catch {
    return realm.throwError('SyntaxError', formatMessage(Msg.BigIntConvert, s));
  }
}

/** https://tc39.es/ecma262/#sec-toindex */
export function* toIndex(realm: Realm, v: Value): Gen<number> {
  const n = yield* toIntegerOrInfinity(realm, v);
  if (n < 0 || n > Number.MAX_SAFE_INTEGER) realm.throwError('RangeError', Msg.InvalidIndex);
  return n;
}
