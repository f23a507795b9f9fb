// Array items as Node prints them: holes as `<n empty items>`, `... n more items` past
// maxArrayLength, and many short items grouped into aligned columns.
import { JSArray, JSObject } from '../heap/object';
import { TypedArrayObject } from '../heap/binary';
import { HOLE, arrayIndex } from '../heap/values';
import { ArrayType, formatProperty, getKeys } from './formatObject';
import { getStringWidth } from './formatPrimitive';
import type { Ctx } from './inspect';

export function remainingText(remaining: number): string {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

export function formatArray(ctx: Ctx, value: JSObject, recurseTimes: number): string[] {
  const a = value as JSArray;
  const valLen = a.items.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const output: string[] = [];
  for (let i = 0; i < len; i++) {
    if (a.items[i] === HOLE) return formatSpecialArray(ctx, a, recurseTimes, len, output, i);
    output.push(formatProperty(ctx, a, recurseTimes, String(i), ArrayType));
  }
  if (valLen > len) output.push(remainingText(valLen - len));
  return output;
}

/** The rest of an array from its first hole at `i`: runs of holes count as one entry. */
function formatSpecialArray(ctx: Ctx, a: JSArray, recurseTimes: number, maxLength: number, output: string[], i: number): string[] {
  // Own enumerable keys: the present indices in order, then the other keys.
  const keys = getKeys(a, false);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const n = typeof key === 'string' ? arrayIndex(key) : -1;
    if (n < 0) break;
    if (n !== index) {
      const empty = n - index;
      output.push(ctx.stylize(`<${empty} empty item${empty > 1 ? 's' : ''}>`, 'undefined'));
      index = n;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, a, recurseTimes, key, ArrayType));
    index++;
  }
  const remaining = a.items.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

/**
 * Node's column layout for arrays of more than six entries: roughly square when each
 * character is taken as 2.5 times taller than wide, at most 15 columns (compact * 4),
 * never wider than breakLength; numbers are right-aligned, anything else left-aligned.
 */
export function groupArrayElements(ctx: Ctx, output: string[], value: JSObject | undefined): string[] {
  // The `... n more items` entry is not part of the grid.
  const outputLength = ctx.maxArrayLength < output.length ? output.length - 1 : output.length;
  const dataLen = output.slice(0, outputLength).map((entry) => getStringWidth(entry, ctx.colors));
  const columns = columnCount(ctx, dataLen, output.length);
  if (columns <= 1) return output;
  const maxLineLength: number[] = [];
  for (let i = 0; i < columns; i++) {
    let lineLength = 0;
    for (let j = i; j < outputLength; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j];
    maxLineLength.push(lineLength + SEPARATOR_SPACE);
  }
  const padStart = value !== undefined ? allNumeric(value, output.length) : true;
  const grouped: string[] = [];
  for (let i = 0; i < outputLength; i += columns) {
    const max = Math.min(i + columns, outputLength);
    let line = '';
    let j = i;
    for (; j < max - 1; j++) {
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
      line += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
    }
    const last = maxLineLength[j - i] + output[j].length - dataLen[j] - SEPARATOR_SPACE;
    line += padStart ? output[j].padStart(last, ' ') : output[j];
    grouped.push(line);
  }
  if (outputLength < output.length) grouped.push(output[outputLength]);
  return grouped;
}

/** A comma and a space follow each entry. */
const SEPARATOR_SPACE = 2;

/** How many columns Node would use; 1 or less means no grouping. */
function columnCount(ctx: Ctx, dataLen: number[], entries: number): number {
  const totalLength = dataLen.reduce((sum, len) => sum + len + SEPARATOR_SPACE, 0);
  const maxLength = Math.max(0, ...dataLen);
  const actualMax = maxLength + SEPARATOR_SPACE;
  // Group only when three entries fit side by side and no entry dwarfs the others.
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength || (totalLength / actualMax <= 5 && maxLength > 6)) return 0;
  const averageBias = Math.sqrt(actualMax - totalLength / entries);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  return Math.min(
    Math.round(Math.sqrt(2.5 * biasedMax * dataLen.length) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    (ctx.compact as number) * 4,
    15,
  );
}

/** Whether value[0..n) are all numbers or bigints (holes and missing items are not). */
function allNumeric(value: JSObject, n: number): boolean {
  if (value instanceof TypedArrayObject) return n <= value.length;
  const items = value instanceof JSArray ? value.items : [];
  for (let i = 0; i < n; i++) {
    const v = items[i];
    if (typeof v !== 'number' && typeof v !== 'bigint') return false;
  }
  return true;
}
