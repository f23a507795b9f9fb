// util.format for console.log: printf-style %s %d %i %f %j %o %O %c %% in a first string
// argument, the other arguments inspected and joined with spaces. A generator, because
// %s, %d, %i, %f and %j may run user code (toString, valueOf, toJSON, getters).
import { isCallable } from '../heap/function';
import { JSObject } from '../heap/object';
import { JSSymbol, Value, WellKnown } from '../heap/values';
import { JSThrow } from '../errors/internal';
import { Gen, toNumeric, toString } from '../ops/convert';
import { call } from '../ops/object';
import type { Realm } from '../realm/realm';
import { builtInNames, dataGet } from './constructorName';
import { formatBigInt, formatNumber } from './formatPrimitive';
import type { InspectOptions } from './inspect';
import { inspectWithTags } from './resolveTags';

const jsonStringifyByRealm = new WeakMap<Realm, JSObject>();

/** Remembers the realm's original JSON.stringify for %j, before user code can replace it. */
export function rememberJSONStringify(realm: Realm): void {
  const json = realm.intrinsics.get('%JSON%') ?? dataGet(realm.global, 'JSON');
  const f = realm.intrinsics.get('%JSON.stringify%') ?? (json instanceof JSObject ? dataGet(json, 'stringify') : undefined);
  if (isCallable(f)) jsonStringifyByRealm.set(realm, f);
}

/** https://nodejs.org/api/util.html#utilformatformat-args */
export function* formatWithOptions(realm: Realm, options: Partial<InspectOptions>, args: Value[]): Gen<string> {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first[i] !== '%') continue;
      const next = first[++i];
      if (next === '%') {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
        continue;
      }
      if (a + 1 === args.length || !PLACEHOLDERS.includes(next)) continue;
      const sub = yield* formatPlaceholder(realm, options, next, args[++a]);
      if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
      str += sub;
      lastPos = i + 1;
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  for (; a < args.length; a++) {
    const v = args[a];
    str += join + (typeof v === 'string' ? v : yield* inspectWithTags(realm, v, options));
    join = ' ';
  }
  return str;
}

const PLACEHOLDERS = 'sjdOoifc';

function* formatPlaceholder(realm: Realm, options: Partial<InspectOptions>, kind: string, arg: Value): Gen<string> {
  switch (kind) {
    case 's':
      if (typeof arg === 'number') return formatNumber(arg);
      if (typeof arg === 'bigint') return formatBigInt(arg);
      if (arg instanceof JSObject && !isCallable(arg) && hasBuiltInToString(realm, arg)) {
        return yield* inspectWithTags(realm, arg, { ...options, compact: 3, depth: 0 });
      }
      return yield* stringOf(realm, arg);
    case 'j': return yield* tryStringify(realm, arg);
    case 'd':
      if (typeof arg === 'bigint') return formatBigInt(arg);
      if (arg instanceof JSSymbol) return 'NaN';
      return formatNumber(Number(yield* toNumeric(realm, arg)));
    case 'O': return yield* inspectWithTags(realm, arg, options);
    case 'o': return yield* inspectWithTags(realm, arg, { ...options, showHidden: true, depth: 4 });
    case 'i':
      if (typeof arg === 'bigint') return formatBigInt(arg);
      if (arg instanceof JSSymbol) return 'NaN';
      return formatNumber(parseInt(yield* toString(realm, arg)));
    case 'f':
      if (arg instanceof JSSymbol) return 'NaN';
      return formatNumber(parseFloat(yield* toString(realm, arg)));
    default: // 'c': CSS is for browsers; the argument is consumed.
      return '';
  }
}

/** String(v): unlike ToString it accepts symbols. */
function* stringOf(realm: Realm, v: Value): Gen<string> {
  if (v instanceof JSSymbol) return v.toString();
  return yield* toString(realm, v);
}

/**
 * Whether %s may show `v` with inspect instead of calling its toString: true when the
 * toString (or Symbol.toPrimitive) it would use comes from a built-in prototype.
 */
function hasBuiltInToString(realm: Realm, v: JSObject): boolean {
  let useToString = true;
  let useToPrimitive = true;
  if (!isCallable(dataGet(v, 'toString'))) {
    if (!isCallable(dataGet(v, WellKnown.toPrimitive))) return true;
    if (v.getOwn(WellKnown.toPrimitive) !== undefined) return false;
    useToString = false;
  } else if (v.getOwn('toString') !== undefined) {
    return false;
  } else if (!isCallable(dataGet(v, WellKnown.toPrimitive))) {
    useToPrimitive = false;
  } else if (v.getOwn(WellKnown.toPrimitive) !== undefined) {
    return false;
  }
  let pointer: JSObject | null = v;
  do {
    pointer = pointer.proto;
    if (pointer === null) return true;
  } while (!(useToString && pointer.getOwn('toString')) && !(useToPrimitive && pointer.getOwn(WellKnown.toPrimitive)));
  const ctor = pointer.getOwn('constructor');
  if (ctor === undefined || ctor.isAccessor || !isCallable(ctor.value)) return false;
  const name = dataGet(ctor.value, 'name');
  return typeof name === 'string' && builtInNames(realm).has(name);
}

/** %j: JSON.stringify, or `[Circular]` when it fails on a cycle. */
function* tryStringify(realm: Realm, v: Value): Gen<string> {
  const stringify = jsonStringifyByRealm.get(realm);
  if (stringify === undefined) return 'undefined';
  try {
    const r = yield* call(realm, stringify, undefined, [v]);
    return String(r);
  } catch (e) {
    if (e instanceof JSThrow && e.value instanceof JSObject && isCircularJSONError(e.value)) return '[Circular]';
    throw e;
  }
}

function isCircularJSONError(err: JSObject): boolean {
  const message = dataGet(err, 'message');
  return dataGet(err, 'name') === 'TypeError' && typeof message === 'string' &&
    message.split('\n', 1)[0] === 'Converting circular structure to JSON';
}
