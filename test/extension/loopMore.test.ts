// The Event Loop view with long queues: counts in the headings, "… N more" where the adapter
// left entries out, and clicking it merges the next entries the adapter sends.
import { strict as assert } from 'node:assert';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { loopModel, queueEntries, withEntries } from '../../extension/loopView/model';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { renderLoop } from '../../extension/loopView/render';

const timer = (id: number) => ({ id, kind: 'timeout', name: `t${id}`, line: 1, column: 1, delay: id, due: id, interval: false });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => timer(from + i));

/** A snapshot of 100,000 timers as the adapter sends it: the first and last 25, and the gap. */
const snapshot = {
  phase: 'script', time: 0, current: null,
  webApis: [...range(1, 25), ...range(99_976, 100_000)], macrotasks: [], microtasks: [], nextTicks: [],
  counts: { webApis: 100_000, macrotasks: 0, microtasks: 0, nextTicks: 0 },
  omitted: { webApis: { at: 25, count: 99_950 } },
};

describe('Event Loop view: long queues', () => {
  it('counts the whole queue and shows "… N more" between the first and last entries', () => {
    const model = loopModel(snapshot, [], 'paused', '/p.js');
    assert.deepEqual(model.gaps, { webApis: { at: 25, count: 99_950 } });
    const { html } = renderLoop(model);
    assert.match(html, /Web APIs <span class="count">100000<\/span>/);
    const names = [...html.matchAll(/<span class="name">(t\d+)<\/span>|data-more="(\w+)"[^>]*>([^<]*)</g)].map((m) => m[1] ?? `${m[2]}: ${m[3]}`);
    assert.deepEqual(names.slice(24, 27), ['t25', 'webApis: … 99,950 more', 't99976']);
  });

  it('merges fetched entries into the gap and shrinks it, until none is left', () => {
    let model = loopModel(snapshot, [], 'paused', '/p.js');
    model = withEntries(model, 'webApis', 25, queueEntries('webApis', range(26, 225), '/p.js'));
    assert.deepEqual(model.gaps?.webApis, { at: 225, count: 99_750 });
    assert.deepEqual(model.webApis.slice(224, 226).map((e) => e.label), ['t225', 't99976']);
    assert.match(renderLoop(model).html, /… 99,750 more/);
    assert.equal(withEntries(model, 'webApis', 25, queueEntries('webApis', range(26, 30))), model, 'an answer for an older gap is ignored');

    const small = loopModel({ ...snapshot, webApis: [...range(1, 2), ...range(5, 6)], counts: { webApis: 6 }, omitted: { webApis: { at: 2, count: 2 } } }, [], 'paused');
    const full = withEntries(small, 'webApis', 2, queueEntries('webApis', range(3, 4)));
    assert.deepEqual(full.webApis.map((e) => e.label), ['t1', 't2', 't3', 't4', 't5', 't6']);
    assert.equal(full.gaps?.webApis, undefined);
    assert.doesNotMatch(renderLoop(full).html, /data-more/);
  });

  it('ignores a gap that does not fit the entries sent', () => {
    const model = loopModel({ ...snapshot, omitted: { webApis: { at: 500, count: 3 }, microtasks: { at: 0, count: -1 } } }, [], 'paused');
    assert.deepEqual(model.gaps, {});
  });
});

describe('Event Loop view: a worker thread\'s loop', () => {
  it('names the thread above the stop when the loop is not the main thread\'s', () => {
    const model = loopModel(snapshot, [], 'paused', '/p.js');
    assert.doesNotMatch(renderLoop(model).html, /class="thread"/);
    assert.match(renderLoop({ ...model, thread: 'worker 1 (task.js)' }).html, /<p class="thread"><span class="label">Thread<\/span> <span class="value">worker 1 \(task\.js\)<\/span><\/p>/);
  });
});
