// The rows of the streams tests for Node 20's abort signals, Duplex.from, compose, duplexPair,
// encodings and wrap: each a program and its exact output, run in Glassbox and in node
// (test/engine/streams.test.ts). Each prints in an order Node always gives.
export const FEATURES: readonly { name: string; src: string; out: string }[] = [
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
