// Running out of host stack, on the host's main thread (about 1 MB): at compile entry it is
// Node's RangeError with a location; in a built-in it is a RangeError the program catches.
// Expected outputs are node 20's for the same programs.
import assert from 'node:assert/strict';
import { createRun } from '../../engine';
import { compileProgram } from '../../engine/compile/program';
import { parseProgram } from '../../engine/parse/parse';
import { deepPrograms } from '../helpers/bigPrograms';
import { evaluateValue } from '../helpers/pausedRun';

/** Runs `source` in this process; console output joined by lines, and how it ended. */
function run(source: string): string {
  const out: string[] = [];
  const outcome = createRun(source, { fileName: 'deep.js', onConsole: (e) => out.push(e.text) }).runToEnd();
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
    const r = createRun('const a = { n: 1 };\na.b = a;\nconsole.log(a.n);', { fileName: 'deep.js' });
    const dbg = r.attachDebugger(true);
    assert.equal(r.step(), 'paused');
    assert.deepEqual(dbg.evaluate(`a${'.b'.repeat(100_000)}.n`), { ok: false, error: 'RangeError: Maximum call stack size exceeded' });
    assert.deepEqual(evaluateValue(dbg, '6 * 7'), { ok: true, value: 42 });
  });

  it('JSON.parse needs no host recursion: 50,000 levels parse', () => {
    assert.equal(run("const v = JSON.parse('['.repeat(5e4) + ']'.repeat(5e4));\nlet d = 0;\nfor (let a = v; Array.isArray(a); a = a[0]) d++;\nconsole.log(d);"), '50000');
  });
});
