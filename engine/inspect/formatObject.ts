// Object entries (`key: value`) and the layout rules that put them on one line or one
// per line, as Node's util.inspect does with `compact: 3` and `breakLength: 80`.
import { ModuleNamespace } from '../realm/esm/namespace';
import { TDZ } from '../heap/values';
import { JSArray, JSObject, Prop, ENUMERABLE } from '../heap/object';
import { JSSymbol, PropertyKey, arrayIndex } from '../heap/values';
import { escapeString, getStringWidth, quoteString } from './formatPrimitive';
import { dataGet } from './constructorName';
import { groupArrayElements } from './formatArray';
import { Ctx, formatValue } from './inspect';
import { removeColors } from './stylize';

/** How an entry is printed: `key: value`, a bare array item, or an extra key of an array. */
export const ObjectType = 0;
export const ArrayType = 1;
export const ArrayExtrasType = 2;
export type ExtrasType = typeof ObjectType | typeof ArrayType | typeof ArrayExtrasType;

/** The keys shown: own enumerable strings then symbols (every own key with showHidden). */
export function getKeys(o: JSObject, showHidden: boolean): PropertyKey[] {
  // A namespace's keys are its exports (enumerable), read without touching a binding still in its TDZ.
  if (o instanceof ModuleNamespace) return o.ownKeys().filter((k) => showHidden || typeof k === 'string');
  return o.ownKeys().filter((k) => showHidden || o.getOwn(k)?.enumerable);
}

/** An array's keys other than its indices. */
export function getNonIndexKeys(a: JSArray, showHidden: boolean): PropertyKey[] {
  return a.ownKeys().filter((k) => arrayIndex(k) < 0 && (showHidden || a.getOwn(k)?.enumerable));
}

/** One entry: `name: value` (or just the value for an array item); accessors are not called. */
export function formatProperty(ctx: Ctx, o: JSObject, recurseTimes: number, key: PropertyKey, type: ExtrasType, prop?: Prop): string {
  // A namespace's export still in its TDZ: Node prints it so instead of throwing.
  if (o instanceof ModuleNamespace && typeof key === 'string' && o.peek(key) === TDZ) return `${formatKey(ctx, key, true)}: ${ctx.stylize('<uninitialized>', 'special')}`;
  const p = prop ?? o.getOwn(key) ?? new Prop(dataGet(o, key), ENUMERABLE);
  let str: string;
  let extra = ' ';
  if (!p.isAccessor && p.value !== undefined) {
    const diff = ctx.compact !== true || type !== ObjectType ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, p.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    ctx.indentationLvl -= diff;
  } else if (p.isAccessor && p.get !== undefined) {
    str = ctx.stylize(p.set !== undefined ? '[Getter/Setter]' : '[Getter]', 'special');
  } else if (p.isAccessor && p.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === ArrayType) return str;
  return `${formatKey(ctx, key, p.enumerable)}:${extra}${str}`;
}

const IDENTIFIER = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatKey(ctx: Ctx, key: PropertyKey, enumerable: boolean): string {
  if (key instanceof JSSymbol) return `[${ctx.stylize(escapeString(key.toString()), 'symbol')}]`;
  if (key === '__proto__') return "['__proto__']";
  if (!enumerable) return `[${escapeString(key)}]`;
  return IDENTIFIER.test(key) ? ctx.stylize(key, 'name') : ctx.stylize(quoteString(key), 'string');
}

/**
 * Joins the entries: on one line when the innermost `compact` levels are short enough
 * for `breakLength`, else one entry per line; long arrays are first grouped into columns.
 */
export function reduceToSingleString(
  ctx: Ctx, output: string[], base: string, braces: [string, string], extrasType: ExtrasType,
  recurseTimes: number, value: JSObject | undefined,
): string {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === ArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value);
      // currentDepth - recurseTimes: how many levels of objects this one contains.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  // A long opening brace like `Set {` pushes the first entry to the next line.
  const ln = base === '' && braces[0].length === 1 ? ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

/** Entries plus a separator each, plus `start`, must fit in breakLength; `base` must be one line. */
function isBelowBreakLength(ctx: Ctx, output: string[], start: number, base: string): boolean {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (const entry of output) {
    totalLength += ctx.colors ? removeColors(entry).length : entry.length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}
