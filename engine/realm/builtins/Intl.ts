// The Intl namespace (https://tc39.es/ecma402/): every service is a Glassbox object around the
// host's ICU formatter; only strings, numbers, bigints and booleans cross (see intlSupport.ts).
// Locales are whatever the host's ICU knows, so output is Node's for every locale.
import { JSObject } from '../../heap/object';
import { Value } from '../../heap/values';
import { Gen, toNumber, toString } from '../../ops/convert';
import { iterableToList } from '../../ops/iteration';
import type { Realm } from '../realm';
import { Msg, formatMessage } from '../../errors/messages';
import { hostLocales, rethrowHostError } from './intlSupport';
import { HostServiceClass, ServiceSpec, defineService, hostResult, thisService } from './intlService';
import { installFormatters } from './intlFormatters';
import { installLocale, installSegmenter } from './intlLocale';
import { setToStringTag } from './objectSupport';

export function installIntl(realm: Realm): void {
  const intl = realm.newObject();
  realm.method(intl, 'getCanonicalLocales', 1, function* (_this, args) {
    const locales = args[0] === undefined ? [] : yield* hostLocales(realm, args[0]);
    return hostResult(realm, rethrowHostError(realm, () => Intl.getCanonicalLocales(locales)));
  }, { gen: true });
  realm.method(intl, 'supportedValuesOf', 1, function* (_this, args) {
    const key = yield* toString(realm, args[0]);
    return hostResult(realm, rethrowHostError(realm, () => Intl.supportedValuesOf(key as Parameters<typeof Intl.supportedValuesOf>[0])));
  }, { gen: true });
  installFormatters(realm, intl);
  installSmallServices(realm, intl);
  setToStringTag(intl, 'Intl');
  realm.defineGlobal('Intl', intl);
}

/** ListFormat, RelativeTimeFormat and DisplayNames: one formatting method each, plus resolvedOptions. */
function installSmallServices(realm: Realm, intl: JSObject): void {
  installRelativeTimeFormat(realm, intl);
  const listSpec: ServiceSpec = { name: 'ListFormat', length: 0, needsNew: true, host: Intl.ListFormat as unknown as HostServiceClass };
  const list = defineService(realm, intl, listSpec);
  const thisList = (v: Value, m: string) => thisService(realm, v, 'ListFormat', m).host as Intl.ListFormat;
  for (const method of ['format', 'formatToParts'] as const) {
    realm.method(list, method, 1, function* (thisArg, args) {
      const f = thisList(thisArg, method);
      const items = args[0] === undefined ? [] : yield* iterableToList(realm, args[0]);
      const strings = items.map((v) => (typeof v === 'string' ? v : realm.throwError('TypeError', formatMessage(Msg.IterableYieldedNonString, describeItem(v)))));
      return hostResult(realm, rethrowHostError(realm, () => f[method](strings)));
    }, { gen: true });
  }

  installLocale(realm, intl);
  const dnSpec: ServiceSpec = { name: 'DisplayNames', length: 2, needsNew: true, host: Intl.DisplayNames as unknown as HostServiceClass };
  const dn = defineService(realm, intl, dnSpec);
  realm.method(dn, 'of', 1, function* (thisArg, args) {
    const f = thisService(realm, thisArg, 'DisplayNames', 'of').host as Intl.DisplayNames;
    const code = yield* toString(realm, args[0]);
    return rethrowHostError(realm, () => f.of(code));
  }, { gen: true });
  installSegmenter(realm, intl);
}

function installRelativeTimeFormat(realm: Realm, intl: JSObject): void {
  const rtfSpec: ServiceSpec = { name: 'RelativeTimeFormat', length: 0, needsNew: true, host: Intl.RelativeTimeFormat as unknown as HostServiceClass };
  const rtf = defineService(realm, intl, rtfSpec);
  for (const method of ['format', 'formatToParts'] as const) {
    realm.method(rtf, method, 2, function* (thisArg, args) {
      const f = thisService(realm, thisArg, 'RelativeTimeFormat', method).host as Intl.RelativeTimeFormat;
      const value = yield* numberArg(realm, args[0]);
      const unit = yield* toString(realm, args[1]);
      return hostResult(realm, rethrowHostError(realm, () => f[method](value, unit as Intl.RelativeTimeFormatUnit)));
    }, { gen: true });
  }

}

function describeItem(v: Value): string {
  return v === undefined ? 'undefined' : v === null ? 'null' : typeof v === 'number' ? String(v) : typeof v;
}

function* numberArg(realm: Realm, v: Value): Gen<number> {
  return yield* toNumber(realm, v);
}
