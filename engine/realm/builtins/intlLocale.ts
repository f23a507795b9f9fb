// Intl.Locale and Intl.Segmenter over the host's ICU. A Locale keeps the host's Locale in
// its slot; a Segments object keeps its input string and the host's segment records, which
// are copied into realm objects one at a time (strings, numbers and booleans only).
import { JSObject, METHOD_FLAGS } from '../../heap/object';
import { Value, WellKnown } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toIntegerOrInfinity, toString } from '../../ops/convert';
import type { Realm } from '../realm';
import { CursorIterator, ITER_DONE, defineCursorPrototype } from './Iterator';
import { hostOptions, rethrowHostError } from './intlSupport';
import { HostService, HostServiceClass, IntlServiceObject, defineService, hostResult, thisService } from './intlService';
import { protoFromCtor, setToStringTag } from './objectSupport';

const LOCALE_GETTERS = [
  'language', 'script', 'region', 'baseName', 'calendar', 'caseFirst', 'collation', 'hourCycle', 'numeric',
  'numberingSystem', 'calendars', 'collations', 'hourCycles', 'numberingSystems', 'textInfo', 'timeZones', 'weekInfo',
] as const;

export function installLocale(realm: Realm, intl: JSObject): void {
  const proto = realm.newObject();
  const wrap = (host: Intl.Locale, p: JSObject = proto) => new IntlServiceObject(p, 'Locale', host as unknown as HostService);
  const ctor = realm.newNative('Locale', 1, function* (_this, args, newTarget) {
    if (newTarget === undefined) realm.throwError('TypeError', formatMessage(Msg.ConstructorRequiresNew, 'Intl.Locale'));
    const tag = yield* localeTag(realm, args[0]);
    const options = yield* hostOptions(realm, args[1]);
    return wrap(rethrowHostError(realm, () => new Intl.Locale(tag, options)), protoFromCtor(newTarget, proto));
  }, { ctor: true, gen: true });
  realm.linkConstructor(ctor, proto);
  intl.put('Locale', ctor, METHOD_FLAGS);
  const host = (v: Value, method: string) => thisService(realm, v, 'Locale', method).host as unknown as Intl.Locale;
  realm.method(proto, 'toString', 0, (thisArg) => host(thisArg, 'toString').toString());
  realm.method(proto, 'maximize', 0, (thisArg) => wrap(host(thisArg, 'maximize').maximize()));
  realm.method(proto, 'minimize', 0, (thisArg) => wrap(host(thisArg, 'minimize').minimize()));
  for (const name of LOCALE_GETTERS) {
    realm.accessor(proto, name, (thisArg) => hostResult(realm, (host(thisArg, name) as unknown as Record<string, unknown>)[name]));
  }
  setToStringTag(proto, 'Intl.Locale');
}

/** The tag argument: a string, a Locale (its tag), or an object's string; V8's errors otherwise. */
function* localeTag(realm: Realm, v: Value): Gen<string> {
  if (v instanceof IntlServiceObject && v.kind === 'Locale') return String(v.host);
  if (typeof v !== 'string' && !(v instanceof JSObject)) return realm.throwError('TypeError', Msg.LocaleTagEmpty);
  const tag = yield* toString(realm, v);
  if (tag === '') realm.throwError('RangeError', Msg.LocaleTagEmpty);
  return tag;
}

interface SegmentsState { input: string; host: { containing(i: number): object | undefined; [Symbol.iterator](): Iterator<object> } }

class SegmentsObject extends JSObject {
  constructor(proto: JSObject, readonly state: SegmentsState) {
    super(proto);
  }
}

export function installSegmenter(realm: Realm, intl: JSObject): void {
  const proto = defineService(realm, intl, { name: 'Segmenter', length: 0, needsNew: true, host: Intl.Segmenter as unknown as HostServiceClass });
  const segmentsProto = realm.newObject();
  const iterProto = defineCursorPrototype<Iterator<object>>(realm, 'Segmenter String Iterator', (it) => {
    const r = it.next();
    return r.done ? ITER_DONE : hostResult(realm, r.value);
  });
  realm.method(proto, 'segment', 1, function* (thisArg, args) {
    const seg = thisService(realm, thisArg, 'Segmenter', 'segment').host as unknown as Intl.Segmenter;
    const input = yield* toString(realm, args[0]);
    return new SegmentsObject(segmentsProto, { input, host: seg.segment(input) });
  }, { gen: true });
  const thisSegments = (v: Value, method: string): SegmentsObject =>
    v instanceof SegmentsObject ? v : realm.throwError('TypeError', formatMessage(Msg.NotGeneric, `Method %Segments.prototype%.${method}`, String(v)));
  realm.method(segmentsProto, 'containing', 1, function* (thisArg, args) {
    const s = thisSegments(thisArg, 'containing');
    const n = yield* toIntegerOrInfinity(realm, args[0]);
    return hostResult(realm, s.state.host.containing(n));
  }, { gen: true });
  segmentsProto.put(WellKnown.iterator, realm.newNative('[Symbol.iterator]', 0, (thisArg) =>
    new CursorIterator(iterProto, 'Segmenter String Iterator', thisSegments(thisArg, '[Symbol.iterator]').state.host[Symbol.iterator]())), METHOD_FLAGS);
}
