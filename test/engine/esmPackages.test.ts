// Packages, import attributes and import()'s timing in a running agent over an in-memory folder:
// package.json "exports" and "imports" for import and require with Node's error texts, JSON
// modules and the attribute errors, the promise jobs import() takes, and exit code 13 for a
// top-level await that never settles. Whole programs are compared with node in test/fixtures/esm/.
import assert from 'node:assert/strict';
import { createAgent, type ConsoleEvent, type FileRead, type RunOutcome } from '../../engine';
import { PackageError, packageExportsResolve, IMPORT_CONDITIONS, REQUIRE_CONDITIONS } from '../../engine/realm/packageExports';

const ROOT = '/work/app';

const PACKAGES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'app', exports: { '.': './self.js' }, imports: { '#lib': './lib.js', '#dep': 'dual' } }),
  'self.js': 'module.exports = "self";',
  'lib.js': 'module.exports = "lib";',
  'node_modules/dual/package.json': JSON.stringify({
    exports: { '.': { import: './esm.mjs', require: './cjs.js' }, './sub/*': './impl/*.js', './hidden/*': null, './gone': './gone.js' },
  }),
  'node_modules/dual/esm.mjs': 'export default "esm";',
  'node_modules/dual/cjs.js': 'module.exports = "cjs";',
  'node_modules/dual/impl/x.js': 'module.exports = "sub x";',
  'node_modules/nomain/package.json': JSON.stringify({ exports: { './a': './a.js' } }),
  'node_modules/badtarget/package.json': JSON.stringify({ exports: { '.': 'main.js' } }),
  'data.json': '{ "n": 1 }',
  'plain.mjs': 'export default 1;',
};

/** Runs `main` (an ES module, or CommonJS when named .js) with `files` readable; its console lines and outcome. */
function run(main: string, files: Record<string, string> = PACKAGES, name = 'main.mjs'): { lines: string[]; outcome: RunOutcome } {
  const all = { ...files, [name]: main };
  const read = (path: string): FileRead => {
    if (path !== ROOT && !path.startsWith(`${ROOT}/`)) return { kind: 'outside', root: ROOT };
    const source = all[path.slice(ROOT.length + 1)];
    return source === undefined ? { kind: 'missing' } : { kind: 'file', source };
  };
  const lines: string[] = [];
  const onConsole = (e: ConsoleEvent) => lines.push(e.text);
  const path = `${ROOT}/${name}`;
  const outcome = createAgent(main, { fileName: path, modulePath: path, readFile: read, onConsole }).runToEnd();
  return { lines, outcome };
}

/** What import() of `specifier` gives in main.mjs: the default export, or the error's name, code and message. */
function importing(specifier: string, options = ''): string {
  const src = `import(${JSON.stringify(specifier)}${options}).then((m) => console.log(m.default), (e) => console.log(e.name, e.code, e.message));`;
  return run(src).lines.join('\n');
}

/** What require() of `specifier` gives in main.js. */
function requiring(specifier: string): string {
  const src = `try { console.log(require(${JSON.stringify(specifier)})); } catch (e) { console.log(e.name, e.code, e.message); }`;
  return run(src, PACKAGES, 'main.js').lines.join('\n');
}

const DUAL = `${ROOT}/node_modules/dual/package.json`;

describe('engine: package.json "exports" and "imports"', () => {
  const cases: { name: string; got: () => string; expected: string }[] = [
    { name: 'import takes the "import" condition', got: () => importing('dual'), expected: 'esm' },
    { name: 'require takes the "require" condition', got: () => requiring('dual'), expected: 'cjs' },
    { name: 'a * pattern, for import and require', got: () => importing('dual/sub/x') + requiring('dual/sub/x'), expected: 'sub xsub x' },
    { name: '"imports": a file and a package', got: () => importing('#lib') + importing('#dep') + requiring('#dep'), expected: 'libesmcjs' },
    { name: 'self-reference by the package\'s own name', got: () => importing('app') + requiring('app'), expected: 'selfself' },
    {
      name: 'a subpath not exported (import names the importer)', got: () => importing('dual/impl/x.js'),
      expected: `Error ERR_PACKAGE_PATH_NOT_EXPORTED Package subpath './impl/x.js' is not defined by "exports" in ${DUAL} imported from ${ROOT}/main.mjs`,
    },
    {
      name: 'a subpath not exported (require does not)', got: () => requiring('dual/impl/x.js'),
      expected: `Error ERR_PACKAGE_PATH_NOT_EXPORTED Package subpath './impl/x.js' is not defined by "exports" in ${DUAL}`,
    },
    {
      name: 'a null target hides a pattern', got: () => requiring('dual/hidden/x'),
      expected: `Error ERR_PACKAGE_PATH_NOT_EXPORTED Package subpath './hidden/x' is not defined by "exports" in ${DUAL}`,
    },
    {
      name: 'no main export', got: () => importing('nomain'),
      expected: `Error ERR_PACKAGE_PATH_NOT_EXPORTED No "exports" main defined in ${ROOT}/node_modules/nomain/package.json imported from ${ROOT}/main.mjs`,
    },
    {
      name: 'an exported file that is not there', got: () => importing('dual/gone') + '\n' + requiring('dual/gone'),
      expected: `Error ERR_MODULE_NOT_FOUND Cannot find module '${ROOT}/node_modules/dual/gone.js' imported from ${ROOT}/main.mjs\nError MODULE_NOT_FOUND Cannot find module '${ROOT}/node_modules/dual/gone.js'`,
    },
    {
      name: 'a target without ./', got: () => requiring('badtarget'),
      expected: `Error ERR_INVALID_PACKAGE_TARGET Invalid "exports" main target "main.js" defined in the package config ${ROOT}/node_modules/badtarget/package.json; targets must start with "./"`,
    },
    {
      name: 'an "imports" name not defined', got: () => requiring('#nope'),
      expected: `TypeError ERR_PACKAGE_IMPORT_NOT_DEFINED Package import specifier "#nope" is not defined in package ${ROOT}/package.json imported from ${ROOT}/main.js`,
    },
  ];
  for (const c of cases) it(c.name, () => assert.equal(c.got(), c.expected));

  it('resolves by the most specific pattern and the first matching condition in the object\'s order', () => {
    const exports = { './a/*': './one/*.js', './a/b/*': './two/*.js', './c': { default: './d.js', import: './i.js' } };
    assert.equal(packageExportsResolve('/p', './a/b/x', exports, IMPORT_CONDITIONS), '/p/two/x.js');
    assert.equal(packageExportsResolve('/p', './a/x', exports, REQUIRE_CONDITIONS), '/p/one/x.js');
    assert.equal(packageExportsResolve('/p', './c', exports, IMPORT_CONDITIONS), '/p/d.js');
    assert.throws(() => packageExportsResolve('/p', './z', exports, IMPORT_CONDITIONS), (e: unknown) => e instanceof PackageError && e.code === 'ERR_PACKAGE_PATH_NOT_EXPORTED');
  });
});

describe('engine: JSON modules and import attributes', () => {
  const url = `file://${ROOT}`;
  const cases: { name: string; got: () => string; expected: string }[] = [
    { name: 'with { type: "json" }', got: () => run("import d from './data.json' with { type: 'json' }; console.log(d.n);").lines.join(), expected: '1' },
    { name: 'Node 20\'s assert { type: "json" }', got: () => run("import d from './data.json' assert { type: 'json' }; console.log(d.n);").lines.join(), expected: '1' },
    { name: 'import() with options', got: () => importing('./data.json', ", { with: { type: 'json' } }"), expected: '{ n: 1 }' },
    { name: 'JSON without the attribute', got: () => importing('./data.json'), expected: `TypeError ERR_IMPORT_ASSERTION_TYPE_MISSING Module "${url}/data.json" needs an import attribute of type "json"` },
    { name: 'a type Node does not know', got: () => importing('./data.json', ", { with: { type: 'css' } }"), expected: 'TypeError ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED Import attribute type "css" is unsupported' },
    { name: 'type json on a module', got: () => importing('./plain.mjs', ", { with: { type: 'json' } }"), expected: `TypeError ERR_IMPORT_ASSERTION_TYPE_FAILED Module "${url}/plain.mjs" is not of type "json"` },
    { name: 'options that are not an object', got: () => importing('./data.json', ', 1'), expected: 'TypeError undefined The second argument to import() must be an object' },
    { name: 'attributes that are not an object', got: () => importing('./data.json', ', { with: 1 }'), expected: "TypeError undefined The 'assert' option must be an object" },
    { name: 'an attribute value that is not a string', got: () => importing('./data.json', ', { with: { type: 1 } }'), expected: 'TypeError undefined Import assertion value must be a string' },
  ];
  for (const c of cases) it(c.name, () => assert.equal(c.got(), c.expected));
});

describe('engine: when import() settles, and an unsettled top-level await', () => {
  it('takes Node 20\'s number of promise jobs for each kind of module', () => {
    const { lines } = run([
      "import './plain.mjs';",
      'let n = 0; const step = (k) => { if (k <= 20) Promise.resolve().then(() => { n = k; step(k + 1); }); }; step(1);',
      "const at = (what) => () => console.log(what, n);",
      "import('./plain.mjs').then(at('loaded'));",
      "import('node:path').then(at('new core'));",
      "import('./lib.js').then(at('new CommonJS'));",
      "import('./none.mjs').catch(at('not found'));",
      "import('./data.json', { with: { type: 'json' } }).then(at('new JSON (read as I/O)'));",
    ].join('\n'));
    assert.deepEqual(lines, ['not found 4', 'loaded 8', 'new core 16', 'new CommonJS 16', 'new JSON (read as I/O) 20']);
  });

  it('a main module whose top-level await never settles ends with exit code 13', () => {
    assert.deepEqual(run('await new Promise(() => {});').outcome, { kind: 'completed', exitCode: 13 });
    assert.deepEqual(run('process.exitCode = 2; await new Promise(() => {});').outcome, { kind: 'completed', exitCode: 2 });
    assert.deepEqual(run('await new Promise((r) => setTimeout(r, 5));').outcome, { kind: 'completed', exitCode: 0 });
  });
});
