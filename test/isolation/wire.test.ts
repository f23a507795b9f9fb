// The standalone adapter on stdio and on TCP under malformed messages: each gets an error
// response (or a logged protocol error when no seq can be read), and the adapter reads on.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as net from 'node:net';
import { ADAPTER } from '../adapter/support';
import { waitFor } from './processes';
import { DEBUG_TYPE } from '../../adapter/protocol';

const framed = (body: string, length = Buffer.byteLength(body)) => `Content-Length: ${length}\r\n\r\n${body}`;
const request = (seq: number, command: string, args?: unknown) => JSON.stringify({ seq, type: 'request', command, arguments: args });

const MALFORMED = [
  framed('{"seq":1,"type":"request","command":'),
  framed('null'),
  `Content-Length: -5\r\n\r\n${request(2, 'threads')}`,
  'Content-Length: abc\r\n\r\n{}',
  framed(request(3, 'threads'), 10),
  framed(request(4, 'threads'), 500),
  framed(request(6, 'initialize', { adapterID: DEBUG_TYPE, pathFormat: 'path' })),
];

interface Wire {
  write(text: string): void;
  received(): string;
}

/** Sends every malformed message, then checks the answers, the log and that the adapter lives. */
async function exercise(adapter: ChildProcessWithoutNullStreams, wire: Wire, stderr: () => string): Promise<void> {
  const responses = () => wire.received().split(/Content-Length: \d+\r\n\r\n/).filter(Boolean).map((m) => JSON.parse(m) as { request_seq: number; success: boolean; message?: string });
  for (const m of MALFORMED) wire.write(m);
  await waitFor(() => responses().some((r) => r.request_seq === 6), 'the answer to the last request');
  const bySeq = new Map(responses().map((r) => [r.request_seq, r]));
  for (const seq of [1, 2, 3, 4]) {
    assert.equal(bySeq.get(seq)?.success, false, `request ${seq} gets an error response`);
    assert.match(bySeq.get(seq)!.message!, /^Malformed message: /);
  }
  assert.ok(bySeq.get(6)?.success, 'initialize after all that succeeds');
  assert.match(stderr(), /protocol error: a message must be a JSON object, not null/);
  assert.match(stderr(), /protocol error: bad Content-Length 'abc'/);
  assert.doesNotMatch(wire.received(), /\n\s+at /, 'no host stack traces in responses');
  assert.equal(adapter.exitCode, null, 'the adapter is still running');
}

function startAdapter(args: string[]): { adapter: ChildProcessWithoutNullStreams; stdout: () => string; stderr: () => string } {
  const adapter = spawn(process.execPath, [ADAPTER, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  adapter.stdout.on('data', (d: Buffer) => (out += d.toString()));
  adapter.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return { adapter, stdout: () => out, stderr: () => err };
}

describe('isolation: the adapter on the wire', function () {
  this.timeout(20_000);

  it('on stdio, answers or logs every malformed message and keeps reading', async () => {
    const a = startAdapter([]);
    try {
      await exercise(a.adapter, { write: (t) => a.adapter.stdin.write(t), received: a.stdout }, a.stderr);
    } finally {
      a.adapter.kill();
    }
  });

  it('on TCP, the same', async () => {
    const a = startAdapter(['--port', '0']);
    let socket: net.Socket | undefined;
    try {
      await waitFor(() => /listening on 127\.0\.0\.1:\d+/.test(a.stdout()), 'the adapter to listen');
      const port = Number(/:(\d+)/.exec(a.stdout())![1]);
      socket = net.connect(port, '127.0.0.1');
      await new Promise((resolve) => socket!.once('connect', resolve));
      let received = '';
      socket.on('data', (d: Buffer) => (received += d.toString()));
      await exercise(a.adapter, { write: (t) => socket!.write(t), received: () => received }, a.stderr);
    } finally {
      socket?.destroy();
      a.adapter.kill();
    }
  });
});
