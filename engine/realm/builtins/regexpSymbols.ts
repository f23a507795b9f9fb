// RegExp.prototype[Symbol.match/matchAll/replace/search/split] and %RegExpStringIteratorPrototype%,
// written against the generic protocol (Get "exec", "lastIndex", ...) so subclasses and user `exec` work.
import { isCallable } from '../../heap/function';
import { CONFIGURABLE, JSObject } from '../../heap/object';
import { Value, WellKnown } from '../../heap/values';
import { Gen, toBoolean, toIntegerOrInfinity, toLength, toNumber, toObject, toString } from '../../ops/convert';
import { call, construct, get, lengthOfArrayLike, set } from '../../ops/object';
import type { Realm } from '../realm';
import { getSubstitution } from './getSubstitution';
import { flagsOf, isPristineRegExp, regExpConstructor } from './RegExp';
import { createIterResultObject } from './Iterator';
import { incompatible, regExpExec } from './regexpExec';
import { concatStrings } from '../../ops/strings';
import { advanceStringIndex, speciesConstructor, toUint32 } from './stringSupport';

export function installRegExpSymbols(realm: Realm, proto: JSObject): void {
  const gen = { gen: true };
  /** The receiver check; V8 names no receiver for @@replace (its message says "undefined"). */
  const rxOf = (v: Value, name: string, shown: Value = v): JSObject => {
    if (!(v instanceof JSObject)) realm.throwError('TypeError', incompatible(`RegExp.prototype.@@${name}`, shown));
    return v;
  };
  realm.method(proto, WellKnown.match, 1, function* (thisArg, args) {
    const rx = rxOf(thisArg, 'match');
    return yield* regExpMatch(realm, rx, yield* toString(realm, args[0]));
  }, gen);
  realm.method(proto, WellKnown.matchAll, 1, function* (thisArg, args) {
    const rx = rxOf(thisArg, 'matchAll');
    return yield* regExpMatchAll(realm, rx, yield* toString(realm, args[0]));
  }, gen);
  realm.method(proto, WellKnown.replace, 2, function* (thisArg, args) {
    const rx = rxOf(thisArg, 'replace', undefined);
    return yield* regExpReplace(realm, rx, yield* toString(realm, args[0]), args[1]);
  }, gen);
  realm.method(proto, WellKnown.search, 1, function* (thisArg, args) {
    const rx = rxOf(thisArg, 'search');
    return yield* regExpSearch(realm, rx, yield* toString(realm, args[0]));
  }, gen);
  realm.method(proto, WellKnown.split, 2, function* (thisArg, args) {
    const rx = rxOf(thisArg, 'split');
    return yield* regExpSplit(realm, rx, yield* toString(realm, args[0]), args[1]);
  }, gen);
  installRegExpStringIterator(realm);
}

/** Whether a flag property is set, read as V8 reads it (Get, not the flags string). */
function* flag(realm: Realm, rx: JSObject, name: 'global' | 'unicode' | 'unicodeSets'): Gen<boolean> {
  if (isPristineRegExp(realm, rx)) return rx.flags.includes(name === 'global' ? 'g' : name === 'unicode' ? 'u' : 'v');
  return toBoolean(yield* get(realm, rx, name));
}

/** After an empty match, steps lastIndex past it so the loop cannot stall. */
function* skipEmptyMatch(realm: Realm, rx: JSObject, s: string, match: JSObject, fullUnicode: boolean): Gen<string> {
  const matchStr = yield* toString(realm, yield* get(realm, match, '0'));
  if (matchStr === '') {
    const thisIndex = yield* toLength(realm, yield* get(realm, rx, 'lastIndex'));
    yield* set(realm, rx, 'lastIndex', advanceStringIndex(s, thisIndex, fullUnicode));
  }
  return matchStr;
}

/** https://tc39.es/ecma262/#sec-regexp.prototype-@@match */
function* regExpMatch(realm: Realm, rx: JSObject, s: string): Gen<Value> {
  if (!(yield* flag(realm, rx, 'global'))) return yield* regExpExec(realm, rx, s);
  const fullUnicode = (yield* flag(realm, rx, 'unicode')) || (yield* flag(realm, rx, 'unicodeSets'));
  yield* set(realm, rx, 'lastIndex', 0);
  const found: Value[] = [];
  for (;;) {
    const result = yield* regExpExec(realm, rx, s);
    if (result === null) return found.length === 0 ? null : realm.newArray(found);
    found.push(yield* skipEmptyMatch(realm, rx, s, result, fullUnicode));
  }
}

/** https://tc39.es/ecma262/#sec-regexp.prototype-@@search */
function* regExpSearch(realm: Realm, rx: JSObject, s: string): Gen<Value> {
  const previous = yield* get(realm, rx, 'lastIndex');
  if (!Object.is(previous, 0)) yield* set(realm, rx, 'lastIndex', 0);
  const result = yield* regExpExec(realm, rx, s);
  const current = yield* get(realm, rx, 'lastIndex');
  if (!Object.is(current, previous)) yield* set(realm, rx, 'lastIndex', previous);
  return result === null ? -1 : yield* get(realm, result, 'index');
}

/** https://tc39.es/ecma262/#sec-regexp.prototype-@@replace */
function* regExpReplace(realm: Realm, rx: JSObject, s: string, replaceValue: Value): Gen<string> {
  const functional = isCallable(replaceValue);
  const template = functional ? '' : yield* toString(realm, replaceValue);
  const global = yield* flag(realm, rx, 'global');
  let fullUnicode = false;
  if (global) {
    fullUnicode = (yield* flag(realm, rx, 'unicode')) || (yield* flag(realm, rx, 'unicodeSets'));
    yield* set(realm, rx, 'lastIndex', 0);
  }
  const results: JSObject[] = [];
  for (;;) {
    const result = yield* regExpExec(realm, rx, s);
    if (result === null) break;
    results.push(result);
    if (!global) break;
    yield* skipEmptyMatch(realm, rx, s, result, fullUnicode);
  }
  let acc = '';
  let nextSourcePosition = 0;
  for (const result of results) {
    const r = yield* replacementFor(realm, result, s, functional ? replaceValue : template);
    if (r.position >= nextSourcePosition) {
      acc = concatStrings(realm, concatStrings(realm, acc, s.slice(nextSourcePosition, r.position)), r.replacement);
      nextSourcePosition = r.position + r.matchLength;
    }
  }
  return nextSourcePosition >= s.length ? acc : concatStrings(realm, acc, s.slice(nextSourcePosition));
}

/** One match's replacement text, read from the result object as the spec reads it. */
function* replacementFor(realm: Realm, result: JSObject, s: string, replacer: Value): Gen<{ position: number; matchLength: number; replacement: string }> {
  const nCaptures = Math.max((yield* lengthOfArrayLike(realm, result)) - 1, 0);
  const matched = yield* toString(realm, yield* get(realm, result, '0'));
  const position = Math.max(Math.min(yield* toIntegerOrInfinity(realm, yield* get(realm, result, 'index')), s.length), 0);
  const captures: (string | undefined)[] = [];
  for (let n = 1; n <= nCaptures; n++) {
    const cap = yield* get(realm, result, String(n));
    captures.push(cap === undefined ? undefined : yield* toString(realm, cap));
  }
  const named = yield* get(realm, result, 'groups');
  let replacement: string;
  if (typeof replacer !== 'string') {
    const args: Value[] = [matched, ...captures, position, s];
    if (named !== undefined) args.push(named);
    replacement = yield* toString(realm, yield* call(realm, replacer, undefined, args));
  } else {
    const groups = named === undefined ? undefined : toObject(realm, named);
    replacement = yield* getSubstitution(realm, matched, s, position, captures, groups, replacer);
  }
  return { position, matchLength: matched.length, replacement };
}

/** Construct(c, «rx, flags»), run directly (no VM call) when c is %RegExp% itself. */
function* constructRegExp(realm: Realm, c: JSObject, rx: JSObject, flags: string): Gen<JSObject> {
  const ctor = realm.intrinsic('%RegExp%');
  if (c === ctor) return yield* regExpConstructor(realm, ctor, rx, flags, ctor);
  return yield* construct(realm, c, [rx, flags]);
}

/** https://tc39.es/ecma262/#sec-regexp.prototype-@@split: a sticky copy tried at each position. */
function* regExpSplit(realm: Realm, rx: JSObject, s: string, limit: Value): Gen<Value> {
  const c = yield* speciesConstructor(realm, rx, realm.intrinsic('%RegExp%'));
  const flags = yield* flagsOf(realm, rx);
  const unicodeMatching = flags.includes('u') || flags.includes('v');
  const splitter = yield* constructRegExp(realm, c, rx, flags.includes('y') ? flags : `${flags}y`);
  const lim = limit === undefined ? 2 ** 32 - 1 : toUint32(yield* toNumber(realm, limit));
  const parts: Value[] = [];
  if (lim === 0) return realm.newArray();
  if (s.length === 0) return realm.newArray((yield* regExpExec(realm, splitter, s)) === null ? [s] : []);
  let p = 0;
  let q = p;
  while (q < s.length) {
    yield* set(realm, splitter, 'lastIndex', q);
    const z = yield* regExpExec(realm, splitter, s);
    if (z === null) { q = advanceStringIndex(s, q, unicodeMatching); continue; }
    const e = Math.min(yield* toLength(realm, yield* get(realm, splitter, 'lastIndex')), s.length);
    if (e === p) { q = advanceStringIndex(s, q, unicodeMatching); continue; }
    parts.push(s.slice(p, q));
    if (parts.length === lim) return realm.newArray(parts);
    p = e;
    const nCaptures = Math.max((yield* lengthOfArrayLike(realm, z)) - 1, 0);
    for (let i = 1; i <= nCaptures; i++) {
      parts.push(yield* get(realm, z, String(i)));
      if (parts.length === lim) return realm.newArray(parts);
    }
    q = p;
  }
  parts.push(s.slice(p));
  return realm.newArray(parts);
}

/** The state of one %RegExpStringIterator%. */
class RegExpStringIterator extends JSObject {
  done = false;
  constructor(proto: JSObject, readonly matcher: JSObject, readonly s: string, readonly global: boolean, readonly fullUnicode: boolean) {
    super(proto);
    this.className = 'RegExp String Iterator';
  }
}

/** https://tc39.es/ecma262/#sec-regexp-prototype-matchall */
function* regExpMatchAll(realm: Realm, r: JSObject, s: string): Gen<Value> {
  const c = yield* speciesConstructor(realm, r, realm.intrinsic('%RegExp%'));
  const flags = yield* flagsOf(realm, r);
  const matcher = yield* constructRegExp(realm, c, r, flags);
  const lastIndex = yield* toLength(realm, yield* get(realm, r, 'lastIndex'));
  yield* set(realm, matcher, 'lastIndex', lastIndex);
  const proto = realm.intrinsic('%RegExpStringIteratorPrototype%');
  return new RegExpStringIterator(proto, matcher, s, flags.includes('g'), flags.includes('u') || flags.includes('v'));
}

/** https://tc39.es/ecma262/#sec-%regexpstringiteratorprototype%-object */
function installRegExpStringIterator(realm: Realm): void {
  const proto = realm.newObject(realm.IteratorPrototype);
  realm.method(proto, 'next', 0, function* (thisArg) {
    if (!(thisArg instanceof RegExpStringIterator)) realm.throwError('TypeError', incompatible('%RegExpStringIterator%.prototype.next', thisArg));
    const it = thisArg;
    if (it.done) return createIterResultObject(realm, undefined, true);
    const match = yield* regExpExec(realm, it.matcher, it.s);
    if (match === null || !it.global) {
      it.done = true;
      return createIterResultObject(realm, match ?? undefined, match === null);
    }
    yield* skipEmptyMatch(realm, it.matcher, it.s, match, it.fullUnicode);
    return createIterResultObject(realm, match, false);
  }, { gen: true });
  proto.put(WellKnown.toStringTag, 'RegExp String Iterator', CONFIGURABLE);
  realm.intrinsics.set('%RegExpStringIteratorPrototype%', proto);
}
