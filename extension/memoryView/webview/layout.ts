// Lays out the Memory view's boxes with elkjs (layered, left to right): the frames in the
// first layer, each reference leaving its box at its own row (a port on the east side), the
// arrows routed orthogonally. Knows no DOM: it takes measured sizes and gives positions.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Arrow } from '../model';

/** A box as measured in the page: its size and the vertical middle of each row, from its top. */
export interface MeasuredBox { key: string; width: number; height: number; rowMiddles: number[]; first: boolean }

export interface Point { x: number; y: number }
export interface Placed { boxes: Map<string, Point>; arrows: { arrow: Arrow; points: Point[] }[]; width: number; height: number }

const elk = new ELK();

const GRAPH_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.spacing.nodeNodeBetweenLayers': '48',
  'elk.spacing.nodeNode': '14',
  'elk.layered.spacing.edgeNodeBetweenLayers': '12',
  // Keeping the model's order costs about five times as much for 200 boxes.
  'elk.layered.considerModelOrder.strategy': 'NONE',
  'elk.padding': '[top=4,left=4,bottom=4,right=4]',
};

/**
 * Past this many boxes, layers by longest path (not network simplex) and one pass of crossing
 * minimization instead of seven: about half the time, for drawings too big to read whole anyway.
 */
const QUICK_FROM_BOXES = 100;
const QUICK_OPTIONS: Record<string, string> = { 'elk.layered.layering.strategy': 'LONGEST_PATH', 'elk.layered.thoroughness': '1' };

const portId = (a: Arrow) => `${a.from}:${a.cell}`;

/** The elk graph for measured boxes and the arrows between them (arrows to boxes not drawn are left out). */
export function elkGraph(boxes: MeasuredBox[], arrows: Arrow[]): ElkNode {
  const byKey = new Map(boxes.map((b) => [b.key, b]));
  const drawn = arrows.filter((a) => byKey.has(a.from) && byKey.has(a.to));
  const ports = new Map<string, Set<number>>();
  for (const a of drawn) {
    const set = ports.get(a.from) ?? new Set<number>();
    ports.set(a.from, set.add(a.cell));
  }
  const children: ElkNode[] = boxes.map((b) => ({
    id: b.key,
    width: b.width,
    height: b.height,
    layoutOptions: { 'elk.portConstraints': 'FIXED_POS', ...(b.first ? { 'elk.layered.layering.layerConstraint': 'FIRST' } : {}) },
    ports: [...(ports.get(b.key) ?? [])].map((cell) => ({
      id: `${b.key}:${cell}`, x: b.width, y: b.rowMiddles[cell] ?? b.height / 2, width: 0, height: 0,
      layoutOptions: { 'elk.port.side': 'EAST' },
    })),
  }));
  const edges: ElkExtendedEdge[] = drawn.map((a, i) => ({ id: `e${i}`, sources: [portId(a)], targets: [a.to] }));
  const options = boxes.length > QUICK_FROM_BOXES ? { ...GRAPH_OPTIONS, ...QUICK_OPTIONS } : GRAPH_OPTIONS;
  return { id: 'memory', layoutOptions: options, children, edges };
}

/**
 * Lays out a made-up drawing of the usual shape (a frame, arrays, their objects) once, so
 * that elk's code gets compiled by the JavaScript engine before real drawings: the first
 * runs cost several times a later one (for 212 boxes about 700 ms, then under 200 ms
 * after some five runs).
 */
export async function warmUp(): Promise<void> {
  const boxes: MeasuredBox[] = [{ key: 'f0', width: 90, height: 40, rowMiddles: Array.from({ length: 6 }, (_, i) => 20 + i * 4), first: true }];
  const arrows: Arrow[] = [];
  for (let a = 0; a < 6; a++) {
    boxes.push({ key: `h${a}`, width: 80, height: 340, rowMiddles: Array.from({ length: 20 }, (_, i) => 30 + i * 16), first: false });
    arrows.push({ from: 'f0', cell: a, to: `h${a}`, name: '' });
    for (let i = 0; i < 20; i++) {
      boxes.push({ key: `h${a}-${i}`, width: 90, height: 52, rowMiddles: [30], first: false });
      arrows.push({ from: `h${a}`, cell: i, to: `h${a}-${i}`, name: '' });
    }
  }
  await layOut(boxes, arrows);
}

/** Runs elk and reads back each box's place and each arrow's route. */
export async function layOut(boxes: MeasuredBox[], arrows: Arrow[]): Promise<Placed> {
  const graph = elkGraph(boxes, arrows);
  const result = await elk.layout(graph);
  const placed = new Map<string, Point>();
  for (const c of result.children ?? []) placed.set(c.id, { x: c.x ?? 0, y: c.y ?? 0 });
  const byPort = new Map(arrows.map((a) => [portId(a), a]));
  const routes: Placed['arrows'] = [];
  for (const e of (result.edges ?? []) as ElkExtendedEdge[]) {
    const arrow = byPort.get(e.sources[0]);
    const section = e.sections?.[0];
    if (!arrow || !section) continue;
    routes.push({ arrow, points: [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] });
  }
  return { boxes: placed, arrows: routes, width: result.width ?? 0, height: result.height ?? 0 };
}
