// The built extension (dist/extension.js) activated against a stand-in `vscode` module:
// what it registers, F5 without launch.json, and whole sessions through the inline adapter:
// the Event Loop view drawn at each stop (a click reveals a line) and inline values with
// TDZ bindings. Needs `npm run build` first (npm test does it).
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { DebugAdapterInlineImplementation, fake, InlineValueText, Range, Uri } from './fakeVscode';
import { DEBUG_TYPE } from '../../adapter/protocol';

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'dist', 'extension.js');
const example = (name: string) => path.join(ROOT, 'examples', name);

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleInternals = Module as unknown as { _resolveFilename: Resolve };

/** Loads the bundle with `require('vscode')` answered by the stand-in. */
async function loadBundle(): Promise<{ activate(context: unknown): void }> {
  const original = moduleInternals._resolveFilename;
  moduleInternals._resolveFilename = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? require.resolve('./fakeVscode') : original.call(this, request, ...rest);
  };
  try {
    return await import(BUNDLE);
  } finally {
    moduleInternals._resolveFilename = original;
  }
}

interface Adapter {
  handleMessage(m: DebugProtocol.ProtocolMessage): void;
  onDidSendMessage(l: (m: DebugProtocol.ProtocolMessage) => void): void;
}
interface Tracker { onWillReceiveMessage?(m: unknown): void; onDidSendMessage?(m: unknown): void }
const STANDARD_EVENTS = ['stopped', 'output', 'initialized', 'terminated', 'exited', 'continued', 'thread', 'breakpoint'];

/** A debug session as the extension sees it, wired to an adapter from the extension's factory. */
class FakeSession {
  readonly type = DEBUG_TYPE;
  readonly workspaceFolder = undefined;
  private seq = 1;
  private readonly waiting = new Map<number, (r: DebugProtocol.Response) => void>();
  readonly events: DebugProtocol.Event[] = [];
  private readonly trackers: Tracker[];
  readonly configuration: Record<string, unknown>;

  constructor(readonly id: string, program: string) {
    this.configuration = { type: DEBUG_TYPE, request: 'launch', name: id, program, stopOnEntry: true };
    const factory = fake.get('adapterFactory', DEBUG_TYPE) as { createDebugAdapterDescriptor(s: unknown): DebugAdapterInlineImplementation };
    const descriptor = factory.createDebugAdapterDescriptor(this);
    assert.ok(descriptor instanceof DebugAdapterInlineImplementation);
    const adapter = descriptor.implementation as Adapter;
    this.trackers = (fake.all('trackerFactory', DEBUG_TYPE) as { createDebugAdapterTracker(s: unknown): Tracker }[]).map((f) => f.createDebugAdapterTracker(this));
    adapter.onDidSendMessage((m) => {
      this.trackers.forEach((t) => t.onDidSendMessage?.(m));
      if (m.type === 'response') this.waiting.get((m as DebugProtocol.Response).request_seq)?.(m as DebugProtocol.Response);
      if (m.type !== 'event') return;
      const event = m as DebugProtocol.Event;
      this.events.push(event);
      if (!STANDARD_EVENTS.includes(event.event)) fake.customEvents.fire({ session: this, event: event.event, body: event.body });
    });
    this.send = (command, args) => {
      const seq = this.seq++;
      const request = { seq, type: 'request', command, arguments: args } as DebugProtocol.Request;
      this.trackers.forEach((t) => t.onWillReceiveMessage?.(request));
      return new Promise((resolve) => {
        this.waiting.set(seq, resolve);
        adapter.handleMessage(request);
      });
    };
  }

  readonly send: (command: string, args?: unknown) => Promise<DebugProtocol.Response>;

  async customRequest(command: string, args?: unknown): Promise<unknown> {
    const r = await this.send(command, args);
    if (!r.success) throw new Error(r.message);
    return r.body;
  }

  get stops(): number {
    return this.events.filter((e) => e.event === 'stopped').length;
  }

  /** Starts the session as VS Code does, up to the entry stop. */
  async start(): Promise<void> {
    fake.activeDebugSession = this;
    fake.sessionStarts.fire(this);
    await this.send('initialize', { adapterID: DEBUG_TYPE, linesStartAt1: true, columnsStartAt1: true, pathFormat: 'path' });
    const launched = this.send('launch', this.configuration);
    await this.send('configurationDone');
    const response = await launched;
    assert.ok(response.success, `launch failed: ${response.message}`);
    await until('the entry stop', () => this.stops > 0);
  }

  /** Steps over until `done`, at most `max` times. */
  async stepUntil(done: () => boolean | Promise<boolean>, max = 30): Promise<void> {
    for (let i = 0; i < max && !(await settled(done)); i++) {
      const stops = this.stops;
      await this.send('next', { threadId: 1 });
      await until('the next stop', () => this.stops > stops);
    }
    assert.ok(await done(), 'never reached the wanted stop');
  }

  async topLine(): Promise<number> {
    const body = (await this.customRequest('stackTrace', { threadId: 1 })) as DebugProtocol.StackTraceResponse['body'];
    return body.stackFrames[0].line;
  }

  async end(): Promise<void> {
    await this.send('disconnect', {});
    fake.activeDebugSession = undefined;
    fake.sessionEnds.fire(this);
  }
}

/** A webview view that records the page and the messages posted to it. */
function fakeWebviewView() {
  const received: ((m: unknown) => void)[] = [];
  const posted: { type: string; html: string }[] = [];
  const webview = {
    options: {} as { enableScripts?: boolean; localResourceRoots?: Uri[] },
    html: '',
    cspSource: 'vscode-webview://fake',
    asWebviewUri: (u: Uri) => u,
    postMessage: async (m: { type: string; html: string }) => { posted.push(m); return true; },
    onDidReceiveMessage: (l: (m: unknown) => void) => { received.push(l); return { dispose() {} }; },
  };
  return { view: { webview, onDidDispose: () => ({ dispose() {} }) }, posted, click: (m: unknown) => received.forEach((l) => l(m)) };
}

async function until(what: string, ok: () => boolean): Promise<void> {
  for (let i = 0; i < 2000 && !ok(); i++) await new Promise((r) => setTimeout(r, 5));
  assert.ok(ok(), `timed out waiting for ${what}`);
}

/** Whether `done` holds within a moment: a stop's view and values arrive a little after the stop. */
async function settled(done: () => boolean | Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 25; i++) {
    if (await done()) return true;
    await new Promise((r) => setTimeout(r, 10));
  }
  return false;
}

describe('extension bundle, activated against a stand-in vscode', () => {
  const context = { subscriptions: [] as { dispose(): void }[], extensionUri: Uri.file(ROOT) };

  before(async () => (await loadBundle()).activate(context));
  after(() => context.subscriptions.forEach((d) => d.dispose()));

  it('registers the debugger, its configurations, the command, the view and trackers', () => {
    for (const [kind, id] of [['adapterFactory', 'glassbox'], ['configs', 'glassbox'], ['dynamicConfigs', 'glassbox'], ['command', 'glassbox.debugFile'], ['webviewView', 'glassbox.eventLoop'], ['trackerFactory', 'glassbox'],
      ['command', 'glassbox.showTokens'], ['command', 'glassbox.showAst'], ['command', 'glassbox.showBytecode'], ['command', 'glassbox.revealAstNode'],
      ['contentProvider', 'glassbox-pipeline'], ['treeView', 'glassbox.ast']]) {
      assert.ok(fake.get(kind, id), `no ${kind} for ${id}`);
    }
    assert.equal(fake.contextKeys.get('glassbox.active'), false);
    assert.equal(fake.get('inlineValues', 'javascript'), undefined, 'inline values only during a Glassbox session');
  });

  it('makes F5 without launch.json debug the active JavaScript file, and explains otherwise', () => {
    const provider = fake.get('configs', DEBUG_TYPE) as { resolveDebugConfiguration(f: unknown, c: unknown): unknown };
    fake.activeTextEditor = { document: { languageId: 'javascript', isUntitled: false, uri: Uri.file(example('tdz.js')) } };
    assert.deepEqual(provider.resolveDebugConfiguration(undefined, {}), { type: 'glassbox', request: 'launch', name: 'Glassbox: debug current file', program: '${file}', stopOnEntry: true });
    fake.activeTextEditor = undefined;
    assert.equal(provider.resolveDebugConfiguration(undefined, {}), undefined);
    assert.match(fake.errors.pop() ?? '', /needs a program/);
  });

  it('draws the event loop at each stop of event-loop.js; a click reveals the line', async () => {
    const { view, posted, click } = fakeWebviewView();
    (fake.get('webviewView', 'glassbox.eventLoop') as { resolveWebviewView(v: unknown): void }).resolveWebviewView(view);
    assert.equal(view.webview.options.enableScripts, true);
    assert.match(view.webview.html, /Content-Security-Policy/);
    assert.match(view.webview.html, /No Glassbox session/);

    const session = new FakeSession('event-loop', example('event-loop.js'));
    await session.start();
    assert.equal(fake.contextKeys.get('glassbox.active'), true);
    // Step to the script's last line: timers pending, two microtasks and a nextTick queued.
    const everyQueue = (html: string) => /nextTick queue <span class="count">1<\/span>/.test(html) && /Microtask queue <span class="count">2<\/span>/.test(html);
    await session.stepUntil(() => posted.some((m) => everyQueue(m.html)));
    const html = posted.map((m) => m.html).find(everyQueue) ?? '';
    assert.match(html, /<span class="name">tick<\/span><span class="where">line 36<\/span>/);
    assert.match(html, /Running the main script/);
    assert.ok(posted.some((m) => /<p class="stop">.*Creation phase of the global execution context/.test(m.html)), 'the first stop\'s text is in the view\'s header');

    // The view keeps the targets of its latest render; nothing moved since.
    const index = Number(/data-target="(\d+)"[^>]*><span class="name">tick</.exec(posted[posted.length - 1].html)?.[1]);
    click({ type: 'reveal', target: index });
    await until('the editor to open', () => fake.shown.length > 0);
    assert.deepEqual(fake.shown.pop(), { path: example('event-loop.js'), line: 35, character: 17 });

    await session.end();
    assert.equal(fake.contextKeys.get('glassbox.active'), false);
    assert.equal(fake.contextKeys.get('glassbox.loopViewShown'), true, 'the view stays after the session');
    await until('the ended state', () => /Program finished/.test(posted[posted.length - 1].html));
  });

  it('shows "… N more" for 100,000 timers and fetches the next ones when it is clicked', async () => {
    const { view, posted, click } = fakeWebviewView();
    (fake.get('webviewView', 'glassbox.eventLoop') as { resolveWebviewView(v: unknown): void }).resolveWebviewView(view);
    const session = new FakeSession('many-timers', path.join(ROOT, 'test', 'adapter', 'programs', 'manyTimers.js'));
    await session.start();
    const stops = session.stops;
    await session.send('continue', { threadId: 1 });
    await until('the debugger statement', () => session.stops > stops);
    await until('the timers drawn', () => /Web APIs <span class="count">100000<\/span>/.test(posted[posted.length - 1]?.html ?? ''));
    const before = posted[posted.length - 1].html;
    assert.match(before, /data-more="webApis"[^>]*>… 99,950 more</);
    assert.ok(before.length < 100_000, `${before.length} characters of HTML`);
    click({ type: 'more', queue: 'webApis' });
    await until('the next timers', () => /… 99,750 more</.test(posted[posted.length - 1].html));
    assert.equal(posted[posted.length - 1].html.match(/<span class="name">tick<\/span>/g)?.length, 250);
    await session.end();
  });

  it('shows the hotness CodeLens over each function that ran, at a stop', async () => {
    type Lens = { range: Range; command: { title: string } };
    const lenses = fake.get('codeLens', 'javascript') as { provideCodeLenses(d: unknown): Lens[] };
    const file = example('hot-and-deopt.js');
    const doc = { uri: Uri.file(file), lineCount: 30 };
    const session = new FakeSession('hot', file);
    await session.start();
    const stops = session.stops;
    await session.send('continue', { threadId: 1 });
    await until('the debugger statement', () => session.stops > stops);
    await until('the lenses', () => lenses.provideCodeLenses(doc).length > 0);
    assert.deepEqual(lenses.provideCodeLenses(doc).map((l) => [l.range.start.line, l.command.title]), [[6, 'called 2,001×, hot · deoptimized 1× (not a number)']]);
    assert.deepEqual(lenses.provideCodeLenses({ uri: Uri.file(example('tdz.js')), lineCount: 30 }), [], 'only in the program debugged');
    await session.end();
    assert.deepEqual(lenses.provideCodeLenses(doc), [], 'gone with the session');
  });

  it('shows inline values from the scope chain, TDZ bindings included, only during a session', async () => {
    const session = new FakeSession('tdz', example('tdz.js'));
    await session.start();
    const provider = fake.get('inlineValues', 'javascript') as {
      provideInlineValues(d: unknown, v: Range, c: unknown): Promise<InlineValueText[]>;
    };
    assert.ok(provider);
    const text = readFileSync(example('tdz.js'), 'utf8');
    const lines = text.split('\n');
    const document = { getText: () => text, uri: Uri.file(example('tdz.js')), version: 1, lineAt: (l: number) => ({ range: new Range(l, 0, l, lines[l].length) }) };
    const valuesAt = async (line: number) => {
      // Frame ids are the stop's own, as VS Code passes them.
      const stack = (await session.customRequest('stackTrace', { threadId: 1 })) as DebugProtocol.StackTraceResponse['body'];
      const frameId = stack.stackFrames[0].id;
      const values = await provider.provideInlineValues(document, new Range(0, 0, 100, 0), { frameId, stoppedLocation: new Range(line - 1, 0, line - 1, 20) });
      assert.ok(values.every((v) => v instanceof InlineValueText));
      return values.map((v) => `${v.range.start.line + 1}: ${v.text}`);
    };

    // Stopped on `let score = 10;` (line 15): score exists, in its TDZ.
    await session.stepUntil(async () => (await session.topLine()) === 15);
    const atDeclaration = await valuesAt(15);
    assert.ok(atDeclaration.includes('15: score = <uninitialized (TDZ)>'), atDeclaration.join('\n'));
    assert.ok(atDeclaration.some((v) => v.startsWith('5: tryRead = ')), 'a top-level function (Global scope) has a value');
    assert.ok(atDeclaration.includes('15: ◀ Execution phase'), `the stop's text at the stopped line: ${atDeclaration.join(' | ')}`);

    // One step on, the values are read afresh.
    await session.stepUntil(async () => (await session.topLine()) === 16);
    assert.ok((await valuesAt(16)).includes('15: score = 10'));

    await session.end();
    assert.equal(fake.get('inlineValues', 'javascript'), undefined);
  });
});
