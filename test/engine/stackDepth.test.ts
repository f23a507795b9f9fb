// Every function compiled from the fixtures, examples and test programs, checked against
// the opcode table: operands fit their kinds and the stack depth is consistent on all paths.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FunctionCode } from '../../engine/bytecode/code';
import { FIRST_QUICKENED_OP, OP_NAMES } from '../../engine/bytecode/opcodes';
import { allCode } from '../../engine/bytecode/walk';
import { compileDirectEval, compileProgram } from '../../engine/compile/program';
import { compileModuleCode } from '../../engine/compile/moduleCode';
import { Env } from '../../engine/env/env';
import { ScopeInfo } from '../../engine/env/scope';
import { GlassboxSyntaxError } from '../../engine/errors/internal';
import { createAgent, type Agent, type EngineDebugger } from '../../engine';
import { Controller } from '../../engine/debug/controller';
import type { Frame } from '../../engine/vm/frame';
import { verifyBytecode } from '../helpers/verifyBytecode';
import { jsFiles } from '../helpers/jsFiles';

const root = join(__dirname, '../..');
const DIRS = ['test/fixtures', 'examples', 'test/adapter/programs', 'test/bench/programs'];

/** Each file as Node runs it and as a Script; files that are meant not to compile are left out. */
function compileBoth(source: string, file: string): FunctionCode[] {
  return (['module', 'script'] as const).flatMap((mode) => {
    try { return [compileProgram(source, file, mode)]; } catch (e) { if (e instanceof GlassboxSyntaxError) return []; throw e; }
  });
}

/** Sloppy direct eval code (the only code with EvalDeclare and InitVar), with ops no fixture has. */
const EVAL_SOURCE = 'var v = 1 != 2; function g() {} { function h() {} } debugger; v;';
/** Opcodes the fixtures lack or run once, inside a loop: a wrong effect breaks the loop's join. */
const RARE_PROGRAM = `let n = 0;\nfor (let i = 0; i < 2; i++) {\n  if (i != 1) n++;\n  debugger;\n  eval(${JSON.stringify(EVAL_SOURCE)});\n}\nconsole.log(n, v);\n`;

function directEval(): FunctionCode {
  const caller = new Env(new ScopeInfo('function'), [], null);
  const site = { inMethod: false, inInitializer: false, inDerivedConstructor: false };
  return compileDirectEval(EVAL_SOURCE, 'eval', caller, false, site);
}

/** [name, source] of the programs run with the depth checked at each step point. */
function programsToRun(): [string, string][] {
  const files = ['examples', 'test/fixtures'].flatMap((d) => jsFiles(join(root, d)));
  return [['rare.js', RARE_PROGRAM], ...files.map((f): [string, string] => [f.slice(root.length + 1), readFileSync(f, 'utf8')])];
}

/**
 * Runs up to 300,000 instructions, going on from `debugger` statements and waiting only
 * for timers due within 5 ms (some fixtures busy-wait for seconds).
 */
function runBriefly(run: Agent, dbg: EngineDebugger): void {
  for (let slice = 0; slice < 12; slice++) {
    const r = run.step(25_000);
    if (r === 'paused') { dbg.continue(); continue; }
    if (r === 'done' || r === 'uncaught' || r === 'fatal' || (r === 'waiting' && run.msUntilNextTimer() > 5)) return;
    if (r === 'waiting') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(1, run.msUntilNextTimer()));
  }
}

describe('bytecode stack depth', () => {
  /** Opcodes the simulation went through. */
  const reached = new Set<number>();
  /** Problems in `programs` and the functions nested in them. */
  function check(programs: FunctionCode[], label: (program: number) => string): string[] {
    return programs.flatMap((program, n) => [...allCode(program, true)].flatMap((code) => {
      return verifyBytecode(code, reached).problems.map((p) => `${label(n)}: ${p}`);
    }));
  }

  for (const dir of DIRS) {
    it(`holds for every function compiled from ${dir}`, () => {
      const files = jsFiles(join(root, dir));
      const programs = files.flatMap((f) => compileBoth(readFileSync(f, 'utf8'), f).map((code) => ({ f, code })));
      assert.ok(programs.length >= files.length);
      const problems = check(programs.map((p) => p.code), (n) => `${programs[n].f.slice(root.length + 1)} (${programs[n].code.kind})`);
      assert.deepEqual(problems.slice(0, 20), []);
    });
  }

  it('holds for every ES module (.mjs) of the fixtures and test programs', () => {
    const files = ['test/fixtures', 'test/adapter/programs'].flatMap((d) => jsFiles(join(root, d), '.mjs'));
    const modules = files.flatMap((f) => {
      try { return [{ f, code: compileModuleCode(readFileSync(f, 'utf8'), f).hoister }]; } catch (e) { if (e instanceof GlassboxSyntaxError) return []; throw e; }
    });
    assert.ok(modules.length >= 20, `only ${modules.length} modules`);
    assert.deepEqual(check(modules.map((m) => m.code), (n) => modules[n].f.slice(root.length + 1)).slice(0, 20), []);
  });

  it('holds for sloppy direct eval code and for the rarest opcodes in a loop', () => {
    assert.deepEqual(check([directEval(), ...compileBoth(RARE_PROGRAM, 'rare.js')], (n) => (n === 0 ? 'eval' : 'rare.js')), []);
  });

  it('matches the depth the interpreter reaches at every step point of the programs', function () {
    // Every fixture under a step hook: the stream fixtures run node:stream's JS too (~9 s alone without them, ~26 s with).
    this.timeout(90_000);
    const depths = new WeakMap<FunctionCode, Map<number, number>>();
    const mismatches: string[] = [];
    let steps = 0;
    let file = '';
    const original = Controller.prototype.onStep;
    const originalRewatch = Controller.prototype['rewatch'];
    // The debugger's step hook, made to see every step point: check the frame's stack there.
    Controller.prototype['rewatch'] = function (this: Controller) { this.watchesSteps = true; };
    Controller.prototype.onStep = function (this: Controller, f: Frame, kind: number, pc: number): boolean {
      steps++;
      let depth = depths.get(f.code);
      if (depth === undefined) depths.set(f.code, (depth = verifyBytecode(f.code).depth));
      if (depth.get(pc) !== f.stack.length) mismatches.push(`${file} ${f.code.name || '(anonymous)'}@${pc}: ${depth.get(pc)} expected, ${f.stack.length} on the stack`);
      return original.call(this, f, kind, pc);
    };
    try {
      for (const [name, source] of programsToRun()) {
        file = name;
        let run: Agent;
        try { run = createAgent(source, { fileName: name, onConsole: () => {} }); } catch (e) { if (e instanceof GlassboxSyntaxError) continue; throw e; }
        runBriefly(run, run.attachDebugger(false));
      }
    } finally {
      Controller.prototype.onStep = original;
      Controller.prototype['rewatch'] = originalRewatch;
    }
    assert.ok(steps > 10_000);
    assert.deepEqual(mismatches.slice(0, 20), []);
  });

  it('went through every opcode of the table (so every row was checked)', function () {
    if (reached.size === 0) this.skip(); // run alone with -g
    // Quickened opcodes exist only in optimized copies: test/engine/tier.test.ts checks their layout.
    assert.deepEqual(OP_NAMES.filter((_, op) => op < FIRST_QUICKENED_OP && !reached.has(op)), []);
  });
});
