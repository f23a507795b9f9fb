// The session inline, as the extension host runs it (messages in and out, no streams), and
// an engine failure (a host exception escaping run.step) ending the session with a message.
import * as assert from 'node:assert/strict';
import type { DebugProtocol } from '@vscode/debugprotocol';
import * as path from 'node:path';
import { createDebugSession, type GlassboxDebugSession } from '../../adapter';
import { programPathOf } from '../../adapter/launch';
import { program } from './support';
import { DEBUG_TYPE } from '../../adapter/protocol';

class InlineClient {
  readonly sent: DebugProtocol.ProtocolMessage[] = [];
  private seq = 1;
  constructor(readonly session: GlassboxDebugSession) {
    session.onDidSendMessage((m) => this.sent.push(m as DebugProtocol.ProtocolMessage));
  }

  request(command: string, args?: unknown): void {
    this.session.handleMessage({ seq: this.seq++, type: 'request', command, arguments: args } as DebugProtocol.Request);
  }

  events(name: string): DebugProtocol.Event[] {
    return this.sent.filter((m): m is DebugProtocol.Event => m.type === 'event' && (m as DebugProtocol.Event).event === name);
  }

  async until<T>(find: () => T | undefined, what: string): Promise<T> {
    for (let waited = 0; waited < 5000; waited += 5) {
      const found = find();
      if (found !== undefined) return found;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error(`timed out waiting for ${what}`);
  }
}

describe('adapter: inline session', () => {
  it('runs in-process and ends the session cleanly when the engine fails', async () => {
    const session = createDebugSession();
    const c = new InlineClient(session);
    c.request('initialize', { adapterID: DEBUG_TYPE, pathFormat: 'path', linesStartAt1: true, columnsStartAt1: true });
    c.request('launch', { program: program('loop.js') });
    await c.until(() => c.events('initialized')[0], 'initialized');
    c.request('configurationDone');
    const entry = await c.until(() => c.events('stopped')[0], 'the entry stop') as DebugProtocol.StoppedEvent;
    assert.equal(entry.body.reason, 'entry');

    // Simulate an engine bug: a host exception (not a JS throw) escapes run.step.
    const main = (session as unknown as { threads: { main: { run: { step: () => never } } } }).threads.main;
    main.run.step = () => { throw new TypeError('engine invariant broken'); };
    c.request('continue', { threadId: 1 });
    await c.until(() => c.events('terminated')[0], 'terminated');
    const stderr = c.events('output').map((e) => (e as DebugProtocol.OutputEvent).body).filter((b) => b.category === 'stderr');
    assert.match(stderr.map((b) => b.output).join(''), /Glassbox internal error: engine invariant broken/);
    assert.equal((c.events('exited')[0] as DebugProtocol.ExitedEvent).body.exitCode, 70);
    c.request('disconnect', {});
    session.dispose();
  });

  it('resolves a relative program against cwd', () => {
    assert.equal(programPathOf({ program: 'app.js', cwd: path.join(path.sep, 'work', 'site') }), path.join(path.sep, 'work', 'site', 'app.js'));
    assert.equal(programPathOf({ program: '' }), undefined);
  });
});
