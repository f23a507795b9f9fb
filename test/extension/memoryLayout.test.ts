// The Memory view's layout with elkjs (run in Node here; the webview runs the same bundle):
// frames in the first layer, each arrow leaving its box at its own row and ending on the
// box it points into, arrows to boxes not drawn left out.
import { strict as assert } from 'node:assert';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import type { Arrow } from '../../extension/memoryView/model';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { elkGraph, layOut, type MeasuredBox } from '../../extension/memoryView/webview/layout';

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
];

describe('Memory view layout', () => {
  it('gives each reference a port on the east side at its row; frames go first', () => {
    const g = elkGraph(BOXES, ARROWS);
    const f0 = g.children?.find((c) => c.id === 'f0');
    assert.deepEqual(f0?.ports?.map((p) => [p.id, p.x, p.y]), [['f0:0', 110, 30], ['f0:1', 110, 48]]);
    assert.equal(f0?.layoutOptions?.['elk.layered.layering.layerConstraint'], 'FIRST');
    assert.equal(g.edges?.length, 4, 'the arrow to a box not drawn is left out');
  });

  it('lays out drawings of more than 100 boxes the quicker way: longest-path layers, one crossing pass', () => {
    const many: MeasuredBox[] = Array.from({ length: 101 }, (_, i) => ({ key: `h${i}`, width: 40, height: 20, rowMiddles: [], first: false }));
    const quick = elkGraph(many, []).layoutOptions ?? {};
    assert.deepEqual([quick['elk.layered.thoroughness'], quick['elk.layered.layering.strategy']], ['1', 'LONGEST_PATH']);
    const small = elkGraph(BOXES, ARROWS).layoutOptions ?? {};
    assert.deepEqual([small['elk.layered.thoroughness'], small['elk.layered.layering.strategy']], [undefined, undefined]);
  });

  it('places frames left of what they reference, and routes each arrow from its row to the box it points into', async () => {
    const placed = await layOut(BOXES, ARROWS);
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
    assert.deepEqual(placed.arrows.map((a) => a.arrow.name).sort(), ['[[Environment]]', '[[Outer]]', 'counter', 'point']);
    assert.ok(placed.width > 0 && placed.height > 0);
  });
});
