// `glassbox tokens|ast|bytecode <file>` as a user runs it: usage, exit codes, syntax errors,
// and that the program is only read, never run. Spawns the built bundle (`npm run build`).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GLASSBOX_BIN } from './helpers/processes';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [GLASSBOX_BIN, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('glassbox tokens|ast|bytecode', () => {
  let dir: string;
  const program = (name: string, source: string): string => {
    const file = join(dir, name);
    writeFileSync(file, source);
    return file;
  };
  before(() => (dir = mkdtempSync(join(tmpdir(), 'glassbox-pipeline-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('are in the usage text', () => {
    const r = run('--help');
    assert.equal(r.code, 0);
    assert.match(r.stdout, /glassbox tokens\|ast\|bytecode <file>/);
  });

  for (const stage of ['tokens', 'ast', 'bytecode']) {
    it(`${stage} takes exactly one file (exit 2)`, () => {
      for (const args of [[stage], [stage, 'a.js', 'b.js'], [stage, '--script']]) {
        const r = run(...args);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, new RegExp(`^glassbox: ${stage} takes one file\\n\\nUsage:`));
      }
    });

    it(`${stage} reports a syntax error with file:line:column and exits 1`, () => {
      const file = program(`${stage}-syntax.js`, 'let ok = 1;\nlet x = ;\n');
      assert.deepEqual(run(stage, file), { code: 1, stdout: '', stderr: `SyntaxError: Unexpected token ';' (${file}:2:9)\n` });
    });

    it(`${stage} names a missing file and exits 1`, () => {
      const missing = join(dir, 'missing.js');
      assert.deepEqual(run(stage, missing), { code: 1, stdout: '', stderr: `glassbox: cannot read ${missing}: no such file or directory\n` });
    });
  }

  it('show the program without running it', () => {
    const file = program('loud.js', 'console.log("ran"); process.exit(3);\n');
    const outputs = ['tokens', 'ast', 'bytecode'].map((stage) => run(stage, file));
    for (const r of outputs) assert.deepEqual([r.code, r.stderr, /^ran$/m.test(r.stdout)], [0, '', false]);
    assert.match(outputs[0].stdout, /^1:1 +identifier +console$/m);
    assert.match(outputs[1].stdout, /^ {6}callee: MemberExpression \. {2}1:1-1:12$/m);
    assert.match(outputs[2].stdout, /^constant pool:\n {2}#0 +name +"console"$/m);
  });
});
