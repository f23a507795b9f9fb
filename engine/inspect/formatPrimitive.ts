// Primitive values as Node's util.inspect prints them: quoted, escaped strings, -0, 1n,
// Symbol(x). Also the display width of a string, which column layouts need.
import { JSSymbol, Primitive } from '../heap/values';
import { stylizeNoColor, type Stylize } from './stylize';

/** Strings longer than this may be split at their line breaks. */
const MIN_LINE_LENGTH = 16;

/** The options formatPrimitive reads. */
export interface PrimitiveOptions {
  maxStringLength: number;
  breakLength: number;
  indentationLvl: number;
  compact: number | boolean;
  /** How each kind of value is colored; none when absent. */
  stylize?: Stylize;
}

export function formatNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

export function formatBigInt(n: bigint): string {
  return `${n}n`;
}

/** A primitive inside an inspected value (a top-level string argument of console.log is not quoted). */
export function formatPrimitive(ctx: PrimitiveOptions, v: Primitive): string {
  const stylize = ctx.stylize ?? stylizeNoColor;
  if (typeof v === 'string') return formatString(ctx, v, stylize);
  if (typeof v === 'number') return stylize(formatNumber(v), 'number');
  if (typeof v === 'bigint') return stylize(formatBigInt(v), 'bigint');
  if (v instanceof JSSymbol) return stylize(v.toString(), 'symbol');
  return stylize(String(v), v === null ? 'null' : typeof v);
}

function formatString(ctx: PrimitiveOptions, s: string, stylize: Stylize): string {
  let trailer = '';
  if (s.length > ctx.maxStringLength) {
    const remaining = s.length - ctx.maxStringLength;
    s = s.slice(0, ctx.maxStringLength);
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  // A long string is shown as one quoted piece per line, joined with `+`.
  if (ctx.compact !== true && s.length > MIN_LINE_LENGTH && s.length > ctx.breakLength - ctx.indentationLvl - 4) {
    const pieces = s.split(/(?<=\n)/).map((line) => stylize(quoteString(line), 'string'));
    return pieces.join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
  }
  return stylize(quoteString(s), 'string') + trailer;
}

/**
 * Quotes with single quotes, or with double quotes or backticks when that avoids
 * escaping a single quote; escapes control characters, backslashes and lone surrogates.
 */
export function quoteString(s: string): string {
  let quote = "'";
  if (s.includes("'")) {
    if (!s.includes('"')) quote = '"';
    else if (!s.includes('`') && !s.includes('${')) quote = '`';
  }
  return quote + escapeString(s, quote === "'") + quote;
}

/** The escaping used inside quoted strings, symbol keys and hidden keys. */
export function escapeString(s: string, escapeSingleQuote = true): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if ((c === 39 && escapeSingleQuote) || c === 92 || c < 32 || (c > 126 && c < 160)) {
      esc = escapeChar(c);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const next = s.charCodeAt(i + 1);
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      esc = `\\u${c.toString(16)}`;
    }
    if (esc !== undefined) {
      out += s.slice(last, i) + esc;
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

const NAMED_ESCAPES: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' };

function escapeChar(c: number): string {
  return NAMED_ESCAPES[c] ?? `\\x${c.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** Columns a string takes in a terminal (wide East Asian characters count two). */
export function getStringWidth(s: string, removeControlChars = true): number {
  if (removeControlChars) s = stripVTControlCharacters(s);
  let width = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 127) return width + nonAsciiWidth(s.slice(i).normalize('NFC'));
    if (c >= 32) width++;
  }
  return width;
}

// eslint-disable-next-line no-control-regex
const ANSI = /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?(?:\u0007|\u001B\u005C|\u009C))|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-nq-uy=><~]))/g;

function stripVTControlCharacters(s: string): string {
  return s.replace(ANSI, '');
}

function nonAsciiWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (isFullWidth(code)) width += 2;
    else if (!isZeroWidth(code)) width++;
  }
  return width;
}

function isZeroWidth(code: number): boolean {
  return code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) || (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}

/** East Asian Wide and Fullwidth ranges, and the common emoji blocks. */
const WIDE_RANGES: [number, number][] = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3040, 0x3247], [0x3250, 0x4dbf],
  [0x4e00, 0xa4c6], [0xa960, 0xa97c], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19],
  [0xfe30, 0xfe6b], [0xff01, 0xff60], [0xffe0, 0xffe6], [0x1b000, 0x1b001], [0x1f200, 0x1f251],
  [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

function isFullWidth(code: number): boolean {
  if (code < 0x1100) return false;
  for (const [lo, hi] of WIDE_RANGES) if (code >= lo && code <= hi) return true;
  return false;
}
