// What an inspected object calls itself: its constructor's name found along the prototype
// chain (as Node finds it), its Symbol.toStringTag, and the `Name [Tag] ` prefix built from them.
import { ModuleNamespace } from '../realm/esm/namespace';
import { BoundFunction, isCallable } from '../heap/function';
import { JSObject } from '../heap/object';
import { JSSymbol, PropertyKey, Value, WellKnown } from '../heap/values';
import type { Realm } from '../realm/realm';
import { formatProperty, ObjectType } from './formatObject';
import { Ctx, inspect } from './inspect';

/**
 * A property's value read without running user code: the first own property found along
 * the prototype chain, or undefined when that property is an accessor.
 */
export function dataGet(o: JSObject, key: PropertyKey): Value {
  const p = o.lookup(key);
  return p === undefined || p.isAccessor ? undefined : p.value;
}

/** String(v) for the primitives names and messages usually are; never runs user code. */
export function plainString(v: Value): string {
  if (v instanceof JSSymbol) return v.toString();
  if (v instanceof JSObject) return isCallable(v) ? 'function' : '[object Object]';
  return String(v);
}

const builtInsByRealm = new WeakMap<Realm, Set<string>>();

/**
 * The capitalised global names present before user code ran (Node's `builtInObjects`):
 * objects made by those constructors count as built-in. installConsole takes the snapshot.
 */
export function builtInNames(realm: Realm): Set<string> {
  let names = builtInsByRealm.get(realm);
  if (names === undefined) {
    names = new Set();
    for (const k of realm.global.ownKeys()) if (typeof k === 'string' && /^[A-Z][a-zA-Z0-9]+$/.test(k)) names.add(k);
    builtInsByRealm.set(realm, names);
  }
  return names;
}

/** OrdinaryHasInstance without Symbol.hasInstance, which is user code. */
function isInstanceof(obj: JSObject, c: JSObject): boolean {
  let target = c;
  while (target instanceof BoundFunction) target = target.target;
  const proto = dataGet(target, 'prototype');
  if (!(proto instanceof JSObject)) return false;
  for (let o = obj.proto; o !== null; o = o.proto) if (o === proto) return true;
  return false;
}

export interface ConstructorInfo {
  name: string;
  /** Where showHidden starts listing user prototype properties, if it should. */
  protoStart?: JSObject;
}

/** The constructor name Node shows (`A` in `A { x: 1 }`), or null for a null-prototype object. */
export function getConstructorName(ctx: Ctx, obj: JSObject, recurseTimes: number): ConstructorInfo | null {
  const { ObjectPrototype, FunctionPrototype } = ctx.realm;
  let firstProto: JSObject | null | undefined;
  for (let o: JSObject | null = obj; o !== null;) {
    // Object.prototype and Function.prototype are trusted even if their `constructor` was changed.
    const wellKnown = o === ObjectPrototype ? 'Object' : o === FunctionPrototype ? 'Function' : undefined;
    if (wellKnown !== undefined && o !== obj) {
      return { name: wellKnown, protoStart: firstProto !== o ? (firstProto ?? obj) : undefined };
    }
    const ctor = o.getOwn('constructor');
    if (ctor !== undefined && !ctor.isAccessor && isCallable(ctor.value)) {
      const name = dataGet(ctor.value, 'name');
      if (name !== '' && isInstanceof(obj, ctor.value)) {
        const text = plainString(name);
        const listProto = firstProto !== o || !builtInNames(ctx.realm).has(text);
        return { name: text, protoStart: listProto ? (firstProto ?? obj) : undefined };
      }
    }
    o = o.proto;
    if (firstProto === undefined) firstProto = o;
  }
  if (firstProto === null || firstProto === undefined) return null;
  const res = obj.className;
  if (recurseTimes > ctx.depth) return { name: `${res} <Complex prototype>` };
  const protoConstr = getConstructorName(ctx, firstProto, recurseTimes + 1);
  if (protoConstr === null) {
    const { realm, indentationLvl: _i, currentDepth: _c, seen: _s, circular: _r, tags, custom: _u, inCustom: _n, ...options } = ctx;
    return { name: `${res} <${inspect(realm, firstProto, { ...options, depth: -1 }, tags)}>` };
  }
  return { name: `${res} <${protoConstr.name}>` };
}

/**
 * With showHidden, the non-method properties that user prototypes (up to three levels,
 * stopping at a built-in one) add to `main`, e.g. a class's getters.
 */
export function addPrototypeProperties(ctx: Ctx, main: JSObject, start: JSObject, recurseTimes: number, output: string[]): void {
  const builtIns = builtInNames(ctx.realm);
  let obj: JSObject | null = start;
  const above = new Set<PropertyKey>();
  let keys: PropertyKey[] = [];
  for (let depth = 0; depth < 3; depth++) {
    if (depth !== 0 || main === obj) {
      obj = obj!.proto;
      if (obj === null) return;
      const ctor = obj.getOwn('constructor');
      if (ctor && !ctor.isAccessor && isCallable(ctor.value) && builtIns.has(plainString(dataGet(ctor.value, 'name')))) return;
    }
    for (const k of keys) above.add(k);
    keys = obj!.ownKeys();
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || main.getOwn(key) !== undefined || (depth !== 0 && above.has(key))) continue;
      const prop = obj!.getOwn(key)!;
      if (!prop.isAccessor && isCallable(prop.value)) continue;
      output.push(formatProperty(ctx, obj!, recurseTimes, key, ObjectType, prop));
    }
    ctx.seen.pop();
  }
}

/** The object's Symbol.toStringTag, unless it is an own property that is printed anyway. */
export function toStringTag(ctx: Ctx, value: JSObject): string {
  const tag = ctx.tags.has(value) ? ctx.tags.get(value) : dataGet(value, WellKnown.toStringTag);
  if (typeof tag !== 'string') return value === ctx.realm.global ? 'global' : '';
  if (tag !== '') {
    const own = value.getOwn(WellKnown.toStringTag);
    if (own !== undefined && (ctx.showHidden || own.enumerable)) return '';
  }
  return tag;
}

/** `Name(size) [Tag] `, or `[Fallback(size): null prototype] ` for a null prototype. */
export function getPrefix(constructor: string | null, tag: string, fallback: string, size = ''): string {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

/** The prefix of an object of no special kind. */
export function getCtxStyle(value: JSObject, constructor: string | null, tag: string): string {
  let fallback = '';
  if (constructor === null) {
    fallback = value.className;
    // A module namespace prints as `[Module: null prototype]` (Node's isModuleNamespaceObject branch).
    if (fallback === tag && !(value instanceof ModuleNamespace)) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}
