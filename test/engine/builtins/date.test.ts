// Date: construction from numbers, strings and fields, UTC and local getters and setters,
// the string forms and conversions, as Node 20 prints them with TZ=UTC (set around these rows).
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `const d = new Date(Date.UTC(2020, 0, 15, 10, 30, 45, 123));
console.log(d.getTime(), d.valueOf(), +d, d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), d.getUTCMilliseconds())`,
    out: `1579084245123 1579084245123 1579084245123 2020 0 15 3 10 30 45 123`,
  },
  {
    src: `const d = new Date(2020, 1, 29, 13, 5, 9, 7);
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset(), d.getYear())`,
    out: `2020 1 29 6 13 5 9 7 0 120`,
  },
  {
    src: `console.log(new Date(0).toString(), '|', new Date(0).toDateString(), '|', new Date(0).toTimeString())
console.log(new Date(0).toUTCString(), '|', new Date(0).toGMTString(), '|', new Date(0).toISOString(), '|', new Date(0).toJSON())`,
    out: `Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time) | Thu Jan 01 1970 | 00:00:00 GMT+0000 (Coordinated Universal Time)
Thu, 01 Jan 1970 00:00:00 GMT | Thu, 01 Jan 1970 00:00:00 GMT | 1970-01-01T00:00:00.000Z | 1970-01-01T00:00:00.000Z`,
  },
  {
    src: `console.log(new Date(1e12).toISOString(), new Date(-1).toISOString(), new Date(Date.UTC(-5, 0)).toISOString(), new Date(Date.UTC(12000, 0)).toISOString(), new Date(8.64e15).toISOString(), new Date(-8.64e15).toUTCString())`,
    out: `2001-09-09T01:46:40.000Z 1969-12-31T23:59:59.999Z -000005-01-01T00:00:00.000Z +012000-01-01T00:00:00.000Z +275760-09-13T00:00:00.000Z Tue, 20 Apr -271821 00:00:00 GMT`,
  },
  {
    src: `const bad = new Date(NaN);
console.log(String(bad), bad.toDateString(), bad.toUTCString(), bad.getTime(), bad.getFullYear(), bad.toJSON(), JSON.stringify({ bad }), bad.toLocaleString())
try { bad.toISOString(); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `Invalid Date Invalid Date Invalid Date NaN NaN null {"bad":null} Invalid Date
RangeError: Invalid time value`,
  },
  {
    src: `console.log(new Date(2020, 0).getTime(), new Date(2020, 0, 1, 0, 0, 0, 0).getTime(), new Date(99, 0).getFullYear(), new Date(0, 0).getFullYear(), new Date(100, 0).getFullYear(), new Date(2020, 13, 35).toISOString(), new Date(2020, -1).toISOString())`,
    out: `1577836800000 1577836800000 1999 1900 100 2021-03-07T00:00:00.000Z 2019-12-01T00:00:00.000Z`,
  },
  {
    src: `console.log(new Date(8.64e15).getTime(), new Date(8.64e15 + 1).getTime(), new Date(-8.64e15 - 1).getTime(), new Date(1.9).getTime(), new Date(-1.9).getTime(), new Date(2020, NaN).getTime(), new Date(2020, undefined).getTime(), new Date(275760, 8, 13, 0, 0, 0, 1).getTime())`,
    out: `8640000000000000 NaN NaN 1 -1 NaN NaN NaN`,
  },
  {
    src: `console.log(new Date('2020-01-01').getTime(), new Date('2020-01-01T00:00').getTime(), new Date('2020-01-01T10:20:30.456+05:30').toISOString(), new Date('March 7, 2020').getTime(), new Date('Sat, 07 Mar 2020 10:00:00 GMT').getTime(), new Date('2020/03/07').getTime(), new Date('nonsense').getTime())`,
    out: `1577836800000 1577836800000 2020-01-01T04:50:30.456Z 1583539200000 1583575200000 1583539200000 NaN`,
  },
  {
    src: `console.log(Date.parse('2000-01-01T00:00:00Z'), Date.parse('+275760-09-13T00:00:00.000Z'), Date.parse('+275760-09-13T00:00:00.001Z'), Date.parse('2020-02-30'), Date.parse(''), Date.parse(new Date(0).toString()), Date.parse(new Date(0).toUTCString()))`,
    out: `946684800000 8640000000000000 NaN 1583020800000 NaN 0 0`,
  },
  {
    src: `console.log(Date.UTC(2020), Date.UTC(2020, 1, 30), Date.UTC(99, 0), Date.UTC(), Date.UTC(NaN), Date.UTC(2020, 0, 1, 24), Date.UTC(1970, 0, 1, 0, 0, 0, -1))`,
    out: `1577836800000 1583020800000 915148800000 NaN NaN 1577923200000 -1`,
  },
  {
    src: `console.log(new Date(new Date(5)).getTime(), new Date(new String('2020-01-01')).getTime(), new Date(true).getTime(), new Date(null).getTime(), new Date(undefined).getTime(), new Date({ valueOf() { return 42; } }).getTime(), new Date([2020]).getTime())`,
    out: `5 1577836800000 1 0 NaN 42 1577836800000`,
  },
  {
    src: `const d = new Date(Date.UTC(2020, 0, 31, 12));
console.log(d.setUTCMonth(1), d.toISOString(), d.setUTCDate(0), d.toISOString(), d.setUTCHours(25, 61, 61, 1001), d.toISOString(), d.setUTCFullYear(2021, 11), d.toISOString())`,
    out: `1583150400000 2020-03-02T12:00:00.000Z 1582977600000 2020-02-29T12:00:00.000Z 1583028122001 2020-03-01T02:02:02.001Z 1638324122001 2021-12-01T02:02:02.001Z`,
  },
  {
    src: `const d = new Date(2020, 0, 31, 12);
console.log(d.setMonth(1), d.getDate(), d.setDate(40), d.getMonth(), d.setHours(-1), d.getDate(), d.setMinutes(90, 5), d.setSeconds(61, 999), d.setMilliseconds(1500), d.toISOString())`,
    out: `1583150400000 2 1586433600000 3 1586386800000 8 1586392205000 1586392261999 1586392262500 2020-04-09T00:31:02.500Z`,
  },
  {
    src: `const d = new Date(0);
console.log(d.setTime(86400000), d.toISOString(), d.setTime('x'), d.getTime(), d.setFullYear(2020), d.toISOString(), d.setYear(99), d.getFullYear(), d.setYear(2001), d.getFullYear())`,
    out: `86400000 1970-01-02T00:00:00.000Z NaN NaN 1577836800000 2020-01-01T00:00:00.000Z 915148800000 1999 978307200000 2001`,
  },
  {
    src: `const d = new Date(0);
console.log(d.setDate(), d.getTime(), d.setHours(5), new Date(NaN).setMonth(1), new Date(NaN).setUTCFullYear(2020), new Date(NaN).setYear(NaN))`,
    out: `NaN NaN NaN NaN 1577836800000 NaN`,
  },
  {
    src: `console.log(new Date(0) + 1, new Date(0) - 1, new Date(5) * 1, \`\${new Date(0)}\` === String(new Date(0)), new Date(0) == new Date(0).toString(), new Date(3) < new Date(4))`,
    out: `Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time)1 -1 5 true true true`,
  },
  {
    src: `const d = new Date(0);
console.log(d[Symbol.toPrimitive]('number'), d[Symbol.toPrimitive]('default'), d[Symbol.toPrimitive]('string') === d.toString(), Date.prototype[Symbol.toPrimitive].call({ toString() { return 'T'; } }, 'string'))
try { d[Symbol.toPrimitive]('bogus'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { d[Symbol.toPrimitive](); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Date.prototype[Symbol.toPrimitive].call(1, 'number'); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `0 Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time) true T
TypeError: Invalid hint: bogus
TypeError: Invalid hint: undefined
TypeError: Method Date.prototype [ @@toPrimitive ] called on incompatible receiver 1`,
  },
  {
    src: `console.log(Date.prototype.toJSON.call({ toISOString() { return 'custom'; } }), Date.prototype.toJSON.call({ valueOf() { return Infinity; }, toISOString() { return 'never'; } }))
try { Date.prototype.toJSON.call({}); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `custom null
TypeError: toISOString is not a function`,
  },
  {
    src: `for (const m of ['getTime', 'getFullYear', 'valueOf', 'setTime', 'toISOString', 'toString', 'getYear', 'toLocaleString']) {
  try { Date.prototype[m].call({}); } catch (e) { console.log(m, e.name + ': ' + e.message); }
}`,
    out: `getTime TypeError: this is not a Date object.
getFullYear TypeError: this is not a Date object.
valueOf TypeError: this is not a Date object.
setTime TypeError: Method Date.prototype.setTime called on incompatible receiver #<Object>
toISOString TypeError: Method Date.prototype.toISOString called on incompatible receiver #<Object>
toString TypeError: Method Date.prototype.toString called on incompatible receiver #<Object>
getYear TypeError: Method Date.prototype.getYear called on incompatible receiver #<Object>
toLocaleString TypeError: Method Date.prototype.toLocaleString called on incompatible receiver #<Object>`,
  },
  {
    src: `const d = new Date(Date.UTC(2020, 2, 7, 15, 4, 5));
console.log(d.toLocaleString(), '|', d.toLocaleDateString(), '|', d.toLocaleTimeString(), '|', d.toLocaleString('en-GB'), '|', d.toLocaleDateString('de-DE'))
console.log(d.toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }), '|', d.toLocaleString('en-US', { timeZone: 'Asia/Tokyo' }), '|', d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }))`,
    out: `3/7/2020, 3:04:05 PM | 3/7/2020 | 3:04:05 PM | 07/03/2020, 15:04:05 | 7.3.2020
Saturday, March 7, 2020 | 3/8/2020, 12:04:05 AM | 03:04 PM`,
  },
  {
    src: `try { new Date(0).toLocaleString('bad locale!'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { new Date(0).toLocaleString('en', { timeZone: 'Mars/Base' }); } catch (e) { console.log(e.name + ': ' + e.message); }`,
    out: `RangeError: Incorrect locale information provided
RangeError: Invalid time zone specified: Mars/Base`,
  },
  {
    src: `console.log(typeof Date(), Date(0) === Date(), Date.length, Date.name, Date.UTC.length, Date.prototype.setHours.length, Date.prototype.setUTCFullYear.length, Date.prototype.toGMTString === Date.prototype.toUTCString, Date.prototype.toGMTString.name)`,
    out: `string true 7 Date 7 4 3 true toUTCString`,
  },
  {
    src: `console.log(Object.getOwnPropertyNames(Date.prototype).join())
console.log(Object.getOwnPropertyDescriptor(Date.prototype, Symbol.toPrimitive), Date.prototype[Symbol.toPrimitive].name, Object.prototype.toString.call(Date.prototype))`,
    out: `constructor,toString,toDateString,toTimeString,toISOString,toUTCString,toGMTString,getDate,setDate,getDay,getFullYear,setFullYear,getHours,setHours,getMilliseconds,setMilliseconds,getMinutes,setMinutes,getMonth,setMonth,getSeconds,setSeconds,getTime,setTime,getTimezoneOffset,getUTCDate,setUTCDate,getUTCDay,getUTCFullYear,setUTCFullYear,getUTCHours,setUTCHours,getUTCMilliseconds,setUTCMilliseconds,getUTCMinutes,setUTCMinutes,getUTCMonth,setUTCMonth,getUTCSeconds,setUTCSeconds,valueOf,getYear,setYear,toJSON,toLocaleString,toLocaleDateString,toLocaleTimeString
{
  value: [Function: [Symbol.toPrimitive]],
  writable: false,
  enumerable: false,
  configurable: true
} [Symbol.toPrimitive] [object Object]`,
  },
  {
    src: `class Birthday extends Date { age(now) { return now.getUTCFullYear() - this.getUTCFullYear(); } }
const b = new Birthday(Date.UTC(1990, 5, 1));
console.log(b.age(new Date(Date.UTC(2020, 0, 1))), b instanceof Date, Object.prototype.toString.call(b), JSON.stringify(b))`,
    out: `30 true [object Date] "1990-06-01T00:00:00.000Z"`,
  },
  {
    src: `const start = Date.now(); const d = new Date();
console.log(typeof start, Number.isInteger(start), d.getTime() >= start, Math.abs(new Date().getTime() - Date.now()) < 1000)`,
    out: `number true true true`,
  },
  {
    src: `const a = new Date(Date.UTC(2020, 0, 1)), b = new Date(Date.UTC(2020, 2, 1));
console.log((b - a) / 864e5, Math.round((b - a) / (1000 * 60 * 60 * 24 * 7)), [b, a].sort((x, y) => x - y).map((x) => x.toISOString().slice(0, 10)))`,
    out: `60 9 [ '2020-01-01', '2020-03-01' ]`,
  },
];

// Local time is the host's; these rows were checked with TZ=UTC, so they run under it.
describe('builtins: Date', () => {
  let savedTZ: string | undefined;
  before(() => { savedTZ = process.env.TZ; process.env.TZ = 'UTC'; });
  after(() => { if (savedTZ === undefined) delete process.env.TZ; else process.env.TZ = savedTZ; });
  describeRows('with TZ=UTC', rows);
});
