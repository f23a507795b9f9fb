// The extension's Event Loop view fed by the real adapter, inline as in VS Code: steps
// through examples/event-loop.js and renders every stop's snapshot and stack, checking that
// the example puts something in every column and that the view's links point at it.
import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { GlassboxDebugSession } from '../../adapter';
import { DEBUG_TYPE } from '../../adapter/protocol';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { loopModel, type LoopModel } from '../../extension/loopView/model';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { renderLoop } from '../../extension/loopView/render';

const EXAMPLE = path.resolve(__dirname, '..', '..', 'examples', 'event-loop.js');

/** Talks DAP to a session object directly, the way DebugAdapterInlineImplementation does. */
class InlineClient {
  private seq = 1;
  private readonly waiting = new Map<number, (r: DebugProtocol.Response) => void>();
  private readonly listeners: ((e: DebugProtocol.Event) => void)[] = [];
  readonly session = new GlassboxDebugSession();

  constructor() {
    this.session.onDidSendMessage((m) => {
      const message = m as DebugProtocol.ProtocolMessage;
      if (message.type === 'response') this.waiting.get((message as DebugProtocol.Response).request_seq)?.(message as DebugProtocol.Response);
      if (message.type === 'event') this.listeners.slice().forEach((l) => l(message as DebugProtocol.Event));
    });
  }

  request(command: string, args?: unknown): Promise<DebugProtocol.Response> {
    const seq = this.seq++;
    return new Promise((resolve) => {
      this.waiting.set(seq, resolve);
      this.session.handleMessage({ seq, type: 'request', command, arguments: args } as DebugProtocol.Request);
    });
  }

  /** The next event named one of `names`. */
  next(...names: string[]): Promise<DebugProtocol.Event> {
    return new Promise((resolve) => {
      const listener = (e: DebugProtocol.Event) => {
        if (!names.includes(e.event)) return;
        this.listeners.splice(this.listeners.indexOf(listener), 1);
        resolve(e);
      };
      this.listeners.push(listener);
    });
  }
}

/** Steps in from entry to the end; the view model at every stop. */
async function everyStop(client: InlineClient): Promise<LoopModel[]> {
  const models: LoopModel[] = [];
  const initialized = client.next('initialized');
  await client.request('initialize', { adapterID: DEBUG_TYPE, linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
  let change = client.next('eventLoopChanged', 'terminated');
  const launched = client.request('launch', { program: EXAMPLE, stopOnEntry: true });
  await initialized;
  await client.request('configurationDone');
  await launched;
  for (let steps = 0; steps < 2000; steps++) {
    const event = await change;
    if (event.event === 'terminated') return models;
    const frames = (await client.request('stackTrace', { threadId: 1 })).body;
    models.push(loopModel(event.body, frames, 'paused', EXAMPLE));
    change = client.next('eventLoopChanged', 'terminated');
    await client.request('stepIn', { threadId: 1 });
  }
  throw new Error('event-loop.js did not finish in 2000 steps');
}

describe('Event Loop view on examples/event-loop.js (real adapter, inline)', function () {
  let models: LoopModel[];
  before(async () => {
    const client = new InlineClient();
    models = await everyStop(client);
    client.session.dispose();
  });

  it('stops many times and ends', () => {
    assert.ok(models.length > 20, `only ${models.length} stops`);
    assert.equal(models[0].phase, 'script');
  });

  it('has a stop with timers in Web APIs, two microtasks and a nextTick all waiting', () => {
    const full = models.find((m) => m.webApis.length === 2 && m.microtasks.length === 2 && m.nextTicks.length === 1);
    assert.ok(full, 'no stop shows every queue filled');
    // Node (and so Glassbox) turns a 0 ms delay into 1 ms.
    assert.deepEqual(full.webApis.map((e) => `${e.label}: ${e.detail}`), ['onTimeout: setTimeout #1, 1 ms: due at 1 ms', 'laterTimeout: setTimeout #2, 100 ms: due at 100 ms']);
    assert.deepEqual(full.microtasks.map((e) => e.label), ['onResolve', 'micro']);
    assert.deepEqual(full.nextTicks.map((e) => e.label), ['tick']);
    const { html, targets } = renderLoop(full);
    assert.match(html, /<span class="name">onTimeout<\/span>/);
    assert.ok(targets.every((t) => t.path === EXAMPLE && t.line >= 1));
  });

  it('shows setImmediate\'s callback in the macrotask queue', () => {
    const withTask = models.find((m) => m.macrotasks.some((e) => e.label === 'onImmediate'));
    assert.ok(withTask, 'the macrotask queue never held onImmediate');
  });

  it('shows every phase a callback runs in, and virtual time reaching the last timer', () => {
    const phases = new Set(models.map((m) => m.phase));
    for (const phase of ['script', 'nextTicks', 'microtasks', 'timers', 'immediates'] as const) assert.ok(phases.has(phase), `never in phase ${phase}`);
    assert.equal(Math.max(...models.map((m) => m.time ?? 0)), 100);
  });

  it('links stack frames to the program, and names the task a callback came from', () => {
    const inTimer = models.find((m) => m.stack.some((e) => e.label === 'onTimeout'));
    assert.ok(inTimer);
    assert.equal(inTimer.stack[0].target?.path, EXAMPLE);
    assert.ok(inTimer.stack.some((e) => e.marker), 'no marker frame for the task');
  });
});
