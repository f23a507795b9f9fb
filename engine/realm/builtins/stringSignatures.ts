// String.prototype methods declared by the conversions their arguments go through. The
// generic path converts in spec order as generators (valueOf may run user code); the fast
// path, for a string `this` and primitive arguments, converts synchronously with no frame.
import { NEEDS_GENERATOR } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { Primitive, Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, integerOrInfinity, primitiveToNumber, primitiveToString, toIntegerOrInfinity, toNumber, toString } from '../../ops/convert';
import type { Realm } from '../realm';
import { isRegExp, thisString } from './stringSupport';

/**
 * How an argument is converted: `int` ToIntegerOrInfinity, `optInt` the same unless
 * undefined, `number` ToNumber, `string` ToString, `optString` the same unless undefined,
 * `search` ToString after refusing a RegExp (startsWith, endsWith, includes).
 */
interface KindTypes { int: number; optInt: number | undefined; number: number; string: string; optString: string | undefined; search: string }
export type ArgKind = keyof KindTypes;
type Converted<K extends readonly ArgKind[]> = { [I in keyof K]: KindTypes[K[I]] };

/** A method body over `this` as a string and its (at most two) converted arguments. */
export type SignedBody<K extends readonly ArgKind[]> = (s: string, ...xs: Converted<K>) => Value;
type LooseBody = (s: string, a: unknown, b: unknown) => Value;

/** Installs String.prototype[name] converting `this` and then each argument as `kinds` says. */
export function signedStringMethod<const K extends readonly ArgKind[]>(realm: Realm, proto: JSObject, name: string, length: number, kinds: K, body: SignedBody<K>): void {
  const method = `String.prototype.${name}`;
  const run = body as unknown as LooseBody;
  const k0 = kinds[0], k1 = kinds[1];
  realm.method(proto, name, length, function* (thisArg, args) {
    const s = yield* thisString(realm, thisArg, method);
    const a = k0 === undefined ? undefined : yield* convert(realm, k0, args[0], method);
    const b = k1 === undefined ? undefined : yield* convert(realm, k1, args[1], method);
    return run(s, a, b);
  }, {
    gen: true,
    fast(thisArg, args) {
      if (typeof thisArg !== 'string') return NEEDS_GENERATOR;
      const v0 = args[0], v1 = args[1];
      if (v0 instanceof JSObject || v1 instanceof JSObject) return NEEDS_GENERATOR;
      const a = k0 === undefined ? undefined : convertPrimitive(realm, k0, v0);
      const b = k1 === undefined ? undefined : convertPrimitive(realm, k1, v1);
      return run(thisArg, a, b);
    },
  });
}

function* convert(realm: Realm, kind: ArgKind, v: Value, method: string): Gen<number | string | undefined> {
  switch (kind) {
    case 'int': return yield* toIntegerOrInfinity(realm, v);
    case 'optInt': return v === undefined ? undefined : yield* toIntegerOrInfinity(realm, v);
    case 'number': return yield* toNumber(realm, v);
    case 'string': return yield* toString(realm, v);
    case 'optString': return v === undefined ? undefined : yield* toString(realm, v);
    case 'search':
      if (yield* isRegExp(realm, v)) realm.throwError('TypeError', formatMessage(Msg.FirstArgRegExp, method));
      return yield* toString(realm, v);
  }
}

/** The same conversions for a primitive: no user code can run, only a TypeError (Symbol). */
function convertPrimitive(realm: Realm, kind: ArgKind, v: Primitive): number | string | undefined {
  switch (kind) {
    case 'int': return typeof v === 'number' ? integerOrInfinity(v) : integerOrInfinity(primitiveToNumber(realm, v));
    case 'optInt': return v === undefined ? undefined : integerOrInfinity(primitiveToNumber(realm, v));
    case 'number': return primitiveToNumber(realm, v);
    case 'optString': return v === undefined ? undefined : primitiveToString(realm, v);
    case 'string': case 'search': return primitiveToString(realm, v);
  }
}
