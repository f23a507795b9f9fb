// Measures the live heap: marks everything reachable from the roots, with an explicit
// work list (no host recursion), and sizes each cell with account.ts's byte model.
import { FunctionCode } from '../bytecode/code';
import { Env } from '../env/env';
import { ScopeInfo } from '../env/scope';
import { Bytes, HEAP_KIND_NAMES, HeapKind } from './account';
import { BoundFunction, Closure, JSFunction, NativeFunction } from './function';
import { JSArray, JSObject } from './object';
import { MapObject, SetObject } from './slots';
import { ArrayBufferObject, DataViewObject, TypedArrayObject } from './binary';
import { JSSymbol } from './values';

/** Live figures per kind, indexed by HeapKind. */
export interface LiveFigures {
  counts: number[];
  bytes: number[];
  total: number;
}

/** Fields of every JSObject that the typed walk already followed (or that hold no values). */
const BASE_FIELDS = new Set(['shape', 'slots', 'proto', 'privates', 'className', 'extensible', 'heapMark']);
/** Host Sets hold at most 2**24 entries; past that, property names are no longer deduplicated. */
const MAX_SET = 2 ** 24 - 1;
/** Each measurement marks with a new number, so marks never need clearing. */
let epoch = 0;

/**
 * Marks from `roots` (realm, machine, event loop, debugger...). JS objects and
 * environments are walked by type; any other engine record (frames, timers, promise
 * reactions, generator states) is walked field by field, so new records are not missed.
 * Not seen: values held only by a host closure or a native's generator locals (pending
 * microtask thunks, a builtin mid-call) and WeakMap/WeakSet entries; issue 13's collector
 * must reify those.
 */
export function measureLive(roots: unknown[]): LiveFigures {
  const counts = HEAP_KIND_NAMES.map(() => 0);
  const bytes = HEAP_KIND_NAMES.map(() => 0);
  const mark = ++epoch;
  // Only engine records (frames, timers, reactions) go in a Set; objects and environments carry their mark.
  const seen = new Set<object>();
  // Property names are counted once, as V8 keeps one internalized copy of each.
  const names = new Set<string>();
  const work: unknown[] = roots.filter((r) => typeof r === 'object' && r !== null);

  // Each reference counts its string: a host string has no identity to tell one shared
  // copy from equal copies made apart, and comparing them could flatten ropes. So an
  // array filled with one long string counts it per element (V8 shares it).
  const str = (s: string): void => {
    counts[HeapKind.String]++;
    bytes[HeapKind.String] += Bytes.string + s.length;
  };
  const add = (v: unknown): void => {
    if (typeof v === 'string') str(v);
    else if (typeof v === 'object' && v !== null && (v as { heapMark?: number }).heapMark !== mark) work.push(v);
  };

  while (work.length > 0) {
    const v = work.pop() as object;
    if (v instanceof JSObject || v instanceof Env) {
      if (v.heapMark === mark) continue;
      v.heapMark = mark;
    } else {
      if (seen.has(v)) continue;
      seen.add(v);
    }
    if (v instanceof JSObject) {
      const kind = kindOf(v);
      counts[kind]++;
      bytes[kind] += objectBytes(v);
      for (const key of v.storedKeys()) {
        if (typeof key !== 'string' || names.has(key)) continue;
        if (names.size < MAX_SET) names.add(key);
        str(key);
      }
      walkObject(v, add);
    } else if (v instanceof Env) {
      counts[HeapKind.Environment]++;
      bytes[HeapKind.Environment] += Bytes.environment + Bytes.slot * v.slots.length;
      for (const s of v.slots) add(s);
      add(v.outer);
      add(v.object);
      add(v.dynamic);
    } else walkRecord(v, add);
  }
  let total = 0;
  for (const b of bytes) total += b;
  return { counts, bytes, total };
}

export function kindOf(o: JSObject): HeapKind {
  if (o instanceof JSArray) return HeapKind.Array;
  if (o instanceof JSFunction) return HeapKind.Function;
  if (o instanceof MapObject || o instanceof SetObject) return HeapKind.Collection;
  return HeapKind.Object;
}

/** The byte model of account.ts for one object. */
function objectBytes(o: JSObject): number {
  let n = Bytes.object + Bytes.property * (o.storedCount + (o.privates?.size ?? 0));
  if (o instanceof JSArray) n += Bytes.array - Bytes.object + Bytes.element * o.items.length;
  else if (o instanceof JSFunction) n += Bytes.function - Bytes.object;
  else if (o instanceof MapObject || o instanceof SetObject) n += Bytes.entry * o.data.size;
  else if (o instanceof ArrayBufferObject) n += o.byteLength;
  return n;
}

function walkObject(o: JSObject, add: (v: unknown) => void): void {
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
  } else if (o instanceof TypedArrayObject || o instanceof DataViewObject) {
    // The host view is bytes only; what it holds alive is its buffer.
    add(o.buffer);
  } else if (o instanceof ArrayBufferObject) {
    // Host bytes, counted in objectBytes; nothing to follow.
  } else if (o instanceof Closure) {
    add(o.env); add(o.homeObject); add(o.fieldInit);
  } else if (o instanceof BoundFunction) {
    add(o.target); add(o.boundThis); add(o.boundArgs);
  } else if (o.constructor !== JSObject && !(o instanceof NativeFunction)) {
    // Other kinds keep their internal slots in fields of their own (generator frames, promise reactions...).
    for (const key of Object.keys(o)) if (!BASE_FIELDS.has(key)) add((o as unknown as Record<string, unknown>)[key]);
  }
}

/** An engine record that is not a JS value: follow what it holds. */
function walkRecord(v: object, add: (v: unknown) => void): void {
  if (Array.isArray(v)) { for (const x of v) add(x); return; }
  if (v instanceof Map) { for (const [k, x] of v) { if (typeof k === 'object') add(k); add(x); } return; }
  if (v instanceof Set) { for (const x of v) add(x); return; }
  // Compiled code and scope shapes are not heap cells; host weak containers cannot be walked.
  if (v instanceof FunctionCode || v instanceof ScopeInfo || v instanceof JSSymbol) return;
  if (v instanceof WeakMap || v instanceof WeakSet || v instanceof RegExp || v instanceof Promise) return;
  for (const key of Object.keys(v)) {
    const x = (v as Record<string, unknown>)[key];
    // Only objects: a record's own strings are labels (names, kinds), not the program's.
    if (typeof x === 'object') add(x);
  }
}
