// The Memory view's model from hand-written heapGraph bodies: frame boxes with their own
// bindings, heap boxes, arrows, "Why is this alive?" paths, and the contract's optional
// fields (heap -> sparkline, gc, freed), which hide what they drive when absent.
import { strict as assert } from 'node:assert';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { memoryModel, type MemoryModel } from '../../extension/memoryView/model';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { bytesText, sparklinePoints } from '../../extension/memoryView/sparkline';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import type { WireGraph } from '../../extension/memoryView/wire';

/** Inside increment(), called from the program: the closure's record holds count. */
const COUNTER: WireGraph = {
  roots: [
    { frame: 0, scope: 'Scope of makeCounter()', name: 'count', to: null, value: '1', record: 2 },
    { frame: 0, scope: 'Module scope', name: 'counter', to: 1, record: 4 },
    { frame: 0, scope: 'Module scope', name: 'point', to: 3, record: 4 },
    { frame: 0, scope: 'Module scope', name: 'alias', to: 3, record: 4 },
    { frame: 1, scope: 'Module scope', name: 'counter', to: 1, record: 4, own: true },
    { frame: 1, scope: 'Module scope', name: 'point', to: 3, record: 4, own: true },
    { frame: 1, scope: 'Module scope', name: 'alias', to: 3, record: 4, own: true },
  ],
  nodes: [
    { id: 1, kind: 'function', label: 'ƒ increment()', size: 0, fields: [{ name: '[[Environment]]', to: 2 }], more: 0 },
    { id: 2, kind: 'environment', label: 'Scope of makeCounter()', size: 1, fields: [{ name: 'count', value: '1' }, { name: '[[Outer]]', to: 4 }], more: 0 },
    { id: 3, kind: 'object', label: 'Object', size: 2, fields: [{ name: 'x', value: '2' }, { name: 'y', value: '2' }], more: 0 },
    { id: 4, kind: 'environment', label: 'Module scope', size: 3, fields: [{ name: 'counter', to: 1 }, { name: 'point', to: 3 }, { name: 'alias', to: 3 }], more: 0 },
  ],
  edges: [{ from: 1, to: 2, name: '[[Environment]]' }, { from: 2, to: 4, name: '[[Outer]]' }, { from: 4, to: 1, name: 'counter' }, { from: 4, to: 3, name: 'point' }, { from: 4, to: 3, name: 'alias' }],
  omitted: 0,
};

/** A forgotten interval: the timer is a root (frame -1) holding the callback. */
const LEAK: WireGraph = {
  roots: [{ frame: -1, scope: 'Timers', name: 'setInterval #1', to: 10 }, { frame: -1, scope: 'Global', name: 'leaked', value: '3', to: null }],
  nodes: [
    { id: 10, kind: 'function', label: 'ƒ onTick()', size: 0, fields: [{ name: '[[Environment]]', to: 11 }], more: 0 },
    { id: 11, kind: 'environment', label: 'Scope of startSampling()', size: 2, fields: [{ name: 'samples', to: 12 }, { name: 'tick', value: '30' }], more: 0 },
    { id: 12, kind: 'array', label: 'Array(30)', size: 30, fields: [{ name: '0', to: 13 }], more: 29 },
    { id: 13, kind: 'object', label: 'Object', size: 1, fields: [{ name: 'tick', value: '1' }], more: 0 },
    { id: 14, kind: 'object', label: 'Object', size: 0, fields: [], more: 0, freed: true },
  ],
  edges: [{ from: 10, to: 11, name: '[[Environment]]' }, { from: 11, to: 12, name: 'samples' }, { from: 12, to: 13, name: '0' }],
  omitted: 4,
  heap: { usedBytes: 3 * 1024 * 1024, limitBytes: 512 * 1024 * 1024, collections: 1 },
  gc: { phase: 'sweep', text: 'GC: sweep phase: 1 object freed, 40 bytes', markOrder: [10, 11, 12, 13], freed: [14] },
};

const paused = (g: WireGraph, names: string[], history: number[] = []) => memoryModel(g, names, history, 'paused');
const cells = (m: MemoryModel, key: string) => m.roots.find((r) => r.key === key)?.cells.map((c) => `${c.name}=${c.value ?? `→${c.to}`}`);
const pathOf = (m: MemoryModel, id: number) => m.boxes.find((b) => b.id === id)?.path;

describe('Memory view model', () => {
  it('gives a frame only its own scopes: the closure\'s record is left to its heap box, the program\'s scope to the program\'s frame', () => {
    const m = paused(COUNTER, ['increment', '(global)']);
    assert.deepEqual(m.roots.map((r) => r.title), ['increment', '(global)']);
    assert.deepEqual(cells(m, 'f0'), []);
    assert.deepEqual(cells(m, 'f1'), ['counter=→1', 'point=→3', 'alias=→3']);
  });

  it('marks the frame selected in the Call Stack, the innermost when none is', () => {
    const selectedKeys = (m: MemoryModel) => m.roots.filter((r) => r.selected).map((r) => r.key);
    assert.deepEqual(selectedKeys(paused(COUNTER, ['increment', '(global)'])), ['f0']);
    assert.deepEqual(selectedKeys(memoryModel(COUNTER, ['increment', '(global)'], [], 'paused', undefined, 1)), ['f1']);
  });

  it('keeps a closed-over record in the frame when no heap box shows it', () => {
    const g: WireGraph = { ...COUNTER, nodes: COUNTER.nodes.filter((n) => n.label !== 'Scope of makeCounter()'), edges: [] };
    assert.deepEqual(cells(paused(g, ['increment', '(global)']), 'f0'), ['count=1']);
  });

  it('draws a record the stopped frame made itself in that frame, even when a closure holds it; two frames of one function keep theirs apart', () => {
    // Inside makeCounter() (frame 1, called twice: frames 1 and 2), after increment was made: the record is frame 1's own.
    const g: WireGraph = {
      roots: [
        { frame: 0, scope: 'Scope of makeCounter()', name: 'count', to: null, value: '0', record: 20, own: true },
        { frame: 0, scope: 'Scope of makeCounter()', name: 'increment', to: 21, record: 20, own: true },
        { frame: 1, scope: 'Scope of makeCounter()', name: 'count', to: null, value: '5', record: 22, own: true },
        { frame: 2, scope: 'Module scope', name: 'counter', to: null, value: 'undefined', record: 4, own: true },
      ],
      nodes: [
        { id: 21, kind: 'function', label: 'ƒ increment()', size: 0, fields: [{ name: '[[Environment]]', to: 20 }], more: 0 },
        { id: 20, kind: 'environment', label: 'Scope of makeCounter()', size: 2, fields: [{ name: 'count', value: '0' }, { name: 'increment', to: 21 }], more: 0 },
      ],
      edges: [{ from: 21, to: 20, name: '[[Environment]]' }, { from: 20, to: 21, name: 'increment' }],
      omitted: 0,
    };
    const m = paused(g, ['makeCounter', 'makeCounter', '(global)']);
    assert.deepEqual([cells(m, 'f0'), cells(m, 'f1')], [['count=0', 'increment=→21'], ['count=5']]);
    assert.deepEqual(m.boxes.map((b) => b.label), ['ƒ increment()']);
    assert.deepEqual(m.arrows.filter((a) => a.from === 'h21'), [{ from: 'h21', cell: 0, to: 'f0', name: '[[Environment]]' }]);
  });

  it('draws one arrow per reference: aliasing is two arrows into one box, closures point at their record', () => {
    const m = paused(COUNTER, ['increment', '(global)']);
    assert.deepEqual(m.arrows.filter((a) => a.to === 'h3').map((a) => `${a.from}.${a.name}`), ['f1.point', 'f1.alias']);
    assert.deepEqual(m.arrows.filter((a) => a.from === 'h1'), [{ from: 'h1', cell: 0, to: 'h2', name: '[[Environment]]' }]);
  });

  it('draws the program\'s scope record once: as the outermost frame, which closures\' records point at', () => {
    const m = paused(COUNTER, ['increment', '(global)']);
    assert.deepEqual(m.boxes.map((b) => b.label), ['ƒ increment()', 'Scope of makeCounter()', 'Object']);
    assert.deepEqual(m.arrows.filter((a) => a.from === 'h2'), [{ from: 'h2', cell: 1, to: 'f1', name: '[[Outer]]' }]);
  });

  const paths: [string, WireGraph, string[], number, string][] = [
    ['a closure\'s record, from the binding that holds the function', COUNTER, ['increment', '(global)'], 2, '(global) › counter › [[Environment]]'],
    ['an aliased object, by its first binding', COUNTER, ['increment', '(global)'], 3, '(global) › point'],
    ['what a forgotten interval keeps', LEAK, [], 12, 'Timers › setInterval #1 › [[Environment]] › samples'],
    ['an element of it', LEAK, [], 13, 'Timers › setInterval #1 › [[Environment]] › samples › 0'],
    ['a swept box: nothing', LEAK, [], 14, ''],
  ];
  for (const [what, graph, names, id, expected] of paths) {
    it(`Why is this alive? ${what}`, () => assert.equal(pathOf(paused(graph, names), id), expected));
  }

  it('gives a timer callback running alone only its own bindings: the records it closed over are heap boxes', () => {
    const g: WireGraph = { ...LEAK, roots: [{ frame: 0, scope: 'Scope of startSampling()', name: 'samples', to: 12, record: 11 }, ...LEAK.roots] };
    const m = paused(g, ['onTick']);
    assert.deepEqual(cells(m, 'f0'), []);
    assert.equal(pathOf(m, 12), 'Timers › setInterval #1 › [[Environment]] › samples');
  });

  it('names roots that are not frames Timers and Global, one box each', () => {
    const m = paused(LEAK, []);
    assert.deepEqual(m.roots.map((r) => [r.key, r.title]), [['g:Timers', 'Timers'], ['g:Global', 'Global']]);
    assert.deepEqual(cells(m, 'g:Global'), ['leaked=3']);
  });

  it('names the thread whose heap it is, when it is not the main one', () => {
    assert.equal(memoryModel({ ...COUNTER, thread: 'worker 1 (task.js)' }, ['(global)'], [], 'paused').thread, 'worker 1 (task.js)');
    assert.equal(memoryModel({ ...COUNTER, thread: 'main' }, ['(global)'], [], 'paused').thread, undefined);
    assert.equal(memoryModel(COUNTER, ['(global)'], [], 'paused').thread, undefined);
  });

  it('passes on what was not drawn: omitted boxes and cells', () => {
    const m = paused(LEAK, []);
    assert.equal(m.omitted, 4);
    assert.equal(m.boxes.find((b) => b.id === 12)?.more, 29);
  });

  it('shows the heap line and sparkline, the GC stop and freed boxes only when the body has them', () => {
    const m = paused(LEAK, [], [1024 * 1024, 3 * 1024 * 1024]);
    assert.equal(m.heap?.text, '3.0 MB of 512 MB · 1 collection');
    assert.equal(m.heap?.points, '0,24 120,0');
    assert.equal(m.gc?.text, 'GC: sweep phase: 1 object freed, 40 bytes');
    assert.deepEqual(m.boxes.filter((b) => b.freed).map((b) => b.id), [14]);
    const plain = paused(COUNTER, ['increment', '(global)']);
    assert.equal(plain.heap, undefined);
    assert.equal(plain.gc, undefined);
    assert.ok(plain.boxes.every((b) => !b.freed));
  });

  it('is empty while running, with the stop text only when paused', () => {
    const m = memoryModel(null, [], [], 'running');
    assert.deepEqual([m.status, m.roots.length, m.boxes.length], ['running', 0, 0]);
    assert.equal(memoryModel(COUNTER, [], [], 'paused', 'Paused on debugger statement').stopText, 'Paused on debugger statement');
  });
});

describe('Memory view sparkline', () => {
  const table: [number[], string][] = [
    [[], ''],
    [[500], '0,12 120,12'],
    [[5, 5, 5], '0,12 60,12 120,12'],
    [[0, 10, 5], '0,24 60,0 120,12'],
  ];
  for (const [values, points] of table) it(`[${values.join(', ')}] -> "${points}"`, () => assert.equal(sparklinePoints(values), points));

  it('keeps the last 60 stops', () => {
    const values = Array.from({ length: 100 }, (_, i) => i);
    assert.equal(sparklinePoints(values).split(' ').length, 60);
    assert.ok(sparklinePoints(values).startsWith('0,24 '), 'the oldest shown is the lowest');
  });

  const bytes: [number, string][] = [[980, '980 B'], [12_600, '12.3 KB'], [4.5 * 1024 * 1024, '4.5 MB'], [300 * 1024 * 1024, '300 MB']];
  for (const [n, text] of bytes) it(`${n} bytes -> ${text}`, () => assert.equal(bytesText(n), text));
});
