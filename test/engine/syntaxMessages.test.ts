// Syntax errors in V8's words (engine/parse/syntaxMessages.ts): each row is a program and the
// message node 20 prints for it, with where Glassbox reports it (1-based line:column).
import assert from 'node:assert/strict';
import { parseProgram } from '../../engine/parse/parse';
import { GlassboxSyntaxError } from '../../engine/errors/internal';

const rows: [source: string, message: string, at: string][] = [
  ['function f() { await g(); }', 'await is only valid in async functions and the top level bodies of modules', '1:16'],
  ['function f() { let a = await 1; }', 'await is only valid in async functions and the top level bodies of modules', '1:24'],
  ['function f(...a, b) {}', 'Rest parameter must be last formal parameter', '1:16'],
  ['(...a, b) => 1', 'Rest parameter must be last formal parameter', '1:6'],
  ['({ m(...a, b) {} })', 'Rest parameter must be last formal parameter', '1:10'],
  ['const [...a, b] = [];', 'Rest element must be last element', '1:12'],
  ['const {...r, b} = {};', 'Rest element must be last element', '1:12'],
  ['({...r, b} = {});', 'Rest element must be last element', '1:7'],
  ['function g([...a, b]) {}', 'Rest element must be last element', '1:17'],
  ["function f(a, a) { 'use strict'; }", 'Duplicate parameter name not allowed in this context', '1:15'],
  ['(a, a) => 1;', 'Duplicate parameter name not allowed in this context', '1:5'],
  ['class A { m(a, a) {} }', 'Duplicate parameter name not allowed in this context', '1:16'],
  ['let x = ;', "Unexpected token ';'", '1:9'],
  ['if (a { }', "Unexpected token '{'", '1:7'],
  ['if (x) else {}', "Unexpected token 'else'", '1:8'],
  ['function function() {}', "Unexpected token 'function'", '1:10'],
  ['var a = 5 5;', 'Unexpected number', '1:11'],
  ["x = 'a' 'b'", 'Unexpected string', '1:9'],
  ['var x = y z;', "Unexpected identifier 'z'", '1:11'],
  ['foo(1, 2;', 'missing ) after argument list', '1:8'],
  ['new X(1 2)', 'missing ) after argument list', '1:7'],
  ['foo(1', 'missing ) after argument list', '1:5'],
  ['foo(a, {b c})', "Unexpected identifier 'c'", '1:11'],
  ['let x = 1;\nlet x = 2;', "Identifier 'x' has already been declared", '2:5'],
  ['let x; var x;', "Identifier 'x' has already been declared", '1:12'],
  ['function f() {\n  return 1;\n', 'Unexpected end of input', '3:1'],
  ['x = [1, 2', 'Unexpected end of input', '1:10'],
  ['x = `a', 'Unexpected end of input', '1:6'],
  ['x + 1 = 2;', 'Invalid left-hand side in assignment', '1:1'],
  ['[a, b] += 1', 'Invalid left-hand side in assignment', '1:1'],
  ['++1', 'Invalid left-hand side expression in prefix operation', '1:3'],
  ['1++', 'Invalid left-hand side expression in postfix operation', '1:1'],
  ['return 1;', 'Illegal return statement', '1:1'],
  ['const c;', 'Missing initializer in const declaration', '1:7'],
  ['let [a];', 'Missing initializer in destructuring declaration', '1:8'],
  ['for (;;) { break foo; }', "Undefined label 'foo'", '1:12'],
  ['break;', 'Illegal break statement', '1:1'],
  ["x = 'a", 'Invalid or unexpected token', '1:5'],
  ['x = 5 + @', 'Invalid or unexpected token', '1:9'],
  ['({a = 1})', 'Invalid shorthand property initializer', '1:5'],
  ['"use strict"; var let = 1', 'Unexpected strict mode reserved word', '1:19'],
  ['"use strict"; with ({}) {}', 'Strict mode code may not include a with statement', '1:15'],
  ['function f() { super.x; }', "'super' keyword unexpected here", '1:16'],
];

describe('syntax errors in V8 words', () => {
  for (const [source, message, at] of rows) {
    it(`${JSON.stringify(source)} -> ${message}`, () => {
      assert.throws(() => parseProgram(source, { fileName: 'bad.js' }), (e: unknown) => {
        assert.ok(e instanceof GlassboxSyntaxError, String(e));
        assert.deepEqual({ message: e.message, at: `${e.line}:${e.column}` }, { message, at });
        return true;
      });
    });
  }

  it('leaves valid programs alone', () => {
    for (const ok of ['f(...a, b)', 'f(a,)', 'for (const c of []) {}', 'async function f() { await g() }', 'let await = 1; await\n(1)']) {
      assert.doesNotThrow(() => parseProgram(ok, { fileName: 'ok.js' }), ok);
    }
  });
});
