// What `glassbox run` writes on stderr, compared with what node 20 prints for the same program:
// for an exception nothing caught, after "Uncaught " the value as Node shows it (for a rejection
// without a stack, Node's UnhandledPromiseRejection text); Node's process warnings. Needs a build.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROCESS_TIMEOUT_MS, runGlassboxAsync, runNodeAsync } from './helpers/processes';

/** Node prints the thrown value between the caret under the source line and its hint. */
function nodeThrownText(stderr: string): string {
  const m = /\n\^+\n\n?([\s\S]*?)\n(?:\(Use `node --trace-uncaught|\nNode\.js v)/.exec(stderr);
  assert.ok(m, `no thrown value found in node's stderr:\n${stderr}`);
  return m[1];
}

/** The message line of Node's ERR_UNHANDLED_REJECTION error. */
function nodeRejectionLine(stderr: string): string {
  const line = stderr.split('\n').find((l) => l.startsWith('UnhandledPromiseRejection: '));
  assert.ok(line, `no UnhandledPromiseRejection in node's stderr:\n${stderr}`);
  return line;
}

const thrown = [
  '{ code: 42, reason: "not an Error instance" }', "'a plain string'", '42', 'undefined', 'null', '10n',
  '[1, [2, [3]]]', 'function named() {}', 'new Map([[1, { a: 1 }]])', '{ a: { b: { c: { d: { e: 1 } } } } }',
  'Object.create(null)', 'new (class Point { constructor() { this.x = 1; } })()',
  '{ [Symbol.for("nodejs.util.inspect.custom")]() { return "not used" } }', '{ stack: "fake", message: "m" }',
];

const rejected = [
  '42', '"text"', 'Symbol("s")', '[1, 2]', 'function foo() {}', '() => 1', 'null', 'undefined', '{}',
  'new (class Foo {})()', 'Object.create(null)', '{ toString() { return "ts"; } }', 'new Date(0)', '/re/g',
  '10n', 'new Map()', 'Math', '{ [Symbol.toStringTag]: "Tag" }', 'new Number(3)', 'class A {}',
];

describe('stderr as node prints it', function () {
  this.timeout(PROCESS_TIMEOUT_MS * 2);
  let dir: string;
  const program = (source: string): string => {
    const file = join(dir, `p${Math.random().toString(36).slice(2)}.js`);
    writeFileSync(file, source);
    return file;
  };
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'glassbox-uncaught-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const value of thrown) {
    it(`throw ${value}`, async () => {
      const file = program(`console.log('before');\nthrow ${value};\n`);
      const [node, glassbox] = await Promise.all([runNodeAsync(file), runGlassboxAsync(file)]);
      assert.equal(glassbox.status, node.status);
      assert.equal(glassbox.stdout, node.stdout);
      assert.equal(glassbox.stderr, `Uncaught ${nodeThrownText(node.stderr)}\n`);
    });
  }

  it('an Error with extra properties: its stack, then the properties', async () => {
    const file = program("const e = new TypeError('bad input');\ne.code = 'E_BAD';\ne.details = { field: 'age' };\nthrow e;\n");
    const [node, glassbox] = await Promise.all([runNodeAsync(file), runGlassboxAsync(file)]);
    const props = (s: string) => s.slice(s.indexOf(' {\n'), s.indexOf('\n}') + 2);
    assert.equal(glassbox.status, node.status);
    assert.match(glassbox.stderr, /^Uncaught TypeError: bad input\n {4}at /);
    assert.equal(props(glassbox.stderr), props(node.stderr));
  });

  for (const reason of rejected) {
    it(`Promise.reject(${reason})`, async () => {
      const file = program(`Promise.reject(${reason});\nsetTimeout(() => console.log('never'));\n`);
      const [node, glassbox] = await Promise.all([runNodeAsync(file), runGlassboxAsync(file)]);
      assert.equal(glassbox.status, node.status);
      assert.equal(glassbox.stdout, node.stdout);
      const expected = `Uncaught (in promise) [${nodeRejectionLine(node.stderr)}] {\n  code: 'ERR_UNHANDLED_REJECTION'\n}\n`;
      assert.equal(glassbox.stderr, expected);
    });
  }

  it('a rejection whose reason is an Error reports the error', async () => {
    const file = program("async function load() { throw new RangeError('too far'); }\nload();\n");
    const [node, glassbox] = await Promise.all([runNodeAsync(file), runGlassboxAsync(file)]);
    assert.equal(glassbox.status, node.status);
    assert.match(node.stderr, /\nRangeError: too far\n/);
    assert.match(glassbox.stderr, /^Uncaught \(in promise\) RangeError: too far\n {4}at load /);
  });

  it('TimeoutOverflowWarning for delays over 2^31-1, with the hint once (the pid left out)', async () => {
    const file = program("setTimeout(() => console.log('late'), 2 ** 31);\nsetInterval(function () { clearInterval(this); }, 1e10);\nsetTimeout(() => {}, -1);\n");
    const [node, glassbox] = await Promise.all([runNodeAsync(file), runGlassboxAsync(file)]);
    assert.equal(glassbox.status, node.status);
    assert.equal(glassbox.stdout, node.stdout);
    assert.match(node.stderr, /TimeoutOverflowWarning: 10000000000 does not fit/);
    assert.equal(glassbox.stderr, node.stderr.replace(/^\(node:\d+\)/gm, '(node)'));
  });
});
