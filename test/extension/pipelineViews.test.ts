// The pipeline views' workings outside VS Code: the extension asks the built pipeline
// process (dist/pipelineHost.js, so `npm run build` first) and builds the AST view's tree
// from its answer; a process that never answers is ended.
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { PipelineAnswer } from '../../adapter/pipeline/protocol';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { AstModel } from '../../extension/pipeline/astModel';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { askPipeline } from '../../extension/pipeline/pipelineClient';

const HOST = path.resolve(__dirname, '..', '..', 'dist', 'pipelineHost.js');
const SOURCE = 'function multiply(e, f) {\n  return e * f;\n}\nconst twice = (n) => multiply(n, 2);\n';
const ask = (stage: 'tokens' | 'ast' | 'bytecode', cursor?: { line: number; column: number }, source = SOURCE) =>
  askPipeline(HOST, { stage, source, fileName: '/w/classic.js', cursor });

function expectKind<K extends PipelineAnswer['kind']>(a: PipelineAnswer, kind: K): Extract<PipelineAnswer, { kind: K }> {
  assert.equal(a.kind, kind, JSON.stringify(a).slice(0, 300));
  return a as Extract<PipelineAnswer, { kind: K }>;
}

describe('pipeline views: the pipeline process', () => {
  it('answers Show Tokens with the text the CLI prints', async () => {
    const { text } = expectKind(await ask('tokens'), 'text');
    assert.match(text, /^1:1 +keyword +function\n1:10 +identifier +multiply\n/);
  });

  it('answers Show Bytecode at a cursor with the function around it', async () => {
    const inner = expectKind(await ask('bytecode', { line: 2, column: 10 }), 'text');
    assert.match(inner.text, /^== multiply \(normal\) ==/);
    assert.doesNotMatch(inner.text, /== twice/);
    const whole = expectKind(await ask('bytecode', { line: 4, column: 1 }), 'text');
    assert.match(whole.text, /== multiply \(normal\) ==[^]*== twice \(arrow\) ==/);
  });

  it('answers a syntax error with its place', async () => {
    assert.deepEqual(await ask('ast', undefined, 'let x = ;'), { kind: 'syntaxError', name: 'SyntaxError', message: "Unexpected token ';'", line: 1, column: 9 });
  });

  it('parses a program nested 3,000 deep, as glassbox run does (on a thread with the engine stack)', async () => {
    const deep = `x = ${'['.repeat(3000)}${']'.repeat(3000)};`;
    const { nodes } = expectKind(await ask('ast', undefined, deep), 'tree');
    assert.equal(nodes.length, 3004);
    assert.equal(nodes[3003].depth, 3002, 'Program, statement, assignment, then 3,000 arrays');
  });

  it('gives up on a process that never answers, and names why a process ended without one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'glassbox-pipeline-host-'));
    try {
      const silent = path.join(dir, 'silent.js');
      writeFileSync(silent, 'setInterval(() => {}, 1000); process.on("message", () => {});\n');
      const started = Date.now();
      const a = expectKind(await askPipeline(silent, { stage: 'tokens', source: '', fileName: 'x.js' }, 300), 'failed');
      assert.match(a.message, /no answer within 0.3 s/);
      assert.ok(Date.now() - started < 5_000);
      const gone = expectKind(await askPipeline(path.join(dir, 'missing.js'), { stage: 'tokens', source: '', fileName: 'x.js' }), 'failed');
      assert.match(gone.message, /ended \(exit code 1\) without an answer: .*Cannot find module/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('pipeline views: the AST view model', () => {
  it('makes a tree of the flat list, labels each node and finds the node at the cursor', async () => {
    const { nodes } = expectKind(await ask('ast'), 'tree');
    const model = new AstModel(nodes, 'file:///w/classic.js', 'classic.js');
    assert.deepEqual(model.children(undefined), [0]);
    assert.deepEqual(model.children(0).map((id) => model.label(id)), ['body[0]: FunctionDeclaration multiply', 'body[1]: VariableDeclaration const']);
    const f = model.nodeAt({ line: 2, column: 14 });
    assert.equal(model.label(f), 'right: Identifier f');
    assert.equal(model.where(f), '2:14-2:15');
    assert.equal(model.label(model.parent(f)!), 'argument: BinaryExpression *');
    assert.equal(model.parent(0), undefined);
    assert.equal(model.path(f), 'Program/body[0]/body/body[0]/argument/right');
    assert.equal(model.path(0), 'Program');
    assert.equal(model.label(model.nodeAt({ line: 4, column: 1 })), 'body[1]: VariableDeclaration const');
    assert.equal(model.nodeAt({ line: 9, column: 1 }), 0, 'past the last statement only the Program is left');
  });
});
