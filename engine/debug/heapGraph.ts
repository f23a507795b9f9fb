// The heap as a graph for the Memory view and the `heapGraph` request: the stopped frames'
// bindings as roots, the program's objects and the scope records closures keep as nodes,
// and every reference between them as an edge. Ids stay the same across stops while an
// object lives (a WeakMap the debugger keeps), so a view can follow a box from stop to stop.
import { Env } from '../env/env';
import { THIS_NAME } from '../env/specialSlots';
import { BoundFunction, Closure, JSFunction, NativeFunction } from '../heap/function';
import { JSArray, JSObject } from '../heap/object';
import { MapObject, SetObject } from '../heap/slots';
import { HOLE, TDZ, type Value } from '../heap/values';
import { keyText } from '../ops/object';
import { EventTargetObject } from '../realm/builtins/EventTarget';
import type { Frame } from '../vm/frame';
import { visibleSlots } from './inspector';
import { preview } from './preview';

/** Boxes drawn at most; the rest are counted in `omitted`. */
export const MAX_NODES = 300;
/** Cells shown per box (array elements, properties, entries); the rest are counted in the node's `more`. */
export const MAX_FIELDS = 20;

export type HeapNodeKind = 'object' | 'array' | 'function' | 'map' | 'set' | 'environment';

/**
 * A root: a binding of a stopped frame (`frame` its index), or with `frame` -1 a global the
 * program made (scope 'Global') or a pending timer's callback (scope 'Timers'). `to` is the
 * node it references, or null with the primitive's `value`.
 */
export interface HeapRoot {
  frame: number; scope: string; name: string; to: number | null; value?: string;
  /** A frame's binding: the id of the scope record that holds it, and `own` when that record is the frame's own (its function's or a block's), not one it closed over. */
  record?: number; own?: true;
}
/** A root outside the frames, as the agent names it: `setInterval #1` and its callback. */
export interface OuterRoot { scope: 'Global' | 'Timers'; name: string; value: unknown }
/** A cell of a box: a primitive shown inline (`value`) or a reference (`to`, also an edge). */
export interface HeapField { name: string; value?: string; to?: number }
/** `freed`: a box the collector just swept, drawn at a GC stop. */
export interface HeapNode { id: number; kind: HeapNodeKind; label: string; size: number; fields: HeapField[]; more: number; freed?: true }
export interface HeapEdge { from: number; to: number; name: string }
/** A GC stop's part of the graph: the phase, its text, the drawn boxes in marking order, and the swept ones. */
export interface HeapGcView { phase: 'mark' | 'sweep'; text: string; markOrder: number[]; freed: number[] }
export interface HeapGraph { roots: HeapRoot[]; nodes: HeapNode[]; edges: HeapEdge[]; omitted: number; gc?: HeapGcView }

export type Cell = JSObject | Env;

/** New ids between two sweeps of HeapIds' table for freed cells (at least half the table, so the sweeps cost O(1) per id). */
const PRUNE_EVERY = 4096;

/** Gives each object or environment an id for as long as it lives, across stops. */
export class HeapIds {
  private readonly ids = new WeakMap<object, number>();
  /** Back from an id to its cell, for the Memory view's "reveal in Variables"; weak, so drawing keeps nothing alive. */
  private readonly cells = new Map<number, WeakRef<Cell>>();
  private last = 0;
  /** Ids given since dead entries were last dropped from `cells`. */
  private sincePrune = 0;

  /** The id `o` was given, without giving one. */
  peek(o: object): number | undefined {
    return this.ids.get(o);
  }

  of(o: Cell): number {
    let id = this.ids.get(o);
    if (id === undefined) {
      this.ids.set(o, (id = ++this.last));
      this.cells.set(id, new WeakRef(o));
      if (++this.sincePrune > PRUNE_EVERY && this.sincePrune > this.cells.size / 2) this.prune();
    }
    return id;
  }

  /** Drops the ids of cells the host has freed, so a long session's table stays the size of the live drawing. */
  private prune(): void {
    this.sincePrune = 0;
    for (const [id, ref] of this.cells) if (ref.deref() === undefined) this.cells.delete(id);
  }

  /** Ids whose cell the table still tracks (for tests of the pruning). */
  get tracked(): number {
    return this.cells.size;
  }

  /** The cell an id was given to, if the host still holds it (callers check it is in the current graph). */
  cell(id: number): Cell | undefined {
    return this.cells.get(id)?.deref();
  }
}

/** A scope's program bindings: not `this`, nor the module wrapper's own parameters, nor an ES module's imports. */
function bindingSlots(env: Env): number[] {
  const { scope } = env;
  // An ES module's imports are the exporters' bindings, drawn in their own module's record.
  return visibleSlots(scope).filter((s) => scope.names[s] !== THIS_NAME && scope.kinds[s] !== 'import' && !(scope.kind === 'module' && (scope.kinds[s] === 'param' || scope.kinds[s] === 'arguments')));
}

/** The nearest environment from `env` outwards that has bindings to show (null at the program's edge). */
function shownEnv(env: Env | null, rootEnv: Env): Env | null {
  for (let e = env; e !== null && e !== rootEnv; e = e.outer) {
    if (e.object === null && bindingSlots(e).length > 0) return e;
  }
  return null;
}

/** The records a frame made itself: from its innermost block's out to its function's own. */
function ownRecords(f: Frame): Set<Env> {
  const own = new Set<Env>();
  for (let e: Env | null = f.env; e !== null; e = e.outer) {
    own.add(e);
    if (e === f.funcEnv) break;
  }
  return own;
}

/** Past a named function expression's own-name record (`function next() {}` binds `next` in one of its own). */
function pastOwnName(env: Env, code: { selfScope: unknown }): Env | null {
  return code.selfScope === env.scope ? env.outer : env;
}

function scopeLabel(env: Env): string {
  const s = env.scope;
  if (s.kind === 'module') return 'Module scope';
  if (s.kind === 'esmodule') return 'ES module scope';
  if (s.kind === 'function' && s.functionName === '' && s.names.length === 1) return `Own name of ${s.names[0]}()`;
  if (s.kind === 'function') return `Scope of ${s.functionName || 'anonymous'}()`;
  return s.kind === 'script' || s.kind === 'global' ? 'Script scope' : 'Block scope';
}

/** A box's title: `Object`, `Point`, `Array(3)`, `Map(1)`, `ƒ next()` (the cells show the contents). */
function boxLabel(o: JSObject): string {
  return preview(o as Value, 0).replace(/ ?\{…\}$/, '') || 'Object';
}

function kindOf(o: JSObject): HeapNodeKind {
  if (o instanceof JSFunction) return 'function';
  if (o instanceof JSArray) return 'array';
  if (o instanceof MapObject) return 'map';
  if (o instanceof SetObject) return 'set';
  return 'object';
}

/**
 * Builds the graph from the stopped frames (the `selected` one first, then the others
 * innermost first), then the program's globals and pending timers, breadth first, so what
 * the selected frame reaches is drawn first and the cap leaves out the rest. At a GC stop,
 * `freed` are the cells the collector swept: drawn after the live ones, marked `freed`,
 * with arrows only among what is drawn.
 */
export function buildHeapGraph(frames: Frame[], rootEnv: Env, ids: HeapIds, outer: OuterRoot[] = [], freed: readonly Cell[] = [], selected = 0): HeapGraph {
  const nodes: HeapNode[] = [];
  const edges: HeapEdge[] = [];
  const queued = new Set<Cell>();
  const todo: Cell[] = [];
  let omitted = 0;
  // From this index on, `todo` holds swept cells, which add no new boxes.
  let firstFreed = Number.POSITIVE_INFINITY;

  const ref = (v: unknown): number | undefined => {
    if (!(v instanceof JSObject) && !(v instanceof Env)) return undefined;
    if (!queued.has(v)) {
      if (todo.length >= firstFreed) return undefined;
      if (queued.size >= MAX_NODES) { omitted++; return undefined; }
      queued.add(v);
      todo.push(v);
    }
    return ids.of(v);
  };
  const field = (from: number, name: string, v: unknown): HeapField => {
    const to = ref(v);
    if (to !== undefined) { edges.push({ from, to, name }); return { name, to }; }
    if (v instanceof JSObject || v instanceof Env) return { name, value: '…' };
    return { name, value: v === TDZ ? '<uninitialized>' : v === HOLE ? '<empty>' : preview(v as Value) };
  };

  const roots: HeapRoot[] = [];
  const addRoot = (frame: number, scope: string, name: string, v: unknown, record?: { id: number; own: boolean }): void => {
    const to = ref(v);
    const root: HeapRoot = { frame, scope, name, to: to ?? null };
    if (to === undefined) root.value = v === TDZ ? '<uninitialized>' : v instanceof JSObject ? '…' : preview(v as Value);
    if (record) { root.record = record.id; if (record.own) root.own = true; }
    roots.push(root);
  };
  const order = frames.map((_, i) => i);
  if (selected > 0 && selected < frames.length) order.unshift(...order.splice(selected, 1));
  for (const frame of order) {
    const f = frames[frame];
    const own = ownRecords(f);
    for (let e = shownEnv(f.env, rootEnv); e !== null; e = shownEnv(e.outer, rootEnv)) {
      if (e.scope === f.code.selfScope) continue;
      const record = { id: ids.of(e), own: own.has(e) };
      for (const slot of bindingSlots(e)) addRoot(frame, scopeLabel(e), e.scope.names[slot], e.slots[slot], record);
    }
  }
  for (const r of outer) addRoot(-1, r.scope, r.name, r.value);

  const describe = (cell: Cell, i: number): void => {
    const id = ids.of(cell);
    const node: HeapNode = cell instanceof Env
      ? { id, kind: 'environment', label: scopeLabel(cell), size: bindingSlots(cell).length, fields: [], more: 0 }
      : { id, kind: kindOf(cell), label: boxLabel(cell), size: cell.storedCount, fields: [], more: 0 };
    if (i >= firstFreed) node.freed = true;
    nodes.push(node);
    const add = (name: string, v: unknown): void => {
      if (node.fields.length < MAX_FIELDS) node.fields.push(field(id, name, v));
      else node.more++;
    };
    if (cell instanceof Env) {
      for (const slot of bindingSlots(cell)) add(cell.scope.names[slot], cell.slots[slot]);
      const outer = shownEnv(cell.outer, rootEnv);
      if (outer !== null) add('[[Outer]]', outer);
      return;
    }
    // Built-in functions, and those of Node's core modules written in JS (`node:events`), are
    // leaves: their insides are Glassbox's, not the program's.
    if (cell instanceof NativeFunction || (cell instanceof Closure && cell.code.fileName.startsWith('node:'))) return;
    if (cell instanceof JSArray) {
      node.size = cell.items.length;
      for (let k = 0; k < cell.items.length; k++) add(String(k), cell.items[k]);
    }
    if (cell instanceof MapObject) for (const [k, v] of cell.data) add(preview(k as Value), v);
    if (cell instanceof SetObject) for (const k of cell.data) add('', k);
    for (const key of cell.storedKeys()) {
      if (cell instanceof JSFunction && (key === 'length' || key === 'name' || key === 'prototype' || key === 'arguments' || key === 'caller')) continue;
      const p = cell.getOwn(key);
      if (p === undefined) continue;
      if (p.isAccessor) { if (p.get) add(`get ${keyText(key)}`, p.get); if (p.set) add(`set ${keyText(key)}`, p.set); }
      else add(keyText(key), p.value);
    }
    if (cell instanceof Closure) {
      const env = shownEnv(pastOwnName(cell.env, cell.code), rootEnv);
      if (env !== null) add('[[Environment]]', env);
    }
    if (cell instanceof BoundFunction) add('[[BoundTargetFunction]]', cell.target);
    // An EventTarget holds its listeners (the leak of listeners never removed).
    if (cell instanceof EventTargetObject) {
      for (const [type, list] of cell.listeners) for (const l of list) if (l.callback !== null && !l.attribute) add(`[[Listener: ${type}]]`, l.callback);
    }
  };
  for (let i = 0; i < todo.length; i++) describe(todo[i], i);
  // The live boxes are all drawn: the swept ones come last, as room allows.
  firstFreed = todo.length;
  for (const c of freed) if (!queued.has(c) && queued.size < MAX_NODES) { queued.add(c); todo.push(c); }
  for (let i = firstFreed; i < todo.length; i++) describe(todo[i], i);
  return { roots, nodes, edges, omitted };
}
