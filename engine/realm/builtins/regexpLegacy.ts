// Annex-B-style legacy statics that V8 keeps on RegExp (RegExp.$1-$9, lastMatch, input...):
// every successful built-in exec records its subject and captures here, per realm.
import { NativeGenImpl, NativeSync } from '../../heap/function';
import { CONFIGURABLE, JSObject } from '../../heap/object';
import { toString } from '../../ops/convert';
import type { Realm } from '../realm';

interface LastMatch {
  /** What RegExp.input shows; a write to RegExp.input changes only this. */
  input: string;
  subject: string;
  index: number;
  captures: (string | undefined)[];
}

const lastMatches = new WeakMap<Realm, LastMatch>();

/** Called by the built-in exec after each successful match. */
export function recordMatch(realm: Realm, subject: string, index: number, captures: (string | undefined)[]): void {
  lastMatches.set(realm, { input: subject, subject, index, captures });
}

function last(realm: Realm): LastMatch {
  let m = lastMatches.get(realm);
  if (m === undefined) {
    m = { input: '', subject: '', index: 0, captures: [''] };
    lastMatches.set(realm, m);
  }
  return m;
}

/** [long name, short name, value] in V8's property order. */
const STATICS: [string, string, (m: LastMatch) => string][] = [
  ['lastMatch', '$&', (m) => m.captures[0] ?? ''],
  ['lastParen', '$+', (m) => (m.captures.length > 1 ? m.captures[m.captures.length - 1] ?? '' : '')],
  ['leftContext', '$`', (m) => m.subject.slice(0, m.index)],
  ['rightContext', "$'", (m) => m.subject.slice(m.index + (m.captures[0] ?? '').length)],
];

export function installRegExpLegacy(realm: Realm, ctor: JSObject): void {
  const setInput: NativeGenImpl = function* (_this, args) {
    last(realm).input = yield* toString(realm, args[0]);
    return undefined;
  };
  for (const name of ['input', '$_']) {
    define(realm, ctor, name, () => last(realm).input, realm.newNative(`set ${name}`, 1, setInput, { gen: true }));
  }
  for (const [long, short, value] of STATICS) {
    for (const name of [long, short]) define(realm, ctor, name, () => value(last(realm)));
  }
  for (let i = 1; i <= 9; i++) define(realm, ctor, `$${i}`, () => last(realm).captures[i] ?? '');
}

/** A getter, and a setter that ignores writes unless one is given. */
function define(realm: Realm, ctor: JSObject, name: string, getter: NativeSync, setter?: JSObject): void {
  const g = realm.newNative(`get ${name}`, 0, getter);
  const s = setter ?? realm.newNative(`set ${name}`, 1, () => undefined);
  ctor.putAccessor(name, g, s, CONFIGURABLE);
}
