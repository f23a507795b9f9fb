// Two engine contracts: positions (acorn's 0-based columns are 1-based from
// engine/parse/position.ts on) and the special slots every function scope starts with.
import assert from 'node:assert/strict';
import { FunctionCode } from '../../engine/bytecode/code';
import { compileProgram } from '../../engine/compile/program';
import { FUNCTION_NAME, NEW_TARGET_NAME, SpecialSlot, THIS_NAME, hasThisBinding } from '../../engine/env/specialSlots';
import { GlassboxSyntaxError } from '../../engine/errors/internal';
import { parseProgram } from '../../engine/parse/parse';
import { type Column1, EMPTY_RANGE, FIRST_POSITION, fromAcorn, rangeFromAcorn } from '../../engine/parse/position';

/** The functions nested in `code`, depth first, compiled (bodies are compiled lazily). */
function nested(code: FunctionCode): FunctionCode[] {
  return code.consts.filter((c): c is FunctionCode => c instanceof FunctionCode).flatMap((c) => [c.ensureCompiled(), ...nested(c)]);
}

describe('source positions', () => {
  it('a node of the second line, indented by two, starts at column 3', () => {
    const program = parseProgram('let x = 1;\n  f(x);', { fileName: 't.js' });
    const call = program.body[1];
    assert.equal(call.loc.start.column, 2, "acorn's column");
    assert.deepEqual(fromAcorn(call.loc.start), { line: 2, column: 3 });
    assert.deepEqual(rangeFromAcorn(call.loc), { line: 2, column: 3, endLine: 2, endColumn: 8 });
  });

  it('compiled ranges and syntax errors are 1-based', () => {
    const [f] = nested(compileProgram('  function f() {}', 't.js'));
    assert.deepEqual(f.range, { line: 1, column: 3, endLine: 1, endColumn: 18 });
    assert.throws(() => compileProgram('let a;\n let a;', 't.js'), (e) => e instanceof GlassboxSyntaxError && e.line === 2 && e.column === 6);
  });

  it('the place for code with no source is 1:1', () => {
    assert.deepEqual(FIRST_POSITION, { line: 1, column: 1 });
    assert.deepEqual(EMPTY_RANGE, { line: 1, column: 1, endLine: 1, endColumn: 1 });
  });

  it('the types refuse a column that is already 1-based', () => {
    // @ts-expect-error a SourcePosition went through fromAcorn once already
    const twice = () => fromAcorn(FIRST_POSITION);
    // @ts-expect-error a plain number is not a Column1: only engine/parse/position.ts makes one
    const raw: Column1 = 1;
    assert.equal(typeof twice, 'function');
    assert.equal(raw, 1);
  });
});

describe('special slots', () => {
  it('a function, the module and an arrow: this, the function and new.target come first, an arrow has none', () => {
    const program = compileProgram('function f(a) { return () => a; }', 't.js');
    const [f, arrow] = nested(program);
    for (const code of [program, f]) {
      const names = code.scope.names;
      assert.deepEqual([names[SpecialSlot.This], names[SpecialSlot.Function], names[SpecialSlot.NewTarget]], [THIS_NAME, FUNCTION_NAME, NEW_TARGET_NAME]);
      assert.ok(hasThisBinding(code.scope));
    }
    assert.equal(arrow.isArrow, true);
    assert.equal(hasThisBinding(arrow.scope), false);
  });
});
