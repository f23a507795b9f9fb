// Entries of objects with internal slots: Set and Map contents, a Promise's state,
// WeakMap/WeakSet (whose items cannot be listed), and Map/Set iterators that can preview.
import { JSObject } from '../heap/object';
import { MapObject, PromiseObject, SetObject } from '../heap/slots';
import { Value } from '../heap/values';
import { remainingText } from './formatArray';
import { ArrayExtrasType, reduceToSingleString } from './formatObject';
import { Ctx, formatValue } from './inspect';

/**
 * An iterator that can list what it has left without advancing (Node's previewEntries):
 * key/value iterators give [k1, v1, k2, v2, ...].
 */
export interface PreviewableIterator {
  previewEntries(): { entries: Value[]; isKeyValue: boolean };
}

export function isPreviewableIterator(o: JSObject): o is JSObject & PreviewableIterator {
  return typeof (o as Partial<PreviewableIterator>).previewEntries === 'function';
}

export function formatSet(ctx: Ctx, value: JSObject, recurseTimes: number): string[] {
  const data = (value as SetObject).data;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), data.size);
  const output: string[] = [];
  ctx.indentationLvl += 2;
  for (const v of data) {
    if (output.length >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
  }
  if (data.size > maxLength) output.push(remainingText(data.size - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

export function formatMap(ctx: Ctx, value: JSObject, recurseTimes: number): string[] {
  const data = (value as MapObject).data;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), data.size);
  const output: string[] = [];
  ctx.indentationLvl += 2;
  for (const [k, v] of data) {
    if (output.length >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
  }
  if (data.size > maxLength) output.push(remainingText(data.size - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

export function formatPromise(ctx: Ctx, value: JSObject, recurseTimes: number): string[] {
  const p = value as PromiseObject;
  if (p.state === 'pending') return [ctx.stylize('<pending>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, p.result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [p.state === 'rejected' ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

export function formatWeakCollection(ctx: Ctx): string[] {
  return [ctx.stylize('<items unknown>', 'special')];
}

/** `[Map Iterator] {`, or `[Tag] [Map Iterator] {` when the tag says something else. */
export function getIteratorBraces(type: 'Map' | 'Set', tag: string): [string, string] {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

/** A Map or Set iterator's remaining items; entries iterators say `Entries` instead. */
export function formatIterator(braces: [string, string], ctx: Ctx, value: JSObject, recurseTimes: number): string[] {
  const { entries, isKeyValue } = (value as JSObject & PreviewableIterator).previewEntries();
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const count = isKeyValue ? entries.length / 2 : entries.length;
  const maxLength = Math.min(maxArrayLength, count);
  const output: string[] = [];
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    if (!isKeyValue) {
      output.push(formatValue(ctx, entries[i], recurseTimes));
      continue;
    }
    const pair = [formatValue(ctx, entries[2 * i], recurseTimes), formatValue(ctx, entries[2 * i + 1], recurseTimes)];
    output.push(reduceToSingleString(ctx, pair, '', ['[', ']'], ArrayExtrasType, recurseTimes, undefined));
  }
  ctx.indentationLvl -= 2;
  if (isKeyValue) braces[0] = braces[0].replace(/ Iterator] \{$/, ' Entries] {');
  if (count > maxLength) output.push(remainingText(count - maxLength));
  return output;
}
