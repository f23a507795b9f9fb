// String.prototype methods that read, search and slice (https://tc39.es/ecma262/#sec-properties-of-the-string-prototype-object).
// Each coerces `this` first (RequireObjectCoercible, ToString), then its arguments, in spec order.
import { JSObject, METHOD_FLAGS } from '../../heap/object';
import { Value } from '../../heap/values';
import { NEEDS_GENERATOR } from '../../heap/function';
import { Msg } from '../../errors/messages';
import { Gen, relativeIndex, toString } from '../../ops/convert';
import type { Realm } from '../realm';
import { hostLocales, hostOptions, rethrowHostError } from './intlSupport';
import { concatStrings, reserveString } from '../../ops/strings';
import { loneSurrogateAt, thisString, thisStringValue, toWellFormed } from './stringSupport';
import { ArgKind, SignedBody, signedStringMethod } from './stringSignatures';

/** A String.prototype method body, given `this` already as a string. */
export type StringBody = (s: string, args: Value[]) => Gen<Value>;

/** Installs `name` on String.prototype with the usual `this` coercion in front of `body`. */
export function stringMethod(realm: Realm, proto: JSObject, name: string, length: number, body: StringBody): void {
  const method = `String.prototype.${name}`;
  realm.method(proto, name, length, function* (thisArg, args) {
    return yield* body(yield* thisString(realm, thisArg, method), args);
  }, { gen: true });
}

/** Like stringMethod, for a body that runs no user code once `this` is a string. */
export function plainStringMethod(realm: Realm, proto: JSObject, name: string, length: number, body: (s: string, args: Value[]) => Value): void {
  const method = `String.prototype.${name}`;
  realm.method(proto, name, length, function* (thisArg, args) {
    return body(yield* thisString(realm, thisArg, method), args);
  }, { gen: true, fast: (thisArg, args) => (typeof thisArg === 'string' ? body(thisArg, args) : NEEDS_GENERATOR) });
}

export function installStringMethods(realm: Realm, proto: JSObject): void {
  const def = <const K extends readonly ArgKind[]>(name: string, length: number, kinds: K, body: SignedBody<K>) => signedStringMethod(realm, proto, name, length, kinds, body);
  def('at', 1, ['int'], (s, rel) => {
    const k = rel >= 0 ? rel : s.length + rel;
    return k < 0 || k >= s.length ? undefined : s[k];
  });
  def('charAt', 1, ['int'], (s, pos) => (pos < 0 || pos >= s.length ? '' : s[pos]));
  def('charCodeAt', 1, ['int'], (s, pos) => (pos < 0 || pos >= s.length ? NaN : s.charCodeAt(pos)));
  def('codePointAt', 1, ['int'], (s, pos) => (pos < 0 || pos >= s.length ? undefined : s.codePointAt(pos)));
  stringMethod(realm, proto, 'concat', 1, function* (s, args) {
    let r = s;
    for (const a of args) {
      const t = yield* toString(realm, a);
      r = concatStrings(realm, r, t);
    }
    return r;
  });
  installSearches(realm, proto, def);
  installSlicing(def);
  installCaseAndTrim(realm, proto, def);
}

type Def = <const K extends readonly ArgKind[]>(name: string, length: number, kinds: K, body: SignedBody<K>) => void;

/** The searching methods; startsWith/endsWith/includes refuse a RegExp as V8 does. */
function installSearches(realm: Realm, proto: JSObject, def: Def): void {
  def('endsWith', 1, ['search', 'optInt'], (s, search, end) => s.endsWith(search, relativeClamp(end ?? s.length, s.length)));
  def('includes', 1, ['search', 'int'], (s, search, pos) => s.includes(search, relativeClamp(pos, s.length)));
  def('startsWith', 1, ['search', 'int'], (s, search, pos) => s.startsWith(search, relativeClamp(pos, s.length)));
  def('indexOf', 1, ['string', 'int'], (s, search, pos) => s.indexOf(search, relativeClamp(pos, s.length)));
  def('lastIndexOf', 1, ['string', 'number'], (s, search, n) => {
    const pos = Number.isNaN(n) ? Infinity : Math.trunc(n);
    return s.lastIndexOf(search, relativeClamp(pos, s.length));
  });
  stringMethod(realm, proto, 'localeCompare', 1, function* (s, args) {
    const that = yield* toString(realm, args[0]);
    const locales = yield* hostLocales(realm, args[1]);
    const options = yield* hostOptions(realm, args[2]);
    return rethrowHostError(realm, () => s.localeCompare(that, locales, options));
  });
}

/** Clamps a position into [0, len] (not relative: negatives become 0). */
function relativeClamp(pos: number, len: number): number {
  return Math.min(Math.max(pos, 0), len);
}

function installSlicing(def: Def): void {
  def('slice', 2, ['int', 'optInt'], (s, start, end) => {
    const from = relativeIndex(start, s.length);
    const to = relativeIndex(end ?? s.length, s.length);
    return from < to ? s.slice(from, to) : '';
  });
  def('substring', 2, ['int', 'optInt'], (s, startArg, endArg) => {
    const start = relativeClamp(startArg, s.length);
    const end = relativeClamp(endArg ?? s.length, s.length);
    return s.slice(Math.min(start, end), Math.max(start, end));
  });
  // https://tc39.es/ecma262/#sec-string.prototype.substr (Annex B)
  def('substr', 2, ['int', 'optInt'], (s, startArg, length) => {
    const start = relativeIndex(startArg, s.length);
    const end = Math.min(start + (length ?? s.length), s.length);
    return start < end ? s.slice(start, end) : '';
  });
}

/** Case mapping, normalization, trimming and the wrapper's own value. */
function installCaseAndTrim(realm: Realm, proto: JSObject, def: Def): void {
  def('normalize', 0, ['optString'], (s, formArg) => {
    const form = formArg ?? 'NFC';
    if (form !== 'NFC' && form !== 'NFD' && form !== 'NFKC' && form !== 'NFKD') realm.throwError('RangeError', Msg.NormalizationForm);
    reserveString(realm, s.length);
    return s.normalize(form);
  });
  const plainText: [string, (s: string) => Value][] = [
    // These copy the string (the trims and checks do not): its bytes are reserved first.
    ['toLowerCase', (s) => (reserveString(realm, s.length), s.toLowerCase())], ['toUpperCase', (s) => (reserveString(realm, s.length), s.toUpperCase())],
    ['trim', (s) => s.trim()], ['trimStart', (s) => s.trimStart()], ['trimEnd', (s) => s.trimEnd()],
    ['isWellFormed', (s) => loneSurrogateAt(s, 0) === -1], ['toWellFormed', (s) => (reserveString(realm, s.length), toWellFormed(s))],
  ];
  for (const [name, fn] of plainText) plainStringMethod(realm, proto, name, 0, fn);
  for (const name of ['toLocaleLowerCase', 'toLocaleUpperCase'] as const) {
    stringMethod(realm, proto, name, 0, function* (s, args) {
      const locales = yield* hostLocales(realm, args[0]);
      reserveString(realm, s.length);
      return rethrowHostError(realm, () => s[name](locales));
    });
  }
  // Annex B: trimLeft/trimRight are the same function objects as trimStart/trimEnd.
  proto.put('trimLeft', proto.getOwn('trimStart')!.value, METHOD_FLAGS);
  proto.put('trimRight', proto.getOwn('trimEnd')!.value, METHOD_FLAGS);
  realm.method(proto, 'toString', 0, (thisArg) => thisStringValue(realm, thisArg, 'String.prototype.toString'));
  realm.method(proto, 'valueOf', 0, (thisArg) => thisStringValue(realm, thisArg, 'String.prototype.valueOf'));
}
