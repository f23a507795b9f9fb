// Decides how an object is printed: which keys, which braces and base, which formatter
// lists its contents; or, for bare cases like `[]`, `[Function: f]` or a date, the final text.
import { isCallable } from '../heap/function';
import { JSArray, JSObject } from '../heap/object';
import { DateObject, MapObject, PromiseObject, RegExpObject, SetObject, WeakMapObject, WeakSetObject } from '../heap/slots';
import { PrimitiveWrapper } from '../heap/wrapper';
import { PropertyKey, WellKnown } from '../heap/values';
import { getCtxStyle, getPrefix } from './constructorName';
import { formatArray } from './formatArray';
import { binaryShape } from './formatBinary';
import { dateText, getBoxedBase, getFunctionBase, regExpText } from './formatBase';
import {
  formatIterator, formatMap, formatPromise, formatSet, formatWeakCollection, getIteratorBraces, isPreviewableIterator,
} from './formatCollections';
import { formatError, isError } from './formatError';
import { ArrayExtrasType, ExtrasType, ObjectType, getKeys, getNonIndexKeys } from './formatObject';
import type { Ctx } from './inspect';

export type Formatter = (ctx: Ctx, value: JSObject, recurseTimes: number) => string[];

/** How to print an object that has entries (or may have, below the depth limit). */
export interface Shape {
  keys: PropertyKey[];
  braces: [string, string];
  base: string;
  extrasType: ExtrasType;
  formatter: Formatter;
}

const noEntries: Formatter = () => [];

/** A Shape, or the whole text when nothing more is to be printed. */
export function shapeOf(
  ctx: Ctx, value: JSObject, constructor: string | null, tag: string, recurseTimes: number, hasProtoProps: boolean,
): Shape | string {
  const binary = binaryShape(ctx, value, constructor, tag, hasProtoProps);
  if (binary !== undefined) return binary;
  if (value.lookup(WellKnown.iterator) !== undefined || constructor === null) {
    const shape = iterableShape(ctx, value, constructor, tag, hasProtoProps);
    if (shape !== undefined) return shape;
  }
  const shape: Shape = { keys: getKeys(value, ctx.showHidden), braces: ['{', '}'], base: '', extrasType: ObjectType, formatter: noEntries };
  const bare = (): boolean => shape.keys.length === 0 && !hasProtoProps;
  if (isCallable(value)) {
    shape.base = getFunctionBase(value, constructor, tag);
    return bare() ? ctx.stylize(shape.base, 'special') : shape;
  }
  if (constructor === 'Object') {
    if (value.className === 'Arguments') shape.braces[0] = '[Arguments] {';
    else if (tag !== '') shape.braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    return bare() ? `${shape.braces[0]}}` : shape;
  }
  if (value instanceof RegExpObject) {
    shape.base = regExpText(value);
    const prefix = getPrefix(constructor, tag, 'RegExp');
    if (prefix !== 'RegExp ') shape.base = `${prefix}${shape.base}`;
    return bare() || recurseTimes > ctx.depth ? ctx.stylize(shape.base, 'regexp') : shape;
  }
  if (value instanceof DateObject) {
    shape.base = dateText(value);
    const prefix = getPrefix(constructor, tag, 'Date');
    if (prefix !== 'Date ') shape.base = `${prefix}${shape.base}`;
    return bare() ? ctx.stylize(shape.base, 'date') : shape;
  }
  if (isError(ctx.realm, value)) {
    shape.base = formatError(ctx, value, constructor, tag, shape.keys);
    return bare() ? shape.base : shape;
  }
  return slottedShape(ctx, value, constructor, tag, shape, bare);
}

/** Arrays, Sets, Maps and previewable iterators; undefined for other iterables. */
function iterableShape(ctx: Ctx, value: JSObject, constructor: string | null, tag: string, hasProtoProps: boolean): Shape | string | undefined {
  if (value instanceof JSArray) {
    const len = value.items.length;
    const prefix = constructor !== 'Array' || tag !== '' ? getPrefix(constructor, tag, 'Array', `(${len})`) : '';
    const keys = getNonIndexKeys(value, ctx.showHidden);
    if (len === 0 && keys.length === 0 && !hasProtoProps) return `${prefix}[]`;
    return { keys, braces: [`${prefix}[`, ']'], base: '', extrasType: ArrayExtrasType, formatter: formatArray };
  }
  if (value instanceof SetObject || value instanceof MapObject) {
    const type = value instanceof SetObject ? 'Set' : 'Map';
    const size = value.data.size;
    const prefix = getPrefix(constructor, tag, type, `(${size})`);
    const keys = getKeys(value, ctx.showHidden);
    if (size === 0 && keys.length === 0 && !hasProtoProps) return `${prefix}{}`;
    const formatter = value instanceof SetObject ? formatSet : formatMap;
    return { keys, braces: [`${prefix}{`, '}'], base: '', extrasType: ObjectType, formatter };
  }
  if (isPreviewableIterator(value) && (value.className === 'Map Iterator' || value.className === 'Set Iterator')) {
    const braces = getIteratorBraces(value.className === 'Map Iterator' ? 'Map' : 'Set', tag);
    const formatter: Formatter = (c, v, r) => formatIterator(braces, c, v, r);
    return { keys: getKeys(value, ctx.showHidden), braces, base: '', extrasType: ObjectType, formatter };
  }
  return undefined;
}

/** Promises, weak collections, boxed primitives, and everything else. */
function slottedShape(ctx: Ctx, value: JSObject, constructor: string | null, tag: string, shape: Shape, bare: () => boolean): Shape | string {
  if (value instanceof PromiseObject) {
    shape.braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
    shape.formatter = formatPromise;
  } else if (value instanceof WeakSetObject || value instanceof WeakMapObject) {
    shape.braces[0] = `${getPrefix(constructor, tag, value instanceof WeakSetObject ? 'WeakSet' : 'WeakMap')}{`;
    shape.formatter = formatWeakCollection;
  } else if (value instanceof PrimitiveWrapper) {
    shape.base = getBoxedBase(ctx, value, shape.keys, constructor, tag);
    if (bare()) return shape.base;
  } else {
    if (bare()) return `${getCtxStyle(value, constructor, tag)}{}`;
    shape.braces[0] = `${getCtxStyle(value, constructor, tag)}{`;
  }
  return shape;
}
