// Node's core modules through require: made once per realm on first require, the same object
// under `x` and `node:x`; the values Glassbox fixes (os, path's current folder); and the names
// that end the run as unsupported (other core modules, files without a loader).
import assert from 'node:assert/strict';
import { posix as nodePath } from 'node:path';
import { createAgent, type RunOutcome } from '../../engine';
import * as posix from '../../engine/realm/node/posixPath';
import { NODE_BUILTIN_MODULES, PROVIDED_CORE_MODULES } from '../../engine/realm/node/coreModules';

const MAIN = '/home/learner/app/main.js';

function run(source: string): { lines: string[]; outcome: RunOutcome } {
  const lines: string[] = [];
  const outcome = createAgent(source, { fileName: 't.js', modulePath: MAIN, onConsole: (e) => lines.push(e.text) }).runToEnd();
  return { lines, outcome };
}

const reportOf = (o: RunOutcome): string => (o.kind === 'unsupported' ? o.report.split('\n')[0] : `no report: ${o.kind}`);

describe('engine: Node core modules through require', () => {
  const values: { name: string; source: string; printed: string[] }[] = [
    { name: 'path.resolve starts from the program\'s folder', source: "const p = require('path'); console.log(p.resolve('data', 'x.txt'), p.relative('lib', '/home/learner'))", printed: ['/home/learner/app/data/x.txt ../..'] },
    { name: 'os answers fixed, fake values', source: "const os = require('node:os'); console.log(os.hostname(), os.homedir(), os.platform(), os.cpus().length, os.tmpdir(), os.userInfo().username)", printed: ['glassbox /home/learner linux 1 /tmp learner'] },
    { name: 'one object per module, under both names, made once', source: "console.log(require('events') === require('node:events'), require('util').types === require('util/types'), require('path/posix') === require('path'))", printed: ['true true true'] },
    { name: 'a core module written in JS names its file node:<name> in stacks', source: "const E = require('events'); try { new E().on('x', 1); } catch (e) { console.log(e.stack.split('\\n')[1].includes('(node:events:')) }", printed: ['true'] },
    { name: 'timers are the realm\'s own, even after the program replaced the global', source: "const t = setTimeout; globalThis.setTimeout = null; console.log(require('timers').setTimeout === t)", printed: ['true'] },
  ];
  for (const c of values) {
    it(c.name, () => {
      const { lines, outcome } = run(c.source);
      assert.equal(outcome.kind, 'completed', JSON.stringify(outcome));
      assert.deepEqual(lines, c.printed);
    });
  }

  const unsupported: { id: string; report: string }[] = [
    { id: 'fs', report: "Unsupported: Glassbox does not support require('fs') yet (t.js:1:19)" },
    { id: 'readline', report: "Unsupported: Glassbox does not support require('readline') yet (t.js:1:19)" },
    { id: 'node:zlib', report: "Unsupported: Glassbox does not support require('node:zlib') yet (t.js:1:19)" },
    { id: './lib', report: "Unsupported: Glassbox does not support require('./lib') yet (t.js:1:19)" },
    { id: '/abs/x.json', report: "Unsupported: Glassbox does not support require('/abs/x.json') yet (t.js:1:19)" },
  ];
  for (const c of unsupported) {
    it(`require('${c.id}') ends the run as unsupported, past the program's catch`, () => {
      const { lines, outcome } = run(`try { console.log(require('${c.id}')); } catch (e) { console.log('caught', e.code); }`);
      assert.deepEqual(lines, []);
      assert.equal(reportOf(outcome), c.report);
    });
  }

  it('knows every module Glassbox provides as one of Node\'s', () => {
    for (const name of PROVIDED_CORE_MODULES) assert.ok(NODE_BUILTIN_MODULES.includes(name), name);
  });

  it('has Node\'s list of core modules (this Node\'s, without the node:-only ones)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { builtinModules } = require('node:module') as { builtinModules: string[] };
    const mine = new Set(NODE_BUILTIN_MODULES);
    const missing = builtinModules.filter((m) => !m.startsWith('node:') && !mine.has(m));
    assert.deepEqual(missing, []);
  });
});

describe('engine: POSIX path arithmetic matches node:path', () => {
  const samples = ['', '/', '//', '///a', '.', '..', '...', 'a', 'a/', '/a/b/', 'a/b/c.txt', '/x/.hidden', '.a.b', 'a.b.c', 'a.', '..a', '/a//b///c/', '../up/./x.tar.gz', './a/../..', 'a/../../b', '/../x'];
  const cwd = '/home/learner/app';
  const cases: [string, (p: string) => unknown, (p: string) => unknown][] = [
    ['normalize', posix.normalize, nodePath.normalize],
    ['dirname', posix.dirname, nodePath.dirname],
    ['basename', (p) => posix.basename(p), (p) => nodePath.basename(p)],
    ['basename with a suffix', (p) => posix.basename(p, '.txt'), (p) => nodePath.basename(p, '.txt')],
    ['extname', posix.extname, nodePath.extname],
    ['parse', posix.parse, nodePath.parse],
    ['join', (p) => posix.join([p, 'b', '..', 'c']), (p) => nodePath.join(p, 'b', '..', 'c')],
    ['resolve (absolute)', (p) => posix.resolve(cwd, ['/r', p]), (p) => nodePath.resolve('/r', p)],
    ['relative', (p) => posix.relative(cwd, '/a/b/c', `/${p}`), (p) => nodePath.relative('/a/b/c', `/${p}`)],
    ['format of parse', (p) => posix.format(posix.parse(p)), (p) => nodePath.format(nodePath.parse(p))],
  ];
  for (const [name, mine, node] of cases) {
    it(name, () => {
      for (const p of samples) assert.deepEqual(mine(p), node(p), `${name}(${JSON.stringify(p)})`);
    });
  }
});
