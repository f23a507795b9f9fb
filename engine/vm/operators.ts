// Operator semantics (https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator).
// The VM takes number/string fast paths itself; objects go through these generators.
import { Op } from '../bytecode/opcodes';
import { Msg } from '../errors/messages';
import { JSObject } from '../heap/object';
import { JSSymbol, Primitive, Value } from '../heap/values';
import { Gen, primitiveToNumber, primitiveToString, toNumeric, toPrimitive } from '../ops/convert';
import type { Realm } from '../realm/realm';
import { concatStrings } from '../ops/strings';

/** Numeric operators on two numbers or two bigints. */
export function numericOp(realm: Realm, op: number, a: number | bigint, b: number | bigint): number | bigint {
  if (typeof a !== typeof b) realm.throwError('TypeError', Msg.BigIntMix);
  if (typeof a === 'bigint') return bigintOp(realm, op, a, b as bigint);
  const x = a as number, y = b as number;
  switch (op) {
    case Op.Add: return x + y;
    case Op.Sub: return x - y;
    case Op.Mul: return x * y;
    case Op.Div: return x / y;
    case Op.Mod: return x % y;
    case Op.Exp: return x ** y;
    case Op.BitAnd: return x & y;
    case Op.BitOr: return x | y;
    case Op.BitXor: return x ^ y;
    case Op.Shl: return x << y;
    case Op.Sar: return x >> y;
    case Op.Shr: return x >>> y;
  }
  throw new Error(`not a numeric operator: ${op}`);
}

function bigintOp(realm: Realm, op: number, x: bigint, y: bigint): bigint {
  switch (op) {
    case Op.Add: return x + y;
    case Op.Sub: return x - y;
    case Op.Mul: return x * y;
    case Op.Div: if (y === 0n) realm.throwError('RangeError', Msg.DivisionByZero); return x / y;
    case Op.Mod: if (y === 0n) realm.throwError('RangeError', Msg.DivisionByZero); return x % y;
    case Op.Exp: if (y < 0n) realm.throwError('RangeError', Msg.NegativeExponent); return x ** y;
    case Op.BitAnd: return x & y;
    case Op.BitOr: return x | y;
    case Op.BitXor: return x ^ y;
    case Op.Shl: return x << y;
    case Op.Sar: return x >> y;
    case Op.Shr: realm.throwError('TypeError', Msg.BigIntUnsignedShift);
  }
  throw new Error(`not a numeric operator: ${op}`);
}

function toNumericPrimitive(realm: Realm, v: Primitive): number | bigint {
  return typeof v === 'bigint' ? v : primitiveToNumber(realm, v);
}

/** Binary arithmetic on primitives (no user code can run). */
export function primitiveBinary(realm: Realm, op: number, a: Primitive, b: Primitive): Value {
  if (op === Op.Add && (typeof a === 'string' || typeof b === 'string')) {
    return concatStrings(realm, primitiveToString(realm, a), primitiveToString(realm, b));
  }
  return numericOp(realm, op, toNumericPrimitive(realm, a), toNumericPrimitive(realm, b));
}

export function* binarySlow(realm: Realm, op: number, a: Value, b: Value): Gen<Value> {
  if (op === Op.Add) {
    const pa = yield* toPrimitive(realm, a);
    const pb = yield* toPrimitive(realm, b);
    return primitiveBinary(realm, op, pa, pb);
  }
  const na = yield* toNumeric(realm, a);
  const nb = yield* toNumeric(realm, b);
  return numericOp(realm, op, na, nb);
}

/** https://tc39.es/ecma262/#sec-islessthan on primitives; undefined means NaN was involved. */
export function primitiveLess(realm: Realm, a: Primitive, b: Primitive): boolean | undefined {
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  if (typeof a === 'bigint' && typeof b === 'string') { const n = stringToBigInt(b); return n === undefined ? undefined : a < n; }
  if (typeof a === 'string' && typeof b === 'bigint') { const n = stringToBigInt(a); return n === undefined ? undefined : n < b; }
  const x = toNumericPrimitive(realm, a), y = toNumericPrimitive(realm, b);
  if (Number.isNaN(x) || Number.isNaN(y)) return undefined;
  return x < y;
}

function stringToBigInt(s: string): bigint | undefined {
  try { return BigInt(s.trim() === '' ? '0' : s); } catch { return undefined; }
}

export function compareResult(op: number, realm: Realm, a: Primitive, b: Primitive): boolean {
  switch (op) {
    case Op.Lt: return primitiveLess(realm, a, b) === true;
    case Op.Gt: return primitiveLess(realm, b, a) === true;
    case Op.Le: { const r = primitiveLess(realm, b, a); return r === false; }
    default: { const r = primitiveLess(realm, a, b); return r === false; }
  }
}

export function* compareSlow(realm: Realm, op: number, a: Value, b: Value): Gen<boolean> {
  const pa = yield* toPrimitive(realm, a, 'number');
  const pb = yield* toPrimitive(realm, b, 'number');
  return compareResult(op, realm, pa, pb);
}

/** https://tc39.es/ecma262/#sec-islooselyequal for the cases that need no conversion of objects. */
export function looseEqualsPrimitive(a: Primitive, b: Primitive): boolean {
  if (a === null || a === undefined) return b === null || b === undefined;
  if (b === null || b === undefined) return false;
  if (typeof a === typeof b) return a === b;
  if (a instanceof JSSymbol || b instanceof JSSymbol) return false;
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    const [big, other] = typeof a === 'bigint' ? [a, b] : [b as bigint, a];
    if (typeof other === 'string') { const n = stringToBigInt(other); return n !== undefined && n === big; }
    const n = Number(other);
    return Number.isFinite(n) && Number.isInteger(n) && BigInt(n) === big;
  }
  return Number(a) === Number(b);
}

export function* looseEqualsSlow(realm: Realm, a: Value, b: Value): Gen<boolean> {
  const ao = a instanceof JSObject, bo = b instanceof JSObject;
  if (ao && bo) return a === b;
  if (ao && (b === null || b === undefined)) return false;
  if (bo && (a === null || a === undefined)) return false;
  const pa = ao ? yield* toPrimitive(realm, a) : (a as Primitive);
  const pb = bo ? yield* toPrimitive(realm, b) : (b as Primitive);
  return looseEqualsPrimitive(pa, pb);
}

export function* unarySlow(realm: Realm, op: number, a: Value): Gen<Value> {
  const n = yield* toNumeric(realm, a);
  return unaryNumeric(realm, op, n);
}

export function unaryNumeric(realm: Realm, op: number, n: number | bigint): Value {
  switch (op) {
    case Op.Neg: return -n;
    case Op.BitNot: return ~n;
    case Op.Inc: return typeof n === 'bigint' ? n + 1n : n + 1;
    case Op.Dec: return typeof n === 'bigint' ? n - 1n : n - 1;
    case Op.ToNumeric: return n;
    case Op.Plus:
      if (typeof n === 'bigint') realm.throwError('TypeError', Msg.BigIntToNumber);
      return n;
  }
  throw new Error(`not a unary operator: ${op}`);
}
