// The RegExp constructor and RegExp.prototype's accessors (https://tc39.es/ecma262/#sec-regexp-regular-expression-objects).
// A RegExpObject keeps a host RegExp as its matcher; only strings and numbers cross over.
import { NativeGenImpl } from '../../heap/function';
import { CONFIGURABLE, JSObject,  WRITABLE } from '../../heap/object';
import { RegExpObject } from '../../heap/slots';
import { PropertyKey, Value, WellKnown } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toBoolean, toString } from '../../ops/convert';
import { get } from '../../ops/object';
import type { ErrorType, Realm } from '../realm';
import { describeValue, protoFromCtor } from './objectSupport';
import { installRegExpExec } from './regexpExec';
import { installRegExpLegacy } from './regexpLegacy';
import { installRegExpSymbols } from './regexpSymbols';
import { isRegExp, orderOwnProperties } from './stringSupport';

/** The flag accessors in the order the `flags` getter reads them. */
const FLAG_GETTERS: [string, string][] = [
  ['hasIndices', 'd'], ['global', 'g'], ['ignoreCase', 'i'], ['multiline', 'm'],
  ['dotAll', 's'], ['unicode', 'u'], ['unicodeSets', 'v'], ['sticky', 'y'],
];

export function installRegExp(realm: Realm): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('RegExp', 2, function* (_this, args, newTarget) {
    return yield* regExpConstructor(realm, ctor, args[0], args[1], newTarget);
  }, { gen: true, ctor: true });
  realm.defineConstructor(ctor, proto);
  installRegExpLegacy(realm, ctor);
  realm.accessor(ctor, WellKnown.species, (thisArg) => thisArg);
  installRegExpExec(realm, proto);
  installAccessors(realm, proto);
  installRegExpSymbols(realm, proto);
  orderOwnProperties(proto, ['constructor', 'exec', 'dotAll', 'flags', 'global', 'hasIndices', 'ignoreCase',
    'multiline', 'source', 'sticky', 'unicode', 'toString', 'test', 'unicodeSets']);
  recordPristine(realm, proto);
}

/** https://tc39.es/ecma262/#sec-regexp-pattern-flags */
export function* regExpConstructor(realm: Realm, ctor: JSObject, pattern: Value, flags: Value, newTarget: JSObject | undefined): Gen<JSObject> {
  const patternIsRegExp = yield* isRegExp(realm, pattern);
  if (newTarget === undefined) {
    newTarget = ctor;
    // RegExp(re) without new hands back `re` itself when it was made by RegExp.
    if (patternIsRegExp && flags === undefined && (yield* get(realm, pattern as JSObject, 'constructor')) === ctor) return pattern as JSObject;
  }
  let p: Value = pattern;
  let f: Value = flags;
  if (pattern instanceof RegExpObject) {
    p = pattern.source;
    if (flags === undefined) f = pattern.flags;
  } else if (patternIsRegExp) {
    p = yield* get(realm, pattern as JSObject, 'source');
    if (flags === undefined) f = yield* get(realm, pattern as JSObject, 'flags');
  }
  const proto = protoFromCtor(newTarget, realm.intrinsic('%RegExp.prototype%'));
  const ps = p === undefined ? '' : yield* toString(realm, p);
  const fs = f === undefined ? '' : yield* toString(realm, f);
  return regExpAlloc(realm, proto, ps, fs);
}

/** https://tc39.es/ecma262/#sec-regexpcreate */
export function* regExpCreate(realm: Realm, p: Value, f: string | undefined): Gen<RegExpObject> {
  const ps = p === undefined ? '' : yield* toString(realm, p);
  return regExpAlloc(realm, realm.intrinsic('%RegExp.prototype%'), ps, f ?? '');
}

/** A RegExp for a literal in user code; throws a JS SyntaxError for a bad pattern or flags. */
export function makeRegExp(realm: Realm, pattern: string, flags: string): RegExpObject {
  return regExpAlloc(realm, realm.intrinsic('%RegExp.prototype%'), pattern, flags);
}

/** RegExpAlloc + RegExpInitialize: compiles with the host, whose SyntaxError text is V8's. */
function regExpAlloc(realm: Realm, proto: JSObject, pattern: string, flags: string): RegExpObject {
  let matcher: RegExp;
  try {
    matcher = new RegExp(pattern, flags);
  } catch (e) {
    const type = e instanceof Error && e.name !== 'Error' ? e.name : 'SyntaxError';
    return realm.throwError(type as ErrorType, e instanceof Error ? e.message : String(e));
  }
  // Builtin exec starts at lastIndex, which the host honours only with g or y.
  if (!flags.includes('g') && !flags.includes('y')) matcher = new RegExp(pattern, `${flags}g`);
  const r = new RegExpObject(proto, pattern, flags, matcher);
  r.put('lastIndex', 0, WRITABLE);
  return r;
}

function installAccessors(realm: Realm, proto: JSObject): void {
  const isProto = (v: Value) => v === proto;
  for (const [name, ch] of FLAG_GETTERS) {
    realm.accessor(proto, name, (thisArg) => {
      if (thisArg instanceof RegExpObject) return thisArg.flags.includes(ch);
      if (isProto(thisArg)) return undefined;
      return realm.throwError('TypeError', formatMessage(Msg.RegExpGetterNonRegExp, `RegExp.prototype.${name}`));
    });
  }
  realm.accessor(proto, 'source', (thisArg) => {
    if (thisArg instanceof RegExpObject) return thisArg.matcher.source;
    if (isProto(thisArg)) return '(?:)';
    return realm.throwError('TypeError', formatMessage(Msg.RegExpGetterNonRegExp, 'RegExp.prototype.source'));
  });
  genAccessor(realm, proto, 'flags', function* (thisArg) {
    if (!(thisArg instanceof JSObject)) realm.throwError('TypeError', formatMessage(Msg.RegExpGetterNonObject, 'RegExp.prototype.flags', describeValue(thisArg)));
    if (isPristineRegExp(realm, thisArg)) return canonicalFlags(thisArg.flags);
    let result = '';
    for (const [name, ch] of FLAG_GETTERS) if (toBoolean(yield* get(realm, thisArg, name))) result += ch;
    return result;
  });
}

/** ToString(Get(rx, "flags")), without the getter calls when rx is a plain RegExp. */
export function* flagsOf(realm: Realm, rx: JSObject): Gen<string> {
  if (isPristineRegExp(realm, rx)) return canonicalFlags(rx.flags);
  return yield* toString(realm, yield* get(realm, rx, 'flags'));
}

/** The flags in the order the `flags` getter lists them. */
function canonicalFlags(flags: string): string {
  return FLAG_GETTERS.map(([, ch]) => ch).filter((ch) => flags.includes(ch)).join('');
}

/** An accessor whose getter may run user code. */
function genAccessor(realm: Realm, target: JSObject, name: string, getter: NativeGenImpl): void {
  const g = realm.newNative(`get ${name}`, 0, getter, { gen: true });
  target.putAccessor(name, g, undefined, CONFIGURABLE);
}

const pristineState = new WeakMap<Realm, Map<PropertyKey, Value>>();

/** Remembers RegExp.prototype's built-in members, so fast paths can tell they are unchanged. */
function recordPristine(realm: Realm, proto: JSObject): void {
  const m = new Map<PropertyKey, Value>();
  for (const key of proto.storedKeys()) {
    const p = proto.getOwn(key)!;
    m.set(key, p.isAccessor ? p.get : p.value);
  }
  pristineState.set(realm, m);
}

/**
 * True when reading `r`'s flags, exec and lastIndex through properties would see exactly
 * its internal slots: a plain RegExp on an untouched RegExp.prototype.
 */
export function isPristineRegExp(realm: Realm, r: JSObject): r is RegExpObject {
  if (!(r instanceof RegExpObject) || r.storedCount !== 1) return false;
  const proto = realm.intrinsics.get('%RegExp.prototype%');
  const m = pristineState.get(realm);
  if (r.proto !== proto || proto === undefined || m === undefined) return false;
  for (const key of ['exec', 'flags', ...FLAG_GETTERS.map(([n]) => n)]) {
    const p = proto.getOwn(key);
    if (p === undefined || (p.isAccessor ? p.get : p.value) !== m.get(key)) return false;
  }
  return true;
}
