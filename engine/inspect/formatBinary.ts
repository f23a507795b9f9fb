// Typed arrays, ArrayBuffers and DataViews as Node's util.inspect prints them:
// `Uint8Array(3) [ 1, 2, 3 ]`, `ArrayBuffer { [Uint8Contents]: <01 02>, byteLength: 2 }`.
import { ArrayBufferObject, DataViewObject, TextDecoderObject, TextEncoderObject, TypedArrayObject } from '../heap/binary';
import { ENUMERABLE, JSObject, Prop } from '../heap/object';
import { arrayIndex } from '../heap/values';
import { getPrefix } from './constructorName';
import { remainingText } from './formatArray';
import { ArrayExtrasType, ObjectType, formatProperty, getKeys } from './formatObject';
import { formatPrimitive } from './formatPrimitive';
import type { Ctx } from './inspect';
import type { Shape } from './shape';

/** The Shape of a binary object, its whole text when it has nothing to list, or undefined for other objects. */
export function binaryShape(ctx: Ctx, value: JSObject, constructor: string | null, tag: string, hasProtoProps: boolean): Shape | string | undefined {
  if (value instanceof TypedArrayObject) {
    const prefix = getPrefix(constructor, tag, constructor === null ? value.kind.name : '', `(${value.length})`);
    const keys = getKeys(value, ctx.showHidden).filter((k) => arrayIndex(k) < 0);
    if (value.length === 0 && keys.length === 0 && !ctx.showHidden && !hasProtoProps) return `${prefix}[]`;
    return { keys, braces: [`${prefix}[`, ']'], base: '', extrasType: ArrayExtrasType, formatter: formatTypedArray };
  }
  if (value instanceof ArrayBufferObject) {
    return { keys: getKeys(value, ctx.showHidden), braces: [`${getPrefix(constructor, tag, 'ArrayBuffer')}{`, '}'], base: '', extrasType: ObjectType, formatter: formatArrayBuffer };
  }
  if (value instanceof DataViewObject) {
    return { keys: getKeys(value, ctx.showHidden), braces: [`${getPrefix(constructor, tag, 'DataView')}{`, '}'], base: '', extrasType: ObjectType, formatter: formatDataView };
  }
  // Node's own inspectors for these: the encoder as a plain object, the decoder with its options.
  if (value instanceof TextEncoderObject) {
    return { keys: [], braces: ['{', '}'], base: '', extrasType: ObjectType, formatter: (c, v, r) => [slotEntry(c, v, r, 'encoding', 'utf-8')] };
  }
  if (value instanceof TextDecoderObject) {
    const formatter = (c: Ctx, v: JSObject, r: number) => [
      slotEntry(c, v, r, 'encoding', 'utf-8'), slotEntry(c, v, r, 'fatal', value.fatal), slotEntry(c, v, r, 'ignoreBOM', value.ignoreBOM),
    ];
    return { keys: [], braces: [`${getPrefix(constructor, tag, 'TextDecoder')}{`, '}'], base: '', extrasType: ObjectType, formatter };
  }
  return undefined;
}

/** A slot shown as `name: value`, as Node shows the getters it reads for these kinds. */
function slotEntry(ctx: Ctx, o: JSObject, recurseTimes: number, name: string, v: number | string | boolean | JSObject): string {
  return formatProperty(ctx, o, recurseTimes, name, ObjectType, new Prop(v, ENUMERABLE));
}

function formatTypedArray(ctx: Ctx, value: JSObject): string[] {
  const ta = value as TypedArrayObject;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), ta.length);
  const output: string[] = [];
  for (let i = 0; i < maxLength; i++) output.push(formatPrimitive(ctx, ta.view[i]));
  if (ta.length > maxLength) output.push(remainingText(ta.length - maxLength));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    const hidden: [string, number | JSObject][] = [
      ['BYTES_PER_ELEMENT', ta.kind.size], ['length', ta.length], ['byteLength', ta.byteLength],
      ['byteOffset', ta.byteOffset], ['buffer', ta.buffer],
    ];
    for (const [key, v] of hidden) {
      // Node shows the buffer of a typed array without its bytes.
      const str = v instanceof ArrayBufferObject ? `${getPrefix('ArrayBuffer', '', 'ArrayBuffer')}{ byteLength: ${formatPrimitive(ctx, v.byteLength)} }` : formatPrimitive(ctx, v as number);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatArrayBuffer(ctx: Ctx, value: JSObject, recurseTimes: number): string[] {
  const buf = value as ArrayBufferObject;
  const bytes = new Uint8Array(buf.data, 0, Math.min(ctx.maxArrayLength, buf.byteLength));
  let str = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
  const remaining = buf.byteLength - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`, slotEntry(ctx, buf, recurseTimes, 'byteLength', buf.byteLength)];
}

function formatDataView(ctx: Ctx, value: JSObject, recurseTimes: number): string[] {
  const dv = value as DataViewObject;
  return [
    slotEntry(ctx, dv, recurseTimes, 'byteLength', dv.byteLength),
    slotEntry(ctx, dv, recurseTimes, 'byteOffset', dv.byteOffset),
    slotEntry(ctx, dv, recurseTimes, 'buffer', dv.buffer),
  ];
}
