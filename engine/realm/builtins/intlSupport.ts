// The locale-sensitive built-ins (toLocaleString, localeCompare, ...) are answered by the
// host's Intl. Only strings, numbers and booleans cross over: user objects are read here first.
import { JSObject } from '../../heap/object';
import { JSSymbol, Value } from '../../heap/values';
import { Msg } from '../../errors/messages';
import { Gen, toString } from '../../ops/convert';
import { get, lengthOfArrayLike } from '../../ops/object';
import { chainHasProxy, has } from '../../ops/internal';
import type { ErrorType, Realm } from '../realm';

/** Node prints en-US where no locale is given (and CI has no LANG), so that is the default. */
export const DEFAULT_LOCALE = 'en-US';

/** The option names the host's Intl services read (Collator, NumberFormat, DateTimeFormat, PluralRules, ...). */
const OPTION_NAMES = [
  'localeMatcher', 'usage', 'sensitivity', 'ignorePunctuation', 'numeric', 'caseFirst', 'collation',
  'numberingSystem', 'style', 'currency', 'currencyDisplay', 'currencySign', 'unit', 'unitDisplay',
  'notation', 'compactDisplay', 'useGrouping', 'signDisplay', 'minimumIntegerDigits',
  'minimumFractionDigits', 'maximumFractionDigits', 'minimumSignificantDigits', 'maximumSignificantDigits',
  'roundingPriority', 'roundingIncrement', 'roundingMode', 'trailingZeroDisplay',
  'calendar', 'hour12', 'hourCycle', 'timeZone', 'weekday', 'era', 'year', 'month', 'day', 'dayPeriod',
  'hour', 'minute', 'second', 'fractionalSecondDigits', 'timeZoneName', 'formatMatcher', 'dateStyle', 'timeStyle',
  'type', 'fallback', 'languageDisplay', 'granularity', 'language', 'script', 'region',
];

/** The `locales` argument as host strings (https://tc39.es/ecma402/#sec-canonicalizelocalelist, simplified). */
export function* hostLocales(realm: Realm, v: Value): Gen<string | string[]> {
  if (v === undefined) return DEFAULT_LOCALE;
  if (typeof v === 'string') return v;
  if (v === null) realm.throwError('TypeError', Msg.ToObjectNullish);
  if (!(v instanceof JSObject)) return DEFAULT_LOCALE;
  const list: string[] = [];
  const len = yield* lengthOfArrayLike(realm, v);
  for (let k = 0; k < len; k++) {
    if (!(yield* has(realm, v, String(k)))) continue;
    const item = yield* get(realm, v, String(k));
    if (typeof item !== 'string' && !(item instanceof JSObject)) realm.throwError('TypeError', Msg.LanguageIdType);
    list.push(yield* toString(realm, item));
  }
  return list.length > 0 ? list : DEFAULT_LOCALE;
}

/** The `options` argument copied into a host object of primitives, or undefined. */
export function* hostOptions(realm: Realm, v: Value): Gen<Record<string, string | number | boolean> | undefined> {
  if (v === undefined) return undefined;
  if (v === null) realm.throwError('TypeError', Msg.ToObjectNullish);
  const out: Record<string, string | number | boolean> = {};
  if (!(v instanceof JSObject)) return out;
  for (const name of OPTION_NAMES) {
    // A cheap skip for absent names; through a proxy every name is read, as its traps must see.
    if (!chainHasProxy(v) && v.lookup(name) === undefined) continue;
    const value = yield* get(realm, v, name);
    if (value === undefined) continue;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') out[name] = value;
    else out[name] = yield* hostText(realm, value);
  }
  return out;
}

function* hostText(realm: Realm, v: Value): Gen<string> {
  if (v instanceof JSSymbol) realm.throwError('TypeError', Msg.SymbolToString);
  return yield* toString(realm, v);
}

/** Runs a host Intl call; its RangeError/TypeError becomes the same JS error. */
export function rethrowHostError<T>(realm: Realm, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RangeError || e instanceof TypeError || e instanceof SyntaxError) {
      realm.throwError(e.name as ErrorType, e.message);
    }
    throw e;
  }
}
