// Inline caches: each GetNamed/SetNamed site remembers the shapes it has seen and where
// the property was for each, so a repeat visit is one shape comparison and a slot read.
// A site is uninitialized, monomorphic, polymorphic (up to POLY_LIMIT shapes) or
// megamorphic (it stops caching and always takes the generic path).
import { ACCESSOR, DEFAULT_FLAGS, JSArray, JSObject, LAZY, WRITABLE } from '../heap/object';
import { NOT_PLAIN, plainGet } from './properties';
import type { Shape } from '../heap/shape';
import { arrayIndex, type PropertyKey } from '../heap/values';
import type { FunctionCode } from '../bytecode/code';
import { Op } from '../bytecode/op';

export const POLY_LIMIT = 4;

/** Prototype objects from a receiver to a holder, each with the shape it had when cached. */
interface ProtoPath {
  readonly objects: JSObject[];
  readonly shapes: Shape[];
}

/** What a site learned for one receiver shape. */
interface CacheEntry {
  readonly shape: Shape;
  /** The slot in the holder (a load) or in the receiver (a store). */
  readonly slot: number;
  /** Loads: the prototypes down to the holder (null: the receiver holds it). Adding stores: the whole chain, checked free of setters. */
  readonly path: ProtoPath | null;
  /** Adding stores: the receiver's shape after the add. */
  readonly next: Shape | null;
}

export class PropertyCache {
  entries: CacheEntry[] = [];
  megamorphic = false;

  /** `mono`, `poly(n)`, `mega`, or `-` before the first cacheable visit: what the disassembly prints. */
  get state(): string {
    if (this.megamorphic) return 'mega';
    const n = this.entries.length;
    return n === 0 ? '-' : n === 1 ? 'mono' : `poly(${n})`;
  }

  add(entry: CacheEntry): void {
    if (this.megamorphic) return;
    if (this.entries.length === POLY_LIMIT) { this.megamorphic = true; this.entries = []; return; }
    this.entries.push(entry);
  }
}

/** The cache of the site at `pc`, made on first use. */
export function cacheAt(code: FunctionCode, pc: number): PropertyCache {
  return (code.caches[pc] ??= new PropertyCache());
}

/** True when the path still leads from `o` to the holder with unchanged shapes. */
function pathHolds(o: JSObject, path: ProtoPath): boolean {
  const { objects, shapes } = path;
  for (let k = 0; k < objects.length; k++) {
    const p = objects[k];
    if (o.proto !== p || p.shape !== shapes[k]) return false;
    o = p;
  }
  return true;
}

/**
 * GetNamed on an object: the value from the site's cache, or from a generic read that
 * needs no call (learning the site's cache on the way); NOT_PLAIN when the VM must
 * take the full path (a getter, a proxy, an exotic property).
 */
export function loadNamed(c: PropertyCache, o: JSObject, key: PropertyKey): unknown {
  const v = cachedLoad(c, o);
  if (v !== NOT_CACHED) return v;
  if (key === 'length' && o instanceof JSArray) return o.items.length;
  learnLoad(c, o, key);
  return plainGet(o, key);
}

/** SetNamed on an object through the site's cache: true when stored; else the cache learns and the VM takes the full path. */
export function storeNamed(c: PropertyCache, o: JSObject, key: PropertyKey, v: unknown): boolean {
  if (cachedStore(c, o, v)) return true;
  learnStore(c, o, key);
  return false;
}

/** One shape seen, and still caching: what the optimizing tier may guard on. */
export function isMonomorphic(c: PropertyCache): boolean {
  return !c.megamorphic && c.entries.length === 1;
}

/**
 * GetNamedShape's guarded read: the value when `o` has the shape the site's first entry
 * cached (and, for an inherited property, its prototypes are unchanged); else NOT_PLAIN,
 * and the optimized code deoptimizes.
 */
export function guardedLoad(c: PropertyCache, o: unknown): unknown {
  const e = c.entries[0];
  if (e === undefined || !(o instanceof JSObject) || o.shape !== e.shape) return NOT_PLAIN;
  if (e.path === null) return o.slots[e.slot];
  return pathHolds(o, e.path) ? e.path.objects[e.path.objects.length - 1].slots[e.slot] : NOT_PLAIN;
}

/** A cache hit for reading `key` from `o`: the value, or NOT_CACHED. */
function cachedLoad(c: PropertyCache, o: JSObject): unknown {
  const shape = o.shape;
  const entries = c.entries;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    if (e.shape !== shape) continue;
    if (e.path === null) return o.slots[e.slot];
    if (pathHolds(o, e.path)) return e.path.objects[e.path.objects.length - 1].slots[e.slot];
    return NOT_CACHED;
  }
  return NOT_CACHED;
}

const NOT_CACHED: unique symbol = Symbol('not cached');

/** Whether `o`'s slots hold `key` exactly as its shape says (no exotic element or `length`). */
function storageIsExact(o: JSObject, key: PropertyKey): boolean {
  if (!o.shape.slotsExact) return false;
  if (o.shape.indexed) return key !== 'length' && (typeof key !== 'string' || arrayIndex(key) < 0);
  return true;
}

/** After a generic read found `key`: caches a plain data property reached through cacheable objects. */
function learnLoad(c: PropertyCache, receiver: JSObject, key: PropertyKey): void {
  if (c.megamorphic) return;
  const objects: JSObject[] = [];
  const shapes: Shape[] = [];
  if (!receiver.shape.cacheable) return;
  for (let o: JSObject | null = receiver; o !== null; o = o.proto) {
    if (!storageIsExact(o, key) || !o.shape.cacheable) return;
    if (o !== receiver) { objects.push(o); shapes.push(o.shape); }
    const i = o.shape.indexOf(key);
    if (i < 0) continue;
    if (o.shape.flags[i] & (ACCESSOR | LAZY)) return;
    c.add({ shape: receiver.shape, slot: i, path: objects.length === 0 ? null : { objects, shapes }, next: null });
    return;
  }
}

/** A cache hit for `o.key = v`: true when the value was stored. */
function cachedStore(c: PropertyCache, o: JSObject, v: unknown): boolean {
  const shape = o.shape;
  const entries = c.entries;
  for (let k = 0; k < entries.length; k++) {
    const e = entries[k];
    if (e.shape !== shape) continue;
    if (e.next === null) { o.slots[e.slot] = v; return true; }
    if (!o.extensible || !pathHolds(o, e.path!)) return false;
    o.appendSlot(e.next, v);
    return true;
  }
  return false;
}

/**
 * Before a generic write of `key` on `receiver`: caches an own writable data slot, or
 * an add whose prototype chain has no property of that name (so no setter or read-only
 * one can intervene). Returns the entry's kind for the caller to finish the learning.
 */
function learnStore(c: PropertyCache, receiver: JSObject, key: PropertyKey): void {
  if (c.megamorphic || !storageIsExact(receiver, key) || !receiver.shape.cacheable) return;
  const i = receiver.shape.indexOf(key);
  if (i >= 0) {
    if ((receiver.shape.flags[i] & (WRITABLE | ACCESSOR | LAZY)) === WRITABLE) c.add({ shape: receiver.shape, slot: i, path: null, next: null });
    return;
  }
  if (!receiver.extensible || receiver.shape.dictionary) return;
  const objects: JSObject[] = [];
  const shapes: Shape[] = [];
  for (let o = receiver.proto; o !== null; o = o.proto) {
    if (!storageIsExact(o, key) || !o.shape.cacheable || o.shape.indexOf(key) >= 0) return;
    objects.push(o);
    shapes.push(o.shape);
  }
  const next = receiver.shape.adding(key, DEFAULT_FLAGS);
  if (next.dictionary) return;
  c.add({ shape: receiver.shape, slot: receiver.shape.size, path: { objects, shapes }, next });
}

/** The cache state of the property site at `pc` (`mono`, `poly(2)`, `mega`, `-`), or undefined for other instructions or a site never run. */
export function cacheStateAt(code: FunctionCode, pc: number): string | undefined {
  return code.caches[pc]?.state;
}

/**
 * What the Disassembly view says after a property site: `uninit` before it ran,
 * `mono`, `poly(n)`, `mega`, or `uncached` when it only saw objects no cache can hold
 * (proxies, dictionaries, getters).
 */
export function siteAnnotation(code: FunctionCode, pc: number): string | undefined {
  const op = code.ops[pc];
  if (op !== Op.GetNamed && op !== Op.SetNamed) return undefined;
  const state = cacheStateAt(code, pc) ?? 'uninit';
  return state === '-' ? 'uncached' : state;
}
