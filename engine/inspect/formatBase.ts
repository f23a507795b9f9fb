// The one-line "base" of functions, classes, boxed primitives, regexps and dates, which
// Node prints before (or instead of) the object's own entries.
import { Closure, JSFunction } from '../heap/function';
import { DateObject, RegExpObject } from '../heap/slots';
import { PrimitiveWrapper } from '../heap/wrapper';
import { JSSymbol, PropertyKey } from '../heap/values';
import { dataGet, plainString } from './constructorName';
import { formatPrimitive, PrimitiveOptions } from './formatPrimitive';

/** `[Function: f]`, `[AsyncGeneratorFunction (anonymous)]`, `[class B extends A]`... */
export function getFunctionBase(value: JSFunction, constructor: string | null, tag: string): string {
  const code = value instanceof Closure ? value.code : undefined;
  if (code?.isClassConstructor) return getClassBase(value, constructor, tag);
  let type = 'Function';
  if (code?.isGenerator) type = `Generator${type}`;
  if (code?.isAsync) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  const name = dataGet(value, 'name');
  base += name === '' ? ' (anonymous)' : `: ${plainString(name)}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value: JSFunction, constructor: string | null, tag: string): string {
  const own = value.getOwn('name');
  const name = own !== undefined ? dataGet(value, 'name') : undefined;
  let base = `class ${name ? plainString(name) : '(anonymous)'}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = value.proto !== null ? dataGet(value.proto, 'name') : undefined;
    if (superName) base += ` extends ${plainString(superName)}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

const BOXED_TYPES: Record<string, string> = {
  number: 'Number', string: 'String', boolean: 'Boolean', bigint: 'BigInt', object: 'Symbol',
};

/** `[Number: 3]`, `[String: 'ab']`; a boxed string's index keys are dropped from `keys`. */
export function getBoxedBase(
  ctx: PrimitiveOptions, value: PrimitiveWrapper, keys: PropertyKey[], constructor: string | null, tag: string,
): string {
  const prim = value.primitive;
  const type = prim instanceof JSSymbol ? 'Symbol' : BOXED_TYPES[typeof prim];
  if (typeof prim === 'string') keys.splice(0, prim.length);
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive({ ...ctx, stylize: undefined }, prim)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === undefined) return base;
  return ctx.stylize(base, type.toLowerCase());
}

/** RegExp.prototype.toString from the slots: `/source/flags`, flags in canonical order. */
export function regExpText(r: RegExpObject): string {
  const flags = [...r.flags].sort((a, b) => FLAG_ORDER.indexOf(a) - FLAG_ORDER.indexOf(b)).join('');
  return `/${escapeRegExpPattern(r.source)}/${flags}`;
}

const FLAG_ORDER = 'dgimsuvy';

/** https://tc39.es/ecma262/#sec-escaperegexppattern: `/` and line breaks escaped, idempotent. */
function escapeRegExpPattern(source: string): string {
  if (source === '') return '(?:)';
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\u2028') out += '\\u2028';
    else if (c === '\u2029') out += '\\u2029';
    else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c === '/' && !inClass ? '\\/' : c;
    }
  }
  return out;
}

/** Date.prototype.toISOString, or `Invalid Date`. */
export function dateText(d: DateObject): string {
  return Number.isNaN(d.time) ? 'Invalid Date' : new Date(d.time).toISOString();
}
