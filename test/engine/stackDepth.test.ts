// Every function compiled from the fixtures, examples and test programs, checked against
// the opcode table: operands fit their kinds and the stack depth is consistent on all paths.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FunctionCode } from '../../engine/bytecode/code';
import { OP_NAMES } from '../../engine/bytecode/opcodes';
import { allCode } from '../../engine/bytecode/walk';
import { compileDirectEval, compileProgram } from '../../engine/compile/program';
import { Env } from '../../engine/env/env';
import { ScopeInfo } from '../../engine/env/scope';
import { GlassboxSyntaxError } from '../../engine/errors/internal';
import { Run } from '../../engine/run';
import { verifyBytecode } from '../helpers/verifyBytecode';

const root = join(__dirname, '../..');
const DIRS = ['test/fixtures', 'examples', 'test/adapter/programs', 'test/bench/programs'];

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => join(e.parentPath, e.name));
}

/** Each file as Node runs it and as a Script; files that are meant not to compile are left out. */
function compileBoth(file: string): FunctionCode[] {
  const source = readFileSync(file, 'utf8');
  return (['module', 'script'] as const).flatMap((mode) => {
    try { return [compileProgram(source, file, mode)]; } catch (e) { if (e instanceof GlassboxSyntaxError) return []; throw e; }
  });
}

/** Sloppy direct eval code: the only code with EvalDeclare and InitVar. */
function directEval(): FunctionCode {
  const caller = new Env(new ScopeInfo('function'), [], null);
  const site = { inMethod: false, inInitializer: false, inDerivedConstructor: false };
  return compileDirectEval('var v = 1 != 2; function g() {} { function h() {} }', 'eval', caller, false, site);
}

/** Runs up to 300,000 instructions, waiting only for timers due within 5 ms (some fixtures busy-wait for seconds). */
function runBriefly(run: Run): void {
  for (let slice = 0; slice < 12; slice++) {
    const r = run.step(25_000);
    if (r === 'done' || r === 'uncaught' || r === 'fatal' || (r === 'waiting' && run.msUntilNextTimer() > 5)) return;
    if (r === 'waiting') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(1, run.msUntilNextTimer()));
  }
}

describe('bytecode stack depth', () => {
  /** Opcodes the simulation went through. */
  const reached = new Set<number>();
  /** Problems in `programs` and the functions nested in them. */
  function check(programs: FunctionCode[], label: (program: number) => string): string[] {
    return programs.flatMap((program, n) => [...allCode(program)].flatMap((code) => {
      return verifyBytecode(code, reached).problems.map((p) => `${label(n)}: ${p}`);
    }));
  }

  for (const dir of DIRS) {
    it(`holds for every function compiled from ${dir}`, () => {
      const files = jsFiles(join(root, dir));
      const programs = files.flatMap((f) => compileBoth(f).map((code) => ({ f, code })));
      assert.ok(programs.length >= files.length);
      const problems = check(programs.map((p) => p.code), (n) => `${programs[n].f.slice(root.length + 1)} (${programs[n].code.kind})`);
      assert.deepEqual(problems.slice(0, 20), []);
    });
  }

  it('holds for sloppy direct eval code', () => {
    assert.deepEqual(check([directEval()], () => 'eval'), []);
  });

  it('matches the depth the interpreter reaches at every step point of the examples and fixtures', () => {
    const depths = new WeakMap<FunctionCode, Map<number, number>>();
    const mismatches: string[] = [];
    let steps = 0;
    for (const file of [...jsFiles(join(root, 'examples')), ...jsFiles(join(root, 'test/fixtures'))]) {
      let run: Run;
      try { run = new Run(readFileSync(file, 'utf8'), { fileName: file, onConsole: () => {} }); } catch (e) { if (e instanceof GlassboxSyntaxError) continue; throw e; }
      run.machine.onStep = (f, _kind, pc) => {
        steps++;
        let depth = depths.get(f.code);
        if (depth === undefined) depths.set(f.code, (depth = verifyBytecode(f.code).depth));
        if (depth.get(pc) !== f.stack.length) mismatches.push(`${file.slice(root.length + 1)} ${f.code.name || '(anonymous)'}@${pc}: ${depth.get(pc)} expected, ${f.stack.length} on the stack`);
        return false;
      };
      runBriefly(run);
    }
    assert.ok(steps > 10_000);
    assert.deepEqual(mismatches.slice(0, 20), []);
  });

  it('went through every opcode of the table (so every row was checked)', function () {
    if (reached.size === 0) this.skip(); // run alone with -g
    assert.deepEqual(OP_NAMES.filter((_, op) => !reached.has(op)), []);
  });
});
