// engine/parse/ast.ts promises the compiler a `loc` on every node parseProgram returns, and
// Script/CommonJS bodies without import/export: the parser's output must keep that promise.
import assert from 'node:assert/strict';
import { parseProgram } from '../../engine/parse/parse';
import { GlassboxSyntaxError } from '../../engine/errors/internal';
import { isNode, type Node, type Program } from '../../engine/parse/ast';

const sources: [what: string, source: string, commonjs: boolean][] = [
  ['statements', 'label: for (let i = 0; i < 3; i++) { if (i) continue label; else break; } do ; while (0); with (o) p; switch (x) { case 1: default: } try { throw 1 } catch { } finally { }', false],
  ['expressions', 'a?.b?.(c)[d]; new F(...g); t`x${y}z`; x ??= (y, z) ? -1n : /re/g; delete o[k]; typeof v; ++o.p; [a, , ...b] = c; ({ k, [m]: n = 1, ...r } = s);', false],
  ['functions and classes', 'function* g(a = 1, { b }, ...c) { yield* a; } const f = async () => { await 0; }; class A extends B { #p = 1; static s; static { this.s = 2; } get #g() { return super.x; } constructor() { super(); new.target; } m() { return #p in this; } }', true],
  ['the CommonJS top level', 'return arguments.length;', true],
];

/** Every node below `root`, root first. */
function nodes(root: Program): (Node | Program)[] {
  const out: (Node | Program)[] = [root];
  for (let i = 0; i < out.length; i++) {
    const fields: Record<string, unknown> = out[i];
    for (const key of Object.keys(fields)) {
      const v = fields[key];
      const values: unknown[] = Array.isArray(v) ? v : [v];
      for (const child of values) if (isNode(child)) out.push(child);
    }
  }
  return out;
}

describe('the syntax tree the compiler reads (parse/ast.ts)', () => {
  for (const [what, source, commonjs] of sources) {
    it(`gives every node of ${what} a location`, () => {
      const all = nodes(parseProgram(source, { fileName: 'ast.js', commonjs }));
      assert.ok(all.length > 3, `only ${all.length} nodes`);
      const unlocated = all.filter((n) => !(n.loc && n.loc.start.line >= 1 && n.loc.end.line >= n.loc.start.line)).map((n) => n.type);
      assert.deepEqual(unlocated, []);
    });
  }

  it('gives a program body of statements only (import and export are syntax errors)', () => {
    for (const source of ['import x from "y";', 'export const a = 1;']) {
      assert.throws(() => parseProgram(source, { fileName: 'ast.js', commonjs: true }), GlassboxSyntaxError);
    }
  });
});
