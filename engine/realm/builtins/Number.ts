// The Number constructor, its constants and predicates, and Number.prototype (a Number
// wrapper of 0). Formatting is the host's: only numbers and strings cross over.
import { NEEDS_GENERATOR } from '../../heap/function';
import { CONSTANT_FLAGS, JSObject } from '../../heap/object';
import { PrimitiveWrapper } from '../../heap/wrapper';
import { Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, primitiveToNumber, primitiveToString, toIntegerOrInfinity, toNumber, toNumeric, toString } from '../../ops/convert';
import type { Realm } from '../realm';
import { hostLocales, hostOptions, rethrowHostError } from './intlSupport';
import { protoFromCtor } from './objectSupport';

const CONSTANTS: [string, number][] = [
  ['MAX_VALUE', Number.MAX_VALUE], ['MIN_VALUE', Number.MIN_VALUE], ['NaN', NaN],
  ['NEGATIVE_INFINITY', -Infinity], ['POSITIVE_INFINITY', Infinity],
  ['MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER], ['MIN_SAFE_INTEGER', Number.MIN_SAFE_INTEGER],
  ['EPSILON', Number.EPSILON],
];

const PREDICATES: [string, (n: number) => boolean][] = [
  ['isFinite', Number.isFinite], ['isInteger', Number.isInteger],
  ['isNaN', Number.isNaN], ['isSafeInteger', Number.isSafeInteger],
];

export function installNumber(realm: Realm): void {
  const proto = new PrimitiveWrapper(realm.ObjectPrototype, 0, 'Number');
  realm.NumberPrototype = proto;
  const ctor = realm.newNative('Number', 1, function* (_this, args, newTarget) {
    let n = 0;
    if (args.length > 0) {
      const prim = yield* toNumeric(realm, args[0]);
      n = Number(prim);
    }
    if (newTarget === undefined) return n;
    return new PrimitiveWrapper(protoFromCtor(newTarget, proto), n, 'Number');
  }, {
    gen: true,
    ctor: true,
    // Number(v) for a primitive v: ToNumeric runs no valueOf.
    fast(_this, args) {
      if (args.length === 0) return 0;
      const v = args[0];
      if (v instanceof JSObject) return NEEDS_GENERATOR;
      return typeof v === 'bigint' ? Number(v) : primitiveToNumber(realm, v);
    },
  });
  realm.defineConstructor(ctor, proto);
  for (const [name, fn] of PREDICATES) {
    realm.method(ctor, name, 1, (_this, args) => typeof args[0] === 'number' && fn(args[0]));
  }
  installParsing(realm, ctor);
  for (const [name, value] of CONSTANTS) ctor.put(name, value, CONSTANT_FLAGS);
  installPrototype(realm, proto);
}

/**
 * parseFloat and parseInt: the global functions are these same objects, registered as
 * %parseFloat% and %parseInt% for installGlobals to reuse.
 */
function installParsing(realm: Realm, ctor: JSObject): void {
  const parseFloatFn = realm.method(ctor, 'parseFloat', 1, function* (_this, args) {
    return parseFloat(yield* toString(realm, args[0]));
  }, {
    gen: true,
    fast: (_this, args) => (args[0] instanceof JSObject ? NEEDS_GENERATOR : parseFloat(primitiveToString(realm, args[0]))),
  });
  const parseIntFn = realm.method(ctor, 'parseInt', 2, function* (_this, args) {
    const s = yield* toString(realm, args[0]);
    // https://tc39.es/ecma262/#sec-parseint-string-radix: ToInt32(radix), after the string.
    const radix = (yield* toNumber(realm, args[1])) | 0;
    return parseInt(s, radix);
  }, {
    gen: true,
    fast(_this, args) {
      const v = args[0], radix = args[1];
      if (v instanceof JSObject || radix instanceof JSObject) return NEEDS_GENERATOR;
      const s = primitiveToString(realm, v);
      return parseInt(s, primitiveToNumber(realm, radix) | 0);
    },
  });
  realm.intrinsics.set('%parseFloat%', parseFloatFn);
  realm.intrinsics.set('%parseInt%', parseIntFn);
}

/** https://tc39.es/ecma262/#sec-thisnumbervalue */
function thisNumberValue(realm: Realm, v: Value, method: string): number {
  if (typeof v === 'number') return v;
  if (v instanceof PrimitiveWrapper && typeof v.primitive === 'number') return v.primitive;
  return realm.throwError('TypeError', formatMessage(Msg.RequiresThis, `Number.prototype.${method}`, 'Number'));
}

/** Checks a digits argument against [min, max] with the method's RangeError. */
function checkRange(realm: Realm, n: number, min: number, max: number, message: string): void {
  if (!(n >= min && n <= max)) realm.throwError('RangeError', message);
}

function installPrototype(realm: Realm, proto: JSObject): void {
  const gen = { gen: true };
  realm.method(proto, 'toExponential', 1, function* (thisArg, args) {
    const x = thisNumberValue(realm, thisArg, 'toExponential');
    const f = yield* toIntegerOrInfinity(realm, args[0]);
    if (!Number.isFinite(x)) return String(x);
    checkRange(realm, f, 0, 100, Msg.ToExponentialRange);
    return args[0] === undefined ? x.toExponential() : x.toExponential(f);
  }, gen);
  realm.method(proto, 'toFixed', 1, function* (thisArg, args) {
    const x = thisNumberValue(realm, thisArg, 'toFixed');
    const f = yield* toIntegerOrInfinity(realm, args[0]);
    checkRange(realm, f, 0, 100, Msg.ToFixedRange);
    return Number.isFinite(x) ? x.toFixed(f) : String(x);
  }, gen);
  realm.method(proto, 'toPrecision', 1, function* (thisArg, args) {
    const x = thisNumberValue(realm, thisArg, 'toPrecision');
    if (args[0] === undefined) return String(x);
    const p = yield* toIntegerOrInfinity(realm, args[0]);
    if (!Number.isFinite(x)) return String(x);
    checkRange(realm, p, 1, 100, Msg.ToPrecisionRange);
    return x.toPrecision(p);
  }, gen);
  realm.method(proto, 'toString', 1, function* (thisArg, args) {
    const x = thisNumberValue(realm, thisArg, 'toString');
    const radix = args[0] === undefined ? 10 : yield* toIntegerOrInfinity(realm, args[0]);
    checkRange(realm, radix, 2, 36, Msg.RadixRange);
    return x.toString(radix);
  }, gen);
  realm.method(proto, 'valueOf', 0, (thisArg) => thisNumberValue(realm, thisArg, 'valueOf'));
  realm.method(proto, 'toLocaleString', 0, function* (thisArg, args) {
    const x = thisNumberValue(realm, thisArg, 'toLocaleString');
    return yield* numberToLocaleString(realm, x, args[0], args[1]);
  }, gen);
}

/** The host's Intl formatting (en-US by default, as Node prints `1,234.5`). */
function* numberToLocaleString(realm: Realm, x: number, locales: Value, options: Value): Gen<string> {
  const loc = yield* hostLocales(realm, locales);
  const opts = yield* hostOptions(realm, options);
  return rethrowHostError(realm, () => x.toLocaleString(loc, opts));
}
