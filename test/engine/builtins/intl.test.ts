// Intl's services and the toLocaleString methods over them, as Node 20 prints them.
import { describeRows, Row } from './consoleRows';

const rows: Row[] = [
  {
    src: `console.log(new Intl.NumberFormat(), new Intl.DateTimeFormat(), new Intl.PluralRules(), new Intl.Collator(), Intl)`,
    out: `NumberFormat [Intl.NumberFormat] {} DateTimeFormat [Intl.DateTimeFormat] {} PluralRules [Intl.PluralRules] {} Collator [Intl.Collator] {} Object [Intl] {}`,
  },
  {
    src: `const f = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }); console.log(f.format(1234.5), f.format(-0.125), [1, 2].map(f.format).join(' '))`,
    out: `$1,234.50 -$0.13 $1.00 $2.00`,
  },
  {
    src: `console.log(new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 }).format(0.4567), new Intl.NumberFormat('en-US', { notation: 'compact' }).format(15300))`,
    out: `45.7% 15K`,
  },
  {
    src: `console.log(new Intl.NumberFormat('en-US').format(12345678901234567890n), new Intl.NumberFormat('en-US').format('0.10000000000000000001'))`,
    out: `12,345,678,901,234,567,890 0.1`,
  },
  {
    src: `console.log(new Intl.NumberFormat('en-US', { style: 'currency', currency: 'JPY' }).formatToParts(5).map((p) => p.type + ':' + p.value).join(' '))`,
    out: `currency:¥ integer:5`,
  },
  {
    src: `const o = new Intl.NumberFormat('en-US', { minimumIntegerDigits: 2 }).resolvedOptions(); console.log(o.locale, o.numberingSystem, o.style, o.minimumIntegerDigits, o.useGrouping)`,
    out: `en-US latn decimal 2 auto`,
  },
  {
    src: `const d = new Date(Date.UTC(2021, 2, 14, 1, 59, 26)); console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'long', timeStyle: 'short' }).format(d))`,
    out: `March 14, 2021 at 1:59 AM`,
  },
  {
    src: `const d = Date.UTC(2000, 0, 1); console.log(new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'short', month: 'numeric', day: 'numeric' }).formatToParts(d).map((p) => p.value).join(''))`,
    out: `Sat, 1/1`,
  },
  {
    src: `console.log(new Intl.DateTimeFormat().resolvedOptions().timeZone === Intl.DateTimeFormat('en-US').resolvedOptions().timeZone, new Intl.DateTimeFormat('en-US', { timeZone: 'utc' }).resolvedOptions().timeZone)`,
    out: `true UTC`,
  },
  {
    src: `const p = new Intl.PluralRules('en-US', { type: 'ordinal' }); console.log([1, 2, 3, 4, 11, 12, 13, 21].map((n) => p.select(n)).join(','), new Intl.PluralRules('en-US').select(1))`,
    out: `one,two,few,other,other,other,other,one one`,
  },
  {
    src: `const c = new Intl.Collator('en-US', { numeric: true, sensitivity: 'base' }); console.log(['x10', 'x9', 'X1'].sort(c.compare), c.compare('a', 'A'), c.compare === c.compare)`,
    out: `[ 'X1', 'x9', 'x10' ] 0 true`,
  },
  {
    src: `console.log((1234.5).toLocaleString(), (1234.5).toLocaleString('en-US', { style: 'currency', currency: 'EUR' }), 1234n.toLocaleString(), [1000, 2000].toLocaleString())`,
    out: `1,234.5 €1,234.50 1,234 1,000,2,000`,
  },
  {
    src: `console.log(new Date(Date.UTC(2020, 0, 2, 3, 4, 5)).toLocaleString('en-US', { timeZone: 'UTC' }), 'a'.localeCompare('b'))`,
    out: `1/2/2020, 3:04:05 AM -1`,
  },
  {
    src: `for (const f of [() => Intl.PluralRules(), () => new Intl.NumberFormat('en-US', { style: 'currency' }), () => new Intl.Locale(), () => Intl.Collator.prototype.resolvedOptions.call(1)]) { try { f(); } catch (e) { console.log(e.name + ': ' + e.message); } }`,
    out: `TypeError: Constructor Intl.PluralRules requires 'new'\nTypeError: Currency code is required with currency style.\nTypeError: First argument to Intl.Locale constructor can't be empty or missing\nTypeError: Method Intl.Collator.prototype.resolvedOptions called on incompatible receiver 1`,
  },
  {
    src: `const opts = { get currency() { console.log('currency read'); return 'GBP'; }, style: 'currency' }; console.log(new Intl.NumberFormat('en-US', opts).format(1))`,
    out: `currency read\n£1.00`,
  },
  {
    src: `console.log(Object.getOwnPropertyNames(Intl).join(), String(new Intl.Locale('en', { region: 'GB' })), [...new Intl.Segmenter('en').segment('ab')].length)`,
    out: `getCanonicalLocales,supportedValuesOf,DateTimeFormat,NumberFormat,Collator,PluralRules,RelativeTimeFormat,ListFormat,Locale,DisplayNames,Segmenter en-GB 2`,
  },
];

describeRows('Intl and toLocaleString', rows);
