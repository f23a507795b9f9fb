// The extra early errors of a direct eval that depend on where it is called
// (https://tc39.es/ecma262/#sec-performeval-rules-outside-functions and the rules for
// methods and class field initializers that follow it).
import { GlassboxSyntaxError } from '../errors/internal';
import { isNode } from '../parse/ast';
import type { Node, Program } from '../parse/ast';
import { fromAcorn } from '../parse/position';

/**
 * Where a direct eval runs: in a method (super.x allowed), a field initializer or static
 * block. new.target is allowed everywhere: Node runs a file inside a function.
 */
export interface EvalSite {
  inMethod: boolean;
  inInitializer: boolean;
  /** `super()` is valid there, but Glassbox cannot bind `this` from eval code yet. */
  inDerivedConstructor: boolean;
}

/** Throws V8's SyntaxError for `super(...)` outside a derived constructor (Glassbox's own inside one), `super.x` outside a method, `arguments` in an initializer. */
export function checkEvalSite(program: Program, site: EvalSite, fileName: string): void {
  visit(program, (n) => {
    if (n.type === 'CallExpression' && n.callee.type === 'Super') {
      if (site.inDerivedConstructor) fail(n.callee, 'Glassbox does not support super() inside eval yet', fileName);
      fail(n.callee, "'super' keyword unexpected here", fileName);
    }
    // the parser allowed super only so that a method's eval may read super.x
    if (n.type === 'Super' && !site.inMethod) fail(n, "'super' keyword unexpected here", fileName);
    if (site.inInitializer && n.type === 'Identifier' && n.name === 'arguments') {
      fail(n, "'arguments' is not allowed in class field initializer or static initialization block", fileName);
    }
  });
}

function fail(n: Node, message: string, fileName: string): never {
  throw new GlassboxSyntaxError(message, fileName, fromAcorn(n.loc.start));
}

/** Visits expression nodes, not entering non-arrow functions (they have their own super and arguments) or plain property names. */
function visit(n: Node | Program, f: (n: Node | Program) => void): void {
  f(n);
  const fields: Record<string, unknown> = n;
  for (const key of Object.keys(n)) {
    if (key === 'loc' || key === 'type') continue;
    if ((key === 'key' && (n.type === 'Property' || n.type === 'MethodDefinition' || n.type === 'PropertyDefinition') && !n.computed)
      || (key === 'property' && n.type === 'MemberExpression' && !n.computed)) continue;
    const v = fields[key];
    const values: unknown[] = Array.isArray(v) ? v : [v];
    for (const child of values) {
      if (!isNode(child)) continue;
      if (child.type === 'FunctionDeclaration' || child.type === 'FunctionExpression') continue;
      if (child.type === 'ClassBody') continue;
      visit(child, f);
    }
  }
}
