// A session's life through the adapter: console output events, the program's end,
// restart and terminate, a syntax error, a missing program, DAP over TCP (--port), and the
// program's agent as thread 1, 'main' (a request naming a thread the session lacks is refused).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { DebugClient } from '@vscode/debugadapter-testsupport';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { ADAPTER, evaluate, frames, launch, outputText, program, resumeTo, startClient, terminated, type Client } from './support';
import { DEBUG_TYPE } from '../../adapter/protocol';

/** Launches a program that is expected to end without stopping (`compiles` false: not even start). */
async function runToEnd(dc: Client, name: string, compiles = true): Promise<DebugProtocol.ExitedEvent> {
  const [exited] = await Promise.all([
    dc.waitForEvent('exited'),
    terminated(dc),
    compiles ? dc.configurationSequence() : undefined,
    dc.launch({ program: program(name), stopOnEntry: false }),
  ]);
  return exited as DebugProtocol.ExitedEvent;
}

describe('adapter: session lifecycle', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  it('sends console output as stdout/stderr events linked to their lines, then the exit code', async () => {
    const exited = await runToEnd(dc, 'output.js');
    assert.equal(exited.body.exitCode, 0);
    assert.equal(outputText(dc, 'stdout'), 'to stdout\ninfo too\n');
    assert.equal(outputText(dc, 'stderr'), 'a warning\nan error\n');
    const warning = dc.outputs.find((e) => e.body.output === 'a warning\n')!;
    assert.equal(warning.body.line, 3);
    assert.equal(warning.body.source?.path, program('output.js'));
  });

  it('restarts from the entry stop, and terminates on request', async () => {
    await launch(dc, 'hoisting.js');
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    assert.equal((await frames(dc))[0].line, 2);
    const again = await resumeTo(dc, () => dc.restartRequest({}));
    assert.equal(again.body.reason, 'entry');
    assert.equal((await frames(dc))[0].line, 1);
    await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    const end = terminated(dc);
    await dc.terminateRequest({});
    await end;
    assert.equal(outputText(dc, 'stdout'), '', 'the program did not run on');
  });

  it('reports a syntax error with file:line:col and ends the session', async () => {
    const event = dc.waitForEvent('glassboxSyntaxError');
    const exited = await runToEnd(dc, 'syntaxError.js', false);
    const body = (await event).body as { path: string; line: number; column: number; message: string };
    assert.deepEqual({ ...body, path: path.basename(body.path) }, { path: 'syntaxError.js', line: 2, column: 14, message: "SyntaxError: Unexpected token ';'" });
    assert.equal(exited.body.exitCode, 1);
    const error = dc.outputs.find((e) => e.body.category === 'stderr')!;
    assert.match(error.body.output, /^SyntaxError: .+ \(.*syntaxError\.js:2:14\)\n$/);
    assert.equal(error.body.line, 2);
  });

  it('fails the launch with a clear message when the program cannot be read', async () => {
    const end = terminated(dc);
    await assert.rejects(dc.launch({ program: program('missing.js') }), /Cannot read program '.*missing\.js': no such file or directory/);
    await end;
    await assert.rejects(dc.launch({}), /needs a "program"/);
    await assert.rejects(dc.launch({ program: program('hoisting.js'), seed: 'x' }), /"seed" must be a number/);
  });

  it('serves DAP over TCP with --port', async () => {
    const server = spawn(process.execPath, [ADAPTER, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const port = await new Promise<number>((resolve, reject) => {
        server.stdout.on('data', (d: Buffer) => {
          const m = /listening on 127\.0\.0\.1:(\d+)/.exec(d.toString());
          if (m) resolve(Number(m[1]));
        });
        server.on('exit', (code) => reject(new Error(`adapter exited with ${code}`)));
      });
      const tcp = new DebugClient('node', ADAPTER, DEBUG_TYPE) as Client;
      tcp.outputs = [];
      await tcp.start(port);
      const stop = await launch(tcp, 'hoisting.js');
      assert.equal(stop.body.reason, 'entry');
      await tcp.stop();
    } finally {
      server.kill();
    }
  });

  it('lists the main agent as thread 1, and its stops name it', async () => {
    const stopped = await launch(dc, 'hoisting.js');
    assert.equal(stopped.body.threadId, 1);
    const threads = (await dc.threadsRequest()).body.threads;
    assert.deepEqual(threads.map((t) => [t.id, t.name]), [[1, 'main']]);
    const next = await resumeTo(dc, () => dc.nextRequest({ threadId: 1 }));
    assert.equal(next.body.threadId, 1);
  });

  it('refuses every request that names an unknown threadId, and goes on', async () => {
    await launch(dc, 'hoisting.js');
    const requests: [string, () => Promise<unknown>][] = [
      ['stackTrace', () => dc.stackTraceRequest({ threadId: 7 })],
      ['continue', () => dc.continueRequest({ threadId: 7 })],
      ['next', () => dc.nextRequest({ threadId: 7 })],
      ['stepIn', () => dc.stepInRequest({ threadId: 7 })],
      ['stepOut', () => dc.stepOutRequest({ threadId: 7 })],
      ['pause', () => dc.pauseRequest({ threadId: 7 })],
      ['exceptionInfo', () => dc.exceptionInfoRequest({ threadId: 7 })],
    ];
    for (const [name, request] of requests) {
      await assert.rejects(request(), (e: Error) => {
        assert.equal(e.message, "Unknown threadId 7: this session's threads are 1 (main).", name);
        return true;
      });
    }
    // Nothing ran on: the entry stop is still there to inspect.
    assert.equal((await frames(dc)).length, 1);
    assert.equal((await evaluate(dc, 'typeof multiply')).body.result, '"function"');
  });
});
