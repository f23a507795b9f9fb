// The standalone adapter's stdio under malformed messages: each gets an error response (or a
// logged protocol error when no seq can be read), and the adapter reads on.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { ADAPTER } from '../adapter/support';
import { waitFor } from './processes';

const framed = (body: string, length = Buffer.byteLength(body)) => `Content-Length: ${length}\r\n\r\n${body}`;
const request = (seq: number, command: string, args?: unknown) => JSON.stringify({ seq, type: 'request', command, arguments: args });

describe('isolation: the adapter on the wire', function () {
  this.timeout(20_000);

  it('answers or logs every malformed message and keeps reading', async () => {
    const adapter = spawn(process.execPath, [ADAPTER], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    adapter.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    adapter.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const responses = () => stdout.split(/Content-Length: \d+\r\n\r\n/).filter(Boolean).map((m) => JSON.parse(m) as { request_seq: number; success: boolean; message?: string });
    try {
      adapter.stdin.write(framed('{"seq":1,"type":"request","command":'));
      adapter.stdin.write(framed('null'));
      adapter.stdin.write(`Content-Length: -5\r\n\r\n${request(2, 'threads')}`);
      adapter.stdin.write(`Content-Length: abc\r\n\r\n{}`);
      adapter.stdin.write(framed(request(3, 'threads'), 10));
      adapter.stdin.write(framed(request(4, 'threads'), 500));
      adapter.stdin.write(framed(request(6, 'initialize', { adapterID: 'glassbox', pathFormat: 'path' })));
      await waitFor(() => responses().some((r) => r.request_seq === 6), 'the answer to the last request');
      const bySeq = new Map(responses().map((r) => [r.request_seq, r]));
      for (const seq of [1, 2, 3, 4]) {
        assert.equal(bySeq.get(seq)?.success, false, `request ${seq} gets an error response`);
        assert.match(bySeq.get(seq)!.message!, /^Malformed message: /);
      }
      assert.ok(bySeq.get(6)?.success, 'initialize after all that succeeds');
      assert.match(stderr, /protocol error: a message must be a JSON object, not null/);
      assert.match(stderr, /protocol error: bad Content-Length 'abc'/);
      assert.doesNotMatch(stdout, /\n\s+at /, 'no host stack traces in responses');
      assert.equal(adapter.exitCode, null, 'the adapter is still running');
    } finally {
      adapter.kill();
    }
  });
});
