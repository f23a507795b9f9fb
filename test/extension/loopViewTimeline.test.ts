// The Event Loop view's timeline strip: the `timeline` body -> cells (one per mark, or bins
// past MAX_CELLS) -> HTML with the moment ringed, its future dimmed, titles that name each
// mark, one tab stop, and a shape and theme colour per kind.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { TimelineMark } from '../../adapter/protocol';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { emptyModel } from '../../extension/loopView/model';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { renderLoop } from '../../extension/loopView/render';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { renderStrip } from '../../extension/loopView/strip';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { cellTitle, MARK_KINDS, MAX_CELLS, stripCells, timelineFrom, type Timeline } from '../../extension/loopView/timeline';

const MARKS: TimelineMark[] = [
  { step: 1, kind: 'script', label: 'script: main.js', line: 1 },
  { step: 19, kind: 'tick', label: 'nextTick -> tick()', line: 36 },
  { step: 23, kind: 'microtask', label: 'microtask: promise reaction -> onResolve', line: 26 },
  { step: 31, kind: 'task', label: 'timer #1 -> onTimeout()', line: 8 },
  { step: 52, kind: 'task', label: 'timer #2 -> later()', line: 21 },
];

const timeline = (current: number, frontier = 60, marks = MARKS): Timeline => ({ marks, current, frontier });

/** The cells' [kind, step, state] in order, from the HTML the view draws. */
function drawnMarks(html: string): string[] {
  return [...html.matchAll(/class="mark mark-(\w+) (\w+)[^"]*" data-step="(\d+)"/g)].map((m) => `${m[1]}@${m[3]}:${m[2]}`);
}

describe('Event Loop view: timeline model', () => {
  it('reads the wire body, dropping malformed marks and sorting by step', () => {
    const t = timelineFrom({
      current: 23, frontier: 52,
      marks: [MARKS[3], { step: -1, kind: 'task', label: 'x' }, { step: 2, kind: 'frame', label: 'x' }, null, { step: 4, kind: 'tick', label: 7 }, MARKS[0], { ...MARKS[1], line: 'no' }],
    });
    assert.deepEqual(t, { current: 23, frontier: 52, marks: [MARKS[0], { ...MARKS[1], line: undefined }, MARKS[3]] });
    for (const bad of [null, undefined, 'x', { marks: [] }, { marks: 'x', current: 1, frontier: 1 }, { marks: [], current: 1.5, frontier: 2 }]) {
      assert.equal(timelineFrom(bad), undefined, JSON.stringify(bad));
    }
    assert.equal(timelineFrom({ marks: [], current: 9, frontier: 4 })?.frontier, 9, 'the frontier is never before the moment shown');
  });

  const states: [string, number, string[]][] = [
    ['at the frontier, every mark is past or current', 60, ['past', 'past', 'past', 'past', 'current']],
    ['back inside a task: its mark is current, later ones the future', 40, ['past', 'past', 'past', 'current', 'future']],
    ['exactly at a mark', 23, ['past', 'past', 'current', 'future', 'future']],
    ['before the first mark: all future', 0, ['future', 'future', 'future', 'future', 'future']],
  ];
  for (const [what, current, expected] of states) {
    it(`marks past, current and future: ${what}`, () => {
      assert.deepEqual(stripCells(timeline(current)).map((c) => c.state), expected);
    });
  }

  it('names a mark as the learner hovers it', () => {
    const [, , , timer] = stripCells(timeline(60));
    assert.equal(cellTitle(timer), 'timer #1 -> onTimeout() · step 31 · line 8');
    assert.equal(cellTitle(stripCells(timeline(60, 60, [{ step: 7, kind: 'task', label: 'timer #2 -> later()' }]))[0]), 'timer #2 -> later() · step 7');
  });

  it('bins many marks into at most MAX_CELLS cells, each going to its first step, without freezing', () => {
    const kinds = ['task', 'microtask', 'microtask', 'tick'] as const;
    const marks = Array.from({ length: 5000 }, (_, i): TimelineMark => ({ step: 10 + i * 3, kind: kinds[i % 4], label: `m${i}` }));
    const started = performance.now();
    const cells = stripCells(timeline(10 + 2500 * 3, 20_000, marks));
    const html = renderStrip(timeline(10 + 2500 * 3, 20_000, marks), true);
    assert.ok(performance.now() - started < 200, 'binning and drawing 5,000 marks is quick');
    assert.ok(cells.length <= MAX_CELLS && cells.length > MAX_CELLS / 2, `${cells.length} cells`);
    const perCell = Math.ceil(5000 / MAX_CELLS);
    assert.deepEqual([cells[0].step, cells[0].lastStep], [10, 10 + (perCell - 1) * 3]);
    assert.equal(cells.reduce((n, c) => n + MARK_KINDS.reduce((k, kind) => k + c.counts[kind], 0), 0), 5000, 'every mark is in one cell');
    assert.equal(cells[0].kind, 'task', 'a bin shows the biggest unit it holds');
    const small = Array.from({ length: 1000 }, (_, i): TimelineMark => ({ step: i, kind: i % 3 === 0 ? 'tick' : 'microtask', label: `m${i}` }));
    assert.deepEqual([...new Set(stripCells(timeline(0, 1000, small)).map((c) => c.kind))], ['tick']);
    assert.equal(cells.filter((c) => c.state === 'current').length, 1);
    assert.match(cellTitle(cells[0]), /^21 marks, steps 10–70: 6 tasks, 10 microtasks, 5 ticks · goes to step 10$/);
    assert.equal(drawnMarks(html).length, cells.length);
    assert.match(html, /class="mark mark-task past bin"/);
  });
});

describe('Event Loop view: timeline strip', () => {
  it('draws one button per mark, shaped by kind, with the current one ringed and the only tab stop', () => {
    const html = renderStrip(timeline(40), true);
    assert.deepEqual(drawnMarks(html), ['script@1:past', 'tick@19:past', 'microtask@23:past', 'task@31:current', 'task@52:future']);
    assert.deepEqual([...html.matchAll(/tabindex="(-?\d)"/g)].map((m) => m[1]), ['-1', '-1', '-1', '0', '-1']);
    assert.match(html, /data-step="31" tabindex="0" title="timer #1 -&gt; onTimeout\(\) · step 31 · line 8" aria-label="timer #1 -&gt; onTimeout\(\) · step 31 · line 8" aria-current="step">/);
    assert.match(html, /<div class="strip" role="toolbar" aria-label="Timeline: [^"]*">/);
    assert.match(html, /step 40 of 60: the dimmed marks have not happened yet/);
    assert.doesNotMatch(html, /aria-disabled/);
    for (const kind of MARK_KINDS) assert.match(html, new RegExp(`<span class="key"><span class="shape mark-${kind}"></span>${kind}</span>`));
  });

  it('at the frontier says only the step; while running, marks still name themselves but take no click', () => {
    assert.match(renderStrip(timeline(60), true), /<span class="value">step 60<\/span>/);
    const running = renderStrip(timeline(60), false);
    assert.equal(running.match(/aria-disabled="true"/g)?.length, MARKS.length);
    assert.match(running, /<section class="timeline dim"/);
  });

  it('is drawn under the status by the view, only when the session gave a timeline', () => {
    assert.doesNotMatch(renderLoop(emptyModel('paused')).html, /class="timeline/);
    const { html } = renderLoop({ ...emptyModel('paused'), timeline: timeline(60) });
    assert.ok(html.indexOf('</header><section class="timeline"') > 0, html);
    assert.match(renderStrip(timeline(0, 0, []), true), /no marks yet/);
  });

  it('escapes labels, so a callback name cannot inject markup', () => {
    const html = renderStrip(timeline(5, 5, [{ step: 3, kind: 'task', label: 'timer #1 -> "><img src=x onerror=alert(1)>()' }]), true);
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;\(\)/);
  });

  it('takes each kind\'s colour from the theme (VS Code\'s chart colours), with a shape of its own', () => {
    const css = readFileSync(path.join(__dirname, '..', '..', 'extension', 'media', 'loopView.css'), 'utf8');
    const shapes = new Set<string>();
    for (const kind of MARK_KINDS) {
      const rule = new RegExp(`\\.mark-${kind} \\.shape[^{]*\\{([^}]*)\\}`).exec(css)?.[1];
      assert.ok(rule, `no rule for ${kind}`);
      assert.match(rule, /background: var\(--vscode-charts-\w+\);/);
      shapes.add(rule.replace(/background:[^;]*;/, ''));
    }
    assert.equal(shapes.size, MARK_KINDS.length, 'each kind has its own shape');
    assert.doesNotMatch(css, /#[0-9a-f]{3,6}\b/i, 'no fixed colours');
  });
});
