// fs under the debugger: the launch attribute ioDelay, the read in flight in the eventLoopState
// snapshot (Web APIs, with its label and due time), and writes that never reach the disk.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { EVENT_LOOP_STATE_REQUEST, type EventLoopSnapshot } from '../../adapter/protocol';
import { evaluate, launch, outputText, program, resumeTo, startClient, terminated, watchValue, type Client } from './support';

const DATA = path.join(__dirname, 'programs', 'fs-data.txt');

async function loopState(dc: Client): Promise<EventLoopSnapshot> {
  return (await dc.customRequest(EVENT_LOOP_STATE_REQUEST)).body as EventLoopSnapshot;
}

describe('adapter: fs and the poll phase', () => {
  let dc: Client;
  beforeEach(async () => { dc = await startClient(); });
  afterEach(() => dc.stop());

  for (const [ioDelay, order, due] of [[undefined, 'io from the disk\nchanged in memory\ntimer 5\n', 2], [10, 'timer 5\nio from the disk\nchanged in memory\n', 11]] as const) {
    it(`shows the read in flight, due at ${due} ms, and runs it in the poll phase (ioDelay ${ioDelay ?? 'default'})`, async () => {
      const before = fs.readFileSync(DATA, 'utf8');
      await launch(dc, 'fsIo.js', { stopOnEntry: false, ...(ioDelay === undefined ? {} : { ioDelay }) });
      const snap = await loopState(dc);
      const io = snap.webApis.find((e) => e.kind === 'io');
      assert.deepEqual(io && [io.label, io.name, io.line, io.delay, io.due], ['fs.readFile fs-data.txt', 'onRead', 2, ioDelay ?? 1, due]);
      await Promise.all([terminated(dc), dc.continueRequest({ threadId: 1 })]);
      assert.equal(outputText(dc, 'stdout'), order);
      assert.equal(fs.readFileSync(DATA, 'utf8'), before, 'the write stayed in memory');
    });
  }

  it('Reverse Continue goes back to before a write: the replayed run reads the file as it was', async () => {
    const file = program('fsTravel.js');
    await launch(dc, 'fsTravel.js', { stopOnEntry: false }, () => dc.setBreakpointsRequest({ source: { path: file }, breakpoints: [{ line: 3 }, { line: 5 }] }));
    assert.equal(await watchValue(dc, 'text'), '"from the disk\\n"');
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'text'), '"rewritten"');
    await resumeTo(dc, () => dc.reverseContinueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'text'), '"from the disk\\n"');
    assert.equal((await evaluate(dc, "fs.readFileSync('fs-data.txt', 'utf8')", 'repl')).body.result, '"from the disk\\n"');
    await resumeTo(dc, () => dc.continueRequest({ threadId: 1 }));
    assert.equal(await watchValue(dc, 'text'), '"rewritten"');
  });

  it('refuses a negative or fractional ioDelay', async () => {
    await dc.initializeRequest();
    for (const ioDelay of [-1, 0.5]) {
      await assert.rejects(dc.launch({ program: 'x.js', ioDelay } as DebugProtocol.LaunchRequestArguments), /"ioDelay" must be whole milliseconds, 0 or more/);
    }
  });
});
