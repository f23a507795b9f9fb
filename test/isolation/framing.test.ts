// The DAP reader under bad input: every malformed message is reported (with its seq when it
// can be read) and the message after it is still read.
import * as assert from 'node:assert/strict';
import { frame, MessageReader, type ReadResult } from '../../adapter/isolation/framing';

const good = (seq: number) => frame({ seq, type: 'request', command: 'threads' });
const raw = (header: string, body: string) => `${header}\r\n\r\n${body}`;

function read(...chunks: (string | Buffer)[]): string[] {
  const out: string[] = [];
  const reader = new MessageReader((r: ReadResult) => out.push(r.kind === 'message' ? `ok ${r.message.seq}` : `bad ${r.seq ?? '-'}: ${r.problem}`));
  for (const c of chunks) reader.feed(Buffer.isBuffer(c) ? c : Buffer.from(c, 'utf8'));
  return out;
}

describe('isolation: DAP framing', () => {
  const cases: { name: string; input: string; expected: RegExp[] }[] = [
    { name: 'two messages in one chunk', input: good(1) + good(2), expected: [/^ok 1$/, /^ok 2$/] },
    { name: 'invalid JSON with a readable seq', input: raw('Content-Length: 30', '{"seq":3,"type":"request",,,,}') + good(4), expected: [/^bad 3: invalid JSON/, /^ok 4$/] },
    { name: 'a null body', input: raw('Content-Length: 4', 'null') + good(5), expected: [/^bad -: a message must be a JSON object, not null/, /^ok 5$/] },
    { name: 'an array body', input: raw('Content-Length: 2', '[]') + good(5), expected: [/^bad -: .*not an array/, /^ok 5$/] },
    { name: 'a response instead of a request', input: raw('Content-Length: 36', '{"seq":6,"type":"event","event":"x"}') + good(7), expected: [/^bad 6: a message from the client must be a request/, /^ok 7$/] },
    { name: 'a negative Content-Length', input: raw('Content-Length: -5', '{"seq":8,"type":"request","command":"threads"}') + good(9), expected: [/^bad -: bad Content-Length '-5'/, /^bad 8: bytes outside any message/, /^ok 9$/] },
    { name: 'a Content-Length that is not a number', input: raw('Content-Length: abc', '{}') + good(10), expected: [/^bad -: bad Content-Length 'abc'/, /^bad -: bytes outside/, /^ok 10$/] },
    { name: 'a header without Content-Length', input: raw('Content-Type: json', '{}') + good(11), expected: [/^bad -: bytes outside any message/, /^ok 11$/] },
    { name: 'a Content-Length too small', input: raw('Content-Length: 20', '{"seq":12,"type":"request","command":"threads"}') + good(13), expected: [/^bad 12: invalid JSON/, /^bad -: bytes outside/, /^ok 13$/] },
    { name: 'a Content-Length too large, then another message', input: raw('Content-Length: 500', '{"seq":14,"type":"request","command":"threads"}') + good(15), expected: [/^bad 14: Content-Length larger than the message/, /^ok 15$/] },
    { name: 'a Content-Length beyond the largest message', input: raw('Content-Length: 999999999999', '{}') + good(16), expected: [/^bad -: bad Content-Length/, /^bad -: bytes outside/, /^ok 16$/] },
    { name: 'garbage before a message', input: 'hello there' + good(17), expected: [/^bad -: bytes outside any message/, /^ok 17$/] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = read(c.input);
      assert.equal(out.length, c.expected.length, out.join('\n'));
      c.expected.forEach((re, i) => assert.match(out[i], re));
    });
  }

  it('reads messages fed one byte at a time, multi-byte characters included', () => {
    const bytes = Buffer.from(frame({ seq: 1, type: 'request', command: 'evaluate', arguments: { expression: '"héllo ✓"' } }) + good(2), 'utf8');
    const out = read(...[...bytes].map((b) => Buffer.from([b])));
    assert.deepEqual(out, ['ok 1', 'ok 2']);
  });

  it('gives up on a header that never ends, and reads on', () => {
    assert.deepEqual(read('x'.repeat(5000), good(3)).map((s) => s.replace(/:.*/, '')), ['bad -', 'ok 3']);
  });
});
