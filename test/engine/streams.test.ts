// The stream core module and fs streams in-process: what ends the run as unsupported (named,
// at the program's line), Node's error texts and codes and the output of programs over signals,
// Duplex.from, compose, encodings and wrap (each row checked against `node` too),
// the I/O of an fs stream (one poll-phase request per open, read and close), and the close
// phase of the loop (engine/loop/eventLoop.ts) with its order against check and timers.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAgent, type ConsoleEvent, type RunOutcome } from '../../engine';
import { EventLoop, type CloseJob } from '../../engine/loop/eventLoop';
import { childEnv } from '../helpers/processes';
import { virtualFolder } from '../helpers/virtualFolder';

const FOLDER = '/p';
const FILES: Record<string, string> = { 'data.txt': 'abcdefghij' };

const { readFile, readDir } = virtualFolder(FOLDER, FILES);

function run(src: string): { lines: string[]; tasks: string[]; outcome: RunOutcome } {
  const lines: string[] = [];
  const tasks: string[] = [];
  const onConsole = (e: ConsoleEvent) => { if (e.level !== 'warn' && e.level !== 'error') lines.push(e.text); };
  const agent = createAgent(src, { fileName: `${FOLDER}/t.js`, modulePath: `${FOLDER}/t.js`, readFile, readDir, onConsole, onTask: (t) => tasks.push(t) });
  return { lines, tasks, outcome: agent.runToEnd() };
}

const UNSUPPORTED: readonly (readonly [string, string])[] = [
  [`const { PassThrough, pipeline } = require('stream');\nconst pt = new PassThrough();\npipeline(pt, { readable: pt, writable: pt }, () => {});`,
    'a pipeline stage that is a web stream (or an object with readable and writable, which Node takes for a TransformStream)'],
  [`require('stream').Readable.fromWeb({});`, 'Readable.fromWeb() (web streams)'],
  [`require('stream').Duplex.toWeb(new (require('stream').PassThrough)());`, 'Duplex.toWeb() (web streams)'],
  [`const s = require('stream');\nnew s.Stream().pipe(process.stdout);`, 'the legacy Stream.prototype.pipe (pipe from a stream.Readable)'],
  [`require('fs').createReadStream('data.txt', { fd: 3 });`, 'fs.createReadStream with the option fd'],
  [`require('stream').Readable.from([1]).map((x) => x);`, 'readable.map() (the Readable operators)'],
];

/** Programs that print an error's code and message: the texts must be Node's. */
const ERRORS: readonly { name: string; src: string; out: string }[] = [
  {
    name: 'write after end, to the callback and to the error event',
    src: `const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('event', e.code, e.message));
w.end();
w.write('x', (e) => console.log('callback', e.code));`,
    out: 'callback ERR_STREAM_WRITE_AFTER_END,event ERR_STREAM_WRITE_AFTER_END write after end',
  },
  {
    name: 'push after EOF and the missing _read',
    src: `const { Readable } = require('stream');
const a = new Readable({ read() {} });
a.on('error', (e) => console.log(e.code, e.message));
a.push(null);
a.push('x');
const b = new Readable();
b.on('error', (e) => console.log(e.code, e.message));
b.read();`,
    out: 'ERR_STREAM_PUSH_AFTER_EOF stream.push() after EOF,ERR_METHOD_NOT_IMPLEMENTED The _read() method is not implemented',
  },
  {
    name: 'null values, a wrong chunk type and an unknown encoding are thrown',
    src: `const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
for (const f of [() => w.write(null), () => w.write(42), () => w.write('x', 'klingon')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}`,
    out: 'TypeError ERR_STREAM_NULL_VALUES May not write null values to stream,'
      + 'TypeError ERR_INVALID_ARG_TYPE The "chunk" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (42),'
      + 'TypeError ERR_UNKNOWN_ENCODING Unknown encoding: klingon',
  },
  {
    name: 'an invalid highWaterMark',
    src: `const { Readable } = require('stream');
try { new Readable({ highWaterMark: -1 }); } catch (e) { console.log(e.code, e.message); }`,
    out: "ERR_INVALID_ARG_VALUE The property 'options.highWaterMark' is invalid. Received -1",
  },
  {
    name: 'a premature close reported by finished, and a write after destroy',
    src: `const { Readable, Writable, finished } = require('stream');
const r = new Readable({ read() {} });
finished(r, (e) => console.log(e.code, e.message));
r.destroy();
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', () => {});
w.destroy();
w.write('x', (e) => console.log(e.code, e.message));`,
    out: 'ERR_STREAM_PREMATURE_CLOSE Premature close,ERR_STREAM_DESTROYED Cannot call write after a stream was destroyed',
  },
  {
    name: 'a callback called twice',
    src: `const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
w.on('error', (e) => console.log(e.code, e.message));
w.write('x');`,
    out: 'ERR_MULTIPLE_CALLBACK Callback called multiple times',
  },
  {
    name: 'a missing file and a start past the end of an fs read stream',
    src: `const fs = require('fs');
try { fs.createReadStream('data.txt', { start: 5, end: 2 }); } catch (e) { console.log(e.code, e.message); }
fs.createReadStream('nope.txt').on('error', (e) => console.log(e.code, e.syscall, e.message));`,
    out: 'ERR_OUT_OF_RANGE The value of "start" is out of range. It must be <= "end" (here: 2). Received 5,'
      + "ENOENT open ENOENT: no such file or directory, open 'nope.txt'",
  },
  {
    name: 'addAbortSignal and the signal option check their arguments',
    src: `const { PassThrough, Readable, addAbortSignal } = require('stream');
for (const f of [() => addAbortSignal({}, new PassThrough()), () => addAbortSignal(new AbortController().signal, {}), () => new Readable({ signal: 1 })]) {
  try { f(); } catch (e) { console.log(e.code, e.message); }
}`,
    out: 'ERR_INVALID_ARG_TYPE The "signal" argument must be an instance of AbortSignal. Received an instance of Object,'
      + 'ERR_INVALID_ARG_TYPE The "stream" argument must be an instance of ReadableStream,'
      + ' WritableStream, or Stream. Received an instance of Object,'
      + 'ERR_INVALID_ARG_TYPE The "signal" argument must be an instance of AbortSignal. Received type number (1)',
  },
  {
    name: 'finished and pipeline check options.signal',
    src: `const { PassThrough, finished } = require('stream');
const { pipeline } = require('stream/promises');
try { finished(new PassThrough(), { signal: 5 }, () => {}); } catch (e) { console.log(e.code, e.message); }
pipeline(new PassThrough(), new PassThrough(), { signal: 'no' }).catch((e) => console.log(e.code, e.message));`,
    out: 'ERR_INVALID_ARG_TYPE The "options.signal" property must be an instance of AbortSignal. Received type number (5),'
      + 'ERR_INVALID_ARG_TYPE The "options.signal" property must be an instance of AbortSignal. Received type string (\'no\')',
  },
  {
    name: 'Duplex.from refuses a number, and a function that returns one',
    src: `const { Duplex } = require('stream');
try { Duplex.from(5); } catch (e) { console.log(e.code, e.message); }
try { Duplex.from(() => 5); } catch (e) { console.log(e.code, e.message); }`,
    out: 'ERR_INVALID_ARG_TYPE The "body" argument must be of type function or an instance of Blob,'
      + ' ReadableStream, WritableStream, Stream, Iterable, AsyncIterable,'
      + ' or Promise or { readable, writable } pair. Received type number (5),'
      + 'ERR_INVALID_RETURN_VALUE Expected Iterable,'
      + ' AsyncIterable or AsyncFunction to be returned from the "body" function but got type number (5).',
  },
  {
    name: 'compose without streams, and a stage on the wrong side',
    src: `const { compose, PassThrough, Readable, Writable } = require('stream');
try { compose(); } catch (e) { console.log(e.code, e.message); }
try { compose(new Writable(), new PassThrough()); } catch (e) { console.log(e.code, e.message.split('.')[0]); }
try { compose(new PassThrough(), Readable.from([])); } catch (e) { console.log(e.code, e.message.split('.')[0]); }`,
    out: 'ERR_MISSING_ARGS The "streams" argument must be specified,'
      + 'ERR_INVALID_ARG_VALUE The argument \'streams[0]\' must be readable,'
      + 'ERR_INVALID_ARG_VALUE The argument \'streams[1]\' must be writable',
  },
  {
    name: 'setDefaultHighWaterMark checks its value',
    src: `const { setDefaultHighWaterMark } = require('stream');
for (const v of [-1, 1.5, '3', 2 ** 53]) {
  try { setDefaultHighWaterMark(false, v); } catch (e) { console.log(e.name, e.code, e.message); }
}`,
    out: 'RangeError ERR_OUT_OF_RANGE The value of "value" is out of range. It must be >= 0 && <= 9007199254740991. Received -1,'
      + 'RangeError ERR_OUT_OF_RANGE The value of "value" is out of range. It must be an integer. Received 1.5,'
      + 'TypeError ERR_INVALID_ARG_TYPE The "value" argument must be of type number. Received type string (\'3\'),'
      + 'RangeError ERR_OUT_OF_RANGE The value of "value" is out of range. It must be >= 0 && <= 9007199254740991. Received 9_007_199_254_740_992',
  },
];

/**
 * Programs over abort signals, Duplex.from, compose, duplexPair, the default highWaterMark,
 * the carrying encodings and wrap: each prints in an order Node always gives.
 */
const FEATURES: readonly { name: string; src: string; out: string }[] = [
  {
    name: 'the signal option of fs streams: a read in flight finishes, then the stream closes',
    src: `const fs = require('fs');
const ac = new AbortController();
const r = fs.createReadStream('data.txt', { signal: ac.signal, highWaterMark: 4 });
r.once('data', (c) => { console.log('data', String(c)); ac.abort(); });
r.on('error', (e) => console.log('error', e.name, e.code));
r.on('close', () => console.log('close', r.bytesRead));
const w = fs.createWriteStream('out.txt', { signal: AbortSignal.abort() });
w.on('error', (e) => console.log('write stream', e.name, w.destroyed));`,
    out: 'write stream AbortError true,data abcd,error AbortError ABORT_ERR,close 4',
  },
  {
    name: 'addAbortSignal destroys the stream with an AbortError whose cause is the reason',
    src: `const { PassThrough, addAbortSignal } = require('stream');
const ac = new AbortController();
const s = addAbortSignal(ac.signal, new PassThrough());
s.on('error', (e) => console.log('error', e.name, e.code, e.message, e.cause));
s.on('close', () => console.log('close', s.destroyed));
process.nextTick(() => console.log('tick'));
ac.abort('stop');
console.log('aborted', s.destroyed);`,
    out: 'aborted true,tick,error AbortError ABORT_ERR The operation was aborted stop,close true',
  },
  {
    name: 'the signal option of Readable, Writable, Duplex and Transform',
    src: `const { Readable, Writable, Duplex, Transform } = require('stream');
const ac = new AbortController();
const made = [new Readable({ read() {}, signal: ac.signal }), new Writable({ write(c, e, cb) { cb(); }, signal: ac.signal }),
  new Duplex({ read() {}, write(c, e, cb) { cb(); }, signal: ac.signal }), new Transform({ signal: ac.signal })];
for (const s of made) s.on('error', (e) => console.log(s.constructor.name, e.name));
ac.abort();
const late = new Readable({ read() {}, signal: AbortSignal.abort() });
late.on('error', (e) => console.log('already aborted', late.destroyed, e.code));`,
    out: 'Readable AbortError,Writable AbortError,Duplex AbortError,Transform AbortError,'
      + 'already aborted true ABORT_ERR',
  },
  {
    name: 'a signal that aborts after the stream finished does nothing',
    src: `const { Readable, addAbortSignal } = require('stream');
const ac = new AbortController();
const r = addAbortSignal(ac.signal, Readable.from(['x']));
r.on('data', (c) => console.log('data', c));
r.on('close', () => { ac.abort(); console.log('close', r.errored); });`,
    out: 'data x,close null',
  },
  {
    name: 'finished\'s signal: the callback gets an AbortError and the stream lives on',
    src: `const { Readable, finished } = require('stream');
const ac = new AbortController();
const r = new Readable({ read() {} });
finished(r, { signal: ac.signal }, (e) => console.log('finished', e.name, r.destroyed));
ac.abort();
finished(new Readable({ read() {} }), { signal: AbortSignal.abort('why') }, (e) => console.log('on a tick', e.cause));
console.log('sync');`,
    out: 'finished AbortError false,sync,on a tick why',
  },
  {
    name: 'stream/promises pipeline\'s signal rejects and destroys every stream',
    src: `const { Readable, PassThrough, Writable } = require('stream');
const { pipeline } = require('stream/promises');
const ac = new AbortController();
const src = new Readable({ read() {} });
const sink = new Writable({ write(c, e, cb) { cb(); } });
pipeline(src, new PassThrough(), sink, { signal: ac.signal }).catch((e) => console.log(e.name, src.destroyed, sink.destroyed));
src.push('a');
setImmediate(() => ac.abort());
pipeline(Readable.from(['b']), new PassThrough(), { signal: AbortSignal.abort() }).catch((e) => console.log('already', e.code));`,
    out: 'already ABORT_ERR,AbortError true true',
  },
  {
    name: 'Duplex.from an iterable, a promise and an async generator function',
    src: `const { Duplex } = require('stream');
(async () => {
  for await (const c of Duplex.from(['a', 'b'])) console.log('iterable', c);
  for await (const c of Duplex.from(Promise.resolve('p'))) console.log('promise', c);
  const up = Duplex.from(async function* (source) { for await (const c of source) yield String(c).toUpperCase(); });
  up.end('gen');
  for await (const c of up) console.log('generator', c);
  const sink = Duplex.from(async (source) => { for await (const c of source) console.log('sink got', String(c)); });
  sink.on('finish', () => console.log('sink finish', sink.readable));
  sink.end('s');
})();`,
    out: 'iterable a,iterable b,promise p,generator GEN,sink got s,sink finish false',
  },
  {
    name: 'Duplex.from a stream and a { readable, writable } pair',
    src: `const { Duplex, PassThrough, Readable, Writable } = require('stream');
const pt = new PassThrough();
console.log(Duplex.from(pt) === pt);
const r = Duplex.from(Readable.from(['r']));
console.log('readable side only', r.readable, r.writable);
r.on('data', (c) => console.log('r', c));
const w = Duplex.from(new Writable({ write(c, e, cb) { console.log('w', String(c)); cb(); } }));
console.log('writable side only', w.readable, w.writable);
w.end('x');
const inner = new PassThrough();
const pair = Duplex.from({ readable: inner, writable: inner });
pair.on('data', (c) => console.log('pair', String(c)));
pair.end('y');`,
    out: 'true,readable side only true false,writable side only false true,w x,r r,pair y',
  },
  {
    name: 'compose: one Duplex that writes into the first stage and reads from the last',
    src: `const { compose, Transform, Duplex } = require('stream');
const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const both = compose(up, async function* (source) { for await (const c of source) yield c + '!'; });
console.log(both instanceof Duplex, both.readable, both.writable);
both.on('data', (c) => console.log('data', String(c)));
both.on('end', () => console.log('end'));
both.on('close', () => console.log('close'));
both.end('hi');`,
    out: 'true true true,data HI!,end,close',
  },
  {
    name: 'compose: a stage\'s error destroys the composed stream',
    src: `const { compose, PassThrough, Transform } = require('stream');
const c = compose(new PassThrough(), new Transform({ transform(chunk, e, cb) { cb(new Error('boom')); } }));
c.on('error', (e) => console.log('error', e.message));
c.on('close', () => console.log('close'));
c.write('z');`,
    out: 'error boom,close',
  },
  {
    name: 'duplexPair: each side reads what the other wrote',
    src: `const { duplexPair } = require('stream');
const [a, b] = duplexPair();
a.on('data', (c) => console.log('a got', String(c)));
b.on('data', (c) => console.log('b got', String(c)));
b.on('end', () => console.log('b end'));
a.write('ping');
b.write('pong');
a.end();`,
    out: 'a got pong,b got ping,b end',
  },
  {
    name: 'setDefaultHighWaterMark changes the streams made after it',
    src: `const { Readable, Writable, getDefaultHighWaterMark, setDefaultHighWaterMark } = require('stream');
setDefaultHighWaterMark(false, 4);
setDefaultHighWaterMark(true, 2);
console.log(getDefaultHighWaterMark(false), getDefaultHighWaterMark(true));
console.log(new Readable().readableHighWaterMark, new Readable({ objectMode: true }).readableHighWaterMark);
const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
console.log(w.write('abc'), w.write('d'));`,
    out: '4 2,4 2,true false',
  },
  {
    name: 'setEncoding(\'base64\') and \'base64url\' keep a split 3-byte group for the next chunk',
    src: `const { Readable } = require('stream');
for (const enc of ['base64', 'base64url']) {
  const r = new Readable({ read() {} });
  r.setEncoding(enc);
  const out = [];
  r.on('data', (c) => out.push(c));
  r.on('end', () => console.log(enc, out.join('|')));
  const bytes = Buffer.from('hello, wörld!?');
  r.push(bytes.subarray(0, 4));
  r.push(bytes.subarray(4, 5));
  r.push(bytes.subarray(5));
  r.push(null);
}`,
    out: 'base64 aGVs|bG8sIHfDtnJsZCE/,base64url aGVs|bG8sIHfDtnJsZCE_',
  },
  {
    name: 'setEncoding(\'utf16le\') keeps a split character; a lone last byte is dropped',
    src: `const { Readable } = require('stream');
const r = new Readable({ read() {}, encoding: 'utf16le' });
const out = [];
r.on('data', (c) => out.push(JSON.stringify(c)));
r.on('end', () => console.log(out.join('|')));
const bytes = Buffer.from('a😀b', 'utf16le');
r.push(bytes.subarray(0, 3));
r.push(bytes.subarray(3, 4));
r.push(bytes.subarray(4));
r.push(Buffer.from([0x63]));
r.push(null);`,
    out: '"a"|"\\ud83d"|"\\ude00b"',
  },
  {
    name: 'the encoding option is kept as written; a string pushed in that encoding is not decoded again',
    src: `const { Readable } = require('stream');
const r = new Readable({ read() {}, encoding: 'UTF-8' });
r.on('data', (c) => console.log(JSON.stringify(c)));
r.push('h\u00e9', 'UTF-8');
r.push(Buffer.from([0xc3]));
r.push(Buffer.from([0xa9]));
const s = new Readable({ read() {} });
s.setEncoding('UCS-2');
console.log(r.readableEncoding, s.readableEncoding);`,
    out: 'UTF-8 utf16le,"hé","é"',
  },
  {
    name: 'setEncoding after chunks were buffered decodes what is there',
    src: `const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push(Buffer.from('abcd'));
r.setEncoding('base64');
console.log(r.readableLength, r.read());
r.push(Buffer.from('ef'));
r.push(null);
r.on('data', (c) => console.log('rest', c));`,
    out: '4 YWJj,rest ZGVm',
  },
  {
    name: 'wrap: an old-style stream as a Readable, and its methods proxied',
    src: `const { Readable } = require('stream');
const EventEmitter = require('events');
const old = new EventEmitter();
old.pause = () => console.log('old paused');
old.resume = () => console.log('old resumed');
old.greet = function () { return 'hi'; };
const r = new Readable({ highWaterMark: 2 }).wrap(old);
console.log(r.greet());
r.on('data', (c) => console.log('data', String(c)));
r.on('end', () => console.log('end'));
old.emit('data', Buffer.from('abc'));
setImmediate(() => old.emit('end'));
const w = Readable.wrap(new EventEmitter());
console.log('Readable.wrap', w.readableObjectMode);`,
    out: 'hi,old paused,Readable.wrap true,old resumed,data abc,end',
  },
];

describe('streams: unsupported features end the run, named, at the program\'s line', () => {
  for (const [src, feature] of UNSUPPORTED) {
    it(feature, () => {
      const { outcome } = run(src);
      assert.equal(outcome.kind, 'unsupported');
      const report = outcome.kind === 'unsupported' ? outcome.report : '';
      const line = src.split('\n').length;
      assert.ok(report.startsWith(`Unsupported: Glassbox does not support ${feature} yet (/p/t.js:${line}:`), report);
    });
  }
});

describe('streams: Node\'s error texts (in-process)', () => {
  for (const row of ERRORS) {
    it(row.name, () => {
      const r = run(row.src);
      assert.equal(r.outcome.kind, 'completed', r.outcome.kind === 'completed' ? '' : r.outcome.report);
      assert.equal(r.lines.join(','), row.out);
    });
  }
});

describe('streams: Node 20\'s abort signals, Duplex.from, compose, duplexPair, encodings and wrap (in-process)', () => {
  for (const row of FEATURES) {
    it(row.name, () => {
      const r = run(row.src);
      assert.equal(r.outcome.kind, 'completed', r.outcome.kind === 'completed' ? '' : r.outcome.report);
      assert.equal(r.lines.join(','), row.out);
    });
  }
});

describe('streams: the error and feature tables agree with node', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glassbox-streams-'));
    for (const [name, text] of Object.entries(FILES)) fs.writeFileSync(path.join(dir, name), text);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const row of [...ERRORS, ...FEATURES]) {
    it(row.name, () => {
      fs.writeFileSync(path.join(dir, 't.js'), row.src);
      const r = spawnSync(process.execPath, ['t.js'], { cwd: dir, encoding: 'utf8', env: childEnv() });
      assert.equal(r.stdout.trimEnd().split('\n').join(','), row.out);
    });
  }
});

describe('fs streams: each open, read and close is one poll-phase I/O', () => {
  it('names the requests as the Event Loop view shows them', () => {
    const r = run(`const s = require('fs').createReadStream('data.txt', { highWaterMark: 4, encoding: 'utf8' });
s.on('data', (c) => console.log(c));`);
    assert.equal(r.outcome.kind, 'completed', r.outcome.kind === 'completed' ? '' : r.outcome.report);
    assert.equal(r.lines.join(','), 'abcd,efgh,ij');
    const io = r.tasks.filter((t) => t.startsWith('fs.'));
    assert.deepEqual(io.map((t) => t.split(' -> ')[0]), [
      'fs.open data.txt', 'fs.read', 'fs.read', 'fs.read', 'fs.read', 'fs.close',
    ]);
  });

  it('writes to the in-memory volume only, and reads the file back', () => {
    const r = run(`const fs = require('fs');
const out = fs.createWriteStream('data.txt', { flags: 'a' });
out.end('KLM', () => console.log(fs.readFileSync('data.txt', 'utf8')));`);
    assert.equal(r.lines.join(','), 'abcdefghijKLM');
    assert.equal(FILES['data.txt'], 'abcdefghij');
  });
});

describe('event loop: the close phase', () => {
  const job = (label: string, log: string[]): CloseJob => ({
    kind: 'close', label, name: 'onclose', holds: [],
    run: function* () { yield* []; log.push(label); return undefined; },
  });
  const names = (loop: EventLoop): string[] => {
    const seen: string[] = [];
    for (let t = loop.next(); t; t = loop.next()) {
      seen.push(`${loop.phase}:${t.kind === 'close' ? t.job.label : t.kind === 'timer' ? t.timer.name : t.kind}`);
      loop.taskDone(t);
    }
    return seen;
  };
  const callback = {} as never;

  it('runs after the check phase and before the next turn\'s timers', () => {
    const loop = new EventLoop();
    loop.scriptDone();
    const log: string[] = [];
    loop.addTimer('timeout', callback, [], 5, 'later', {});
    loop.enqueueClose(job('port close', log));
    loop.addTimer('immediate', callback, [], 0, 'immediate', {});
    assert.deepEqual(names(loop), ['immediates:immediate', 'close:port close', 'timers:later']);
  });

  it('does not let the loop wait for a timer while a close callback is pending', () => {
    const loop = new EventLoop();
    loop.scriptDone();
    loop.addTimer('timeout', callback, [], 50, 'late', {});
    loop.enqueueClose(job('port close', []));
    const first = loop.next();
    assert.equal(first?.kind, 'close');
    assert.ok(loop.now < 50, `the clock jumped to ${loop.now}`);
  });

  it('keeps a handle closed during the close phase for the next turn\'s', () => {
    const loop = new EventLoop();
    loop.scriptDone();
    const first = loop.next();
    assert.equal(first, null);
    loop.enqueueClose(job('a', []));
    const a = loop.next();
    assert.equal(a?.kind === 'close' && a.job.label, 'a');
    loop.enqueueClose(job('b', []));
    loop.addTimer('immediate', callback, [], 0, 'immediate', {});
    loop.taskDone(a!);
    assert.deepEqual(names(loop), ['immediates:immediate', 'close:b']);
  });
});
