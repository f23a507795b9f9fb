// What the Memory view draws, made from a heapGraph body: the stopped frames (and the
// globals and timers that are roots) as boxes of bindings on the left, heap boxes on the
// right, one arrow per reference, each box's retaining path, the heap's sparkline and a GC
// stop's mark order. Pure and plain data: the webview script lays it out and draws it.
import { retainingPaths, type PathStart } from './retainingPath';
import { bytesText, sparklinePoints } from './sparkline';
import type { HeapGraphGc } from '../../adapter/protocol';
import type { WireGraph } from './wire';

export type MemoryStatus = 'none' | 'paused' | 'running' | 'ended';

/** A row of a box: a primitive inline (`value`) or a reference (`to`, a heap box's id). */
export interface Cell { name: string; value?: string; to?: number }

/** A frame's bindings (`key` 'f0', 'f1', ...) or the globals or timers that are roots ('g:Global'); `selected`: the Call Stack's selected frame. */
export interface RootBox { key: string; title: string; cells: Cell[]; selected?: true }

export interface HeapBox {
  id: number;
  kind: NonNullable<WireGraph>['nodes'][number]['kind'];
  label: string;
  cells: Cell[];
  /** Cells the adapter left out ("…N more"). */
  more: number;
  /** Swept at this GC stop: drawn fading. */
  freed: boolean;
  /** "Why is this alive?": the shortest path from a root, or '' when none reaches it (a swept box). */
  path: string;
}

/** An arrow from cell `cell` of box `from` to box `to` (each a RootBox key or `h<id>`); `name` shows on hover. */
export interface Arrow { from: string; cell: number; to: string; name: string }

export interface HeapLine { text: string; points: string }

export interface MemoryModel {
  status: MemoryStatus;
  stopText?: string;
  roots: RootBox[];
  boxes: HeapBox[];
  arrows: Arrow[];
  /** Boxes the adapter did not send (past its cap). */
  omitted: number;
  /** The accounted heap and its sparkline over the session's stops; absent when the adapter does not say. */
  heap?: HeapLine;
  gc?: HeapGraphGc;
  /** The thread whose heap this is, when it is not the main one ("worker 1 (task.js)"). */
  thread?: string;
}

export function emptyMemoryModel(status: MemoryStatus = 'none'): MemoryModel {
  return { status, roots: [], boxes: [], arrows: [], omitted: 0 };
}

export const heapKey = (id: number): string => `h${id}`;

const STATIC_TITLES: Record<string, string> = { Global: 'Global', Timers: 'Timers' };

/**
 * The model for one stop. `frameNames[i]` names heapGraph frame i (the Call Stack's name);
 * `usedHistory` is the session's `heap.usedBytes` at each stop so far, this one included;
 * `selectedFrame` is the frame selected in the Call Stack (the graph drew it first).
 */
export function memoryModel(graph: WireGraph | null | undefined, frameNames: readonly string[], usedHistory: readonly number[], status: MemoryStatus, stopText?: string, selectedFrame = 0): MemoryModel {
  if (!graph) return { ...emptyMemoryModel(status), stopText };
  const titleOf = (frame: number, scope: string) => (frame < 0 ? STATIC_TITLES[scope] ?? scope : frameNames[frame] ?? `frame ${frame}`);
  const drawnAs = frameRecords(graph);
  const roots = rootBoxes(graph, titleOf, drawnAs);
  const selected = roots.find((r) => r.key === `f${selectedFrame}`);
  if (selected) selected.selected = true;
  // Paths start at the bindings as drawn; what only a binding left out of a frame box reaches gets a path from there.
  const drawnStarts: PathStart[] = roots.flatMap((r) => r.cells.flatMap((c) => (c.to === undefined ? [] : [{ title: r.title, name: c.name, to: c.to }])));
  const allStarts: PathStart[] = graph.roots.flatMap((r) => (r.to === null ? [] : [{ title: titleOf(r.frame, r.scope), name: r.name, to: r.to }]));
  const paths = retainingPaths(drawnStarts, graph.edges);
  for (const [id, path] of retainingPaths(allStarts, graph.edges)) if (!paths.has(id)) paths.set(id, path);
  const target = (id: number) => drawnAs.get(id) ?? heapKey(id);
  const boxes: HeapBox[] = graph.nodes.filter((n) => !drawnAs.has(n.id))
    .map((n) => ({ id: n.id, kind: n.kind, label: n.label, cells: n.fields, more: n.more, freed: n.freed === true, path: paths.get(n.id) ?? '' }));
  const arrows: Arrow[] = [];
  for (const r of roots) r.cells.forEach((c, i) => { if (c.to !== undefined) arrows.push({ from: r.key, cell: i, to: target(c.to), name: c.name }); });
  for (const b of boxes) b.cells.forEach((c, i) => { if (c.to !== undefined) arrows.push({ from: heapKey(b.id), cell: i, to: target(c.to), name: c.name || `[${i}]` }); });
  const model: MemoryModel = { status, stopText, roots, boxes, arrows, omitted: graph.omitted };
  if (graph.heap) {
    const { usedBytes, limitBytes, collections } = graph.heap;
    const gcs = `${collections} collection${collections === 1 ? '' : 's'}`;
    model.heap = { text: `${bytesText(usedBytes)} of ${bytesText(limitBytes)} · ${gcs}`, points: sparklinePoints(usedHistory) };
  }
  if (graph.gc) model.gc = graph.gc;
  if (graph.thread && graph.thread !== 'main') model.thread = graph.thread;
  return model;
}

/**
 * The scope records a stopped frame made itself (its function's, its blocks', the program's
 * own for the program's frame): drawn in that frame's box, so a closure's `[[Environment]]`
 * or `[[Outer]]` arrow into one goes to the frame instead of a second copy. By record id, the box key.
 */
function frameRecords(graph: WireGraph): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of graph.roots) if (r.frame >= 0 && r.own && r.record !== undefined) out.set(r.record, `f${r.frame}`);
  return out;
}

/**
 * One box per stopped frame with the bindings of its own records, one per kind of other
 * root (Global, Timers). A frame's chain also lists the records it closed over: those are
 * left to where they are drawn (a heap box, or the box of the frame that made them) and
 * shown in the frame only when drawn nowhere else (past the cap).
 */
function rootBoxes(graph: WireGraph, titleOf: (frame: number, scope: string) => string, drawnAs: Map<number, string>): RootBox[] {
  const heapIds = new Set(graph.nodes.map((n) => n.id));
  const shownHere = (r: WireGraph['roots'][number]) => r.frame < 0 || r.own === true || r.record === undefined || (!heapIds.has(r.record) && !drawnAs.has(r.record));
  const byKey = new Map<string, RootBox>();
  for (const r of graph.roots) {
    const key = r.frame < 0 ? `g:${r.scope}` : `f${r.frame}`;
    let box = byKey.get(key);
    if (!box) byKey.set(key, (box = { key, title: titleOf(r.frame, r.scope), cells: [] }));
    if (shownHere(r)) box.cells.push(r.to === null ? { name: r.name, value: r.value ?? '' } : { name: r.name, to: r.to });
  }
  return [...byKey.values()];
}
