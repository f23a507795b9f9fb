// The Event Loop view's pure parts: wire snapshot -> model -> HTML, escaping, the page's CSP.
import { strict as assert } from 'node:assert';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { emptyModel, loopModel } from '../../extension/loopView/model';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { contentSecurityPolicy, renderPage } from '../../extension/loopView/page';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { escapeHtml, renderLoop } from '../../extension/loopView/render';

const PROGRAM = '/work/demo/event-loop.js';

/** A snapshot as the adapter sends it (engine/loop/snapshot.ts's LoopSnapshot, as JSON). */
function snapshot(overrides: Record<string, unknown> = {}) {
  return {
    phase: 'microtasks',
    time: 0,
    current: { kind: 'microtask', label: 'microtask: promise reaction -> onResolve', line: 9, column: 3 },
    webApis: [
      { id: 1, kind: 'timeout', name: 'onTimeout', line: 4, column: 12, delay: 100, due: 100, interval: false },
      { id: 3, kind: 'interval', name: '', line: 20, column: 1, delay: 50, due: 50, interval: true },
    ],
    macrotasks: [{ id: 2, kind: 'immediate', name: 'onImmediate', line: 6, column: 14, delay: 0, due: 0, interval: false }],
    microtasks: [{ kind: 'queueMicrotask', name: 'micro', line: 7, column: 16 }, { kind: 'promise reaction', name: 'then', line: 8, column: 1, promiseState: 'fulfilled' }],
    nextTicks: [{ kind: 'nextTick', name: 'tick', line: 10, column: 18 }],
    ...overrides,
  };
}

const frames = {
  stackFrames: [
    { id: 2, name: 'onResolve', line: 9, column: 3, source: { path: PROGRAM } },
    { id: 3, name: 'microtask: promise reaction -> onResolve', line: 0, column: 0, presentationHint: 'label' },
  ],
  totalFrames: 2,
};

describe('Event Loop view: model', () => {
  it('turns a snapshot and a stack trace into labelled entries that link to the program', () => {
    const m = loopModel(snapshot(), frames, 'paused', PROGRAM);
    assert.equal(m.phaseText, 'Draining the microtask queue');
    assert.equal(m.time, 0);
    assert.equal(m.current, 'microtask: promise reaction -> onResolve');
    assert.deepEqual(m.webApis.map((e) => [e.label, e.detail]), [
      ['onTimeout', 'setTimeout #1, 100 ms: due at 100 ms'],
      ['(anonymous)', 'setInterval #3, every 50 ms: due at 50 ms'],
    ]);
    assert.deepEqual(m.macrotasks.map((e) => [e.label, e.detail]), [['onImmediate', 'from setImmediate #2']]);
    assert.deepEqual(m.microtasks.map((e) => [e.label, e.detail]), [['micro', 'queueMicrotask'], ['then', 'promise reaction: the promise is fulfilled']]);
    assert.deepEqual(m.nextTicks.map((e) => e.label), ['tick']);
    assert.deepEqual(m.webApis[0].target, { path: PROGRAM, line: 4, column: 12 });
    assert.deepEqual(m.stack, [
      { label: 'onResolve', line: 9, target: { path: PROGRAM, line: 9, column: 3 } },
      { label: 'microtask: promise reaction -> onResolve', marker: true },
    ]);
  });

  it('links a callback to its own file: a required file\'s path, none for a core module\'s code, else the program', () => {
    const timer = (file?: string) => ({ id: 1, kind: 'timeout', name: 'later', line: 3, column: 5, delay: 1, due: 1, interval: false, ...(file === undefined ? {} : { file }) });
    const m = loopModel(snapshot({ webApis: [timer('/work/lib/cart.js'), timer('node:events'), timer()] }), [], 'paused', PROGRAM);
    assert.deepEqual(m.webApis.map((e) => e.target?.path ?? null), ['/work/lib/cart.js', null, PROGRAM]);
  });

  it('shows another thread\'s message on its way under Web APIs, taken in the poll phase', () => {
    const message = { id: 1, kind: 'message', name: 'message from worker 1', delay: 0, due: 3, interval: false, label: 'message from worker 1' };
    const m = loopModel(snapshot({ webApis: [message] }), [], 'paused', PROGRAM);
    assert.deepEqual(m.webApis.map((e) => [e.label, e.detail, e.target]), [['message from worker 1', 'taken in the poll phase from 3 ms', undefined]]);
  });

  it('accepts a body that wraps the snapshot, and ignores malformed fields', () => {
    const m = loopModel({ snapshot: snapshot({ webApis: 'nope', microtasks: [null, 3, { name: 7 }] }) }, 'junk', 'paused');
    assert.equal(m.webApis.length, 0);
    assert.deepEqual(m.microtasks.map((e) => e.label), ['(anonymous)']);
    assert.equal(m.microtasks[0].target, undefined);
    assert.deepEqual(m.stack, []);
  });

  it('lists a closed handle\'s callback in the check queue, for the close phase, and names that phase', () => {
    const closing = { id: 1, kind: 'close', name: 'onClose', line: 5, column: 3, delay: 0, due: 0, interval: false, label: 'MessagePort close' };
    const m = loopModel(snapshot({ phase: 'close', macrotasks: [closing] }), [], 'paused', PROGRAM);
    assert.deepEqual(m.macrotasks.map((e) => [e.label, e.detail, e.line]), [['onClose', 'MessagePort close: runs in the close phase', 5]]);
    assert.equal(m.phaseText, 'Close phase: running the callbacks of closed handles');
    assert.match(renderLoop(m).html, /<section class="column column-macrotasks active"/);
  });

  it('shows I/O in flight under Web APIs with what it is and when it completes, and names the poll phase', () => {
    const io = { id: 1, kind: 'io', name: 'onRead', line: 4, column: 33, delay: 1, due: 2, interval: false, label: 'fs.readFile data.txt' };
    const m = loopModel(snapshot({ phase: 'poll', webApis: [io] }), [], 'paused', PROGRAM);
    assert.deepEqual(m.webApis, [{ label: 'onRead', detail: 'fs.readFile data.txt, 1 ms: due at 2 ms', line: 4, target: { path: PROGRAM, line: 4, column: 33 } }]);
    assert.equal(m.phaseText, 'Poll phase: running I/O callbacks and messages from other threads');
    assert.match(renderLoop(m).html, /class="column column-webApis active"/);
  });

  it('survives no snapshot at all', () => {
    const m = loopModel(undefined, undefined, 'running');
    assert.deepEqual(m, { ...emptyModel('running'), phase: undefined, phaseText: undefined, time: undefined, current: undefined });
  });
});

describe('Event Loop view: HTML', () => {
  it('draws one column per place a callback can be, with counts', () => {
    const { html } = renderLoop(loopModel(snapshot(), frames, 'paused', PROGRAM));
    for (const title of ['Call Stack', 'Web APIs', 'Check queue', 'Microtask queue', 'nextTick queue']) {
      assert.match(html, new RegExp(`aria-label="${title}"`));
    }
    assert.match(html, /column-microtasks active/);
    assert.doesNotMatch(html, /column-macrotasks active/);
    assert.match(html, /Virtual time<\/span> <span class="value">0 ms/);
    assert.match(html, /Web APIs <span class="count">2<\/span>/);
    assert.match(html, /<span class="name">onTimeout<\/span><span class="where">line 4<\/span><span class="detail">setTimeout #1, 100 ms: due at 100 ms<\/span>/);
  });

  it('draws a Finalization column only while the collector has queued cleanups', () => {
    assert.doesNotMatch(renderLoop(loopModel(snapshot(), frames, 'paused', PROGRAM)).html, /aria-label="Finalization"/);
    const cleanups = [{ kind: 'finalization', name: '(held) => console.log(held)', line: 3, column: 26 }];
    const { html } = renderLoop(loopModel(snapshot({ cleanups }), frames, 'paused', PROGRAM));
    assert.match(html, /aria-label="Finalization"/);
    assert.match(html, /Finalization <span class="count">1<\/span>/);
    assert.match(html, /<span class="detail">FinalizationRegistry cleanup<\/span>/);
  });

  it('makes each linked entry a button whose index names its source target', () => {
    const { html, targets } = renderLoop(loopModel(snapshot(), frames, 'paused', PROGRAM));
    const indexes = [...html.matchAll(/data-target="(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepEqual(indexes, targets.map((_t, i) => i));
    // The stack frame comes first; the label frame is a marker, not a link.
    assert.deepEqual(targets[0], { path: PROGRAM, line: 9, column: 3 });
    assert.equal(targets.length, 1 + 2 + 1 + 2 + 1);
    assert.match(html, /<div class="entry marker">/);
  });

  it('says when there is no session, and dims a running or ended one', () => {
    assert.match(renderLoop(emptyModel()).html, /No Glassbox session/);
    assert.match(renderLoop(emptyModel('running')).html, /<header class="dim">/);
    assert.match(renderLoop({ ...emptyModel('ended') }).html, /Program finished/);
    assert.match(renderLoop({ ...emptyModel('paused'), stopText: 'Creation phase of f(<a>): declarations hoisted' }).html,
      /<p class="stop"><span class="label">Stop<\/span> <span class="value">Creation phase of f\(&lt;a&gt;\): declarations hoisted<\/span><\/p>/);
    assert.match(renderLoop(emptyModel()).html, /<li class="empty">no pending timers or I\/O<\/li>/);
  });

  it('escapes callback names, so a name cannot inject markup', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const snap = snapshot({ webApis: [{ id: 1, kind: 'timeout', name: evil, line: 1, column: 1, delay: 0, due: 1 }], microtasks: [{ kind: 'queueMicrotask', name: `"'><script>alert(2)</script>` }] });
    const badFrames = [{ id: 1, name: evil, line: 2, column: 1, source: { path: '/x/"onmouseover="alert(3).js' } }];
    const { html } = renderLoop(loopModel(snap, badFrames, 'paused', PROGRAM));
    assert.doesNotMatch(html, /<img/);
    assert.doesNotMatch(html, /<script/);
    assert.doesNotMatch(html, /onmouseover=/);
    assert.match(html, /&lt;img src=x onerror=&quot;alert\(1\)&quot;&gt;/);
    assert.match(html, /&quot;&#39;&gt;&lt;script&gt;/);
  });

  it('escapeHtml covers every character that ends text or an attribute', () => {
    assert.equal(escapeHtml(`<a href="x" title='y'>&amp;</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });
});

describe('Event Loop view: page', () => {
  const parts = { cspSource: 'vscode-webview://abc', nonce: 'bm9uY2U=', styleUri: 'vscode-webview://abc/loopView.css', scriptUri: 'vscode-webview://abc/loopView.js', body: '<p>hi</p>' };

  it('has a strict CSP: nothing by default, no remote or inline code', () => {
    const csp = contentSecurityPolicy(parts.cspSource, parts.nonce);
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /script-src 'nonce-bm9uY2U='/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it('loads only the view\'s own stylesheet and its nonce-carrying script', () => {
    const page = renderPage(parts);
    assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;/);
    assert.match(page, /<link rel="stylesheet" href="vscode-webview:\/\/abc\/loopView.css">/);
    assert.match(page, /<script nonce="bm9uY2U=" src="vscode-webview:\/\/abc\/loopView.js"><\/script>/);
    assert.equal(page.match(/<script/g)?.length, 1);
    assert.doesNotMatch(page, /style="/);
    assert.match(page, /<main id="root"><p>hi<\/p><\/main>/);
  });

  it('refuses a nonce that could break out of its attribute', () => {
    assert.throws(() => renderPage({ ...parts, nonce: '" onload="x' }), /nonce/);
  });
});
