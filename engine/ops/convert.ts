// Type conversions (https://tc39.es/ecma262/#sec-type-conversion). Those that may run
// user code (valueOf, toString, Symbol.toPrimitive) are generators yielding call requests.
import type { NativeGen, Request } from '../heap/function';
import { isCallable } from '../heap/function';
import { JSObject } from '../heap/object';
import { PrimitiveWrapper } from '../heap/wrapper';
import { JSSymbol, Primitive, PropertyKey, Value, WellKnown } from '../heap/values';
import { Msg, formatMessage } from '../errors/messages';
import type { Realm } from '../realm/realm';

export type Gen<T> = Generator<Request, T, Value>;

/** https://tc39.es/ecma262/#sec-typeof-operator */
export function typeOf(v: Value): string {
  if (v === null) return 'object';
  if (v instanceof JSSymbol) return 'symbol';
  if (v instanceof JSObject) return isCallable(v) ? 'function' : 'object';
  return typeof v;
}

export function toBoolean(v: Value): boolean {
  if (v instanceof JSObject || v instanceof JSSymbol) return true;
  return !!v;
}

/** https://tc39.es/ecma262/#sec-toprimitive */
export function* toPrimitive(realm: Realm, v: Value, hint: 'default' | 'number' | 'string' = 'default'): Gen<Primitive> {
  if (!(v instanceof JSObject)) return v;
  const exotic = yield* getMethod(realm, v, WellKnown.toPrimitive);
  if (exotic !== undefined) {
    const r = yield { kind: 'call', fn: exotic, thisArg: v, args: [hint] };
    if (!(r instanceof JSObject)) return r;
    realm.throwError('TypeError', Msg.CannotConvertToPrimitive);
  }
  const order = hint === 'string' ? ['toString', 'valueOf'] : ['valueOf', 'toString'];
  for (const name of order) {
    const m = yield* getProperty(realm, v, name);
    if (isCallable(m)) {
      const r = yield { kind: 'call', fn: m, thisArg: v, args: [] };
      if (!(r instanceof JSObject)) return r;
    }
  }
  realm.throwError('TypeError', Msg.CannotConvertToPrimitive);
}

/** ToNumber for a value already known to be primitive. */
export function primitiveToNumber(realm: Realm, v: Primitive): number {
  if (typeof v === 'number') return v;
  if (v instanceof JSSymbol) realm.throwError('TypeError', Msg.SymbolToNumber);
  if (typeof v === 'bigint') realm.throwError('TypeError', Msg.BigIntToNumber);
  if (typeof v === 'string') return stringToNumber(v);
  return Number(v);
}

/** https://tc39.es/ecma262/#sec-stringtonumber (the host's grammar is the spec's). */
export function stringToNumber(s: string): number {
  return Number(s);
}

export function* toNumber(realm: Realm, v: Value): Gen<number> {
  if (typeof v === 'number') return v;
  return primitiveToNumber(realm, yield* toPrimitive(realm, v, 'number'));
}

/** https://tc39.es/ecma262/#sec-tonumeric: a number or a bigint. */
export function* toNumeric(realm: Realm, v: Value): Gen<number | bigint> {
  const p = yield* toPrimitive(realm, v, 'number');
  if (typeof p === 'bigint') return p;
  return primitiveToNumber(realm, p);
}

/** ToString for a value already known to be primitive. */
export function primitiveToString(realm: Realm, v: Primitive): string {
  if (typeof v === 'string') return v;
  if (v instanceof JSSymbol) realm.throwError('TypeError', Msg.SymbolToString);
  return String(v);
}

export function* toString(realm: Realm, v: Value): Gen<string> {
  if (typeof v === 'string') return v;
  return primitiveToString(realm, yield* toPrimitive(realm, v, 'string'));
}

export function* toPropertyKey(realm: Realm, v: Value): Gen<PropertyKey> {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  const p = yield* toPrimitive(realm, v, 'string');
  return p instanceof JSSymbol ? p : primitiveToString(realm, p);
}

/** https://tc39.es/ecma262/#sec-toobject */
export function toObject(realm: Realm, v: Value): JSObject {
  if (v instanceof JSObject) return v;
  if (v === undefined || v === null) realm.throwError('TypeError', Msg.ToObjectNullish);
  return wrapPrimitive(realm, v);
}

export function wrapPrimitive(realm: Realm, v: Primitive): JSObject {
  switch (typeof v) {
    case 'string': return new PrimitiveWrapper(realm.StringPrototype, v, 'String');
    case 'number': return new PrimitiveWrapper(realm.NumberPrototype, v, 'Number');
    case 'boolean': return new PrimitiveWrapper(realm.BooleanPrototype, v, 'Boolean');
    case 'bigint': return new PrimitiveWrapper(realm.BigIntPrototype, v, 'BigInt');
    default: return new PrimitiveWrapper(realm.SymbolPrototype, v as JSSymbol, 'Symbol');
  }
}

/** The prototype a primitive's property lookups start at. */
export function primitiveProto(realm: Realm, v: Primitive): JSObject | null {
  switch (typeof v) {
    case 'string': return realm.StringPrototype;
    case 'number': return realm.NumberPrototype;
    case 'boolean': return realm.BooleanPrototype;
    case 'bigint': return realm.BigIntPrototype;
    case 'object': return v instanceof JSSymbol ? realm.SymbolPrototype : null;
    default: return null;
  }
}

/** https://tc39.es/ecma262/#sec-tointegerorinfinity on a number. */
export function integerOrInfinity(n: number): number {
  if (Number.isNaN(n) || n === 0) return 0;
  if (!Number.isFinite(n)) return n;
  // + 0 turns Math.trunc's -0 (for -0.5) into +0: the spec's result is a mathematical integer.
  return Math.trunc(n) + 0;
}

export function* toIntegerOrInfinity(realm: Realm, v: Value): Gen<number> {
  return integerOrInfinity(yield* toNumber(realm, v));
}

/** https://tc39.es/ecma262/#sec-tolength */
export function* toLength(realm: Realm, v: Value): Gen<number> {
  const n = yield* toIntegerOrInfinity(realm, v);
  return n <= 0 ? 0 : Math.min(n, Number.MAX_SAFE_INTEGER);
}

/** Clamps a relative index (negative counts from the end) into [0, len]. */
export function relativeIndex(rel: number, len: number): number {
  if (rel < 0) return rel === -Infinity ? 0 : Math.max(len + rel, 0);
  return Math.min(rel, len);
}

// Property reads needed here; the full set lives in ops/object.ts.
function* getProperty(realm: Realm, o: JSObject, key: PropertyKey): Gen<Value> {
  const p = o.lookup(key);
  if (p === undefined) return undefined;
  if (!p.isAccessor) return p.value;
  return p.get ? yield { kind: 'call', fn: p.get, thisArg: o, args: [] } : undefined;
}

/** https://tc39.es/ecma262/#sec-getmethod */
export function* getMethod(realm: Realm, v: Value, key: PropertyKey): Gen<Value> {
  const o = v instanceof JSObject ? v : primitiveProto(realm, v as Primitive);
  if (o === null) realm.throwError('TypeError', Msg.ToObjectNullish);
  const p = o.lookup(key);
  let f: Value = undefined;
  if (p !== undefined) f = p.isAccessor ? (p.get ? yield { kind: 'call', fn: p.get, thisArg: v, args: [] } : undefined) : p.value;
  if (f === undefined || f === null) return undefined;
  if (!isCallable(f)) realm.throwError('TypeError', formatMessage(Msg.NotFunction, typeOf(f) === 'object' ? 'object' : String(f)));
  return f;
}

export type { NativeGen };
