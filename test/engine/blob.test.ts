// Blob and File (globals and the buffer module's) in-process: each row is a program and the
// lines it prints, checked against `node` too; the promise timing of text()/arrayBuffer() as
// ordering probes; blob.stream() (web streams) ends the run as unsupported, named.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createAgent, type RunOutcome } from '../../engine';
import { childEnv } from '../helpers/processes';

interface Row { name: string; src: string; out: string }

function run(src: string): { lines: string[]; outcome: RunOutcome } {
  const lines: string[] = [];
  const outcome = createAgent(src, { fileName: 't.js', modulePath: '/home/learner/app/t.js', onConsole: (e) => lines.push(e.text) }).runToEnd();
  return { lines, outcome };
}

const err = (src: string) => `try { ${src}; } catch (e) { console.log(e.name + ' [' + e.code + ']: ' + e.message); }`;

// Logs the probe's microtask hops (m0, m1, ...) around the moment `mk()` settles.
const probe = (mk: string) => `const log = []; let n = 0;
const spin = () => { if (n < 8) { log.push('m' + n++); Promise.resolve().then(spin); } };
Promise.resolve().then(spin); process.nextTick(() => log.push('tick')); setImmediate(() => console.log(log.join(' ')));
(${mk}).then(() => log.push('DONE'));`;

const ROWS: Row[] = [
  { name: 'parts of every kind, size and type', src: "const b = new Blob(['hé', new Uint8Array([65, 66]), new DataView(new ArrayBuffer(2)), new ArrayBuffer(1), new Blob(['xy'])], { type: 'Text/Plain' });\nconsole.log(b.size, b.type, String(b), b instanceof Blob);", out: '10 text/plain [object Blob] true' },
  { name: 'printing', src: "const util = require('util');\nconsole.log(new Blob(['hi']));\nconsole.log({ b: new Blob([], { type: 'a/b' }) }, [new File(['abc'], 'a.txt', { lastModified: 5 })]);\nconsole.log(util.inspect(new Blob(['x']), { depth: -1 }), util.inspect({ a: { b: { c: new Blob() } } }, { depth: 1 }));", out: "Blob { size: 2, type: '' },{ b: Blob { size: 0, type: 'a/b' } } [ File { size: 3, type: '', name: 'a.txt', lastModified: 5 } ],[Blob] { a: { b: [Object] } }" },
  { name: 'the buffer module has the globals', src: "const d = (k) => { const p = Object.getOwnPropertyDescriptor(globalThis, k); return [p.get && p.get.name, typeof p.value, p.writable, p.enumerable, p.configurable].join(); };\nconsole.log(d('Blob'));\nconst buffer = require('node:buffer');\nconsole.log(buffer.Blob === Blob, buffer.File === File, d('Blob'));\nglobalThis.File = 1;\nconsole.log(File, typeof buffer.File, d('File'));", out: 'get Blob,undefined,,false,true,true true ,function,true,false,true,1 function ,number,true,false,true' },
  { name: 'type: lower-cased, empty with a character outside ASCII', src: "console.log([['Ab/C'], ['a\\u0100'], ['a b'], [undefined], [null], [5]].map(([t]) => JSON.stringify(new Blob([], { type: t }).type)).join(' '));", out: '"ab/c" "" "a b" "" "null" "5"' },
  { name: 'slice with negative indexes and a type', src: "const b = new Blob(['abcdef']);\nconsole.log(b.slice(-2).size, b.slice(2, -1).size, b.slice(4, 2).size, b.slice(-100, 100).size, b.slice(0, 3, 'TeXt').type, b.slice(0, 3, 'A\\nB').type, Object.keys(b.slice(1)));\nb.slice(1, -2).text().then((t) => console.log(t));", out: '2 3 0 6 text  [],bcd' },
  { name: 'text, arrayBuffer, bytes', src: "new Blob(['héllo']).arrayBuffer().then((ab) => console.log(ab));\nnew Blob(['\\ufeffhi', '\\ud800']).text().then((t) => console.log(JSON.stringify(t)));\nnew Blob(['xyz']).bytes().then((u) => console.log(u));\nnew Blob([1, {}, null]).text().then((t) => console.log(t));", out: 'ArrayBuffer { [Uint8Contents]: <68 c3 a9 6c 6c 6f>, byteLength: 6 },Uint8Array(3) [ 120, 121, 122 ],"hi�",1[object Object]null' },
  { name: 'endings', src: "new Blob(['a\\nb\\r\\nc\\r'], { endings: 'native' }).text().then((t) => console.log(JSON.stringify(t)));\nconsole.log(new Blob(['a\\r\\n'], { endings: 'transparent' }).size);", out: '3,"a\\nb\\nc\\r"' },
  { name: 'File: name, lastModified, options', src: "const f = new File(['a'], 'x', { type: 'A/B', lastModified: '12' });\nconsole.log(f.name, f.lastModified, f.type, f instanceof Blob, Object.prototype.toString.call(f));\nconsole.log(new File([], 5, { lastModified: 1.9 }).lastModified, new File([], 'q', { lastModified: 'abc' }).lastModified, new File([], {}).name);\nconsole.log(new File([], 'n').lastModified === Date.now());", out: 'x 12 a/b true [object File],1.9 0 [object Object],true' },
  { name: 'the prototypes', src: "console.log(Object.getOwnPropertyNames(Blob.prototype).join(), Object.keys(Blob.prototype).join(), Object.getOwnPropertyNames(File.prototype).join(), Blob.length, File.length);", out: 'constructor,type,size,slice,arrayBuffer,text,bytes,stream type,size,slice,arrayBuffer,text,stream constructor,name,lastModified 0 2' },
  { name: 'the classes printed', src: "console.log(Blob, File, Blob.prototype, File.prototype);", out: "[class Blob] [class File extends Blob] Object [Blob] {,  type: [Getter],,  size: [Getter],,  slice: [Function: slice],,  arrayBuffer: [Function: arrayBuffer],,  text: [AsyncFunction: text],,  stream: [Function: stream],} Blob [File] { name: [Getter], lastModified: [Getter] }" },
  { name: 'argument errors', src: [err("new Blob('x')"), err('new Blob(null)'), err('new Blob({ length: 1, 0: 1 })'), err('new Blob([], 5)'), err("new Blob([], { endings: 'x' })"), err('new File([])'), err('Blob()'), err('Blob.prototype.size'), err('File.prototype.name'), err('new Blob([Symbol()])')].join('\n'), out: [
    'TypeError [ERR_INVALID_ARG_TYPE]: The "sources" argument must be a sequence. Received type string (\'x\')',
    'TypeError [ERR_INVALID_ARG_TYPE]: The "sources" argument must be a sequence. Received null',
    'TypeError [ERR_INVALID_ARG_TYPE]: The "sources" argument must be a sequence. Received an instance of Object',
    'TypeError [ERR_INVALID_ARG_TYPE]: The "options" argument must be a dictionary. Received type number (5)',
    "TypeError [ERR_INVALID_ARG_VALUE]: The property 'options.endings' is invalid. Received 'x'",
    'TypeError [ERR_MISSING_ARGS]: The "fileBits" and "fileName" arguments must be specified',
    "TypeError [undefined]: Class constructor Blob cannot be invoked without 'new'",
    'TypeError [ERR_INVALID_THIS]: Value of "this" must be of type Blob',
    'TypeError [undefined]: Cannot read private member #name from an object whose class did not declare it',
    'TypeError [undefined]: Cannot convert a Symbol value to a string',
  ].join(',') },
  { name: 'text() of no Blob rejects', src: "Blob.prototype.text.call({}).catch((e) => console.log('rejected', e.code));\nconsole.log('sync');", out: 'sync,rejected ERR_INVALID_THIS' },
  { name: 'Duplex.from(blob) reads its arrayBuffer()', src: "const d = require('stream').Duplex.from(new Blob(['ab']));\nconst order = [];\nPromise.resolve().then(() => order.push('p1')).then(() => order.push('p2')).then(() => order.push('p3'));\nprocess.nextTick(() => order.push('tick'));\nsetImmediate(() => console.log(order.join(' ')));\nd.on('data', (c) => order.push('data ' + c.byteLength));\nd.on('end', () => order.push('end'));", out: 'tick p1 data 2 p2 p3 end' },
  { name: 'structuredClone keeps a Blob; a File comes back a Blob', src: "const b = structuredClone({ list: [new Blob(['hi'], { type: 'a/b' })] }).list[0];\nconst f = structuredClone(new File(['x'], 'n', { lastModified: 3 }));\nconsole.log(b, b instanceof Blob, f, f instanceof File);\nb.text().then((t) => console.log(t));", out: "Blob { size: 2, type: 'a/b' } true Blob { size: 1, type: '' } false,hi" },
  { name: 'timing: no parts settle at once', src: probe('new Blob([]).arrayBuffer()'), out: 'tick m0 DONE m1 m2 m3 m4 m5 m6 m7' },
  { name: 'timing: one read per part and one between parts', src: probe("new Blob(['a', 'b', 'c']).arrayBuffer()"), out: 'tick m0 m1 m2 m3 m4 m5 DONE m6 m7' },
  { name: 'timing: text() takes one more hop', src: probe("new Blob(['a']).text()"), out: 'tick m0 m1 m2 DONE m3 m4 m5 m6 m7' },
  { name: 'timing: a nested empty blob', src: probe("new Blob([new Blob([]), new Blob(['x'])]).arrayBuffer()"), out: 'tick m0 m1 m2 DONE m3 m4 m5 m6 m7' },
  { name: 'timing: a slice keeps the part its start ends', src: probe("new Blob(['a', 'b', 'c']).slice(1, 2).arrayBuffer()"), out: 'tick m0 m1 m2 m3 DONE m4 m5 m6 m7' },
];

describe('engine: Blob and File', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const r = run(row.src);
      assert.equal(r.outcome.kind, 'completed', r.outcome.kind === 'completed' ? '' : r.outcome.report);
      // As the node side reads stdout: one line per line, whatever call printed it.
      assert.equal(r.lines.join('\n').split('\n').join(','), row.out);
    });
  }

  it('blob.stream() ends the run as unsupported (web streams), at the program\'s line', () => {
    const { outcome } = run("const b = new Blob(['x']);\nb.stream();");
    assert.equal(outcome.kind, 'unsupported');
    assert.match(outcome.kind === 'unsupported' ? outcome.report : '', /^Unsupported: Glassbox does not support blob\.stream\(\) \(web streams\) yet \(t\.js:2:\d+\)\n/);
  });

  it('a Blob posted to a worker ends the run as unsupported, named', () => {
    const { outcome } = run("const { port1 } = new MessageChannel();\nport1.postMessage(new Blob(['x']));\nport1.close();");
    assert.equal(outcome.kind, 'unsupported');
    assert.match(outcome.kind === 'unsupported' ? outcome.report : '', /^Unsupported: Glassbox does not support a Blob in a value posted to another thread yet \(t\.js:2:\d+\)\n/);
  });

  it('a program that never names them makes no buffer module', () => {
    const agent = createAgent('console.log(typeof globalThis)', { fileName: 't.js', onConsole: () => undefined });
    agent.runToEnd();
    assert.equal(agent['realm'].intrinsics.has('%node:buffer%'), false);
  });
});

describe('engine: the Blob and File rows agree with node', function () {
  this.timeout(60_000);
  let dir: string;
  before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'glassbox-blob-')); });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (const row of ROWS.filter((r) => !r.src.includes('Date.now()'))) {
    it(row.name, () => {
      fs.writeFileSync(path.join(dir, 't.js'), row.src);
      const r = spawnSync(process.execPath, ['t.js'], { cwd: dir, encoding: 'utf8', env: childEnv() });
      assert.equal(r.stdout.trimEnd().split('\n').join(','), row.out);
    });
  }
});
