// Time values as the spec computes them (https://tc39.es/ecma262/#sec-time-values-and-time-range):
// days, years, months, MakeDay/MakeTime/MakeDate/TimeClip. The local time zone is the host's,
// asked with numbers only.

export const MS_PER_DAY = 86400000;
const MS_PER_HOUR = 3600000;
const MS_PER_MINUTE = 60000;
const MS_PER_SECOND = 1000;

/** Cumulative days before each month in a common year. */
const MONTH_STARTS = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];

export function day(t: number): number {
  return Math.floor(t / MS_PER_DAY);
}

export function timeWithinDay(t: number): number {
  return ((t % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
}

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

/** https://tc39.es/ecma262/#sec-dayfromyear */
function dayFromYear(y: number): number {
  return 365 * (y - 1970) + Math.floor((y - 1969) / 4) - Math.floor((y - 1901) / 100) + Math.floor((y - 1601) / 400);
}

/** https://tc39.es/ecma262/#sec-yearfromtime */
export function yearFromTime(t: number): number {
  const d = day(t);
  let y = Math.floor(d / 365.2425) + 1970;
  while (dayFromYear(y) > d) y--;
  while (dayFromYear(y + 1) <= d) y++;
  return y;
}

/** Month (0-11) and date (1-31) of a time value. */
function monthAndDate(t: number): [number, number] {
  const y = yearFromTime(t);
  const dayInYear = day(t) - dayFromYear(y);
  const leap = isLeap(y) ? 1 : 0;
  for (let m = 0; m < 12; m++) {
    const end = MONTH_STARTS[m + 1] + (m >= 1 ? leap : 0);
    if (dayInYear < end) return [m, dayInYear - (MONTH_STARTS[m] + (m >= 2 ? leap : 0)) + 1];
  }
  return [11, 31];
}

/** A time value split into calendar fields (all in the same time frame as `t`). */
export interface Fields {
  year: number;
  month: number;
  date: number;
  hours: number;
  minutes: number;
  seconds: number;
  ms: number;
  weekDay: number;
}

export function fields(t: number): Fields {
  const [month, date] = monthAndDate(t);
  const within = timeWithinDay(t);
  return {
    year: yearFromTime(t), month, date,
    hours: Math.floor(within / MS_PER_HOUR),
    minutes: Math.floor(within / MS_PER_MINUTE) % 60,
    seconds: Math.floor(within / MS_PER_SECOND) % 60,
    ms: within % MS_PER_SECOND,
    weekDay: (((day(t) + 4) % 7) + 7) % 7,
  };
}

function toInteger(n: number): number {
  return Math.trunc(n) + 0;
}

/** https://tc39.es/ecma262/#sec-maketime */
export function makeTime(hour: number, min: number, sec: number, ms: number): number {
  if (!Number.isFinite(hour) || !Number.isFinite(min) || !Number.isFinite(sec) || !Number.isFinite(ms)) return NaN;
  return toInteger(hour) * MS_PER_HOUR + toInteger(min) * MS_PER_MINUTE + toInteger(sec) * MS_PER_SECOND + toInteger(ms);
}

/** https://tc39.es/ecma262/#sec-makeday */
export function makeDay(year: number, month: number, date: number): number {
  if (!Number.isFinite(year) || !Number.isFinite(month) || !Number.isFinite(date)) return NaN;
  const m = toInteger(month);
  const ym = toInteger(year) + Math.floor(m / 12);
  // Far outside the time value range: TimeClip would reject the result anyway.
  if (Math.abs(ym) > 400000) return NaN;
  const mn = ((m % 12) + 12) % 12;
  const days = dayFromYear(ym) + MONTH_STARTS[mn] + (mn >= 2 && isLeap(ym) ? 1 : 0);
  return days + toInteger(date) - 1;
}

/** https://tc39.es/ecma262/#sec-makedate */
export function makeDate(dayValue: number, time: number): number {
  if (!Number.isFinite(dayValue) || !Number.isFinite(time)) return NaN;
  const tv = dayValue * MS_PER_DAY + time;
  return Number.isFinite(tv) ? tv : NaN;
}

/** https://tc39.es/ecma262/#sec-timeclip */
export function timeClip(t: number): number {
  if (!Number.isFinite(t) || Math.abs(t) > 8.64e15) return NaN;
  return toInteger(t);
}

/**
 * The local time zone's offset from UTC, in ms, at the UTC instant `t`: the host's local
 * fields read back as UTC, which keeps the seconds of old local-mean-time offsets.
 */
export function localOffset(t: number): number {
  if (!Number.isFinite(t)) return 0;
  const d = new Date(t);
  const u = new Date(0);
  u.setUTCFullYear(d.getFullYear(), d.getMonth(), d.getDate());
  u.setUTCHours(d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds());
  const offset = u.getTime() - t;
  if (!Number.isNaN(offset)) return offset;
  // At the ends of the time range the local fields fall outside it: use the next day's offset.
  return localOffset(t < 0 ? t + MS_PER_DAY : t - MS_PER_DAY);
}

/** https://tc39.es/ecma262/#sec-localtime */
export function localTime(t: number): number {
  return t + localOffset(t);
}

/** Date.prototype.getTimezoneOffset's minutes; V8 drops the seconds of old local-mean-time offsets. */
export function offsetMinutes(t: number): number {
  return Math.trunc(-localOffset(t) / MS_PER_MINUTE) + 0;
}

/**
 * https://tc39.es/ecma262/#sec-utc-t: the UTC instant of a local time. The host resolves
 * it from the local fields, so times in a DST gap or overlap resolve as V8 resolves them.
 */
export function utc(tLocal: number): number {
  if (!Number.isFinite(tLocal) || Math.abs(tLocal) > 8.64e15 + MS_PER_DAY) return NaN;
  const f = fields(tLocal);
  const d = new Date(f.year, f.month, f.date, f.hours, f.minutes, f.seconds, f.ms);
  // The host maps years 0-99 to 1900-1999; set the real year afterwards.
  if (f.year >= 0 && f.year <= 99) d.setFullYear(f.year);
  const t = d.getTime();
  return Number.isNaN(t) ? tLocal - localOffset(tLocal) : t;
}
