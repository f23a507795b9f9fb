// Date.prototype's getters, setters and string forms, in V8's property order. Local-time
// fields use the host's time zone offset; only numbers and strings cross over.
import { JSObject } from '../../heap/object';
import { DateObject } from '../../heap/slots';
import { Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, toNumber } from '../../ops/convert';
import type { Realm } from '../realm';
import { dateText, dateToString, isoText, timeText, utcText } from './dateFormat';
import { Fields, fields, localTime, makeDate, makeDay, makeTime, offsetMinutes, timeClip, timeWithinDay, utc } from './dateMath';
import { makeFullYear } from './Date';
import { hostLocales, hostOptions, rethrowHostError } from './intlSupport';
import { describeValue } from './objectSupport';

type FieldName = 'year' | 'month' | 'date' | 'hours' | 'minutes' | 'seconds' | 'ms';

/** Getter name (without get/getUTC) and the field it reads. */
const GETTERS: [string, keyof Fields][] = [
  ['Date', 'date'], ['Day', 'weekDay'], ['FullYear', 'year'], ['Hours', 'hours'],
  ['Milliseconds', 'ms'], ['Minutes', 'minutes'], ['Month', 'month'], ['Seconds', 'seconds'],
];

/** Setter name (without set/setUTC) and the fields its arguments give, in order. */
const SETTERS: Record<string, FieldName[]> = {
  Date: ['date'], FullYear: ['year', 'month', 'date'], Hours: ['hours', 'minutes', 'seconds', 'ms'],
  Milliseconds: ['ms'], Minutes: ['minutes', 'seconds', 'ms'], Month: ['month', 'date'], Seconds: ['seconds', 'ms'],
};

/** The getters (and valueOf) say "this is not a Date object."; the other methods name themselves. */
function thisTime(realm: Realm, v: Value): number {
  if (v instanceof DateObject) return v.time;
  return realm.throwError('TypeError', Msg.NotDateObject);
}

function thisDate(realm: Realm, v: Value, name: string): DateObject {
  if (v instanceof DateObject) return v;
  return realm.throwError('TypeError', formatMessage(Msg.NotGeneric, `Method Date.prototype.${name}`, describeValue(v)));
}

export function installDateMethods(realm: Realm, proto: JSObject): void {
  installStrings(realm, proto);
  for (const utcForm of [false, true]) {
    for (const [name, field] of GETTERS) {
      const setter = SETTERS[name];
      realm.method(proto, `get${utcForm ? 'UTC' : ''}${name}`, 0, (thisArg) => {
        const t = thisTime(realm, thisArg);
        return Number.isNaN(t) ? NaN : fields(utcForm ? t : localTime(t))[field];
      });
      if (setter !== undefined) defineSetter(realm, proto, `set${utcForm ? 'UTC' : ''}${name}`, setter, !utcForm);
      if (name === 'Seconds' && !utcForm) installTimeMethods(realm, proto);
    }
  }
  realm.method(proto, 'valueOf', 0, (thisArg) => thisTime(realm, thisArg));
  installYearMethods(realm, proto);
}

/** getTime, setTime and getTimezoneOffset, which V8 lists between the local and UTC methods. */
function installTimeMethods(realm: Realm, proto: JSObject): void {
  realm.method(proto, 'getTime', 0, (thisArg) => thisTime(realm, thisArg));
  realm.method(proto, 'setTime', 1, function* (thisArg, args) {
    const d = thisDate(realm, thisArg, 'setTime');
    d.time = timeClip(yield* toNumber(realm, args[0]));
    return d.time;
  }, { gen: true });
  realm.method(proto, 'getTimezoneOffset', 0, (thisArg) => {
    const t = thisTime(realm, thisArg);
    return Number.isNaN(t) ? NaN : offsetMinutes(t);
  });
}

/**
 * https://tc39.es/ecma262/#sec-date.prototype.sethours and its siblings: the given fields
 * replace those of the current time (local or UTC), the rest are kept.
 */
function defineSetter(realm: Realm, proto: JSObject, name: string, names: FieldName[], local: boolean): void {
  realm.method(proto, name, names.length, function* (thisArg, args) {
    const d = thisDate(realm, thisArg, name);
    let t = d.time;
    const values: number[] = [];
    const count = Math.max(1, Math.min(args.length, names.length));
    for (let i = 0; i < count; i++) values.push(yield* toNumber(realm, args[i]));
    if (Number.isNaN(t)) {
      // Only setFullYear starts over from +0 when the date is invalid.
      if (names[0] !== 'year') return NaN;
      t = 0;
    } else if (local) {
      t = localTime(t);
    }
    const f: Record<FieldName, number> = fields(t);
    names.forEach((n, i) => { if (i < values.length) f[n] = values[i]; });
    const date = makeDate(makeDay(f.year, f.month, f.date), makeTime(f.hours, f.minutes, f.seconds, f.ms));
    d.time = timeClip(local ? utc(date) : date);
    return d.time;
  }, { gen: true });
}

/** Annex B getYear/setYear (https://tc39.es/ecma262/#sec-date.prototype.getyear). */
function installYearMethods(realm: Realm, proto: JSObject): void {
  realm.method(proto, 'getYear', 0, (thisArg) => {
    const t = thisDate(realm, thisArg, 'getYear').time;
    return Number.isNaN(t) ? NaN : fields(localTime(t)).year - 1900;
  });
  realm.method(proto, 'setYear', 1, function* (thisArg, args) {
    const d = thisDate(realm, thisArg, 'setYear');
    const y = yield* toNumber(realm, args[0]);
    const t = Number.isNaN(d.time) ? 0 : localTime(d.time);
    const f = fields(t);
    const date = makeDate(makeDay(makeFullYear(y), f.month, f.date), timeWithinDay(t));
    d.time = timeClip(utc(date));
    return d.time;
  }, { gen: true });
}

/** toString and friends, which V8 puts first on Date.prototype. */
function installStrings(realm: Realm, proto: JSObject): void {
  const invalidOr = (t: number, text: (t: number) => string) => (Number.isNaN(t) ? 'Invalid Date' : text(t));
  const forms: [string, (t: number) => string][] = [
    ['toString', dateToString],
    ['toDateString', (t) => invalidOr(t, dateText)],
    ['toTimeString', (t) => invalidOr(t, timeText)],
    ['toISOString', (t) => (Number.isNaN(t) ? realm.throwError('RangeError', Msg.InvalidTimeValue) : isoText(t))],
    ['toUTCString', utcText],
  ];
  for (const [name, text] of forms) realm.method(proto, name, 0, (thisArg) => text(thisDate(realm, thisArg, name).time));
  proto.put('toGMTString', proto.getOwn('toUTCString')!.value, proto.getOwn('toUTCString')!.flags);
}

/** toLocaleString and friends: the host's Intl (en-US unless told), after the year methods and toJSON. */
export function installLocaleStrings(realm: Realm, proto: JSObject): void {
  const kinds = [['toLocaleString', 'toLocaleString'], ['toLocaleDateString', 'toLocaleDateString'], ['toLocaleTimeString', 'toLocaleTimeString']] as const;
  for (const [name, hostMethod] of kinds) {
    realm.method(proto, name, 0, function* (thisArg, args): Gen<Value> {
      const t = thisDate(realm, thisArg, name).time;
      const locales = yield* hostLocales(realm, args[0]);
      const options = yield* hostOptions(realm, args[1]);
      if (Number.isNaN(t)) return 'Invalid Date';
      return rethrowHostError(realm, () => new Date(t)[hostMethod](locales, options));
    }, { gen: true });
  }
}
