// Date's string forms as V8 prints them: toString ("Wed Jan 01 2020 00:00:00 GMT+0000
// (Coordinated Universal Time)"), toUTCString, toISOString. Time zone names come from the host.
import { Fields, fields, localTime, offsetMinutes } from './dateMath';

const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Years as V8 prints them in toString: at least four digits, a minus sign before BC years. */
function yearText(y: number): string {
  return y < 0 ? `-${pad(-y, 4)}` : pad(y, 4);
}

function clock(f: Fields): string {
  return `${pad(f.hours, 2)}:${pad(f.minutes, 2)}:${pad(f.seconds, 2)}`;
}

/** "Wed Jan 01 2020" for a time value `t` (UTC), shown in local time. */
export function dateText(t: number): string {
  const f = fields(localTime(t));
  return `${DAY_NAMES[f.weekDay]} ${MONTH_NAMES[f.month]} ${pad(f.date, 2)} ${yearText(f.year)}`;
}

/** "00:00:00 GMT+0000 (Coordinated Universal Time)" for a time value, in local time. */
export function timeText(t: number): string {
  return `${clock(fields(localTime(t)))} ${zoneText(t)}`;
}

/** https://tc39.es/ecma262/#sec-todatestring */
export function dateToString(t: number): string {
  if (Number.isNaN(t)) return 'Invalid Date';
  return `${dateText(t)} ${timeText(t)}`;
}

/** "Thu, 01 Jan 1970 00:00:00 GMT" */
export function utcText(t: number): string {
  if (Number.isNaN(t)) return 'Invalid Date';
  const f = fields(t);
  return `${DAY_NAMES[f.weekDay]}, ${pad(f.date, 2)} ${MONTH_NAMES[f.month]} ${yearText(f.year)} ${clock(f)} GMT`;
}

/** "2020-01-01T00:00:00.000Z", with a six-digit signed year outside 0-9999. */
export function isoText(t: number): string {
  const f = fields(t);
  const year = f.year >= 0 && f.year <= 9999 ? pad(f.year, 4) : (f.year < 0 ? '-' : '+') + pad(Math.abs(f.year), 6);
  return `${year}-${pad(f.month + 1, 2)}-${pad(f.date, 2)}T${clock(f)}.${pad(f.ms, 3)}Z`;
}

/** "GMT+0100 (Central European Standard Time)": the offset, then the host's name for the zone. */
function zoneText(t: number): string {
  const offset = -offsetMinutes(t);
  const abs = Math.abs(offset);
  const gmt = `GMT${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`;
  const name = /\(([^()]*)\)$/.exec(new Date(t).toString());
  return name === null ? gmt : `${gmt} (${name[1]})`;
}
