// The engine in a process of its own, seen through the standalone adapter: Pause and Stop
// are answered while the engine is stuck in one long call, and an engine that dies ends
// only its session, with the cause named, while the adapter goes on serving.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import { ADAPTER, launch, outputText, program, type Client } from '../adapter/support';
import { childPids, isAlive, waitFor } from './processes';
import { DEBUG_TYPE } from '../../adapter/protocol';

/** A client like startClient's, with the adapter's environment or a TCP port of a running adapter. */
async function client(options: { env?: NodeJS.ProcessEnv; port?: number } = {}): Promise<Client> {
  const c = new DebugClient('node', ADAPTER, DEBUG_TYPE, options.env ? { env: options.env } : undefined) as Client;
  c.defaultTimeout = 10_000;
  c.outputs = [];
  c.on('output', (e) => c.outputs.push(e as DebugProtocol.OutputEvent));
  await c.start(options.port);
  return c;
}

/** Launches without waiting for a stop (the program runs on). */
async function start(dc: Client, name: string, args: Record<string, unknown> = {}): Promise<void> {
  await Promise.all([
    dc.waitForEvent('initialized').then(() => dc.configurationDoneRequest()),
    dc.launch({ type: DEBUG_TYPE, request: 'launch', program: program(name), stopOnEntry: false, ...args }),
  ]);
}

/** The engine host process of a client started by startClient. */
function enginePid(dc: Client): number {
  const adapterPid = (dc as unknown as { _adapterProcess: { pid: number } })._adapterProcess.pid;
  const [pid] = childPids(adapterPid);
  assert.ok(pid, 'the adapter has an engine process');
  return pid;
}

describe('isolation: the engine in its own process', function () {
  this.timeout(30_000);
  let dc: Client;
  afterEach(async () => dc?.stop());

  it('answers Pause within about 100 ms while one long built-in call runs, and Stop ends it at once', async () => {
    dc = await client();
    await start(dc, 'catastrophicRegexp.js');
    await waitFor(() => outputText(dc, 'stdout').includes('matching'), 'the program to start matching');
    await new Promise((r) => setTimeout(r, 200));
    const pid = enginePid(dc);
    const t0 = Date.now();
    const paused = await dc.pauseRequest({ threadId: 1 });
    const pauseMs = Date.now() - t0;
    assert.ok(paused.success);
    assert.ok(pauseMs < 400, `pause answered in ${pauseMs} ms`);
    await waitFor(() => outputText(dc, 'console').includes('inside one long operation'), 'the busy notice');
    const t1 = Date.now();
    await Promise.all([dc.waitForEvent('terminated'), dc.terminateRequest({})]);
    assert.ok(Date.now() - t1 < 2000, `stop took ${Date.now() - t1} ms`);
    await waitFor(() => !isAlive(pid), 'the engine process to be gone');
  });

  it('Restart while the engine is busy ends the session asking the client to start it again', async () => {
    dc = await client();
    await start(dc, 'catastrophicRegexp.js');
    await waitFor(() => outputText(dc, 'stdout').includes('matching'), 'the program to start matching');
    const pid = enginePid(dc);
    const [ended] = await Promise.all([dc.waitForEvent('terminated') as Promise<DebugProtocol.TerminatedEvent>, dc.send('restart', {})]);
    assert.equal(ended.body?.restart, true);
    await waitFor(() => !isAlive(pid), 'the engine process to be gone');
  });

  it('ends the session naming the cause when the engine outgrows its host heap cap; the adapter lives on', async () => {
    dc = await client({ env: { ...process.env, GLASSBOX_HOST_HEAP_MB: '48' } });
    const failed = dc.waitForEvent('glassboxEngineFailed', 20_000);
    const exited = dc.waitForEvent('exited', 20_000) as Promise<DebugProtocol.ExitedEvent>;
    await start(dc, 'allocateForever.js');
    assert.equal(((await failed).body as { cause: string }).cause, 'out-of-memory');
    assert.equal((await exited).body.exitCode, 134);
    assert.match(outputText(dc, 'stderr'), /Glassbox's engine stopped: the program ran the engine out of host memory \(its thread's 48 MB heap cap was reached\)/);
    const after = await dc.threadsRequest().catch((e: Error) => e);
    assert.match(String((after as Error).message), /engine has ended/, 'the adapter still answers');
  });

  it('a crashed engine ends its session with the signal named; the server serves the next session', async () => {
    const server = spawn(process.execPath, [ADAPTER, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const port = await new Promise<number>((resolve) => server.stdout.on('data', (d: Buffer) => {
        const m = /listening on 127\.0\.0\.1:(\d+)/.exec(d.toString());
        if (m) resolve(Number(m[1]));
      }));
      dc = await client({ port });
      await launch(dc, 'loop.js');
      const [pid] = childPids(server.pid!);
      const failed = dc.waitForEvent('glassboxEngineFailed');
      const ended = dc.waitForEvent('terminated');
      process.kill(pid, 'SIGSEGV');
      assert.equal(((await failed).body as { cause: string }).cause, 'crash');
      await ended;
      assert.match(outputText(dc, 'stderr'), /its process crashed \(SIGSEGV\)/);
      await dc.stop();

      dc = await client({ port });
      await Promise.all([dc.waitForEvent('terminated'), start(dc, 'hoisting.js')]);
      assert.ok(isAlive(server.pid!), 'the adapter server is still running');
    } finally {
      await dc.stop();
      dc = undefined as unknown as Client;
      server.kill();
    }
  });
});
