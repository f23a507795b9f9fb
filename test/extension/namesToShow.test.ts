// Inline values: which names the editor asks the debugger about at a stop (pure logic).
import { strict as assert } from 'node:assert';
// eslint-disable-next-line @typescript-eslint/no-restricted-imports -- tests import the code they test
import { namesToShow } from '../../extension/inlineValues/namesToShow';

/** `name@line` for each spot (0-based lines), in order. */
function names(source: string, line: number, column = 0, lastLine = line): string[] {
  return namesToShow(source, { line, column }, lastLine).map((s) => `${s.name}@${s.line}`);
}

describe('inline values: namesToShow', () => {
  const program = [
    /* 0 */ 'var a = 1;',
    /* 1 */ 'console.log(b);',
    /* 2 */ 'let b = a + 1;',
    /* 3 */ 'function add(x, y) {',
    /* 4 */ '  const sum = x + y + a;',
    /* 5 */ '  return sum;',
    /* 6 */ '}',
    /* 7 */ 'const c = add(a, b);',
  ].join('\n');

  it('names declared or used up to the stop line, built-ins left out', () => {
    assert.deepEqual(names(program, 2), ['a@0', 'b@1', 'b@2', 'a@2']);
  });

  it('in the global code, a nested function gives only its name', () => {
    assert.deepEqual(names(program, 7), ['a@0', 'b@1', 'b@2', 'a@2', 'add@3', 'c@7', 'add@7', 'a@7', 'b@7']);
  });

  it('inside a function, its parameters and locals (and the outer names it uses)', () => {
    assert.deepEqual(names(program, 5, 2), ['x@3', 'y@3', 'sum@4', 'x@4', 'y@4', 'a@4', 'sum@5']);
  });

  it('at a creation-phase stop on the function itself, only the header line', () => {
    assert.deepEqual(names(program, 3, 0), ['x@3', 'y@3']);
  });

  it('skips property names, labels and object keys but keeps computed keys and shorthand values', () => {
    const src = 'const k = "p";\nconst o = { k, p: k, [k]: 1 };\nouter: for (const i of [1]) { o.p = o[k] + i; break outer; }';
    assert.deepEqual(names(src, 2), ['k@0', 'o@1', 'k@1', 'i@2', 'o@2', 'k@2']);
  });

  it('counts destructuring, catch parameters, classes and sloppy globals as declarations', () => {
    const src = 'const { p, q: [r] = [], ...s } = {};\ntry { g = 1; } catch ({ message }) { message; }\nclass K extends Array {}\np; r; s; g; K;';
    assert.deepEqual(names(src, 3), ['p@0', 'r@0', 's@0', 'g@1', 'message@1', 'K@2', 'p@3', 'r@3', 's@3', 'g@3', 'K@3']);
  });

  it('uses the last line of a multi-line stop', () => {
    assert.deepEqual(names('let m = [\n  1,\n];\nm;', 0, 0, 2), ['m@0']);
  });

  it('shows nothing for a file that does not parse (mid-edit)', () => {
    assert.deepEqual(names('let x = ;', 0), []);
  });

  it('reports 0-based columns where each name is written', () => {
    assert.deepEqual(namesToShow('let  value = 1;', { line: 0, column: 0 }), [{ name: 'value', line: 0, column: 5 }]);
  });
});
