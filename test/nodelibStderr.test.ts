// What `glassbox run` writes on stderr for the core modules of issue 15, against node 20: the
// process warnings of events, util.deprecate and assert.fail (the pid left out), and an uncaught
// AssertionError: its message with the diff, then its fields. Needs a build.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROCESS_TIMEOUT_MS, runGlassboxAsync, runNodeAsync } from './helpers/processes';

const warnings: Record<string, string> = {
  'MaxListenersExceededWarning, once per event name': "const { EventEmitter, setMaxListeners } = require('events');\n"
    + "const ee = new EventEmitter();\nsetMaxListeners(1, ee);\nfor (let i = 0; i < 3; i++) ee.on('foo', () => {});\n"
    + "class Mine extends EventEmitter {}\nconst m = new Mine();\nm.setMaxListeners(1);\nm.on('x', () => {});\nm.on('x', () => {});\n",
  'util.deprecate, warned once': "const util = require('util');\nconst f = util.deprecate(() => 1, 'f() is old', 'DEP0999');\nf();\nf();\n",
  'assert.fail with two arguments (DEP0094)': "const assert = require('assert');\ntry { assert.fail(1, 2); } catch (e) { console.log(e.message); }\n",
};

/** Node's "Uncaught" value: between the caret under the source line and the Node.js version. */
function nodeThrownText(stderr: string): string {
  const m = /\n *\^+\n\n?([\s\S]*?)\n\nNode\.js v/.exec(stderr);
  assert.ok(m, `no thrown value found in node's stderr:\n${stderr}`);
  return m[1];
}

/** The header and the fields of an error's inspection, its stack lines left out (their paths differ). */
function withoutFrames(text: string): string {
  return text.split('\n').filter((line) => !/^ {4}at /.test(line)).join('\n');
}

describe('stderr of assert, events and util as node prints it', function () {
  this.timeout(PROCESS_TIMEOUT_MS * 2);
  let dir: string;
  const program = (name: string, source: string): string => {
    const file = join(dir, `${name}.js`);
    writeFileSync(file, source);
    return file;
  };
  before(() => { dir = mkdtempSync(join(tmpdir(), 'glassbox-nodelib-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  Object.entries(warnings).forEach(([title, source], i) => {
    it(title, async () => {
      const file = program(`w${i}`, source);
      const [node, glassbox] = await Promise.all([runNodeAsync(file), runGlassboxAsync(file)]);
      assert.equal(glassbox.stdout, node.stdout);
      assert.equal(glassbox.stderr, node.stderr.replace(/^\(node:\d+\)/gm, '(node)'));
    });
  });

  it('an uncaught AssertionError: its diff, one frame (the caller of assert), then its fields', async () => {
    const file = program('uncaught', "const assert = require('assert');\nconsole.log('before');\nassert.deepStrictEqual({ a: 1, b: [1] }, { a: 1, b: [2] });\n");
    const [node, glassbox] = await Promise.all([runNodeAsync(file), runGlassboxAsync(file)]);
    assert.equal(glassbox.status, node.status);
    assert.equal(glassbox.stdout, node.stdout);
    assert.equal(withoutFrames(glassbox.stderr), `Uncaught ${withoutFrames(nodeThrownText(node.stderr))}\n`);
    assert.match(glassbox.stderr, /\n {4}at Object\.<anonymous> \([^\n]*uncaught\.js:3:\d+\) \{\n/, 'the stack starts at the program, no frame of node:assert');
  });
});
