// The Date constructor and statics (https://tc39.es/ecma262/#sec-date-constructor): a
// DateObject holds a time value; now() is the realm's clock, parsing is the host's Date.parse.
import { isCallable } from '../../heap/function';
import { CONFIGURABLE, JSObject } from '../../heap/object';
import { DateObject } from '../../heap/slots';
import { Value, WellKnown } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, integerOrInfinity, toNumber, toObject, toPrimitive, toString } from '../../ops/convert';
import { call, get } from '../../ops/object';
import type { Realm } from '../realm';
import { dateToString } from './dateFormat';
import { makeDate, makeDay, makeTime, timeClip, utc } from './dateMath';
import { installDateMethods, installLocaleStrings } from './dateMethods';
import { describeValue, protoFromCtor } from './objectSupport';

export function installDate(realm: Realm): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('Date', 7, function* (_this, args, newTarget) {
    // Called as a function, Date ignores its arguments and gives the current time as text.
    if (newTarget === undefined) return dateToString(now(realm));
    const tv = yield* timeValueFromArgs(realm, args);
    return new DateObject(protoFromCtor(newTarget, proto), tv);
  }, { gen: true, ctor: true });
  realm.defineConstructor(ctor, proto);
  realm.method(ctor, 'now', 0, () => now(realm));
  realm.method(ctor, 'parse', 1, function* (_this, args) {
    return parseDate(yield* toString(realm, args[0]));
  }, { gen: true });
  realm.method(ctor, 'UTC', 7, function* (_this, args) {
    const [y, m, dt, h, min, s, ms] = yield* dateFields(realm, args, 0);
    return timeClip(makeDate(makeDay(makeFullYear(y), m, dt), makeTime(h, min, s, ms)));
  }, { gen: true });
  installDateMethods(realm, proto);
  installDateConversions(realm, proto);
}

function now(realm: Realm): number {
  return Math.floor(realm.host.now());
}

/** The host's Date.parse on a string: ISO forms, and the forms V8 accepts beyond them. */
function parseDate(s: string): number {
  return Date.parse(s);
}

/** https://tc39.es/ecma262/#sec-date: the time value for `new Date(...args)`. */
function* timeValueFromArgs(realm: Realm, args: Value[]): Gen<number> {
  if (args.length === 0) return now(realm);
  if (args.length === 1) {
    const value = args[0];
    if (value instanceof DateObject) return value.time;
    const v = yield* toPrimitive(realm, value);
    return timeClip(typeof v === 'string' ? parseDate(v) : yield* toNumber(realm, v));
  }
  const [y, m, dt, h, min, s, ms] = yield* dateFields(realm, args, 0);
  return timeClip(utc(makeDate(makeDay(makeFullYear(y), m, dt), makeTime(h, min, s, ms))));
}

/** year, month, date, hours, minutes, seconds, ms from arguments, with the spec's defaults. */
function* dateFields(realm: Realm, args: Value[], monthDefault: number): Gen<number[]> {
  const defaults = [NaN, monthDefault, 1, 0, 0, 0, 0];
  const out: number[] = [];
  for (let i = 0; i < 7; i++) out.push(i === 0 || i < args.length ? yield* toNumber(realm, args[i]) : defaults[i]);
  return out;
}

/** https://tc39.es/ecma262/#sec-makefullyear: years 0-99 mean 1900-1999. */
export function makeFullYear(y: number): number {
  if (Number.isNaN(y)) return NaN;
  const t = integerOrInfinity(y);
  return t >= 0 && t <= 99 ? 1900 + t : y;
}

/** Date.prototype.toJSON and [Symbol.toPrimitive], which are generic over their receiver. */
function installDateConversions(realm: Realm, proto: JSObject): void {
  realm.method(proto, 'toJSON', 1, function* (thisArg) {
    const o = toObject(realm, thisArg);
    const tv = yield* toPrimitive(realm, o, 'number');
    if (typeof tv === 'number' && !Number.isFinite(tv)) return null;
    const toISO = yield* get(realm, o, 'toISOString');
    if (!isCallable(toISO)) realm.throwError('TypeError', formatMessage(Msg.NotFunction, 'toISOString'));
    return yield* call(realm, toISO, o, []);
  }, { gen: true });
  installLocaleStrings(realm, proto);
  const toPrim = realm.newNative('[Symbol.toPrimitive]', 1, function* (thisArg, args) {
    if (!(thisArg instanceof JSObject)) {
      realm.throwError('TypeError', formatMessage(Msg.NotGeneric, 'Method Date.prototype [ @@toPrimitive ]', describeValue(thisArg)));
    }
    const hint = args[0];
    if (hint !== 'string' && hint !== 'default' && hint !== 'number') realm.throwError('TypeError', formatMessage(Msg.InvalidHint, describeValue(hint)));
    return yield* ordinaryToPrimitive(realm, thisArg, hint === 'number' ? ['valueOf', 'toString'] : ['toString', 'valueOf']);
  }, { gen: true });
  proto.put(WellKnown.toPrimitive, toPrim, CONFIGURABLE);
}

/** https://tc39.es/ecma262/#sec-ordinarytoprimitive */
function* ordinaryToPrimitive(realm: Realm, o: JSObject, order: string[]): Gen<Value> {
  for (const name of order) {
    const method = yield* get(realm, o, name);
    if (isCallable(method)) {
      const result = yield* call(realm, method, o, []);
      if (!(result instanceof JSObject)) return result;
    }
  }
  return realm.throwError('TypeError', Msg.CannotConvertToPrimitive);
}
