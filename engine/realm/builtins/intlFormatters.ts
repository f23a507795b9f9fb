// Intl.NumberFormat, DateTimeFormat, PluralRules and Collator over the host's services.
// Arguments are converted here (user valueOf/toString run as VM calls) before anything
// reaches the host; `format` and `compare` are getters returning one bound function each.
import { JSObject } from '../../heap/object';
import { Value } from '../../heap/values';
import { Gen, primitiveToNumber, toNumber, toPrimitive, toString } from '../../ops/convert';
import type { Realm } from '../realm';
import { rethrowHostError } from './intlSupport';
import { HostServiceClass, IntlServiceObject, defineService, hostResult, thisService } from './intlService';

type Numeric = number | bigint | string;

/** ToIntlMathematicalValue: bigints and numeric strings keep their exact value, as in V8. */
function* mathValue(realm: Realm, v: Value): Gen<Numeric> {
  const p = yield* toPrimitive(realm, v, 'number');
  if (typeof p === 'bigint' || typeof p === 'string') return p;
  return primitiveToNumber(realm, p);
}

/** A date argument: now on the engine's clock when absent, else ToNumber (a Date gives its time). */
function* dateValue(realm: Realm, v: Value): Gen<number> {
  return v === undefined ? realm.host.now() : yield* toNumber(realm, v);
}

/** `get format()` / `get compare()`: the bound function, made on first read. */
function boundGetter(realm: Realm, proto: JSObject, kind: string, name: string, length: number,
  run: (o: IntlServiceObject, args: Value[]) => Gen<Value>): void {
  realm.accessor(proto, name, (thisArg) => {
    const o = thisService(realm, thisArg, kind, `get ${name}`);
    o.bound ??= realm.newNative('', length, (_this, args) => run(o, args), { gen: true });
    return o.bound;
  });
}

export function installFormatters(realm: Realm, intl: JSObject): void {
  installDateTimeFormat(realm, intl);
  installNumberFormat(realm, intl);
  installCollator(realm, intl);
  installPluralRules(realm, intl);
}

function installNumberFormat(realm: Realm, intl: JSObject): void {
  const proto = defineService(realm, intl, { name: 'NumberFormat', length: 0, needsNew: false, host: Intl.NumberFormat as unknown as HostServiceClass });
  installFormatMethods(realm, proto, 'NumberFormat', mathValue, mathValue);
}

function installDateTimeFormat(realm: Realm, intl: JSObject): void {
  const proto = defineService(realm, intl, { name: 'DateTimeFormat', length: 0, needsNew: false, host: Intl.DateTimeFormat as unknown as HostServiceClass });
  installFormatMethods(realm, proto, 'DateTimeFormat', dateValue, toNumber);
}

/** The four formatting methods NumberFormat and DateTimeFormat share, on the host's service. */
interface HostFormatter {
  format(x: unknown): string;
  formatToParts(x: unknown): object[];
  formatRange(a: unknown, b: unknown): string;
  formatRangeToParts(a: unknown, b: unknown): object[];
}

/**
 * `format` (a bound getter), `formatToParts`, `formatRange` and `formatRangeToParts`, their
 * arguments converted by `value` (a range's ends by `end`). An absent end is passed on as
 * undefined: the host throws V8's "Invalid end : undefined".
 */
function installFormatMethods(realm: Realm, proto: JSObject, kind: string,
  value: (realm: Realm, v: Value) => Gen<unknown>, end: (realm: Realm, v: Value) => Gen<unknown>): void {
  const host = (o: IntlServiceObject) => o.host as unknown as HostFormatter;
  realm.method(proto, 'formatToParts', 1, function* (thisArg, args) {
    const o = thisService(realm, thisArg, kind, 'formatToParts');
    const x = yield* value(realm, args[0]);
    return hostResult(realm, rethrowHostError(realm, () => host(o).formatToParts(x)));
  }, { gen: true });
  boundGetter(realm, proto, kind, 'format', 1, function* (o, args) {
    const x = yield* value(realm, args[0]);
    return rethrowHostError(realm, () => host(o).format(x));
  });
  for (const method of ['formatRange', 'formatRangeToParts'] as const) {
    realm.method(proto, method, 2, function* (thisArg, args) {
      const o = thisService(realm, thisArg, kind, method);
      const a = args[0] === undefined ? undefined : yield* end(realm, args[0]);
      const b = args[1] === undefined ? undefined : yield* end(realm, args[1]);
      return hostResult(realm, rethrowHostError(realm, () => host(o)[method](a, b)));
    }, { gen: true });
  }
}

function installCollator(realm: Realm, intl: JSObject): void {
  const proto = defineService(realm, intl, { name: 'Collator', length: 0, needsNew: false, host: Intl.Collator as unknown as HostServiceClass });
  boundGetter(realm, proto, 'Collator', 'compare', 2, function* (o, args) {
    const x = yield* toString(realm, args[0]);
    const y = yield* toString(realm, args[1]);
    return (o.host as Intl.Collator).compare(x, y);
  });
}

function installPluralRules(realm: Realm, intl: JSObject): void {
  const proto = defineService(realm, intl, { name: 'PluralRules', length: 0, needsNew: true, host: Intl.PluralRules as unknown as HostServiceClass });
  const pr = (o: IntlServiceObject) => o.host as Intl.PluralRules & { selectRange(a: number, b: number): string };
  realm.method(proto, 'select', 1, function* (thisArg, args) {
    const o = thisService(realm, thisArg, 'PluralRules', 'select');
    const n = yield* toNumber(realm, args[0]);
    return pr(o).select(n);
  }, { gen: true });
  realm.method(proto, 'selectRange', 2, function* (thisArg, args) {
    const o = thisService(realm, thisArg, 'PluralRules', 'selectRange');
    const a = args[0] === undefined ? undefined : yield* toNumber(realm, args[0]);
    const b = args[1] === undefined ? undefined : yield* toNumber(realm, args[1]);
    return rethrowHostError(realm, () => pr(o).selectRange(a as number, b as number));
  }, { gen: true });
}
