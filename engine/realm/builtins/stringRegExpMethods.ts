// String.prototype.match/matchAll/replace/replaceAll/search/split: each hands over to the
// argument's Symbol.match/... method when it has one, else works on strings.
import { isCallable } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { RegExpObject } from '../../heap/slots';
import { Value, WellKnown } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toNumber, toString } from '../../ops/convert';
import { call, get, getV, invoke } from '../../ops/object';
import type { Realm } from '../realm';
import { getSubstitution } from './getSubstitution';
import { typeAndValue } from './Iterator';
import { describeValue } from './objectSupport';
import { isPristineRegExp, regExpCreate } from './RegExp';
import { concatStrings } from '../../ops/strings';
import { Bytes, HeapKind, reserve } from '../../heap/account';
import { isRegExp, toUint32 } from './stringSupport';

type Delegate = typeof WellKnown.match;

/**
 * Calls `v[sym](...args)` when v is not nullish and has that method; undefined otherwise.
 * V8 words a non-callable method two ways, depending on the string method (`namedProperty`).
 */
function* delegateTo(realm: Realm, v: Value, sym: Delegate, args: Value[], namedProperty: boolean): Gen<{ result: Value } | undefined> {
  if (v === undefined || v === null) return undefined;
  const method = yield* getV(realm, v, sym);
  if (method === undefined || method === null) return undefined;
  if (!isCallable(method)) {
    realm.throwError('TypeError', namedProperty
      ? formatMessage(Msg.PropertyNotFunction, describeValue(method), sym.toString(), describeValue(v))
      : formatMessage(Msg.NotFunction, typeAndValue(method)));
  }
  return { result: yield* call(realm, method, v, args) };
}

/** The method's `this` as in the spec: RequireObjectCoercible only (ToString comes later). */
function requireCoercible(realm: Realm, thisArg: Value, name: string): Value {
  if (thisArg === undefined || thisArg === null) realm.throwError('TypeError', formatMessage(Msg.CalledOnNullish, `String.prototype.${name}`));
  return thisArg;
}

/** Throws unless the RegExp argument of matchAll/replaceAll has the g flag. */
function* requireGlobal(realm: Realm, rx: Value, name: string): Gen<void> {
  if (!(yield* isRegExp(realm, rx))) return;
  if (isPristineRegExp(realm, rx as JSObject)) {
    if (!(rx as RegExpObject).flags.includes('g')) realm.throwError('TypeError', formatMessage(Msg.NonGlobalRegExp, `String.prototype.${name}`));
    return;
  }
  const flags = yield* get(realm, rx as JSObject, 'flags');
  if (flags === undefined || flags === null) {
    const method = `String.prototype.${name}`;
    realm.throwError('TypeError', name === 'matchAll' ? formatMessage(Msg.FlagsNullish, method) : formatMessage(Msg.CalledOnNullish, method));
  }
  if (!(yield* toString(realm, flags)).includes('g')) realm.throwError('TypeError', formatMessage(Msg.NonGlobalRegExp, `String.prototype.${name}`));
}

export function installStringRegExpMethods(realm: Realm, proto: JSObject): void {
  const gen = { gen: true };
  for (const [name, sym, flags] of [['match', WellKnown.match, undefined], ['search', WellKnown.search, undefined], ['matchAll', WellKnown.matchAll, 'g']] as const) {
    realm.method(proto, name, 1, function* (thisArg, args) {
      const o = requireCoercible(realm, thisArg, name);
      if (name === 'matchAll' && args[0] !== undefined && args[0] !== null) yield* requireGlobal(realm, args[0], name);
      const d = yield* delegateTo(realm, args[0], sym, [o], name !== 'matchAll');
      if (d !== undefined) return d.result;
      const s = yield* toString(realm, o);
      const rx = yield* regExpCreate(realm, args[0], flags);
      return yield* invoke(realm, rx, sym, [s]);
    }, gen);
  }
  realm.method(proto, 'replace', 2, function* (thisArg, args) {
    const o = requireCoercible(realm, thisArg, 'replace');
    const d = yield* delegateTo(realm, args[0], WellKnown.replace, [o, args[1]], false);
    if (d !== undefined) return d.result;
    return yield* replaceString(realm, yield* toString(realm, o), args[0], args[1], false);
  }, gen);
  realm.method(proto, 'replaceAll', 2, function* (thisArg, args) {
    const o = requireCoercible(realm, thisArg, 'replaceAll');
    if (args[0] !== undefined && args[0] !== null) yield* requireGlobal(realm, args[0], 'replaceAll');
    const d = yield* delegateTo(realm, args[0], WellKnown.replace, [o, args[1]], true);
    if (d !== undefined) return d.result;
    return yield* replaceString(realm, yield* toString(realm, o), args[0], args[1], true);
  }, gen);
  realm.method(proto, 'split', 2, function* (thisArg, args) {
    const o = requireCoercible(realm, thisArg, 'split');
    const d = yield* delegateTo(realm, args[0], WellKnown.split, [o, args[1]], false);
    if (d !== undefined) return d.result;
    const s = yield* toString(realm, o);
    const lim = args[1] === undefined ? 2 ** 32 - 1 : toUint32(yield* toNumber(realm, args[1]));
    const sep = yield* toString(realm, args[0]);
    if (lim === 0) return realm.newArray();
    if (args[0] === undefined) return realm.newArray([s]);
    // Count first, so a result too big for the heap limit is never built by the host.
    reserve(HeapKind.Array, Bytes.element * Math.min(lim, splitCount(s, sep)));
    return realm.newArray(s.split(sep, lim));
  }, gen);
}

/** The string-pattern half of replace/replaceAll (https://tc39.es/ecma262/#sec-string.prototype.replaceall). */
function* replaceString(realm: Realm, s: string, searchValue: Value, replaceValue: Value, all: boolean): Gen<string> {
  const search = yield* toString(realm, searchValue);
  const functional = isCallable(replaceValue);
  const template = functional ? '' : yield* toString(realm, replaceValue);
  const positions: number[] = [];
  const advanceBy = Math.max(1, search.length);
  for (let p = stringIndexOf(s, search, 0); p !== -1; p = stringIndexOf(s, search, p + advanceBy)) {
    positions.push(p);
    if (!all) break;
  }
  let result = '';
  let endOfLastMatch = 0;
  for (const p of positions) {
    const replacement = functional
      ? yield* toString(realm, yield* call(realm, replaceValue, undefined, [search, p, s]))
      : yield* getSubstitution(realm, search, s, p, [], undefined, template);
    result = concatStrings(realm, concatStrings(realm, result, s.slice(endOfLastMatch, p)), replacement);
    endOfLastMatch = p + search.length;
  }
  return concatStrings(realm, result, s.slice(endOfLastMatch));
}

/** How many pieces `s.split(sep)` makes, without making them. */
function splitCount(s: string, sep: string): number {
  if (sep === '') return s.length;
  let n = 1;
  for (let p = s.indexOf(sep); p !== -1; p = s.indexOf(sep, p + sep.length)) n++;
  return n;
}

/** https://tc39.es/ecma262/#sec-stringindexof: an empty search past the end finds nothing. */
function stringIndexOf(s: string, search: string, from: number): number {
  return from > s.length ? -1 : s.indexOf(search, from);
}
