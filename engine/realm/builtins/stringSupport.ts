// Helpers shared by the String and RegExp built-ins: the `this` coercions with V8's
// messages, IsRegExp, code point stepping, and SpeciesConstructor.
import { isConstructor } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { PrimitiveWrapper } from '../../heap/wrapper';
import { RegExpObject } from '../../heap/slots';
import { PropertyKey, Value, WellKnown } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toBoolean, toString } from '../../ops/convert';
import { get } from '../../ops/object';
import type { Realm } from '../realm';

/** RequireObjectCoercible(this) then ToString, naming `method` as V8 does. */
export function* thisString(realm: Realm, thisArg: Value, method: string): Gen<string> {
  if (typeof thisArg === 'string') return thisArg;
  if (thisArg === undefined || thisArg === null) realm.throwError('TypeError', formatMessage(Msg.CalledOnNullish, method));
  return yield* toString(realm, thisArg);
}

/** https://tc39.es/ecma262/#sec-thisstringvalue */
export function thisStringValue(realm: Realm, v: Value, method: string): string {
  if (typeof v === 'string') return v;
  if (v instanceof PrimitiveWrapper && typeof v.primitive === 'string') return v.primitive;
  return realm.throwError('TypeError', formatMessage(Msg.RequiresThis, method, 'String'));
}

/** https://tc39.es/ecma262/#sec-isregexp */
export function* isRegExp(realm: Realm, v: Value): Gen<boolean> {
  if (!(v instanceof JSObject)) return false;
  const matcher = yield* get(realm, v, WellKnown.match);
  if (matcher !== undefined) return toBoolean(matcher);
  return v instanceof RegExpObject;
}

/** https://tc39.es/ecma262/#sec-advancestringindex */
export function advanceStringIndex(s: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= s.length) return index + 1;
  return index + codeUnitCount(s, index);
}

/** How many code units the code point at `i` takes (https://tc39.es/ecma262/#sec-codepointat). */
export function codeUnitCount(s: string, i: number): number {
  const first = s.charCodeAt(i);
  if (first < 0xd800 || first > 0xdbff || i + 1 === s.length) return 1;
  const second = s.charCodeAt(i + 1);
  return second >= 0xdc00 && second <= 0xdfff ? 2 : 1;
}

/** The index of the first unpaired surrogate at or after `from`, or -1. */
export function loneSurrogateAt(s: string, from: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && codeUnitCount(s, i) === 2) { i++; continue; }
    return i;
  }
  return -1;
}

/** https://tc39.es/ecma262/#sec-string.prototype.towellformed: lone surrogates become U+FFFD. */
export function toWellFormed(s: string): string {
  let out = '';
  let start = 0;
  for (let i = loneSurrogateAt(s, 0); i !== -1; i = loneSurrogateAt(s, i + 1)) {
    out += s.slice(start, i) + '\ufffd';
    start = i + 1;
  }
  return start === 0 ? s : out + s.slice(start);
}

/** https://tc39.es/ecma262/#sec-touint32 on a number. */
export function toUint32(n: number): number {
  return n >>> 0;
}

/** https://tc39.es/ecma262/#sec-speciesconstructor */
export function* speciesConstructor(realm: Realm, o: JSObject, defaultCtor: JSObject): Gen<JSObject> {
  const c = yield* get(realm, o, 'constructor');
  if (c === undefined) return defaultCtor;
  if (!(c instanceof JSObject)) realm.throwError('TypeError', Msg.ConstructorNotReceiver);
  const s = yield* get(realm, c, WellKnown.species);
  if (s === undefined || s === null) return defaultCtor;
  if (isConstructor(s)) return s;
  return realm.throwError('TypeError', Msg.SpeciesNotConstructor);
}

/** Puts `o`'s own properties in `order` (the rest after), so listings match V8's. */
export function orderOwnProperties(o: JSObject, order: PropertyKey[]): void {
  const rest = o.storedKeys().filter((k) => !order.includes(k));
  o.reorderStored([...order.filter((k) => o.hasStored(k)), ...rest]);
}
