// The CommonJS loader: Node's resolution of a file or package request over the host's reads
// (table of requests against an in-memory folder), and `require` in a running agent: the sandbox's
// error for a path outside the program's folder, no reader, and Node's argument checks.
// Whole programs are compared with node in test/fixtures/commonjs/.
import assert from 'node:assert/strict';
import { createAgent, type ConsoleEvent, type FileRead, type RunOutcome } from '../../engine';
import { resolveFile, resolvePackage, resolvePath, type Resolution } from '../../engine/realm/moduleResolve';

const ROOT = '/work/app';
const MAIN = `${ROOT}/main.js`;

/** The program's folder as a host would read it: files by path, `outside` above ROOT. */
const FILES: Record<string, string> = {
  [`${ROOT}/math.js`]: 'exports.add = (a, b) => a + b;',
  [`${ROOT}/data.json`]: '{"n": 1}',
  [`${ROOT}/plain`]: 'module.exports = "no extension";',
  [`${ROOT}/lib/index.js`]: 'module.exports = "lib index";',
  [`${ROOT}/pkg/package.json`]: '{"main": "src/entry"}',
  [`${ROOT}/pkg/src/entry.js`]: 'module.exports = "pkg main";',
  [`${ROOT}/badpkg/package.json`]: '{"main": "gone.js"}',
  [`${ROOT}/badpkg/index.js`]: 'module.exports = "badpkg index";',
  [`${ROOT}/escape/package.json`]: '{"main": "../../secret.js"}',
  [`${ROOT}/both.js`]: 'module.exports = "both.js";',
  [`${ROOT}/both/index.js`]: 'module.exports = "both/index.js";',
  [`${ROOT}/index.js`]: 'module.exports = "the folder\'s index";',
  [`${ROOT}/node_modules/greet/package.json`]: '{"main": "lib/greet.js"}',
  [`${ROOT}/node_modules/greet/lib/greet.js`]: 'module.exports = "greet";',
  [`${ROOT}/node_modules/greet/extra.js`]: 'module.exports = "extra";',
  [`${ROOT}/node_modules/@scope/tool/index.js`]: 'module.exports = "tool";',
  [`${ROOT}/node_modules/modern/package.json`]: '{"exports": "./index.js"}',
  [`${ROOT}/node_modules/modern/index.js`]: 'module.exports = "modern";',
};

function read(path: string): FileRead {
  if (path !== ROOT && !path.startsWith(`${ROOT}/`)) return { kind: 'outside', root: ROOT };
  const source = FILES[path];
  return source === undefined ? { kind: 'missing' } : { kind: 'file', source };
}

describe('engine: Node\'s resolution of a file request', () => {
  const cases: { request: string; from?: string; found?: string; outside?: string }[] = [
    { request: './math.js', found: `${ROOT}/math.js` },
    { request: './math', found: `${ROOT}/math.js` },
    { request: './data', found: `${ROOT}/data.json` },
    { request: './plain', found: `${ROOT}/plain` },
    { request: './lib', found: `${ROOT}/lib/index.js` },
    { request: './lib/', found: `${ROOT}/lib/index.js` },
    { request: './pkg', found: `${ROOT}/pkg/src/entry.js` },
    { request: './badpkg', found: `${ROOT}/badpkg/index.js` },
    { request: './both', found: `${ROOT}/both.js` },
    { request: './both/', found: `${ROOT}/both/index.js` },
    { request: '..', from: `${ROOT}/lib`, found: `${ROOT}/index.js` },
    { request: '../math', from: `${ROOT}/lib`, found: `${ROOT}/math.js` },
    { request: `${ROOT}/math`, from: '/elsewhere', found: `${ROOT}/math.js` },
    { request: './nothing' },
    { request: '../secret.js', outside: '/work/secret.js' },
    { request: './escape', outside: '/work/secret.js' },
  ];
  for (const c of cases) {
    const from = c.from ?? ROOT;
    it(`${c.request} from ${from}: ${c.found ?? c.outside ?? 'nothing'}`, () => {
      const r = resolveFile(read, c.request, from);
      if (c.found !== undefined) assert.deepEqual(r, { kind: 'file', path: c.found, source: FILES[c.found] });
      else if (c.outside !== undefined) assert.deepEqual(r, { kind: 'outside', path: c.outside, root: ROOT });
      else assert.deepEqual(r, { kind: 'missing' });
    });
  }

  const packages: { request: string; from: string; expected: Resolution }[] = [
    { request: 'greet', from: `${ROOT}/lib/deep`, expected: { kind: 'file', path: `${ROOT}/node_modules/greet/lib/greet.js`, source: 'module.exports = "greet";' } },
    { request: 'greet/extra', from: ROOT, expected: { kind: 'file', path: `${ROOT}/node_modules/greet/extra.js`, source: 'module.exports = "extra";' } },
    { request: '@scope/tool', from: ROOT, expected: { kind: 'file', path: `${ROOT}/node_modules/@scope/tool/index.js`, source: 'module.exports = "tool";' } },
    { request: 'modern', from: ROOT, expected: { kind: 'file', path: `${ROOT}/node_modules/modern/index.js`, source: 'module.exports = "modern";' } },
    { request: 'absent', from: `${ROOT}/lib`, expected: { kind: 'missing' } },
  ];
  for (const c of packages) {
    it(`package ${c.request} from ${c.from}: ${c.expected.kind}`, () => assert.deepEqual(resolvePackage(read, c.request, c.from), c.expected));
  }

  it('looks for packages in node_modules folders up to the program\'s folder, not above it', () => {
    const asked: string[] = [];
    resolvePackage((p) => { asked.push(p); return read(p); }, 'absent', `${ROOT}/lib`);
    // Above the program's folder only the first read of each search, which the host answers `outside`.
    const stops = ['/work/node_modules/absent/package.json', '/work/package.json'];
    assert.ok(asked.every((p) => p.startsWith(`${ROOT}/`) || stops.includes(p)), asked.join('\n'));
    assert.equal(asked.at(-1), '/work/node_modules/absent/package.json');
  });

  it('resolves paths as path.posix.resolve does', () => {
    assert.equal(resolvePath('/a/b', '../../../x/./y//z'), '/x/y/z');
    assert.equal(resolvePath('/a', '/abs/../p'), '/p');
  });
});

/** Runs `source` as MAIN with `readFile` and returns its console lines and its outcome. */
function run(source: string, readFile?: (path: string) => FileRead): { lines: string[]; outcome: RunOutcome } {
  const lines: string[] = [];
  const onConsole = (e: ConsoleEvent) => lines.push(e.text);
  const outcome = createAgent(source, { fileName: MAIN, modulePath: MAIN, readFile, onConsole }).runToEnd();
  return { lines, outcome };
}

const caught = (request: string) => `try { require(${request}); } catch (e) { console.log(e.code + ' | ' + e.message); }`;

describe('engine: require in a running program', () => {
  const cases: { name: string; source: string; lines: string[] }[] = [
    { name: 'a file and a JSON file through the reader', source: 'console.log(require("./math").add(1, 2), require("./data").n)', lines: ['3 1'] },
    {
      name: 'a path outside the program\'s folder: ERR_GLASSBOX_SANDBOX naming the rule',
      source: caught('"../secret.js"'),
      lines: [`ERR_GLASSBOX_SANDBOX | Cannot require '../secret.js' from ${MAIN}: /work/secret.js is outside the program's folder ${ROOT}. Glassbox reads only files in the program's folder and below.`],
    },
    { name: 'a file the reader does not have: MODULE_NOT_FOUND', source: caught('"./nothing"'), lines: [`MODULE_NOT_FOUND | Cannot find module './nothing'\nRequire stack:\n- ${MAIN}`] },
    { name: 'a package of node_modules', source: 'console.log(require("greet"), require("@scope/tool"))', lines: ['greet tool'] },
    { name: 'a package name not installed: MODULE_NOT_FOUND', source: caught('"lib"'), lines: [`MODULE_NOT_FOUND | Cannot find module 'lib'\nRequire stack:\n- ${MAIN}`] },
    { name: 'node: with a name Node lacks: ERR_UNKNOWN_BUILTIN_MODULE', source: caught('"node:nope"'), lines: ['ERR_UNKNOWN_BUILTIN_MODULE | No such built-in module: node:nope'] },
    { name: 'a specifier that is not a string: ERR_INVALID_ARG_TYPE', source: caught('7'), lines: ['ERR_INVALID_ARG_TYPE | The "id" argument must be of type string. Received type number (7)'] },
    { name: 'an empty specifier: ERR_INVALID_ARG_VALUE', source: caught('""'), lines: ["ERR_INVALID_ARG_VALUE | The argument 'id' must be a non-empty string. Received ''"] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const r = run(c.source, read);
      assert.equal(r.outcome.kind, 'completed');
      assert.deepEqual(r.lines, c.lines);
    });
  }

  it('without a reader a file request ends the run as unsupported', () => {
    const r = run('require("./math")');
    assert.equal(r.outcome.kind, 'unsupported');
    assert.match((r.outcome as { report: string }).report, /require\('\.\/math'\)/);
  });

  it('a package whose package.json has "exports" is loaded through it', () => {
    const r = run('console.log(require("modern"))', read);
    assert.equal(r.outcome.kind, 'completed');
    assert.deepEqual(r.lines, ['modern']);
  });

  it('asks the reader once per path however often the program requires it', () => {
    const asked: string[] = [];
    const counting = (p: string) => { asked.push(p); return read(p); };
    run('require("./math"); require("./math"); require("./math.js")', counting);
    // The package.json reads say whether a .js file is an ES module (the main one's first, then remembered).
    assert.deepEqual(asked, [`${ROOT}/package.json`, '/work/package.json', `${ROOT}/math`, `${ROOT}/math.js`, `${ROOT}/math`, `${ROOT}/math.js`, `${ROOT}/math.js`]);
  });
});
