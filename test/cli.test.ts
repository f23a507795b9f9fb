// The `glassbox` command as a user runs it: spawns bin/glassbox.js (the built bundle,
// so `npm run build` first) on small programs written to a temporary folder.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const glassbox = join(__dirname, '..', 'bin', 'glassbox.js');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [glassbox, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('glassbox CLI', () => {
  let dir: string;
  const program = (name: string, source: string): string => {
    const file = join(dir, name);
    writeFileSync(file, source);
    return file;
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'glassbox-cli-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints usage and exits 2 without a command', () => {
    const r = run();
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Usage: glassbox run <file>/);
    assert.equal(r.stdout, '');
  });

  it('prints usage on stdout and exits 0 for --help', () => {
    const r = run('--help');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /Usage: glassbox run <file>/);
  });

  it('exits 2 on an unknown command', () => {
    const r = run('frobnicate', 'x.js');
    assert.equal(r.code, 2);
    assert.match(r.stderr, /unknown command 'frobnicate'/);
  });

  it('names a missing file and exits 1', () => {
    const missing = join(dir, 'missing.js');
    const r = run('run', missing);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `glassbox: cannot read ${missing}: no such file or directory\n`);
  });

  it('reports a syntax error with file:line:column and exits 1', () => {
    const file = program('syntax.js', 'let ok = 1;\nlet x = ;\n');
    const r = run('run', file);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, `SyntaxError: Unexpected token ';' (${file}:2:9)\n`);
  });

  it("words a syntax error as V8 does, keeping Glassbox's file:line:column", () => {
    const file = program('await.js', 'function load() {\n  const data = await fetch();\n}\n');
    const r = run('run', file);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, `SyntaxError: await is only valid in async functions and the top level bodies of modules (${file}:2:16)\n`);
  });

  it('prints console.log output on stdout', () => {
    const r = run('run', program('add.js', 'console.log(1+1)\n'));
    assert.deepEqual(r, { code: 0, stdout: '2\n', stderr: '' });
  });

  it('sends console.error and console.warn to stderr', () => {
    const r = run('run', program('streams.js', "console.log('out'); console.error('err'); console.warn('warn');\n"));
    assert.deepEqual(r, { code: 0, stdout: 'out\n', stderr: 'err\nwarn\n' });
  });

  it('reports an uncaught exception on stderr and exits 1', () => {
    const r = run('run', program('throws.js', "console.log('before');\nthrow new Error('boom');\n"));
    assert.equal(r.code, 1);
    assert.equal(r.stdout, 'before\n');
    assert.match(r.stderr, /Error: boom/);
  });

  it('stops at a feature Glassbox does not implement, past any catch or finally: its report on stderr, exit 1', () => {
    const file = program('unsupported.js', "console.log('before');\ntry { crypto.subtle; } catch { console.log('caught'); } finally { console.log('finally'); }\n");
    const r = run('run', file);
    assert.deepEqual(r, {
      code: 1,
      stdout: 'before\n',
      stderr: `Unsupported: Glassbox does not support crypto.subtle (Web Crypto SubtleCrypto) yet (${file}:2:7)\n`
        + `    at Object.<anonymous> (${file}:2:7)\n`
        + 'This is a limit of Glassbox, not an error in your program; the run cannot go on.\n',
    });
  });

  it('ends the run at require of a core module Glassbox lacks, naming it, and exits 1', () => {
    const file = program('core.js', "const path = require('node:path');\nconsole.log(path.basename(__filename));\nconst net = require('net');\n");
    const r = run('run', file);
    assert.deepEqual(r, {
      code: 1,
      stdout: 'core.js\n',
      stderr: `Unsupported: Glassbox does not support require('net') yet (${file}:3:13)\n`
        + `    at Object.<anonymous> (${file}:3:13)\n`
        + 'This is a limit of Glassbox, not an error in your program; the run cannot go on.\n',
    });
  });

  it('--io-delay sets how long fs I/O is in flight: past a 5 ms timer, the read comes after it', () => {
    program('io-data.txt', 'x');
    const file = program('io.js', "require('fs').readFile('io-data.txt', 'utf8', () => console.log('io'));\nsetTimeout(() => console.log('timer 5'), 5);\n");
    assert.equal(run('run', file).stdout, 'io\ntimer 5\n');
    assert.equal(run('run', '--io-delay', '10', file).stdout, 'timer 5\nio\n');
    assert.equal(run('run', '--io-delay=0', file).stdout, 'io\ntimer 5\n');
    const bad = run('run', '--io-delay', '-1', file);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--io-delay takes whole milliseconds \(0 or more\)/);
  });

  // Node runs a file as a CommonJS module; test262 (and vm.runInThisContext) run it as a Script.
  const scopeProbe = [
    'var a = 1; function f() {} let b = 2;',
    'console.log(globalThis.a, typeof globalThis.f, globalThis.b, this === globalThis);',
    'console.log(typeof module, typeof require, typeof exports, typeof __filename, typeof arguments);',
    '',
  ].join('\n');

  it('runs a file as Node runs a CommonJS module: the module scope, declarations not on globalThis', () => {
    const file = program('module-scope.js', scopeProbe);
    assert.deepEqual(run('run', file), { code: 0, stdout: 'undefined undefined undefined false\nobject function object string object\n', stderr: '' });
  });

  it('runs a file as a Script with --script: var and function declarations on globalThis, no module scope', () => {
    const file = program('script-scope.js', scopeProbe);
    assert.deepEqual(run('run', '--script', file), { code: 0, stdout: '1 function undefined true\nundefined undefined undefined undefined undefined\n', stderr: '' });
  });

  it('allows return at the top of a module but not of a Script', () => {
    const file = program('return.js', "console.log('a');\nreturn;\nconsole.log('b');\n");
    assert.deepEqual(run('run', file), { code: 0, stdout: 'a\n', stderr: '' });
    const script = run('run', '--script', file);
    assert.equal(script.code, 1);
    assert.equal(script.stderr, `SyntaxError: Illegal return statement (${file}:2:1)\n`);
  });
});
