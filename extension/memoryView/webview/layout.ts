// Lays out the Memory view's boxes with dagre (layered, left to right): the frames in the
// first layer, each reference leaving its box at its own row, arrows along dagre's route
// to the box they point into. Knows no DOM: it takes measured sizes and gives positions.
import dagre, { type Graph, type GraphLabel } from '@dagrejs/dagre';
import type { Arrow } from '../model';

/** A box as measured in the page: its size and the vertical middle of each row, from its top. */
export interface MeasuredBox { key: string; width: number; height: number; rowMiddles: number[]; first: boolean }

export interface Point { x: number; y: number }
export interface Placed { boxes: Map<string, Point>; arrows: { arrow: Arrow; points: Point[] }[]; width: number; height: number }

const MARGIN = 4;
/** How far an arrow back to a box further left (or to its own box) runs right of its row and clear of its box before it turns. */
const BACK_TURN = 12;

/**
 * The options for `boxCount` boxes. Past QUICK_FROM_BOXES, layers by longest path instead of
 * network simplex: cheaper, for drawings too big to read whole anyway.
 */
const QUICK_FROM_BOXES = 100;
export function graphOptions(boxCount: number): GraphLabel {
  return {
    rankdir: 'LR', ranksep: 48, nodesep: 14, edgesep: 6, marginx: MARGIN, marginy: MARGIN,
    ...(boxCount > QUICK_FROM_BOXES ? { ranker: 'longest-path' as const } : {}),
  };
}

/**
 * Past QUICK_FROM_BOXES, no crossing-reduction sweeps either: each layer keeps the order of the
 * first depth-first walk, which already puts a box's targets in its rows' order (see
 * layoutGraph); the sweeps were most of the cost of a 200-box layout. dagre's own ordering
 * builds two graphs per layer for the sweeps even when they are off, so the walk is given
 * as its `customOrder`.
 */
export function layoutOptions(boxCount: number): { customOrder?: (g: Graph) => void } {
  return boxCount > QUICK_FROM_BOXES ? { customOrder: firstWalkOrder } : {};
}

/**
 * dagre's initial order (Gansner et al.): a depth-first walk from the nodes by layer, each
 * node's successors in the order their edges were added; a node's place in its layer is
 * when the walk first reached it.
 */
export function firstWalkOrder(g: Graph): void {
  const nextInLayer = new Map<number, number>();
  const seen = new Set<string>();
  const visit = (v: string): void => {
    if (seen.has(v)) return;
    seen.add(v);
    const node = g.node(v) as { rank?: number; order?: number };
    const rank = node.rank ?? 0;
    node.order = nextInLayer.get(rank) ?? 0;
    nextInLayer.set(rank, node.order + 1);
    for (const w of g.successors(v) ?? []) visit(w);
  };
  const byLayer = g.nodes().map((v, i) => ({ v, i, rank: (g.node(v) as { rank?: number }).rank ?? 0 }));
  byLayer.sort((a, b) => a.rank - b.rank || a.i - b.i);
  for (const { v } of byLayer) visit(v);
}

/** The name of the layer-zero anchor: an edge from it to every frame puts the frames first. */
const ANCHOR = '\u0000frames';

/** The dagre graph for measured boxes and the arrows between them (arrows to boxes not drawn are left out). */
export function layoutGraph(boxes: MeasuredBox[], arrows: Arrow[]): Graph {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph(graphOptions(boxes.length));
  g.setDefaultEdgeLabel(() => ({}));
  const byKey = new Map(boxes.map((b) => [b.key, b]));
  g.setNode(ANCHOR, { width: 0, height: 0 });
  // Frames first: dagre's cycle breaking starts from the first nodes, so a reference back into a frame is the one reversed.
  for (const b of [...boxes.filter((x) => x.first), ...boxes.filter((x) => !x.first)]) {
    g.setNode(b.key, { width: b.width, height: b.height });
    if (b.first) g.setEdge(ANCHOR, b.key, { weight: 10 }, ANCHOR);
  }
  // The sweeps walk the first order back: then the last row goes first, so targets keep their rows' order where nothing else decides.
  const sweeps = !layoutOptions(boxes.length).customOrder;
  for (let k = 0; k < arrows.length; k++) {
    const i = sweeps ? arrows.length - 1 - k : k;
    const a = arrows[i];
    if (byKey.has(a.from) && byKey.has(a.to) && a.from !== a.to) g.setEdge(a.from, a.to, {}, `a${i}`);
  }
  return g;
}

/** Runs dagre and reads back each box's top-left corner and each arrow's route from its row to the box it points into. */
export function layOut(boxes: MeasuredBox[], arrows: Arrow[]): Placed {
  const g = layoutGraph(boxes, arrows);
  dagre.layout(g, layoutOptions(boxes.length));
  // The anchor's layer is empty space: everything moves left by it.
  const dx = boxes.length === 0 ? 0 : MARGIN - Math.min(...boxes.map((b) => (g.node(b.key).x ?? 0) - b.width / 2));
  const shift = (p: Point): Point => ({ x: p.x + dx, y: p.y });
  const placed = new Map<string, Point>();
  for (const b of boxes) {
    const n = g.node(b.key);
    placed.set(b.key, shift({ x: (n.x ?? 0) - b.width / 2, y: (n.y ?? 0) - b.height / 2 }));
  }
  const byKey = new Map(boxes.map((b) => [b.key, b]));
  const routes: Placed['arrows'] = [];
  arrows.forEach((arrow, i) => {
    const from = byKey.get(arrow.from), to = byKey.get(arrow.to);
    const edge = g.edge({ v: arrow.from, w: arrow.to, name: `a${i}` });
    if (!from || !to || (!edge && arrow.from !== arrow.to)) return;
    const start = placed.get(arrow.from)!, end = placed.get(arrow.to)!;
    const port = { x: start.x + from.width, y: start.y + (from.rowMiddles[arrow.cell] ?? from.height / 2) };
    const points = (edge?.points ?? []).map(shift);
    if (!edge || points.length === 0) routes.push({ arrow, points: selfRoute(port, end, to) });
    else if (end.x > port.x) routes.push({ arrow, points: [port, ...points.slice(1)] });
    else routes.push({ arrow, points: [...aroundSource(port, start, from, points[0]), ...points] });
  });
  const width = Math.max(MARGIN, ...[...placed].map(([k, p]) => p.x + byKey.get(k)!.width)) + MARGIN + BACK_TURN;
  const height = Math.max(MARGIN, ...[...placed].map(([k, p]) => p.y + byKey.get(k)!.height)) + MARGIN;
  return { boxes: placed, arrows: routes, width, height };
}

/** An arrow to its own box: out to the right, up over the box, down into its top edge. */
function selfRoute(port: Point, box: Point, to: MeasuredBox): Point[] {
  const y = box.y - BACK_TURN;
  const x = box.x + to.width - BACK_TURN;
  return [port, { x: port.x + BACK_TURN, y: port.y }, { x: port.x + BACK_TURN, y }, { x, y }, { x, y: box.y }];
}

/**
 * An arrow back to a box further left leaves its row to the right, then goes around its own box
 * (over it or under it, whichever side dagre's route leaves from) to where dagre's route starts.
 */
function aroundSource(port: Point, box: Point, from: MeasuredBox, routeStart: Point): Point[] {
  const y = routeStart.y < box.y + from.height / 2 ? box.y - BACK_TURN / 2 : box.y + from.height + BACK_TURN / 2;
  return [port, { x: port.x + BACK_TURN, y: port.y }, { x: port.x + BACK_TURN, y }, { x: routeStart.x, y }];
}

/**
 * Lays out a made-up drawing of the usual shape (a frame, arrays, their objects) once, so
 * that dagre's code gets compiled by the JavaScript engine before real drawings.
 */
export function warmUp(): void {
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
  layOut(boxes, arrows);
}
