// Node-compatible value formatting (util.inspect with Node 20's defaults), read straight
// from the object model: it never runs user code (getters, toString); util.inspect.custom
// results come in from a pass that ran them first (resolveTags.ts).
import { isHostStackOverflow } from '../errors/hostStack';
import { JSObject } from '../heap/object';
import { Value } from '../heap/values';
import { isProxy, proxyTargetOf } from '../heap/proxy';
import type { Realm } from '../realm/realm';
import { formatPrimitive } from './formatPrimitive';
import { shapeOf, Shape } from './shape';
import { addPrototypeProperties, getConstructorName, getCtxStyle, toStringTag } from './constructorName';
import { ObjectType, formatProperty, reduceToSingleString } from './formatObject';
import { stylizeFor, type Stylize } from './stylize';

/** The util.inspect options Glassbox honours; depth Infinity means no limit. */
export interface InspectOptions {
  depth: number;
  showHidden: boolean;
  maxArrayLength: number;
  maxStringLength: number;
  breakLength: number;
  compact: number | boolean;
  sorted: boolean;
  /** Whether util.inspect.custom methods are called (console.dir: no). */
  customInspect: boolean;
  /** ANSI colors from util.inspect.styles and util.inspect.colors. */
  colors: boolean;
}

export const defaultInspectOptions: Readonly<InspectOptions> = {
  depth: 2,
  showHidden: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  customInspect: true,
  colors: false,
};

/** The state of one inspection: options plus where the walk currently is. */
export interface Ctx extends InspectOptions {
  realm: Realm;
  indentationLvl: number;
  /** The depth of the innermost object entered last; never restored on the way out. */
  currentDepth: number;
  /** The objects being formatted, outermost first, to spot cycles. */
  seen: JSObject[];
  /** Objects found to be circular, with their `*n` reference numbers. */
  circular: Map<JSObject, number> | undefined;
  /** Symbol.toStringTag values that getters returned before the walk (see resolveTags). */
  tags: ReadonlyMap<JSObject, Value>;
  /** What util.inspect.custom methods returned, by object, before the walk. */
  custom: ReadonlyMap<JSObject, Value>;
  /** Objects whose custom result is being formatted, so results that cycle end. */
  inCustom: Set<JSObject>;
  stylize: Stylize;
}

/** https://nodejs.org/api/util.html#utilinspectobject-options (custom inspectors ran before, in resolveTags). */
export function inspect(realm: Realm, value: Value, options: Partial<InspectOptions> = {}, tags: ReadonlyMap<JSObject, Value> = new Map(), custom: ReadonlyMap<JSObject, Value> = new Map()): string {
  const ctx: Ctx = {
    ...defaultInspectOptions, ...options,
    realm, indentationLvl: 0, currentDepth: 0, seen: [], circular: undefined, tags, custom, inCustom: new Set(),
    stylize: stylizeFor(realm, options.colors === true),
  };
  return formatValue(ctx, value, 0);
}

/** Formats any value at `recurseTimes` levels below the top (the caller adjusts indentation). */
export function formatValue(ctx: Ctx, value: Value, recurseTimes: number): string {
  if (!(value instanceof JSObject)) return formatPrimitive(ctx, value);
  if (isProxy(value)) {
    // Node (showProxy off) formats the target without running any trap.
    const target = proxyTargetOf(value);
    if (target === null) return ctx.stylize('<Revoked Proxy>', 'special');
    value = target;
  }
  if (ctx.custom.has(value) && !ctx.inCustom.has(value)) return formatCustom(ctx, value, recurseTimes);
  if (ctx.seen.includes(value)) {
    if (ctx.circular === undefined) ctx.circular = new Map();
    let index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes);
}

/** Node prints a custom method's string as it is (indented), and formats anything else it returned. */
function formatCustom(ctx: Ctx, value: JSObject, recurseTimes: number): string {
  const ret = ctx.custom.get(value);
  if (typeof ret === 'string') return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  ctx.inCustom.add(value);
  try {
    return formatValue(ctx, ret, recurseTimes);
  } finally {
    ctx.inCustom.delete(value);
  }
}

function formatRaw(ctx: Ctx, value: JSObject, recurseTimes: number): string {
  const protoProps: string[] | undefined = ctx.showHidden && recurseTimes <= ctx.depth ? [] : undefined;
  const found = getConstructorName(ctx, value, recurseTimes);
  const constructor = found?.name ?? null;
  if (protoProps && found?.protoStart) addPrototypeProperties(ctx, value, found.protoStart, recurseTimes, protoProps);
  const extra = protoProps !== undefined && protoProps.length > 0 ? protoProps : undefined;
  const tag = toStringTag(ctx, value);
  const shape = shapeOf(ctx, value, constructor, tag, recurseTimes, extra !== undefined);
  if (typeof shape === 'string') return shape;
  if (recurseTimes > ctx.depth) {
    const name = getCtxStyle(value, constructor, tag).slice(0, -1);
    return ctx.stylize(constructor !== null ? `[${name}]` : name, 'special');
  }
  recurseTimes++;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  const indentationLvl = ctx.indentationLvl;
  let output: string[];
  try {
    output = formatEntries(ctx, value, recurseTimes, shape, extra);
  } catch (e) {
    if (!isHostStackOverflow(e)) throw e;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    const name = getCtxStyle(value, constructor, tag).slice(0, -1);
    return `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`;
  }
  let base = shape.base;
  const ref = ctx.circular?.get(value);
  if (ref !== undefined) {
    const reference = ctx.stylize(`<ref *${ref}>`, 'special');
    if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
    else shape.braces[0] = `${reference} ${shape.braces[0]}`;
  }
  ctx.seen.pop();
  if (ctx.sorted) sortOutput(output, shape);
  return reduceToSingleString(ctx, output, base, shape.braces, shape.extrasType, recurseTimes, value);
}

function formatEntries(ctx: Ctx, value: JSObject, recurseTimes: number, shape: Shape, protoProps: string[] | undefined): string[] {
  const output = shape.formatter(ctx, value, recurseTimes);
  for (const key of shape.keys) output.push(formatProperty(ctx, value, recurseTimes, key, shape.extrasType));
  if (protoProps !== undefined) output.push(...protoProps);
  return output;
}

/** `sorted: true` sorts object entries, or only the extra keys of arrays. */
function sortOutput(output: string[], shape: Shape): void {
  if (shape.extrasType === ObjectType) {
    output.sort();
  } else if (shape.keys.length > 1) {
    const start = output.length - shape.keys.length;
    const sorted = output.slice(start).sort();
    output.splice(start, sorted.length, ...sorted);
  }
}

