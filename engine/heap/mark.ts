// The collector's mark phase: marks everything reachable from the roots with an explicit
// work list (no host recursion), sizes each cell with account.ts's byte model, and leaves
// weak references unfollowed (WeakRef and registry targets, WeakMap keys, WeakSet values).
import { FunctionCode } from '../bytecode/code';
import { Env } from '../env/env';
import { ScopeInfo } from '../env/scope';
import { NativeFrame } from '../vm/frame';
import { Bytes, HEAP_KIND_NAMES, HeapCell, HeapKind } from './account';
import { BoundFunction, Closure, JSFunction, NativeFunction } from './function';
import { JSArray, JSObject } from './object';
import { MapObject, SetObject, WeakMapObject, WeakSetObject } from './slots';
import { ArrayBufferObject, DataViewObject, TypedArrayObject } from './binary';
import { FinalizationRegistryObject, WeakRefObject } from './weakCells';
import { JSSymbol } from './values';

/** Live figures per kind, indexed by HeapKind. */
export interface LiveFigures {
  counts: number[];
  bytes: number[];
  total: number;
}

/** What a mark found: live figures, the mark number cells carry, and the weak holders it met. */
export interface MarkResult extends LiveFigures {
  mark: number;
  /** Cells referenced straight from an engine record (a frame, the realm, a queue) or kept by the watermark. */
  roots: number;
  /** Cells in the order the mark reached them. */
  order: HeapCell[];
  weakRefs: WeakRefObject[];
  registries: FinalizationRegistryObject[];
  weakMaps: WeakMapObject[];
  weakSets: WeakSetObject[];
  /** The native frames met; cells from the oldest one's `spaceMark` on were taken as roots. */
  nativeFrames: NativeFrame[];
  /** Index into the space from which every cell counts as live (a native mid-call may hold it). */
  watermark: number;
  /** ArrayBuffer contents among the bytes. */
  bufferBytes: number;
}

/** Fields of every JSObject that the typed walk already followed (or that hold no values). */
const BASE_FIELDS = new Set(['shape', 'slots', 'proto', 'privates', 'className', 'extensible', 'heapMark', 'holds']);
/** Host Sets hold at most 2**24 entries; past that, property names are no longer deduplicated. */
const MAX_SET = 2 ** 24 - 1;
/** Each mark uses a new number, so marks never need clearing. */
let epoch = 0;

/** True when `v` (a WeakMap key, a WeakRef target) survived the mark numbered `mark`. */
export function isLive(v: unknown, mark: number): boolean {
  if (v instanceof JSObject || v instanceof Env) return v.heapMark === mark;
  // Symbols are not cells of the space: never collected.
  return true;
}

/**
 * Marks from `roots` (realm, machine, event loop, debugger...). JS objects and
 * environments are walked by type; any other engine record (frames, timers, promise
 * reactions, generator states, microtasks' `holds`) field by field, so new records are
 * not missed. `space` is the account's cells: its first `permanent` (the realm's own) and
 * those a native mid-call may hold are roots.
 */
export function markHeap(roots: unknown[], space: readonly HeapCell[], permanent = 0): MarkResult {
  const counts = HEAP_KIND_NAMES.map(() => 0);
  const bytes = HEAP_KIND_NAMES.map(() => 0);
  const mark = ++epoch;
  const r: MarkResult = { counts, bytes, total: 0, mark, roots: 0, order: [], weakRefs: [], registries: [], weakMaps: [], weakSets: [], nativeFrames: [], watermark: space.length, bufferBytes: 0 };
  // Only engine records (frames, timers, reactions) go in a Set; objects and environments carry their mark.
  const seen = new Set<object>();
  // Property names are counted once, as V8 keeps one internalized copy of each.
  const names = new Set<string>();
  const work: unknown[] = [];
  const rootCells = new Set<object>();

  // Each reference counts its string: a host string has no identity to tell one shared
  // copy from equal copies made apart, and comparing them could flatten ropes.
  const str = (s: string): void => {
    counts[HeapKind.String]++;
    bytes[HeapKind.String] += Bytes.string + s.length;
  };
  const add = (v: unknown): void => {
    if (typeof v === 'string') str(v);
    else if (typeof v === 'object' && v !== null && (v as { heapMark?: number }).heapMark !== mark) work.push(v);
  };
  const addRoot = (v: unknown): void => {
    if ((v instanceof JSObject || v instanceof Env) && v.heapMark !== mark) rootCells.add(v);
    add(v);
  };
  for (const x of roots) addRoot(x);
  // The realm's own cells are live for good; they are not counted as roots (the global object is).
  for (let i = 0; i < permanent && i < space.length; i++) add(space[i]);
  const drain = (): void => {
    while (work.length > 0) {
      const v = work.pop() as object;
      if (v instanceof JSObject || v instanceof Env) {
        if (v.heapMark === mark) continue;
        v.heapMark = mark;
        r.order.push(v);
      } else {
        if (seen.has(v)) continue;
        seen.add(v);
      }
      if (v instanceof JSObject) {
        const kind = kindOf(v);
        counts[kind]++;
        bytes[kind] += objectBytes(v);
        if (v instanceof ArrayBufferObject) r.bufferBytes += v.byteLength;
        for (const key of v.storedKeys()) {
          if (typeof key !== 'string' || names.has(key)) continue;
          if (names.size < MAX_SET) names.add(key);
          str(key);
        }
        walkObject(v, add, r);
      } else if (v instanceof Env) {
        counts[HeapKind.Environment]++;
        bytes[HeapKind.Environment] += envBytes(v);
        for (const s of v.slots) add(s);
        add(v.outer);
        add(v.object);
        add(v.dynamic);
      } else {
        if (v instanceof NativeFrame) lowerWatermark(v.spaceMark);
        walkRecord(v, addRoot);
      }
    }
  };
  // Cells a native mid-call allocated may sit only in its host locals: all are roots.
  const lowerWatermark = (at: number): void => {
    for (let i = Math.max(0, at); i < r.watermark; i++) addRoot(space[i]);
    r.watermark = Math.min(r.watermark, Math.max(0, at));
  };
  // Ephemerons: a WeakMap value is live once its key is; repeat until nothing new is marked.
  let waiting: [unknown, unknown][] = [];
  let mapsSeen = 0;
  for (let grew = true; grew; ) {
    drain();
    for (; mapsSeen < r.weakMaps.length; mapsSeen++) for (const e of r.weakMaps[mapsSeen].data) waiting.push(e);
    const before = waiting.length;
    waiting = waiting.filter(([k, v]) => {
      if (!isLive(k, mark)) return true;
      add(v);
      return false;
    });
    grew = waiting.length !== before;
  }
  for (const b of bytes) r.total += b;
  r.roots = rootCells.size;
  r.nativeFrames = [...seen].filter((x): x is NativeFrame => x instanceof NativeFrame);
  return r;
}

export function kindOf(o: JSObject): HeapKind {
  if (o instanceof JSArray) return HeapKind.Array;
  if (o instanceof JSFunction) return HeapKind.Function;
  if (o instanceof MapObject || o instanceof SetObject) return HeapKind.Collection;
  return HeapKind.Object;
}

/** The byte model of account.ts for one object. */
export function objectBytes(o: JSObject): number {
  let n = Bytes.object + Bytes.property * (o.storedCount + (o.privates?.size ?? 0));
  if (o instanceof JSArray) n += Bytes.array - Bytes.object + Bytes.element * o.items.length;
  else if (o instanceof JSFunction) n += Bytes.function - Bytes.object;
  else if (o instanceof MapObject || o instanceof SetObject || o instanceof WeakMapObject || o instanceof WeakSetObject) n += Bytes.entry * o.data.size;
  else if (o instanceof ArrayBufferObject) n += o.byteLength;
  return n;
}

export function envBytes(e: Env): number {
  return Bytes.environment + Bytes.slot * e.slots.length;
}

function walkObject(o: JSObject, add: (v: unknown) => void, r: MarkResult): void {
  add(o.proto);
  for (const v of o.storedValues()) add(v);
  if (o.privates) for (const e of o.privates.values()) { add(e.value); add(e.get); add(e.set); }
  if (o instanceof JSArray) {
    for (const item of o.items) if (typeof item === 'object' || typeof item === 'string') add(item);
    if (o.accessors) for (const p of o.accessors.values()) { add(p.get); add(p.set); }
  } else if (o instanceof MapObject) {
    for (const [k, v] of o.data) { add(k); add(v); }
  } else if (o instanceof SetObject) {
    for (const k of o.data) add(k);
  } else if (o instanceof WeakMapObject) {
    r.weakMaps.push(o);
  } else if (o instanceof WeakSetObject) {
    r.weakSets.push(o);
  } else if (o instanceof WeakRefObject) {
    r.weakRefs.push(o);
  } else if (o instanceof FinalizationRegistryObject) {
    r.registries.push(o);
    add(o.cleanup);
    for (const c of o.cells) add(c.holdings);
  } else if (o instanceof TypedArrayObject || o instanceof DataViewObject) {
    // The host view is bytes only; what it holds alive is its buffer.
    add(o.buffer);
  } else if (o instanceof ArrayBufferObject) {
    // Host bytes, counted in objectBytes; nothing to follow.
  } else if (o instanceof Closure) {
    add(o.env); add(o.homeObject); add(o.fieldInit); add(o.code);
  } else if (o instanceof BoundFunction) {
    add(o.target); add(o.boundThis); add(o.boundArgs);
  } else if (o instanceof NativeFunction) {
    // What a native made at run time closed over (a promise's resolving functions: the promise).
    add(o.holds);
  } else if (o.constructor !== JSObject) {
    // Other kinds keep their internal slots in fields of their own (generator frames, promise reactions...).
    for (const key of Object.keys(o)) if (!BASE_FIELDS.has(key)) add((o as unknown as Record<string, unknown>)[key]);
  }
}

/** An engine record that is not a JS value: follow what it holds. */
function walkRecord(v: object, add: (v: unknown) => void): void {
  if (Array.isArray(v)) { for (const x of v) if (typeof x === 'object' || typeof x === 'string') add(x); return; }
  if (v instanceof Map) { for (const [k, x] of v) { if (typeof k === 'object') add(k); add(x); } return; }
  if (v instanceof Set) { for (const x of v) add(x); return; }
  // A function's template objects live in its constants, made once per site.
  if (v instanceof FunctionCode) { for (const c of v.consts) if (isTemplateSite(c)) add(c.object); return; }
  // Scope shapes are not heap cells; host weak containers cannot be walked.
  if (v instanceof ScopeInfo || v instanceof JSSymbol) return;
  if (v instanceof WeakMap || v instanceof WeakSet || v instanceof RegExp || v instanceof Promise) return;
  // Typed arrays hold numbers only (the debugger's timeline log): nothing to follow.
  if (ArrayBuffer.isView(v)) return;
  for (const key of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[key];
    // Only objects: a record's own strings are labels (names, kinds), not the program's.
    if (typeof x === 'object') add(x);
  }
}

function isTemplateSite(c: unknown): c is { object: JSObject } {
  return typeof c === 'object' && c !== null && 'raw' in c && 'cooked' in c && (c as { object?: unknown }).object instanceof JSObject;
}
