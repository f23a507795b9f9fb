// RegExp.prototype.exec/test/toString and the abstract operations RegExpExec and
// RegExpBuiltinExec (https://tc39.es/ecma262/#sec-regexpbuiltinexec), run by the host matcher.
import { isCallable } from '../../heap/function';
import { JSArray, JSObject } from '../../heap/object';
import { RegExpObject } from '../../heap/slots';
import { Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toLength, toString } from '../../ops/convert';
import { call, get, set } from '../../ops/object';
import type { Realm } from '../realm';
import { describeValue } from './objectSupport';
import { recordMatch } from './regexpLegacy';

export function installRegExpExec(realm: Realm, proto: JSObject): void {
  const exec = realm.method(proto, 'exec', 1, function* (thisArg, args) {
    if (!(thisArg instanceof RegExpObject)) realm.throwError('TypeError', incompatible('RegExp.prototype.exec', thisArg));
    return yield* regExpBuiltinExec(realm, thisArg, yield* toString(realm, args[0]));
  }, { gen: true });
  realm.intrinsics.set('%RegExp.prototype.exec%', exec);
  realm.method(proto, 'toString', 0, function* (thisArg) {
    if (!(thisArg instanceof JSObject)) realm.throwError('TypeError', incompatible('RegExp.prototype.toString', thisArg));
    const source = yield* toString(realm, yield* get(realm, thisArg, 'source'));
    const flags = yield* toString(realm, yield* get(realm, thisArg, 'flags'));
    return `/${source}/${flags}`;
  }, { gen: true });
  realm.method(proto, 'test', 1, function* (thisArg, args) {
    // V8 names no receiver here (its message says "undefined").
    if (!(thisArg instanceof JSObject)) realm.throwError('TypeError', incompatible('RegExp.prototype.test', undefined));
    const s = yield* toString(realm, args[0]);
    return (yield* regExpExec(realm, thisArg, s)) !== null;
  }, { gen: true });
}

/** V8's "Method % called on incompatible receiver %". */
export function incompatible(method: string, v: Value): string {
  return formatMessage(Msg.NotGeneric, `Method ${method}`, describeValue(v));
}

/** https://tc39.es/ecma262/#sec-regexpexec: a user `exec` wins over the built-in matcher. */
export function* regExpExec(realm: Realm, r: JSObject, s: string): Gen<JSObject | null> {
  const exec = yield* get(realm, r, 'exec');
  if (r instanceof RegExpObject && exec === realm.intrinsics.get('%RegExp.prototype.exec%')) {
    return yield* regExpBuiltinExec(realm, r, s);
  }
  if (isCallable(exec)) {
    const result = yield* call(realm, exec, r, [s]);
    if (!(result instanceof JSObject) && result !== null) realm.throwError('TypeError', Msg.RegExpExecResult);
    return result;
  }
  if (!(r instanceof RegExpObject)) realm.throwError('TypeError', incompatible('RegExp.prototype.exec', r));
  return yield* regExpBuiltinExec(realm, r, s);
}

/** https://tc39.es/ecma262/#sec-regexpbuiltinexec */
export function* regExpBuiltinExec(realm: Realm, r: RegExpObject, s: string): Gen<JSArray | null> {
  const globalOrSticky = r.flags.includes('g') || r.flags.includes('y');
  let lastIndex = yield* toLength(realm, yield* get(realm, r, 'lastIndex'));
  if (!globalOrSticky) lastIndex = 0;
  let m: RegExpExecArray | null = null;
  if (lastIndex <= s.length) {
    r.matcher.lastIndex = lastIndex;
    m = r.matcher.exec(s);
  }
  if (m === null) {
    if (globalOrSticky) yield* set(realm, r, 'lastIndex', 0);
    return null;
  }
  if (globalOrSticky) yield* set(realm, r, 'lastIndex', m.index + m[0].length);
  recordMatch(realm, s, m.index, Array.from(m));
  return matchResult(realm, m, s);
}

/** The result array: the match and captures, then index, input, groups (and indices with d). */
function matchResult(realm: Realm, m: RegExpExecArray, s: string): JSArray {
  const a = realm.newArray(Array.from(m, (x): Value => x));
  a.put('index', m.index);
  a.put('input', s);
  a.put('groups', groupsObject(realm, m.groups));
  if (m.indices !== undefined) {
    const indices = realm.newArray(Array.from(m.indices, (pair): Value => (pair === undefined ? undefined : realm.newArray([pair[0], pair[1]]))));
    const g = m.indices.groups;
    let groups: Value = undefined;
    if (g !== undefined) {
      const o = realm.newObject(null);
      for (const k of Object.keys(g)) o.put(k, g[k] === undefined ? undefined : realm.newArray([g[k][0], g[k][1]]));
      groups = o;
    }
    indices.put('groups', groups);
    a.put('indices', indices);
  }
  return a;
}

/** Named groups as a null-prototype object of strings, or undefined without named groups. */
function groupsObject(realm: Realm, groups: Record<string, string> | undefined): Value {
  if (groups === undefined) return undefined;
  const o = realm.newObject(null);
  for (const k of Object.keys(groups)) o.put(k, groups[k]);
  return o;
}
