// Node's Buffer in the realm, table-driven: each row's source is evaluated by a program that
// prints the result (strings as they are, other values through util.inspect) or the error's
// name, code and message; the expected text is what Node 20 prints for the same row.
import assert from 'node:assert/strict';
import { createAgent } from '../../engine';
import { pausedAt } from '../helpers/pausedRun';

interface Row { src: string; printed: string }

function evaluate(src: string): string {
  const lines: string[] = [];
  const program = `try { const v = (${src}); console.log(typeof v === 'string' ? v : require('util').inspect(v)); } catch (e) { console.log(e.name + ' [' + e.code + ']: ' + e.message); }`;
  const outcome = createAgent(program, { fileName: 't.js', modulePath: '/home/learner/app/t.js', onConsole: (e) => lines.push(e.text) }).runToEnd();
  assert.equal(outcome.kind, 'completed', JSON.stringify(outcome));
  return lines.join('\n');
}

const TABLES: Record<string, Row[]> = {
  "encodings round-trip as Node's": [
    { src: "Buffer.from('héllo €😀').toString('hex')", printed: "68c3a96c6c6f20e282acf09f9880" },
    { src: "Buffer.from('héllo', 'latin1').toString('latin1')", printed: "héllo" },
    { src: "Buffer.from('68c3a9', 'hex').toString()", printed: "hé" },
    { src: "Buffer.from('aGVsbG8gd29ybGQ=', 'base64').toString()", printed: "hello world" },
    { src: "Buffer.from('hello world!?').toString('base64')", printed: "aGVsbG8gd29ybGQhPw==" },
    { src: "Buffer.from([0xfb, 0xff, 0xbf]).toString('base64url')", printed: "-_-_" },
    { src: "Buffer.from('-_-_', 'base64url').toString('hex')", printed: "fbffbf" },
    { src: "Buffer.from('a G\\nk=', 'base64').toString()", printed: "hi" },
    { src: "Buffer.from('hi€', 'utf16le').toString('hex') + ' ' + Buffer.from('6800690', 'hex').toString('ucs2')", printed: "68006900ac20 h" },
    { src: "Buffer.from([0x48, 0xe9, 0xff]).toString('ascii') + Buffer.from('\\u00e9', 'ascii').toString('hex')", printed: "Hie9" },
    { src: "Buffer.from('abz', 'hex').length + ' ' + Buffer.from('1z23', 'hex').length", printed: "1 0" },
    { src: "JSON.stringify(Buffer.from([0x61, 0xff, 0xe2, 0x82, 0x62, 0xf0, 0x9f, 0x98]).toString())", printed: "\"a��b�\"" },
    { src: "JSON.stringify(Buffer.from('\\ud800x').toString())", printed: "\"�x\"" },
    { src: "Buffer.from([0xef, 0xbb, 0xbf, 0x41]).toString().length", printed: "2" },
    { src: "['UTF-8', 'ucs-2', 'Binary', 'base64url', 'utf32', ''].map((e) => Buffer.isEncoding(e)).join()", printed: "true,true,true,true,false,false" },
    { src: "[Buffer.byteLength('😀é'), Buffer.byteLength('aGk=', 'base64'), Buffer.byteLength('abc', 'hex'), Buffer.byteLength('ab', 'ucs2')].join()", printed: "6,2,1,4" },
  ],
  "printing as Node's inspect": [
    { src: "Buffer.from('hi')", printed: "<Buffer 68 69>" },
    { src: "Buffer.alloc(53, 1)", printed: "<Buffer 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 01 ... 3 more bytes>" },
    { src: "({ b: Buffer.from('hi'), list: [Buffer.alloc(0)] })", printed: "{ b: <Buffer 68 69>, list: [ <Buffer > ] }" },
    { src: "Object.assign(Buffer.from('x'), { tag: 'y' })", printed: "<Buffer 78, tag: 'y'>" },
    { src: "require('util').inspect(Buffer.from([1, 2, 3]))", printed: "<Buffer 01 02 03>" },
    { src: "Buffer.from('hi').toJSON()", printed: "{ type: 'Buffer', data: [ 104, 105 ] }" },
    { src: "JSON.stringify({ data: Buffer.from([1, 2]) })", printed: "{\"data\":{\"type\":\"Buffer\",\"data\":[1,2]}}" },
    { src: "String(Buffer.from('text'))", printed: "text" },
  ],
  "methods over bytes and text": [
    { src: "Buffer.from('hello world').indexOf('o') + ',' + Buffer.from('hello world').lastIndexOf('o') + ',' + Buffer.from('hello world').indexOf(0x77) + ',' + Buffer.from('hello').includes('ll')", printed: "4,7,6,true" },
    { src: "Buffer.from('abcdef').slice(1, 3).toString() + Buffer.from('abcdef').subarray(-2).toString()", printed: "bcef" },
    { src: "(() => { const a = Buffer.from('abc'); a.slice(1)[0] = 0x5a; return a.toString(); })()", printed: "aZc" },
    { src: "(() => { const a = Buffer.alloc(6); const n = a.write('héllo', 1); return n + ' ' + a.toString('hex'); })()", printed: "5 0068c3a96c6c" },
    { src: "Buffer.alloc(7).fill('ab').toString() + ' ' + Buffer.alloc(4, 'aGk=', 'base64').toString('hex')", printed: "abababa 68696869" },
    { src: "Buffer.concat([Buffer.from('ab'), new Uint8Array([99]), Buffer.from('d')]).toString()", printed: "abcd" },
    { src: "[Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.from('b').compare(Buffer.from('a')), Buffer.from('ab').equals(Buffer.from('ab'))].join()", printed: "-1,1,true" },
    { src: "(() => { const t = Buffer.alloc(4); const n = Buffer.from('xyz').copy(t, 1); return n + ' ' + t.toString('hex'); })()", printed: "3 0078797a" },
    { src: "[Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)), Buffer.alloc(1) instanceof Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype].join()", printed: "true,false,true,true" },
    { src: "Buffer.from('abcd').swap16().toString() + Buffer.from(new Uint16Array([1, 2]).buffer).toString('hex')", printed: "badc01000200" },
  ],
  "number readers and writers": [
    { src: "(() => { const b = Buffer.alloc(10); b.writeUInt32BE(0xdeadbeef); b.writeInt16LE(-2, 4); b.writeUInt8(255, 6); return b.toString('hex') + ' ' + [b.readUInt32BE(0), b.readInt16LE(4), b.readUInt16BE(4), b.readInt8(6), b.readUInt32LE(0)].join(); })()", printed: "deadbeeffeffff000000 3735928559,-2,65279,-1,4022250974" },
    { src: "(() => { const b = Buffer.alloc(12); b.writeDoubleLE(Math.PI); b.writeFloatBE(1.5, 8); return b.toString('hex') + ' ' + b.readDoubleLE(0) + ' ' + b.readFloatBE(8); })()", printed: "182d4454fb2109403fc00000 3.141592653589793 1.5" },
    { src: "(() => { const b = Buffer.alloc(8); b.writeBigInt64BE(-5n); return b.toString('hex') + ' ' + b.readBigInt64BE() + ' ' + b.readBigUInt64LE(); })()", printed: "fffffffffffffffb -5 18158513697557839871" },
    { src: "(() => { const b = Buffer.alloc(6); b.writeUIntBE(0x123456789a, 0, 5); return b.toString('hex') + ' ' + b.readUIntBE(0, 5) + ' ' + b.readIntLE(0, 6); })()", printed: "123456789a00 78187493530 663443878930" },
  ],
  "Node's coded errors": [
    { src: "Buffer.from(5)", printed: "TypeError [ERR_INVALID_ARG_TYPE]: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5)" },
    { src: "Buffer.from('x', 'nope')", printed: "TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: nope" },
    { src: "Buffer.alloc(-1)", printed: "RangeError [ERR_OUT_OF_RANGE]: The value of \"size\" is out of range. It must be >= 0 && <= 4294967296. Received -1" },
    { src: "Buffer.alloc(3).readUInt8(3)", printed: "RangeError [ERR_OUT_OF_RANGE]: The value of \"offset\" is out of range. It must be >= 0 and <= 2. Received 3" },
    { src: "Buffer.alloc(3).readUInt16LE(1.5)", printed: "RangeError [ERR_OUT_OF_RANGE]: The value of \"offset\" is out of range. It must be an integer. Received 1.5" },
    { src: "Buffer.alloc(3).writeUInt8(300)", printed: "RangeError [ERR_OUT_OF_RANGE]: The value of \"value\" is out of range. It must be >= 0 and <= 255. Received 300" },
    { src: "Buffer.alloc(4).writeInt32LE(2 ** 31)", printed: "RangeError [ERR_OUT_OF_RANGE]: The value of \"value\" is out of range. It must be >= -2147483648 and <= 2147483647. Received 2147483648" },
    { src: "Buffer.alloc(8).writeBigUInt64LE(-1n)", printed: "RangeError [ERR_OUT_OF_RANGE]: The value of \"value\" is out of range. It must be >= 0n and < 2n ** 64n. Received -1n" },
    { src: "Buffer.alloc(2).readUInt32LE(0)", printed: "RangeError [ERR_BUFFER_OUT_OF_BOUNDS]: Attempt to access memory outside buffer bounds" },
    { src: "Buffer.from(new ArrayBuffer(4), 5)", printed: "RangeError [ERR_BUFFER_OUT_OF_BOUNDS]: \"offset\" is outside of buffer bounds" },
    { src: "Buffer.concat([1])", printed: "TypeError [ERR_INVALID_ARG_TYPE]: The \"list[0]\" argument must be an instance of Buffer or Uint8Array. Received type number (1)" },
    { src: "Buffer.alloc(2).toString('utf-9')", printed: "TypeError [ERR_UNKNOWN_ENCODING]: Unknown encoding: utf-9" },
    { src: "Buffer.alloc(3).fill('zz', 'hex')", printed: "TypeError [ERR_INVALID_ARG_VALUE]: The argument 'value' is invalid. Received 'zz'" },
    { src: "Buffer.alloc(3).swap16()", printed: "RangeError [ERR_INVALID_BUFFER_SIZE]: Buffer size must be a multiple of 16-bits" },
  ],
};

describe('engine: Buffer', () => {
  for (const [title, rows] of Object.entries(TABLES)) {
    describe(title, () => {
      for (const row of rows) it(row.src, () => assert.equal(evaluate(row.src), row.printed));
    });
  }

  describe('in the debugger', () => {
    const previews: { src: string; preview: string }[] = [
      { src: "const v = Buffer.from('hi');", preview: '<Buffer 68 69>' },
      { src: 'const v = Buffer.alloc(52, 255);', preview: `<Buffer ${'ff '.repeat(50).trim()} ... 2 more bytes>` },
      { src: "const v = Buffer.from('abc').subarray(1);", preview: '<Buffer 62 63>' },
      { src: 'const v = new Uint8Array([104, 105]);', preview: 'Uint8Array(2) [104, 105]' },
    ];
    for (const row of previews) {
      it(`the Variables pane previews ${row.src} as ${row.preview}`, () => {
        const r = pausedAt(row.src).dbg.evaluate('v');
        assert.ok(r.ok);
        assert.equal(r.value.preview, row.preview);
      });
    }
  });

  describe('the global', () => {
    it('is made on first use only: a program that never names Buffer has no buffer module', () => {
      const run = createAgent('console.log(1)', { fileName: 't.js', onConsole: () => undefined });
      run.runToEnd();
      assert.equal(run['realm'].intrinsics.has('%node:buffer%'), false);
    });
    const rows: Row[] = [
      { src: "Buffer === require('buffer').Buffer && Buffer === require('node:buffer').Buffer", printed: 'true' },
      { src: "(() => { const d = Object.getOwnPropertyDescriptor(globalThis, 'Buffer'); return typeof d.get + ' ' + d.enumerable + ' ' + d.configurable; })()", printed: 'function false true' },
      { src: "(() => { globalThis.Buffer = 5; return Buffer + ' ' + typeof require('buffer').Buffer; })()", printed: '5 function' },
      { src: "typeof structuredClone(Buffer.from('ab')) + ' ' + structuredClone(Buffer.from('ab')).constructor.name", printed: 'object Uint8Array' },
    ];
    for (const row of rows) it(row.src, () => assert.equal(evaluate(row.src), row.printed));
  });
});
