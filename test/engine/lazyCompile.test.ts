// Lazy compilation (compile/lazyBody.ts): a function's body is compiled on its first call.
// Programs behave as Node runs them, the bytecode is the eager compiler's, what the compiler
// refuses is still reported before the run, and the debugger finds never-called code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAgent } from '../../engine';
import type { FunctionCode } from '../../engine/bytecode/code';
import { disassemble } from '../../engine/bytecode/disassemble';
import { allCode } from '../../engine/bytecode/walk';
import { compileProgram } from '../../engine/compile/program';
import { GlassboxSyntaxError } from '../../engine/errors/internal';
import { jsFiles } from '../helpers/jsFiles';

/** What the program prints. */
function run(source: string): string[] {
  const lines: string[] = [];
  createAgent(source, { fileName: 't.js', onConsole: (e) => lines.push(e.text) }).runToEnd();
  return lines;
}

/** Each source with what `node` prints for it. */
const behaviours: [string, string, string[]][] = [
  ['hoisting inside a lazy body', `console.log(early());
function early() { return inner() + later; function inner() { return 'hoisted '; } var later = 'x'; }`, ['hoisted undefined']],
  ['closures over a lazy body', `function counter() { let n = 0; return { inc: () => ++n, get: function () { return n; } }; }
const c = counter(); c.inc(); c.inc();
console.log(c.get(), counter().get());`, ['2 0']],
  ['the TDZ', `function tdz() { try { return x; } catch (e) { return e.name + ': ' + e.message; } finally {} let x = 1; }
console.log(tdz());`, ["ReferenceError: Cannot access 'x' before initialization"]],
  ['mapped arguments and an arrow\'s', `function mapped(a, b) { arguments[0] = 'changed'; b = 'B'; return [a, arguments[1], arguments.length].join(); }
const arrow = function () { return (() => arguments[0])(); };
console.log(mapped(1, 2, 3), arrow('outer'));`, ['changed,B,3 outer']],
  ['generators and async functions', `function* gen(n) { for (let i = 0; i < n; i++) yield i * 2; }
async function later(v) { await null; return v + 1; }
console.log([...gen(3)]);
later(41).then((v) => console.log('async', v));`, ['[ 0, 2, 4 ]', 'async 42']],
  ['classes: fields, private names, super', `class Shape { #id = 7; constructor(name) { this.name = name; } describe() { return \`\${this.name} #\${this.#id}\`; } static make() { return new Square(); } }
class Square extends Shape { constructor() { super('square'); } describe() { return 'a ' + super.describe(); } }
console.log(Shape.make().describe());`, ['a square #7']],
  ['direct eval in sloppy and strict bodies', `function withEval(a) { var b = 2; eval('var c = a + b'); return c; }
function strictEval() { 'use strict'; eval('var hidden = 1'); return typeof hidden; }
console.log(withEval(1), strictEval());`, ['3 undefined']],
  ['nested functions, a named function expression', `function outer(x) { return function middle(y) { return (z) => function innermost() { return [x, y, z, typeof middle]; }; }; }
console.log(outer(1)(2)(3)().join());`, ['1,2,3,function']],
  ['toString, length and name of a never-called function', `function neverCalled(a, b = 2) { return a + b; }
const fact = function f(n) { return n <= 1 ? 1 : n * f(n - 1); };
console.log(neverCalled.toString(), neverCalled.length, fact(5), fact.name);`, ['function neverCalled(a, b = 2) { return a + b; } 1 120 f']],
  ['stack traces through lazy bodies', `function thrower() { throw new Error('boom'); }
function caller() { return thrower(); }
try { caller(); } catch (e) { console.log(e.stack.split('\\n').slice(0, 3).join('|')); }`, ['Error: boom|    at thrower (t.js:1:28)|    at caller (t.js:2:28)']],
];

/** The disassembly and the other fields of every function, or the compile error. */
function compiled(source: string, mode: 'module' | 'script', lazy: boolean): string {
  try {
    const program = compileProgram(source, 'f.js', mode, lazy);
    const fields = [...allCode(program, true)].map((c) => JSON.stringify([
      c.name, c.kind, c.range, c.strict, c.isGenerator, c.isAsync, c.usesArguments, c.hasSimpleParams, c.ownThis, c.length,
      c.paramNames, c.paramSlots, c.sourceText, c.scope.kind, c.scope.names, c.scope.kinds, c.scope.dynamic, c.scope.paramScope, c.selfScope?.names,
    ]));
    return `${disassemble(program)}\n${fields.join('\n')}`;
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

/** The functions nested in `program`, without compiling any. */
function compiledSoFar(program: FunctionCode): Map<string, boolean> {
  return new Map([...allCode(program)].slice(1).map((c) => [c.name, c.pendingBody === null]));
}

describe('lazy compilation', () => {
  for (const [what, source, expected] of behaviours) {
    it(`runs as Node does: ${what}`, () => {
      assert.deepEqual(run(source), expected);
    });
    it(`compiles to the eager compiler's bytecode: ${what}`, () => {
      for (const mode of ['module', 'script'] as const) assert.equal(compiled(source, mode, true), compiled(source, mode, false));
    });
  }

  for (const dir of ['test/fixtures', 'examples', 'test/adapter/programs']) {
    it(`compiles every program of ${dir} to the eager compiler's bytecode, as a CommonJS file and as a Script`, () => {
      const differ = jsFiles(join(__dirname, '../..', dir)).filter((f) => {
        const source = readFileSync(f, 'utf8');
        return (['module', 'script'] as const).some((mode) => compiled(source, mode, true) !== compiled(source, mode, false));
      });
      assert.deepEqual(differ, []);
    });
  }

  it('leaves a body uncompiled until its first call', () => {
    const agent = createAgent('function called() { return 1; }\nfunction never() { return 2; }\ncalled();', { fileName: 't.js' });
    const program = (agent as unknown as { program: FunctionCode }).program;
    assert.deepEqual([...compiledSoFar(program)], [['called', false], ['never', false]]);
    agent.runToEnd();
    assert.deepEqual([...compiledSoFar(program)], [['called', true], ['never', false]]);
  });

  /** Sources whose refusal is in a never-called body, with the eager compiler's report. */
  const refusals: [string, string][] = [
    ['super.x as a destructuring target', `console.log('ran');\nclass A { m() { [super.x] = [1]; } }`],
    ['super.x as an object pattern target', `console.log('ran');\nclass A { m() { ({ a: super.x } = {}); } }`],
    ['super.x as a for-of target', `console.log('ran');\nclass A { m() { for (super.x of []) ; } }`],
    ['a redeclared let (acorn)', `console.log('ran');\nfunction f() { let a; { } let a; }`],
    ['a break outside a loop (acorn)', `console.log('ran');\nfunction f() { break; }`],
    ['an undeclared private name (acorn)', `console.log('ran');\nclass A { m() { return this.#nope; } }`],
  ];
  for (const [what, source] of refusals) {
    it(`reports before the run what the compiler refuses in a never-called body: ${what}`, () => {
      const eager = (() => { try { compileProgram(source, 't.js', 'module', false); } catch (e) { return e; } })();
      assert.ok(eager instanceof GlassboxSyntaxError, 'the eager compiler refuses it');
      assert.throws(() => compileProgram(source, 't.js'), (e) => e instanceof GlassboxSyntaxError && e.message === eager.message && e.line === eager.line && e.column === eager.column && e.constructor === eager.constructor);
      assert.throws(() => run(source), (e) => e instanceof GlassboxSyntaxError && e.message === eager.message, 'the program does not start');
    });
  }

  it('places a breakpoint in a never-called function and in one nested in it, and stops there', () => {
    const source = [
      'function outer(n) {', //            1
      '  const twice = (m) => {', //       2
      '    return m * 2;', //              3
      '  };', //                           4
      '  return twice(n) + 1;', //         5
      '}', //                              6
      'console.log(outer(20));', //        7
    ].join('\n');
    const agent = createAgent(source, { fileName: 't.js' });
    const dbg = agent.attachDebugger(false);
    const placed = dbg.setBreakpoints([{ line: 3 }, { line: 5 }]);
    assert.deepEqual(placed.map((p) => [p.verified, p.line]), [[true, 3], [true, 5]]);
    const stops: string[] = [];
    for (let guard = 0; guard < 100; guard++) {
      const r = agent.step();
      if (r === 'paused') { stops.push(`${dbg.frames()[0].name}:${dbg.frames()[0].line}`); dbg.continue(); continue; }
      if (r === 'done') break;
    }
    assert.deepEqual(stops, ['outer:5', 'twice:3']);
  });

  it('moves a breakpoint on a blank line to the creation phase of the never-called function after it', () => {
    const source = 'let a = 1;\n\nfunction later() {\n  return a;\n}\nlater();';
    const agent = createAgent(source, { fileName: 't.js' });
    const placed = agent.attachDebugger(false).setBreakpoints([{ line: 2 }]);
    assert.deepEqual(placed.map((p) => [p.verified, p.line, p.column]), [[true, 3, 1]]);
  });

  it('places a breakpoint while paused in a function a call compiled after the first breakpoints were placed', () => {
    const source = [
      'function first() {', //            1
      '  return second() + 1;', //        2
      '}', //                             3
      'function second() {', //           4
      '  const inner = () => 40;', //     5
      '  return inner() + 1;', //         6
      '}', //                             7
      'first();', //                      8
      'first();', //                      9
    ].join('\n');
    const agent = createAgent(source, { fileName: 't.js' });
    const dbg = agent.attachDebugger(false);
    dbg.setBreakpoints([{ line: 9 }]);
    assert.equal(agent.step(), 'paused');
    assert.equal(dbg.frames()[0].line, 9);
    // first, second and inner were compiled by the calls on line 8.
    assert.deepEqual(dbg.setBreakpoints([{ line: 5 }, { line: 6 }]).map((p) => [p.verified, p.line]), [[true, 5], [true, 6]]);
    dbg.continue();
    assert.equal(agent.step(), 'paused');
    assert.deepEqual(dbg.frames().map((f) => `${f.name}:${f.line}`), ['second:5', 'first:2', '(global):9']);
  });

  it('finds a function breakpoint by the name of a function nested in a never-called one', () => {
    const agent = createAgent('function outer() {\n  function inner() { return 1; }\n  return inner();\n}\nouter();', { fileName: 't.js' });
    const dbg = agent.attachDebugger(false);
    assert.deepEqual(dbg.setFunctionBreakpoints(['inner']).map((p) => [p.verified, p.line]), [[true, 2]]);
    assert.equal(agent.step(), 'paused');
    assert.equal(dbg.frames()[0].name, 'inner');
  });

  it('disassembles never-called functions (compiling them for it)', () => {
    const text = disassemble(compileProgram('function never() { return 42; }', 't.js'));
    assert.match(text, /== never \(normal\) ==[\s\S]*Return/);
  });
});
