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
import { FEATURES } from './streamFeatureRows';

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
