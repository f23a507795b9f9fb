// The Event Loop view's feed and the timeline strip: `glassbox.timelineChanged` redraws the
// strip, a view opened later asks `timeline`, and a chosen mark sends `gotoMoment { step }`
// (only while paused; a refusal is shown). Drives LoopFeed against the stand-in `vscode`.
import { strict as assert } from 'node:assert';
import Module from 'node:module';
import { DEBUG_TYPE, GOTO_MOMENT_REQUEST, TIMELINE_CHANGED_EVENT, TIMELINE_REQUEST } from '../../adapter/protocol';
import * as vscodeFake from './fakeVscode';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import type { LoopFeed as LoopFeedClass } from '../../extension/loopView/loopFeed';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { emptyModel, type LoopModel } from '../../extension/loopView/model';

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleInternals = Module as unknown as { _resolveFilename: Resolve };

/** The feed's module, with `require('vscode')` answered by the stand-in. */
function loadFeed(): typeof LoopFeedClass {
  const original = moduleInternals._resolveFilename;
  moduleInternals._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? require.resolve('./fakeVscode') : original.call(this, request, ...rest);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the hook, so it gets the stand-in
    return (require('../../extension/loopView/loopFeed') as { LoopFeed: typeof LoopFeedClass }).LoopFeed;
  } finally {
    moduleInternals._resolveFilename = original;
  }
}

const TIMELINE = { marks: [{ step: 1, kind: 'script', label: 'script' }, { step: 31, kind: 'task', label: 'timer #1 -> onTimeout()', line: 8 }], current: 40, frontier: 60 };

/** A session that answers the feed's requests and records them; `refuse` makes gotoMoment fail. */
function session(id: string) {
  const requests: [string, unknown][] = [];
  const s = {
    id, type: DEBUG_TYPE, workspaceFolder: undefined, configuration: { type: DEBUG_TYPE, program: '/p/main.js' }, refuse: '',
    requests,
    async customRequest(command: string, args?: unknown): Promise<unknown> {
      requests.push([command, args]);
      if (command === GOTO_MOMENT_REQUEST && s.refuse) throw new Error(s.refuse);
      if (command === TIMELINE_REQUEST) return { ...TIMELINE, current: 5 };
      if (command === 'threads') return { threads: [{ id: 1 }] };
      if (command === 'stackTrace') return { stackFrames: [] };
      return { snapshot: { phase: 'script', time: 0 } };
    },
  };
  return s;
}

describe('Event Loop view: the strip through the feed', () => {
  let feed: LoopFeedClass;
  const shown: LoopModel[] = [];
  const view = {
    current: emptyModel(), onMore: undefined, onGoto: undefined as ((step: number) => void) | undefined,
    show(m: LoopModel) { this.current = m; shown.push(m); },
  };
  const warnings: string[] = [];
  const { fake } = vscodeFake;
  const s = session('a');

  before(() => {
    (vscodeFake.window as Record<string, unknown>).showWarningMessage = async (m: string) => { warnings.push(m); return undefined; };
    const LoopFeed = loadFeed();
    feed = new LoopFeed(view as never);
    fake.activeDebugSession = s;
    fake.sessionStarts.fire(s);
    const tracker = (fake.get('trackerFactory', DEBUG_TYPE) as { createDebugAdapterTracker(s: unknown): { onDidSendMessage(m: unknown): void } }).createDebugAdapterTracker(s);
    tracker.onDidSendMessage({ type: 'event', event: 'stopped', body: { description: 'Paused on step' } });
  });
  after(() => {
    feed.dispose();
    fake.activeDebugSession = undefined;
  });

  it('redraws the strip on glassbox.timelineChanged, and keeps it through the loop\'s redraw', async () => {
    fake.customEvents.fire({ session: s, event: TIMELINE_CHANGED_EVENT, body: TIMELINE });
    assert.deepEqual(view.current.timeline?.marks.map((m) => m.step), [1, 31]);
    await feed.refresh(s as never, { snapshot: { phase: 'script', time: 0 } } as never);
    assert.equal(view.current.timeline?.current, 40);
    assert.equal(view.current.status, 'paused');
  });

  it('asks for the timeline when it draws without an event', async () => {
    await feed.refresh(s as never);
    assert.ok(s.requests.some(([c]) => c === TIMELINE_REQUEST));
    assert.equal(view.current.timeline?.current, 5);
  });

  it('sends gotoMoment { step } for a chosen mark, and shows a refusal', async () => {
    view.onGoto?.(31);
    await new Promise((r) => setImmediate(r));
    assert.deepEqual(s.requests.at(-1), [GOTO_MOMENT_REQUEST, { step: 31 }]);
    s.refuse = 'Step Back is off: realTime makes the run nondeterministic';
    await feed.goto(1);
    assert.deepEqual(warnings, ['Glassbox: cannot go to step 1: Step Back is off: realTime makes the run nondeterministic']);
  });

  it('sends nothing while the program runs; an ended session\'s strip stays on show', async () => {
    const tracker = (fake.get('trackerFactory', DEBUG_TYPE) as { createDebugAdapterTracker(s: unknown): { onWillReceiveMessage(m: unknown): void } }).createDebugAdapterTracker(s);
    tracker.onWillReceiveMessage({ type: 'request', command: 'continue' });
    const before = s.requests.length;
    await feed.goto(31);
    assert.equal(s.requests.length, before);
    fake.sessionEnds.fire(s);
    assert.equal(view.current.status, 'ended');
    assert.equal(view.current.timeline?.current, 5);
  });
});
