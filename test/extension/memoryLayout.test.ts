// The Memory view's layout with dagre (run in Node here; the webview runs the same code):
// frames in the first layer, each arrow leaving its box at its own row and ending on the
// box it points into (also one back into a frame, or to its own box), arrows to boxes not drawn left out.
import { strict as assert } from 'node:assert';
import dagre, { type LayoutOptions } from '@dagrejs/dagre';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import type { Arrow } from '../../extension/memoryView/model';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { firstWalkOrder, graphOptions, layoutGraph, layoutOptions, layOut, type MeasuredBox } from '../../extension/memoryView/webview/layout';

const BOXES: MeasuredBox[] = [
  { key: 'f0', width: 110, height: 64, rowMiddles: [30, 48], first: true },
  { key: 'h1', width: 140, height: 40, rowMiddles: [30], first: false },
  { key: 'h2', width: 120, height: 58, rowMiddles: [30, 48], first: false },
  { key: 'h3', width: 90, height: 58, rowMiddles: [30, 48], first: false },
];
const ARROWS: Arrow[] = [
  { from: 'f0', cell: 0, to: 'h1', name: 'counter' },
  { from: 'f0', cell: 1, to: 'h3', name: 'point' },
  { from: 'h1', cell: 0, to: 'h2', name: '[[Environment]]' },
  { from: 'h2', cell: 1, to: 'f0', name: '[[Outer]]' },
  { from: 'h2', cell: 0, to: 'h99', name: 'not drawn' },
  { from: 'h3', cell: 1, to: 'h3', name: 'self' },
];

describe('Memory view layout', () => {
  it('puts the frames first (after an empty anchor layer) and leaves out arrows to boxes not drawn', () => {
    const g = layoutGraph(BOXES, ARROWS);
    assert.deepEqual(g.nodes().slice(1, 2), ['f0'], 'frames are added first, so cycle breaking reverses references back into them');
    assert.deepEqual(g.successors(g.nodes()[0]), ['f0'], 'the anchor points at every frame');
    assert.equal(g.edgeCount(), 5, 'four drawn arrows and the anchor\'s; none to h99, none for a box\'s reference to itself');
  });

  it('keeps the order of a box\'s rows in the order of the boxes they point into, top to bottom', () => {
    for (const count of [5, 120]) {
      const boxes: MeasuredBox[] = [{ key: 'f0', width: 90, height: 40, rowMiddles: [20], first: true }, { key: 'arr', width: 80, height: 20 + 16 * count, rowMiddles: Array.from({ length: count }, (_, i) => 30 + i * 16), first: false }];
      const arrows: Arrow[] = [{ from: 'f0', cell: 0, to: 'arr', name: 'list' }];
      for (let i = 0; i < count; i++) {
        boxes.push({ key: `o${i}`, width: 90, height: 52, rowMiddles: [30], first: false });
        arrows.push({ from: 'arr', cell: i, to: `o${i}`, name: String(i) });
      }
      const placed = layOut(boxes, arrows);
      const ys = Array.from({ length: count }, (_, i) => placed.boxes.get(`o${i}`)!.y);
      assert.ok(ys.every((y, i) => i === 0 || y > ys[i - 1]), `${count} elements top to bottom: ${ys.join(' ')}`);
    }
  });

  it('keeps rows\' order two levels deep in a drawing of 212 boxes (10 arrays of 20 objects), laid out without crossing-reduction sweeps', () => {
    const boxes: MeasuredBox[] = [{ key: 'f0', width: 90, height: 40, rowMiddles: [20], first: true }, { key: 'groups', width: 80, height: 190, rowMiddles: Array.from({ length: 10 }, (_, i) => 30 + i * 16), first: false }];
    const arrows: Arrow[] = [{ from: 'f0', cell: 0, to: 'groups', name: 'groups' }];
    for (let a = 0; a < 10; a++) {
      boxes.push({ key: `a${a}`, width: 80, height: 350, rowMiddles: Array.from({ length: 20 }, (_, i) => 30 + i * 16), first: false });
      arrows.push({ from: 'groups', cell: a, to: `a${a}`, name: String(a) });
      for (let i = 0; i < 20; i++) {
        boxes.push({ key: `a${a}o${i}`, width: 90, height: 52, rowMiddles: [30, 46], first: false });
        arrows.push({ from: `a${a}`, cell: i, to: `a${a}o${i}`, name: String(i) });
      }
    }
    assert.equal(boxes.length, 212);
    assert.equal(layoutOptions(boxes.length).customOrder, firstWalkOrder);
    const placed = layOut(boxes, arrows);
    const y = (key: string) => placed.boxes.get(key)!.y;
    const increasing = (keys: string[]) => keys.every((k, i) => i === 0 || y(k) > y(keys[i - 1]));
    assert.ok(increasing(Array.from({ length: 10 }, (_, a) => `a${a}`)), 'the arrays top to bottom');
    assert.ok(increasing(Array.from({ length: 200 }, (_, n) => `a${Math.floor(n / 20)}o${n % 20}`)), 'each array\'s objects, and the arrays\' objects, top to bottom');
  });

  it('orders each layer as dagre\'s own first walk does (its ordering with the sweeps off), for trees, shared targets and cycles', () => {
    const cases: [string, [string, string][]][] = [
      ['a tree', [['r', 'a'], ['r', 'b'], ['a', 'c'], ['a', 'd'], ['b', 'e']]],
      ['a shared target and a long edge', [['r', 'a'], ['r', 'b'], ['a', 'c'], ['b', 'c'], ['r', 'c'], ['c', 'd']]],
      ['a cycle back to the root', [['r', 'a'], ['a', 'b'], ['b', 'r'], ['a', 'c']]],
    ];
    for (const [name, edges] of cases) {
      const positions = (options: LayoutOptions) => {
        const g = new dagre.graphlib.Graph({ multigraph: true });
        g.setGraph(graphOptions(200));
        g.setDefaultEdgeLabel(() => ({}));
        for (const v of new Set(edges.flat())) g.setNode(v, { width: 40, height: 20 });
        edges.forEach(([v, w], i) => g.setEdge(v, w, {}, `e${i}`));
        dagre.layout(g, options);
        return g.nodes().map((v) => `${v}@${g.node(v).x},${g.node(v).y}`).join(' ');
      };
      assert.equal(positions({ customOrder: firstWalkOrder }), positions({ disableOptimalOrderHeuristic: true }), name);
    }
  });

  it('lays out drawings of more than 100 boxes the quicker way: longest-path layers, no crossing-reduction sweeps', () => {
    assert.equal(graphOptions(101).ranker, 'longest-path');
    assert.equal(graphOptions(100).ranker, undefined);
    assert.deepEqual([layoutOptions(101).customOrder, layoutOptions(100).customOrder], [firstWalkOrder, undefined]);
  });

  it('places frames left of what they reference, and routes each arrow from its row to the box it points into', () => {
    const placed = layOut(BOXES, ARROWS);
    const at = (key: string) => placed.boxes.get(key)!;
    assert.ok(at('f0').x < at('h1').x && at('h1').x < at('h2').x, 'left to right along the references');
    for (const { arrow, points } of placed.arrows) {
      const from = BOXES.find((b) => b.key === arrow.from)!;
      const start = points[0];
      const end = points[points.length - 1];
      assert.deepEqual([start.x, start.y], [at(arrow.from).x + from.width, at(arrow.from).y + from.rowMiddles[arrow.cell]], `${arrow.name} starts at its row`);
      const to = BOXES.find((b) => b.key === arrow.to)!;
      const inside = end.x >= at(arrow.to).x - 0.5 && end.x <= at(arrow.to).x + to.width + 0.5 && end.y >= at(arrow.to).y - 0.5 && end.y <= at(arrow.to).y + to.height + 0.5;
      assert.ok(inside, `${arrow.name} ends on ${arrow.to}'s border`);
    }
    assert.deepEqual(placed.arrows.map((a) => a.arrow.name).sort(), ['[[Environment]]', '[[Outer]]', 'counter', 'point', 'self']);
    assert.ok([...placed.boxes.values()].every((p) => p.x >= 4 && p.y >= 4), 'inside the margin: the anchor layer takes no room');
    assert.ok([...placed.boxes].every(([k, p]) => p.x + BOXES.find((b) => b.key === k)!.width <= placed.width), 'the drawing is as wide as its boxes');
    assert.ok(placed.width > 0 && placed.height > 0);
  });
});
