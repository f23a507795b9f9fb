// The Event Loop view with workers: every thread's loop as a lane, the messages on their way
// in the channel between them, and the HTML that draws them side by side.
import { strict as assert } from 'node:assert';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { laneGap, lanesModel, withLane, type ThreadState } from '../../extension/loopView/lanes';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { withEntries } from '../../extension/loopView/model';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { renderLoop } from '../../extension/loopView/render';

const MAIN = '/work/demo/main.js';

function timer(id: number, name: string, line: number) {
  return { id, kind: 'timeout', name, line, column: 1, delay: 10, due: 10, interval: false };
}

function message(id: number, from: string, due: number) {
  return { id, kind: 'message', name: `message from ${from}`, delay: 0, due, interval: false, label: `message from ${from}` };
}

function loop(threadId: number, thread: string, overrides: Record<string, unknown> = {}) {
  return {
    threadId, thread, phase: 'script', time: 0, current: { kind: 'script', label: 'main script' },
    webApis: [], macrotasks: [], microtasks: [], nextTicks: [], cleanups: [],
    counts: { webApis: 0, macrotasks: 0, microtasks: 0, nextTicks: 0, cleanups: 0 }, omitted: {},
    ...overrides,
  };
}

function stackOf(name: string, line: number, path: string) {
  return { stackFrames: [{ id: 1, name, line, column: 1, source: { path } }] };
}

/** main with a timer and one message from worker 1 waiting; worker 1 in its poll phase with a message from its parent. */
function twoThreads(): ThreadState[] {
  return [
    { loop: loop(1, 'main', { webApis: [timer(1, 'tick', 4), message(1, 'worker 1', 0.5)], counts: { webApis: 2, macrotasks: 0, microtasks: 0, nextTicks: 0, cleanups: 0 } }), frames: stackOf('(global)', 7, MAIN) },
    { loop: loop(2, 'worker 1 (task.js)', { phase: 'poll', time: 3, webApis: [message(1, 'parent', 2)], counts: { webApis: 1, macrotasks: 0, microtasks: 0, nextTicks: 0, cleanups: 0 } }), frames: stackOf('onMessage', 3, '/work/demo/task.js') },
  ];
}

describe('Event Loop view: a lane per thread', () => {
  it('makes a lane per thread, the followed one selected, and moves each message into the channel towards its receiver', () => {
    const m = lanesModel(twoThreads(), 2, 'paused', MAIN);
    assert.deepEqual(m.lanes?.map((l) => [l.thread, l.selected, l.phaseText, l.time, l.stack.map((e) => e.label), l.webApis.map((e) => e.label), l.totals?.webApis]), [
      ['main', false, 'Running the main script', 0, ['(global)'], ['tick'], 1],
      ['worker 1 (task.js)', true, 'Poll phase: running I/O callbacks and messages from other threads', 3, ['onMessage'], [], 0],
    ]);
    assert.deepEqual(m.channel?.map((c) => [c.label, c.to, c.lane, c.detail]), [
      ['message from worker 1', 'main', 0, 'taken in the poll phase from 0.5 ms'],
      ['message from parent', 'worker 1 (task.js)', 1, 'taken in the poll phase from 2 ms'],
    ]);
  });

  it('follows the main thread when the selected thread is not among the lanes', () => {
    const m = lanesModel(twoThreads(), 9, 'paused', MAIN);
    assert.deepEqual(m.lanes?.map((l) => l.selected), [true, false]);
  });

  it('leaves the messages of a Web APIs queue cut short where they are, so its gap still fetches the right entries', () => {
    const cut = twoThreads();
    cut[0].loop = loop(1, 'main', { webApis: [timer(1, 'a', 1), message(1, 'worker 1', 1)], counts: { webApis: 60, macrotasks: 0, microtasks: 0, nextTicks: 0, cleanups: 0 }, omitted: { webApis: { at: 1, count: 58 } } });
    const m = lanesModel(cut, 1, 'paused', MAIN);
    assert.deepEqual(m.lanes?.[0].webApis.map((e) => e.label), ['a', 'message from worker 1']);
    assert.deepEqual(laneGap(m.lanes, 1, 'webApis'), { at: 1, count: 58 });
    assert.deepEqual(m.channel?.map((c) => c.to), ['worker 1 (task.js)']);
    const filled = withLane(m.lanes ?? [], 1, (l) => withEntries(l, 'webApis', 1, [{ label: 'b' }]));
    assert.deepEqual(filled[0].webApis.map((e) => e.label), ['a', 'b', 'message from worker 1']);
    assert.deepEqual(filled[0].gaps?.webApis, { at: 2, count: 57 });
    assert.equal(filled[1], m.lanes?.[1]);
  });
});

describe('Event Loop view: lanes drawn side by side', () => {
  const model = (threads: ThreadState[], selected: number) => ({
    status: 'paused' as const, stopText: 'Paused on breakpoint', stack: [], webApis: [], macrotasks: [], microtasks: [], nextTicks: [], cleanups: [],
    ...lanesModel(threads, selected, 'paused', MAIN),
  });

  it('draws the main lane, then the channel with an arrow towards each receiver, then the worker lane, outlined when followed', () => {
    const { html, targets } = renderLoop(model(twoThreads(), 2));
    const order = [...html.matchAll(/<section class="(lane(?: selected)?|channel)"[^>]*aria-label="([^"]+)"/g)].map((x) => `${x[1]}: ${x[2]}`);
    assert.deepEqual(order, ['lane: Thread main', 'channel: Messages between threads', 'lane selected: Thread worker 1 (task.js)']);
    assert.match(html, /<li class="to-main"><span class="arrow" aria-hidden="true">←<\/span><div class="entry"><span class="name">message from worker 1<\/span><span class="detail">to main: taken in the poll phase from 0.5 ms<\/span>/);
    assert.match(html, /<li class="to-worker"><span class="arrow" aria-hidden="true">→<\/span><div class="entry"><span class="name">message from parent<\/span>/);
    assert.match(html, /<h2 title="[^"]*">Messages <span class="count">2<\/span><\/h2>/);
    // Each lane has its own phase and columns; the header keeps only what is the session's (status, stop).
    assert.equal((html.match(/<section class="column column-stack/g) ?? []).length, 2);
    assert.equal((html.match(/class="phase"/g) ?? []).length, 2);
    assert.match(html, /<p class="stop"><span class="label">Stop<\/span> <span class="value">Paused on breakpoint<\/span><\/p>/);
    assert.deepEqual(targets.map((t) => `${t.path}:${t.line}`), [`${MAIN}:7`, `${MAIN}:4`, '/work/demo/task.js:3']);
  });

  it('says so when no message is on its way, and tags a lane\'s "… N more" with its thread', () => {
    const threads = twoThreads();
    threads[1].loop = loop(2, 'worker 1 (task.js)', { macrotasks: [timer(1, 'x', 1)], counts: { webApis: 0, macrotasks: 30, microtasks: 0, nextTicks: 0, cleanups: 0 }, omitted: { macrotasks: { at: 1, count: 29 } } });
    threads[0].loop = loop(1, 'main');
    const { html } = renderLoop(model(threads, 1));
    assert.match(html, /<li class="empty">no messages on their way<\/li>/);
    assert.match(html, /data-more="macrotasks" data-thread="2"/);
  });

  it('draws a message between two ports of one thread with a turning arrow', () => {
    const threads = twoThreads();
    threads[0].loop = loop(1, 'main', { webApis: [{ ...message(1, 'main on channel 1 port1', 0), route: { from: 0, to: 0, via: 'channel 1 port1' } }] });
    const m = lanesModel(threads, 1, 'paused', MAIN);
    assert.deepEqual(m.channel?.[0].route, { from: 0, to: 0 });
    const { html } = renderLoop(model(threads, 1));
    assert.match(html, /<li class="within"><span class="arrow" aria-hidden="true">↻<\/span><div class="entry"><span class="name">message from main on channel 1 port1<\/span>/);
  });

  it('escapes what a program names: a thread named by its file, a message label', () => {
    const threads = twoThreads();
    threads[1].loop = loop(2, 'worker 1 (<b>.js)', { webApis: [message(1, '<img src=x>', 1)] });
    const { html } = renderLoop(model(threads, 1));
    assert.ok(!html.includes('<b>.js') && !html.includes('<img'));
    assert.match(html, /worker 1 \(&lt;b&gt;\.js\)/);
  });

  it('draws one loop as before when there is one thread', () => {
    const { html } = renderLoop({ ...model(twoThreads().slice(0, 1), 1) });
    assert.ok(!html.includes('class="lanes"'));
  });
});
