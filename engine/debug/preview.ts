// One-line previews of values for the Variables pane and hovers, in Chrome's style:
// strings quoted, `Array(3)`, `{a: 1, b: 2}`, `ƒ name()`, `Map(2)`, `A {x: 1}`.
import { ModuleNamespace } from '../realm/esm/namespace';
import { Closure, JSFunction } from '../heap/function';
import { JSArray, JSObject } from '../heap/object';
import { binaryPreview } from './binaryChildren';
import { ProxyLike, isProxy } from '../heap/proxy';
import { MapObject, SetObject, DateObject, RegExpObject, PromiseObject } from '../heap/slots';
import { PrimitiveWrapper } from '../heap/wrapper';
import { HOLE, JSSymbol, Value, TDZ } from '../heap/values';

export function typeName(v: Value | typeof TDZ): string {
  if (v === TDZ) return 'uninitialized';
  if (v === null) return 'null';
  if (v instanceof JSSymbol) return 'symbol';
  if (v instanceof JSFunction) return 'function';
  if (v instanceof JSObject) return 'object';
  return typeof v;
}

/** A string's preview shows at most this many characters (inside another value's preview, far fewer). */
export const STRING_PREVIEW_MAX = 10_000;
const NESTED_STRING_MAX = 100;

/** `"abc"`, or for a long string its start and its full length, so a huge string is never copied whole. */
function quoted(s: string, max: number): string {
  if (s.length <= max) return JSON.stringify(s);
  return `${JSON.stringify(s.slice(0, max)).slice(0, -1)}…" (${s.length.toLocaleString('en-US')} characters)`;
}

function primitive(v: Value, max = STRING_PREVIEW_MAX): string {
  if (typeof v === 'string') return quoted(v, max);
  if (typeof v === 'bigint') return `${v}n`;
  if (v instanceof JSSymbol) return v.toString();
  if (Object.is(v, -0)) return '-0';
  return String(v);
}

/** The name of an object's constructor, found as Chrome does (proto's `constructor.name`). */
export function constructorName(o: JSObject): string {
  for (let p = o.proto; p !== null; p = p.proto) {
    const c = p.getOwn('constructor');
    if (c && !c.isAccessor && c.value instanceof JSFunction) {
      const n = c.value.getOwn('name');
      if (n && typeof n.value === 'string' && n.value) return n.value;
    }
  }
  return o.proto === null ? 'Object' : 'Object';
}

/** Chrome's `ƒ multiply(e, f)`: the name and the parameters as written. */
export function functionPreview(f: JSFunction): string {
  const n = f.getOwn('name');
  const name = n && typeof n.value === 'string' ? n.value : '';
  if (!(f instanceof Closure)) return `ƒ ${name}()`;
  if (f.code.isClassConstructor) return `class ${name}`;
  // Chrome previews the parameters as written; a long default value is cut.
  const params = f.code.paramNames.join(', ');
  return `ƒ ${name}(${params.length > 60 ? `${params.slice(0, 59)}…` : params})`;
}

/** Chrome's `Proxy(Object) {a: 1}`: the target's kind and preview, read without traps. */
function proxyPreview(p: ProxyLike, depth: number): string {
  const target = p.proxyTarget;
  if (target === null) return 'Proxy {}';
  const kind = target instanceof JSFunction ? 'Function' : target instanceof JSArray ? 'Array' : isProxy(target) ? 'Proxy' : 'Object';
  if (depth <= 0 || isProxy(target)) return `Proxy(${kind})`;
  const inner = preview(target, depth);
  const body = inner.indexOf('{') >= 0 && kind === 'Object' ? inner.slice(inner.indexOf('{')) : inner;
  return `Proxy(${kind}) ${body}`;
}

/** A short description; `depth` 0 gives only the kind, 1 includes a few properties. */
export function preview(v: Value | typeof TDZ, depth = 1): string {
  if (v === TDZ) return '<uninitialized (TDZ)>';
  if (!(v instanceof JSObject)) return primitive(v as Value, depth <= 0 ? NESTED_STRING_MAX : STRING_PREVIEW_MAX);
  if (isProxy(v)) return proxyPreview(v, depth);
  if (v instanceof JSFunction) return functionPreview(v);
  if (v instanceof JSArray) {
    if (depth <= 0) return `Array(${v.items.length})`;
    const shown = v.items.slice(0, 5).map((x) => (x === HOLE ? 'empty' : preview(x as Value, 0)));
    return `(${v.items.length}) [${shown.join(', ')}${v.items.length > 5 ? ', …' : ''}]`;
  }
  const binary = binaryPreview(v, depth, (x) => preview(x, 0));
  if (binary !== undefined) return binary;
  if (v instanceof MapObject) return `Map(${v.data.size})`;
  if (v instanceof SetObject) return `Set(${v.data.size})`;
  if (v instanceof DateObject) return Number.isNaN(v.time) ? 'Invalid Date' : new Date(v.time).toISOString();
  if (v instanceof RegExpObject) return `/${v.source}/${v.flags}`;
  if (v instanceof PromiseObject) return `Promise {<${v.state}>}`;
  if (v instanceof PrimitiveWrapper) return `${v.className} {${primitive(v.primitive)}}`;
  if (v.className === 'global') return 'globalThis';
  const name = v.className === 'Error' ? errorText(v) : v instanceof ModuleNamespace ? 'Module' : constructorName(v);
  if (v.className === 'Error') return name;
  if (depth <= 0) return name === 'Object' ? '{…}' : name;
  const parts: string[] = [];
  for (const k of v.ownKeys()) {
    // A namespace's export is read without its TDZ check (getOwn would throw).
    const p = v instanceof ModuleNamespace && typeof k === 'string' ? { enumerable: true, isAccessor: false, value: v.peek(k) } : v.getOwn(k);
    if (!p || !p.enumerable || typeof k !== 'string') continue;
    if (parts.length >= 5) { parts.push('…'); break; }
    parts.push(`${k}: ${p.isAccessor ? '(...)' : preview(p.value, 0)}`);
  }
  const body = `{${parts.join(', ')}}`;
  return name === 'Object' ? body : `${name} ${body}`;
}

function errorText(e: JSObject): string {
  const stack = e.lookup('stack');
  if (stack && !stack.isAccessor && typeof stack.value === 'string') return stack.value.split('\n')[0];
  return 'Error';
}
