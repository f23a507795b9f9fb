// Running out of host stack, on the host's main thread (about 1 MB): at compile entry it is
// Node's RangeError with a location; in a built-in's deep walk it is a RangeError the program
// catches; anywhere else it is an engine bug.
// Expected outputs are node 20's for the same programs.
import assert from 'node:assert/strict';
import { createAgent } from '../../engine';
import { compileProgram } from '../../engine/compile/program';
import { parseProgram } from '../../engine/parse/parse';
import { deepPrograms } from '../helpers/bigPrograms';
import { evaluateValue } from '../helpers/pausedRun';
import { atBuiltinBoundary } from '../../engine/errors/hostStack';
import { GlassboxInternalError, JSThrow } from '../../engine/errors/internal';

/** Runs `source` in this process; console output joined by lines, and how it ended. */
function run(source: string): string {
  const out: string[] = [];
  const outcome = createAgent(source, { fileName: 'deep.js', onConsole: (e) => out.push(e.text) }).runToEnd();
  if (outcome.kind === 'uncaught') out.push(`uncaught: ${outcome.report.split('\n')[0]}`);
  return out.join('\n');
}

const overflow = { name: 'RangeError', message: 'Maximum call stack size exceeded' };
// 30,000 levels: far past what a built-in can follow on a 1 MB host stack.
const nest = (n: number) => `let x = 1;\nfor (let i = 0; i < ${n}; i++) x = [x];\n`;

describe('host stack overflow', function () {
  this.timeout(60_000);

  it('while parsing: RangeError at the innermost token reached', () => {
    assert.throws(() => parseProgram(deepPrograms.arrays(100_000), { fileName: 'deep.js' }), (e: Error & { fileName: string; line: number; column: number }) => {
      assert.deepEqual({ name: e.name, message: e.message, fileName: e.fileName, line: e.line }, { ...overflow, fileName: 'deep.js', line: 1 });
      assert.ok(e.column > 100 && e.column <= 100_011, `column ${e.column}`);
      return true;
    });
  });

  it('while compiling (the parser follows member chains in a loop): RangeError at the statement reached', () => {
    // Line 3 is `console.log(a.b.b...)`; the chain starts at column 13.
    assert.throws(() => compileProgram(deepPrograms.member(100_000), 'deep.js'), { ...overflow, fileName: 'deep.js', line: 3, column: 13 });
  });

  it('in eval and new Function: a RangeError the program catches', () => {
    const src = `const deep = '('.repeat(1e5) + '1' + ')'.repeat(1e5);
try { eval(deep); } catch (e) { console.log('eval', e instanceof RangeError, e.message); }
try { new Function(deep); } catch (e) { console.log('Function', e.name, e.message); }`;
    assert.equal(run(src), 'eval true Maximum call stack size exceeded\nFunction RangeError Maximum call stack size exceeded');
  });

  it('in JSON.stringify: a RangeError the program catches, from any caller', () => {
    const src = `${nest(30_000)}try { JSON.stringify(x); } catch (e) { console.log(e instanceof RangeError, e.message); }
console.log([x].map((v) => { try { return JSON.stringify(v); } catch (e) { return e.name; } }));
Promise.resolve(x).then(JSON.stringify).catch((e) => console.log('async', e.name));
console.log('after');`;
    assert.equal(run(src), "true Maximum call stack size exceeded\n[ 'RangeError' ]\nafter\nasync RangeError");
  });

  it('in structuredClone, join (String of nested arrays) and a JSON.parse reviver: a RangeError the program catches', () => {
    const walks = ['structuredClone(x)', 'String(x)', '[x].join()', 'x.toLocaleString()', "JSON.parse('['.repeat(3e4) + ']'.repeat(3e4), (k, v) => v)"];
    const src = `${nest(30_000)}for (const walk of [${walks.map((w) => `() => ${w}`).join(', ')}]) {
  try { walk(); console.log('no error'); } catch (e) { console.log(e.name); }
}`;
    assert.equal(run(src), walks.map(() => 'RangeError').join('\n'));
  });

  it('down a 30,000-long proxy chain (each proxy\'s target another proxy): a RangeError the program catches', () => {
    const ops = ['p.a', "'a' in p", 'p.b = 1', 'delete p.a', 'Object.keys(p)', 'Object.getPrototypeOf(p)'];
    const src = `let p = {};\nfor (let i = 0; i < 30000; i++) p = new Proxy(p, {});\nfor (const op of [${ops.map((o) => `() => ${o}`).join(', ')}]) {
  try { op(); console.log('no error'); } catch (e) { console.log(e.name); }
}`;
    assert.equal(run(src), ops.map(() => 'RangeError').join('\n'));
  });

  it('uncaught, it ends the program as Node does', () => {
    const out = run(`${nest(30_000)}console.log('before');\nJSON.stringify(x);\nconsole.log('never');`);
    assert.match(out, /^before\nuncaught: .*RangeError: Maximum call stack size exceeded$/);
  });

  it('in console.log with depth: null: Node\'s "Inspection interrupted" mark, and the program goes on', () => {
    const out = run(`${nest(30_000)}console.dir(x, { depth: null });\nconsole.log('after');`);
    assert.match(out, /\[Array: Inspection interrupted prematurely\. Maximum call stack size exceeded\.\]/);
    assert.ok(out.endsWith('\nafter'));
  });

  it('in a debugger evaluation: a RangeError result, and the session goes on', () => {
    const r = createAgent('const a = { n: 1 };\na.b = a;\nconsole.log(a.n);', { fileName: 'deep.js' });
    const dbg = r.attachDebugger(true);
    assert.equal(r.step(), 'paused');
    assert.deepEqual(dbg.evaluate(`a${'.b'.repeat(100_000)}.n`), { ok: false, error: 'RangeError: Maximum call stack size exceeded' });
    assert.deepEqual(evaluateValue(dbg, '6 * 7'), { ok: true, value: 42 });
  });

  it('JSON.parse needs no host recursion: 50,000 levels parse', () => {
    assert.equal(run("const v = JSON.parse('['.repeat(5e4) + ']'.repeat(5e4));\nlet d = 0;\nfor (let a = v; Array.isArray(a); a = a[0]) d++;\nconsole.log(d);"), '50000');
  });

  it('outside a deep walk, a host overflow is an engine bug carrying the host frames, never a RangeError', () => {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    let overflow: unknown;
    try { recurse(0); } catch (e) { overflow = e; }
    assert.ok(overflow instanceof RangeError);
    // No built-in is running on the host (no frames): the realm is not even needed.
    const bug = atBuiltinBoundary(undefined as never, overflow, []);
    assert.ok(bug instanceof GlassboxInternalError, String(bug));
    assert.equal(bug.cause, overflow);
    assert.match(bug.message, /^host stack overflow outside a deep walk\n\s+at recurse /);
    // Anything else crosses the boundary as it is.
    const other = new RangeError('Invalid array length');
    assert.equal(atBuiltinBoundary(undefined as never, other, []), other);
    const thrown = new JSThrow(1);
    assert.equal(atBuiltinBoundary(undefined as never, thrown, []), thrown);
  });

  it('a 30,000-long bound function chain runs as in Node: the engine unwraps it without host recursion', () => {
    const src = `let f = function (a, b) { return [this.k, a, b].join(); };
for (let i = 0; i < 30000; i++) f = f.bind(i === 0 ? { k: 'inner' } : { k: 'outer' }, ...(i < 2 ? [i] : []));
let C = class { constructor(a) { this.a = a; } };
for (let i = 0; i < 30000; i++) C = C.bind(null);
console.log(f(), new C(7).a);`;
    assert.equal(run(src), 'inner,0,1 7');
  });
});
