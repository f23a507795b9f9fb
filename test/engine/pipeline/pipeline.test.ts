// The pipeline views as data (engine/pipeline/): each token's kind, each node's label and
// field, each function's constant pool, the function at a cursor, and syntax errors.
import assert from 'node:assert/strict';
import { ast, bytecode, functionsAt, GlassboxSyntaxError, tokens } from '../../../engine';

const opts = { fileName: 't.js' };

describe('pipeline: tokens', () => {
  const rows: { src: string; tokens: string[] }[] = [
    { src: 'let a = 1;', tokens: ['keyword let', 'identifier a', 'punctuator =', 'number 1', 'punctuator ;'] },
    // A name is an identifier only where the tree has an Identifier: `of`, `async`, `get` are contextual keywords.
    { src: 'for (const of of []);', tokens: ['keyword for', 'punctuator (', 'keyword const', 'identifier of', 'keyword of', 'punctuator [', 'punctuator ]', 'punctuator )', 'punctuator ;'] },
    { src: 'async function f() {}', tokens: ['keyword async', 'keyword function', 'identifier f', 'punctuator (', 'punctuator )', 'punctuator {', 'punctuator }'] },
    { src: '({ get x() {} })', tokens: ['punctuator (', 'punctuator {', 'keyword get', 'identifier x', 'punctuator (', 'punctuator )', 'punctuator {', 'punctuator }', 'punctuator }', 'punctuator )'] },
    // A slash after a value divides; where an expression starts it begins a regular expression.
    { src: 'a / b / c; x = /re/g;', tokens: ['identifier a', 'punctuator /', 'identifier b', 'punctuator /', 'identifier c', 'punctuator ;', 'identifier x', 'punctuator =', 'regexp /re/g', 'punctuator ;'] },
    // The `}` ending a substitution belongs to the template; a block's `}` inside it does not.
    { src: '`a${ {}.b }c`', tokens: ['template `', 'template a', 'template ${', 'punctuator {', 'punctuator }', 'punctuator .', 'identifier b', 'template }', 'template c', 'template `'] },
    { src: '"s" + 1n + 0x1f', tokens: ['string "s"', 'punctuator +', 'number 1n', 'punctuator +', 'number 0x1f'] },
    { src: 'class A { #p; m() { return this.#p; } }', tokens: ['keyword class', 'identifier A', 'punctuator {', 'privateName #p', 'punctuator ;', 'identifier m', 'punctuator (', 'punctuator )', 'punctuator {', 'keyword return', 'keyword this', 'punctuator .', 'privateName #p', 'punctuator ;', 'punctuator }', 'punctuator }'] },
    // Comments and the hashbang line keep their place among the tokens.
    { src: '#!/usr/bin/env node\nx /* c */ = 1; // end', tokens: ['comment #!/usr/bin/env node', 'identifier x', 'comment /* c */', 'punctuator =', 'number 1', 'punctuator ;', 'comment // end'] },
    { src: 'true && null', tokens: ['keyword true', 'punctuator &&', 'keyword null'] },
  ];
  for (const row of rows) {
    it(row.src.replace(/\n/g, '\\n'), () => {
      assert.deepEqual(tokens(row.src, opts).map((t) => `${t.kind} ${t.text}`), row.tokens);
    });
  }

  it('gives each token its range, columns from 1 and the end exclusive', () => {
    const [, name] = tokens('let\n  total = 1', opts);
    assert.deepEqual(name.range, { line: 2, column: 3, endLine: 2, endColumn: 8 });
  });

  it('counts lines as acorn does: \\r\\n, \\r, U+2028 and U+2029 each end one', () => {
    const places = tokens('a\r\nb\rc\u2028d\u2029e /* x\n */ f', opts).map((t) => `${t.text.replace(/\n/g, '\\n')}@${t.range.line}:${t.range.column}-${t.range.endLine}:${t.range.endColumn}`);
    assert.deepEqual(places, ['a@1:1-1:2', 'b@2:1-2:2', 'c@3:1-3:2', 'd@4:1-4:2', 'e@5:1-5:2', '/* x\\n */@5:3-6:4', 'f@6:5-6:6']);
  });
});

describe('pipeline: ast', () => {
  const line = (src: string) => ast(src, opts).map((n) => `${'  '.repeat(n.depth)}${n.field}${n.field ? ': ' : ''}${n.type}${n.label ? ` ${n.label}` : ''}`);
  const rows: { src: string; has: string[] }[] = [
    { src: 'const x = 1 + 2;', has: ['Program', '  body[0]: VariableDeclaration const', '    declarations[0]: VariableDeclarator', '      id: Identifier x', '      init: BinaryExpression +', '        left: Literal 1', '        right: Literal 2'] },
    { src: 'i++; --j; a ??= !b;', has: ['    expression: UpdateExpression ++ postfix', '    expression: UpdateExpression -- prefix', '    expression: AssignmentExpression ??=', '      right: UnaryExpression !'] },
    { src: 'async function* g() { yield* h?.(); }', has: ['  body[0]: FunctionDeclaration async * g', '        expression: YieldExpression *', '            expression: CallExpression ?.( )'] },
    { src: 'class A { static #n = 1; get v() {} }', has: ['  body[0]: ClassDeclaration A', '      body[0]: PropertyDefinition static', '        key: PrivateIdentifier #n', '      body[1]: MethodDefinition get'] },
    { src: 'o.a[b]; ({ c, d() {} }); `t${1}`;', has: ['    expression: MemberExpression [ ]', '      object: MemberExpression .', '      properties[0]: Property shorthand', '      properties[1]: Property method', '      quasis[0]: TemplateElement "t"'] },
    { src: 'function f() { new.target; }', has: ['        expression: MetaProperty new.target'] },
  ];
  for (const row of rows) {
    it(row.src, () => {
      const lines = line(row.src);
      for (const l of row.has) assert.ok(lines.includes(l), `no line "${l}" in\n${lines.join('\n')}`);
    });
  }

  it('lists parents before their children, each knowing its parent and range', () => {
    const nodes = ast('f(x)', opts);
    for (const n of nodes) assert.ok(n.parent < n.id && (n.parent === -1) === (n.id === 0));
    const x = nodes.find((n) => n.type === 'Identifier' && n.label === 'x')!;
    assert.equal(nodes[x.parent].type, 'CallExpression');
    assert.deepEqual(x.range, { line: 1, column: 3, endLine: 1, endColumn: 4 });
  });
});

describe('pipeline: bytecode', () => {
  const src = 'const greet = "hi";\nfunction outer() {\n  return () => greet;\n}\nclass C { #x = 1; }\n';

  it('lists every function, outermost first, with its parent, instructions and constant pool', () => {
    const list = bytecode(src, opts);
    assert.deepEqual(list.map((f) => [f.name, f.kind, f.parent]), [['', 'module', -1], ['outer', 'normal', 0], ['', 'arrow', 1], ['C', 'classConstructor', 0], ['<instance_members_initializer>', 'method', 0]]);
    assert.match(list[1].instructions, /== outer \(normal\) ==/);
    const pool = list[0].constants.map((c) => `${c.kind} ${c.text}`);
    assert.deepEqual(pool, ['function function outer at 2:1', 'value "hi"', 'scope class scope {C, #x}', 'privateName #x', 'class class C at 5:1 with field initializers']);
    assert.deepEqual(list[2].constants, []);
  });

  it('picks the innermost function at a cursor, with the functions it makes', () => {
    const list = bytecode(src, opts);
    assert.deepEqual(functionsAt(list, 3, 16).map((f) => f.kind), ['arrow']);
    assert.deepEqual(functionsAt(list, 2, 12).map((f) => f.name), ['outer', '']);
    assert.equal(functionsAt(list, 1, 1).length, list.length);
  });
});

describe('pipeline: syntax errors', () => {
  for (const [stage, view] of [['tokens', tokens], ['ast', ast], ['bytecode', bytecode]] as const) {
    it(`${stage} throws the engine's SyntaxError with its place`, () => {
      assert.throws(() => view('let ok = 1;\nlet x = ;', opts), (e: unknown) => e instanceof GlassboxSyntaxError && e.line === 2 && e.column === 9 && e.fileName === 't.js' && e.message === "Unexpected token ';'");
    });
  }
});
