// ES modules in a running agent over an in-memory folder: import/export forms, live bindings,
// the TDZ in cycles, evaluation order with top-level await, import(), import.meta, the sandbox,
// Node's errors, and the static scan of a CommonJS file's named exports. Whole programs are
// compared with node in test/fixtures/esm/.
import assert from 'node:assert/strict';
import { createAgent, type ConsoleEvent, type FileRead, type RunOutcome } from '../../engine';
import { commonjsExportNames } from '../../engine/realm/esm/synthetic';
import { isEsModule } from '../../engine/realm/esm/format';

const ROOT = '/work/app';
const MAIN = `${ROOT}/main.mjs`;

/** Runs `files[MAIN]` with the others readable; its console lines and outcome. */
function run(files: Record<string, string>, main = MAIN): { lines: string[]; outcome: RunOutcome } {
  const read = (path: string): FileRead => {
    if (path !== ROOT && !path.startsWith(`${ROOT}/`)) return { kind: 'outside', root: ROOT };
    const source = files[path.slice(ROOT.length + 1)];
    return source === undefined ? { kind: 'missing' } : { kind: 'file', source };
  };
  const lines: string[] = [];
  const onConsole = (e: ConsoleEvent) => lines.push(e.text);
  const source = files[main.slice(ROOT.length + 1)];
  const outcome = createAgent(source, { fileName: main, modulePath: main, readFile: read, onConsole }).runToEnd();
  return { lines, outcome };
}

describe('engine: ES modules', () => {
  const cases: { name: string; files: Record<string, string>; lines: string[] }[] = [
    {
      name: 'named, default and namespace imports; a live binding',
      files: {
        'main.mjs': "import d, { n, inc } from './a.mjs'; import * as ns from './a.mjs'; console.log(d(), n); inc(); console.log(n, ns.n, Object.keys(ns).join());",
        'a.mjs': 'export let n = 1; export function inc() { n++; } export default function () { return "d"; }',
      },
      lines: ['d 1', '2 2 default,inc,n'],
    },
    {
      name: 're-exports: renamed, export * and export * as',
      files: {
        'main.mjs': "import { x, y, ns } from './re.mjs'; console.log(x, y, ns.z);",
        're.mjs': "export { z as x } from './b.mjs'; export * from './c.mjs'; export * as ns from './b.mjs';",
        'b.mjs': 'export const z = "z";',
        'c.mjs': 'export const y = "y";',
      },
      lines: ['z y z'],
    },
    {
      name: 'a cycle: the importer\'s binding is in the TDZ, its function declarations are made',
      files: {
        'main.mjs': "import { a } from './a.mjs'; console.log('main', a);",
        'a.mjs': "import './b.mjs'; export const a = 'A'; export function f() { return 'f'; }",
        'b.mjs': "import { a, f } from './a.mjs'; console.log(f()); try { a; } catch (e) { console.log(e.name, e.message); }",
      },
      lines: ['f', "ReferenceError Cannot access 'a' before initialization", 'main A'],
    },
    {
      name: 'anonymous default exports are named "default"; a default expression is not live',
      files: {
        'main.mjs': "import C from './c.mjs'; import f from './f.mjs'; import v, { bump } from './v.mjs'; bump(); console.log(C.name, f.name, v, typeof new C());",
        'c.mjs': 'export default class {}',
        'f.mjs': 'export default function* () {}',
        'v.mjs': 'let n = 1; export default n; export function bump() { n++; }',
      },
      lines: ['default default 1 object'],
    },
    {
      name: 'arguments is not defined at a module\'s top level',
      files: { 'main.mjs': 'try { arguments; } catch (e) { console.log(e.message); }' },
      lines: ['arguments is not defined'],
    },
    {
      name: 'assigning an import is a TypeError; module code is strict with this undefined',
      files: {
        'main.mjs': "import { n } from './a.mjs'; try { n = 2; } catch (e) { console.log(e.message); } console.log(this, (function () { return this; })());",
        'a.mjs': 'export let n = 1;',
      },
      lines: ['Assignment to constant variable.', 'undefined undefined'],
    },
    {
      name: 'top-level await delays the importer, not the sibling',
      files: {
        'main.mjs': "import './slow.mjs'; import './fast.mjs'; console.log('main');",
        'slow.mjs': "console.log('slow 1'); await null; console.log('slow 2');",
        'fast.mjs': "console.log('fast');",
      },
      lines: ['slow 1', 'fast', 'slow 2', 'main'],
    },
    {
      name: 'import() gives the namespace of the same instance; import.meta',
      files: {
        'main.mjs': "import * as a from './a.mjs'; const b = await import('./a.mjs'); console.log(a === b, import.meta.url, import.meta.filename, import.meta.dirname);",
        'a.mjs': 'export const v = 1;',
      },
      lines: [`true file://${MAIN} ${MAIN} ${ROOT}`],
    },
    {
      name: 'Node\'s errors: not found, missing export, a package not installed',
      files: {
        'main.mjs': [
          "const show = (e) => console.log(e.code + ' | ' + e.message);",
          "await import('./nope.mjs').catch(show);",
          "await import('./bad.mjs').catch(show);",
          "await import('pkg').catch(show);",
        ].join('\n'),
        'bad.mjs': "import { q } from './a.mjs';",
        'a.mjs': 'export const v = 1;',
      },
      lines: [
        `ERR_MODULE_NOT_FOUND | Cannot find module '${ROOT}/nope.mjs' imported from ${MAIN}`,
        "undefined | The requested module './a.mjs' does not provide an export named 'q'",
        `ERR_MODULE_NOT_FOUND | Cannot find package 'pkg' imported from ${MAIN}`,
      ],
    },
    {
      name: 'an import outside the program\'s folder: ERR_GLASSBOX_SANDBOX',
      files: { 'main.mjs': "await import('../secret.mjs').catch((e) => console.log(e.code + ' | ' + e.message));" },
      lines: [`ERR_GLASSBOX_SANDBOX | Cannot import '../secret.mjs' from ${MAIN}: /work/secret.mjs is outside the program's folder ${ROOT}. Glassbox reads only files in the program's folder and below.`],
    },
    {
      name: 'CommonJS from an ES module: default is module.exports, named exports found in its source',
      files: {
        'main.mjs': "import c, { add } from './c.cjs'; import * as ns from './c.cjs'; console.log(add(1, 2), c.k, Object.keys(ns).join());",
        'c.cjs': 'exports.add = (a, b) => a + b; exports.k = "k";',
      },
      lines: ['3 k add,default,k'],
    },
    {
      name: 'core modules: default is the module, named are its properties',
      files: { 'main.mjs': "import path, { join } from 'node:path'; import { EventEmitter } from 'events'; console.log(path.join === join, typeof EventEmitter);" },
      lines: ['true function'],
    },
    {
      name: 'a .js file under "type": "module" is an ES module',
      files: {
        'main.mjs': "import { v } from './lib/x.js'; console.log(v);",
        'lib/package.json': '{"type": "module"}',
        'lib/x.js': 'export const v = typeof require;',
      },
      lines: ['undefined'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = run(c.files);
      assert.deepEqual(r.lines, c.lines);
      assert.equal(r.outcome.kind, 'completed', JSON.stringify(r.outcome));
    });
  }

  it('a missing export in a static import ends the run with the SyntaxError', () => {
    const r = run({ 'main.mjs': "import { q } from './a.mjs'; console.log('never');", 'a.mjs': 'export const v = 1;' });
    assert.deepEqual(r.lines, []);
    assert.equal(r.outcome.kind, 'uncaught');
    assert.match((r.outcome as { report: string }).report, /SyntaxError: The requested module '.\/a.mjs' does not provide an export named 'q'/);
  });

  it('a module that throws rejects every later import of it with the same error', () => {
    const r = run({
      'main.mjs': "const e1 = await import('./t.mjs').catch((e) => e); const e2 = await import('./t.mjs').catch((e) => e); console.log(e1 === e2, e1.message);",
      't.mjs': "throw new Error('boom');",
    });
    assert.deepEqual(r.lines, ['true boom']);
  });

  it('runs the same way twice (loading is deterministic, for replays)', () => {
    const files = { 'main.mjs': "import './a.mjs'; const m = await import('./b.mjs'); console.log(m.v, Math.random());", 'a.mjs': 'await 0;', 'b.mjs': 'export const v = 2;' };
    assert.deepEqual(run(files).lines, run(files).lines);
  });
});

describe('engine: the named exports found in a CommonJS file', () => {
  const cases: { source: string; names: string[] }[] = [
    { source: 'exports.a = 1; exports.b = function () {};', names: ['a', 'b'] },
    { source: 'module.exports.c = 1;', names: ['c'] },
    { source: "exports['d'] = 1;", names: ['d'] },
    { source: "Object.defineProperty(exports, 'e', { value: 1 });", names: ['e'] },
    { source: 'module.exports = { f, g: h, "i": j };', names: ['f', 'g', 'i'] },
    { source: 'module.exports = { k, l: compute(), m };', names: ['k', 'l'] },
    { source: 'exports.n == 1; x.exports.o = 2;', names: [] },
  ];
  for (const c of cases) {
    it(c.source, () => assert.deepEqual(commonjsExportNames(c.source), c.names));
  }
});

describe('engine: which files run as ES modules (Node 20)', () => {
  const files: Record<string, string> = {
    '/p/package.json': '{"type": "module"}',
    '/p/cjs/package.json': '{"type": "commonjs"}',
    '/p/cjs/none/package.json': '{"name": "no type"}',
  };
  const read = (path: string): FileRead => (path.startsWith('/p/') || path === '/p' ? (files[path] === undefined ? { kind: 'missing' } : { kind: 'file', source: files[path] }) : { kind: 'outside', root: '/p' });
  const cases: { path: string; source?: string; esm: boolean }[] = [
    { path: '/p/a.mjs', esm: true },
    { path: '/p/a.cjs', esm: false },
    { path: '/p/deep/a.js', esm: true },
    { path: '/p/cjs/a.js', source: 'export const x = 1;', esm: false },
    { path: '/p/cjs/none/a.js', source: 'export const x = 1;', esm: true },
    { path: '/p/cjs/none/b.js', source: 'exports.x = 1; // import is only a word here', esm: false },
    { path: '/p/cjs/none/c.js', source: 'await Promise.resolve();', esm: true },
    { path: '/p/cjs/none/d.js', source: 'console.log(import.meta.url);', esm: true },
    { path: '/p/cjs/none/e.js', source: 'import x from "y"; return;', esm: false },
    { path: '/p/cjs/none/f.js', source: 'let exports = 1;', esm: true },
    { path: '/p/cjs/f.js', source: 'let exports = 1;', esm: false },
    { path: '/p/cjs/none/g.js', source: 'var exports = 1; return;', esm: false },
  ];
  for (const c of cases) {
    it(`${c.path}${c.source ? ` (${c.source})` : ''}: ${c.esm ? 'ES module' : 'CommonJS'}`, () => {
      assert.equal(isEsModule(c.path, read, new Map(), c.source), c.esm);
    });
  }

  it('reads each package.json once', () => {
    const asked: string[] = [];
    const types = new Map();
    for (const p of ['/p/cjs/none/x.js', '/p/cjs/none/y.js', '/p/cjs/z.js']) isEsModule(p, (f) => { asked.push(f); return read(f); }, types, '');
    assert.deepEqual(asked, ['/p/cjs/none/package.json', '/p/cjs/package.json']);
  });
});
