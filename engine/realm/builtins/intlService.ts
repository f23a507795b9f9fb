// The shape every Intl service shares: a constructor reading (locales, options) into host
// strings, an object holding the host's formatter in a slot user code cannot reach,
// supportedLocalesOf, resolvedOptions, and results copied back as realm values.
import { JSObject, METHOD_FLAGS } from '../../heap/object';
import { Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import type { Realm } from '../realm';
import { hostLocales, hostOptions, rethrowHostError } from './intlSupport';
import { describeValue, protoFromCtor, setToStringTag } from './objectSupport';

type HostOptions = Record<string, string | number | boolean> | undefined;

/** A host Intl service: what resolvedOptions needs; the rest is per kind. */
export interface HostService { resolvedOptions(): object }

/** An Intl object: its kind ('NumberFormat'...) brands it; `host` never becomes a JS value. */
export class IntlServiceObject extends JSObject {
  /** [[BoundFormat]] / [[BoundCompare]]: the same function on every read. */
  bound: JSObject | undefined;
  constructor(proto: JSObject, readonly kind: string, readonly host: HostService) {
    super(proto);
  }

  /** The debugger shows the resolved locale (a Locale shows its tag). */
  debugSlots(): [string, Value][] {
    const locale = this.kind === 'Locale' ? String(this.host) : String((this.host.resolvedOptions() as { locale?: string }).locale);
    return [['[[Locale]]', locale]];
  }
}

/** The host's constructor for a service, seen through the only members Glassbox uses. */
export interface HostServiceClass {
  new (locales: string | string[], options: HostOptions): HostService;
  supportedLocalesOf(locales: string | string[], options: HostOptions): string[];
}

export interface ServiceSpec {
  name: string;
  length: number;
  /** PluralRules and the newer services throw without `new`; the older three do not. */
  needsNew: boolean;
  host: HostServiceClass;
}

/** Defines Intl[name] with supportedLocalesOf and resolvedOptions; returns its prototype. */
export function defineService(realm: Realm, intl: JSObject, spec: ServiceSpec): JSObject {
  const proto = realm.newObject();
  const fullName = `Intl.${spec.name}`;
  const ctor = realm.newNative(spec.name, spec.length, function* (_this, args, newTarget) {
    if (newTarget === undefined && spec.needsNew) realm.throwError('TypeError', formatMessage(Msg.ConstructorRequiresNew, fullName));
    const p = newTarget === undefined ? proto : protoFromCtor(newTarget, proto);
    const locales = yield* hostLocales(realm, args[0]);
    const options = yield* hostOptions(realm, args[1]);
    return new IntlServiceObject(p, spec.name, rethrowHostError(realm, () => new spec.host(locales, options)));
  }, { ctor: true, gen: true });
  realm.linkConstructor(ctor, proto);
  intl.put(spec.name, ctor, METHOD_FLAGS);
  realm.method(ctor, 'supportedLocalesOf', 1, function* (_this, args) {
    const locales = yield* hostLocales(realm, args[0]);
    const options = yield* hostOptions(realm, args[1]);
    return hostResult(realm, rethrowHostError(realm, () => spec.host.supportedLocalesOf(locales, options)));
  }, { gen: true });
  realm.method(proto, 'resolvedOptions', 0, (thisArg) =>
    hostResult(realm, thisService(realm, thisArg, spec.name, 'resolvedOptions').host.resolvedOptions()));
  setToStringTag(proto, fullName);
  return proto;
}

/**
 * The service object behind `this`, or V8's incompatible-receiver TypeError. `method` is
 * 'format' or 'get compare' style; V8 names its legacy unwrap step for an object receiver
 * of NumberFormat's and DateTimeFormat's resolvedOptions and format getter.
 */
export function thisService(realm: Realm, v: Value, kind: string, method: string): IntlServiceObject {
  if (v instanceof IntlServiceObject && v.kind === kind) return v;
  const legacy = (kind === 'NumberFormat' || kind === 'DateTimeFormat') && (method === 'resolvedOptions' || method === 'get format');
  if (legacy && v instanceof JSObject) {
    // V8 prints `undefined` for NumberFormat's receiver here; copied as it is.
    const receiver = kind === 'NumberFormat' ? 'undefined' : describeValue(v);
    return realm.throwError('TypeError', formatMessage(Msg.NotGeneric, `Method Unwrap${kind}`, receiver));
  }
  const getter = method.startsWith('get ') ? 'get ' : '';
  const name = `${getter}Intl.${kind}.prototype.${method.slice(getter.length)}`;
  return realm.throwError('TypeError', formatMessage(Msg.NotGeneric, `Method ${name}`, describeValue(v)));
}

/** A host result (strings, numbers, booleans, arrays and plain objects of them) as realm values. */
export function hostResult(realm: Realm, v: unknown): Value {
  if (Array.isArray(v)) return realm.newArray(v.map((x) => hostResult(realm, x)));
  if (typeof v === 'object' && v !== null) {
    const o = realm.newObject();
    for (const [k, x] of Object.entries(v)) o.put(k, hostResult(realm, x));
    return o;
  }
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === undefined || v === null) return v;
  throw new Error(`Intl result of unexpected type ${typeof v}`);
}
