// Hoisting analysis: which names a function body declares with `var` (and sloppy
// block functions, Annex B), and which a statement list declares lexically.
import type { BindingKind } from '../env/scope';
import { isNode } from '../parse/ast';
import type { FunctionDeclaration, FunctionNode, Node, Pattern, Statement, VariableDeclaration } from '../parse/ast';

/** Names bound by a binding pattern, in source order. */
export function boundNames(pattern: Pattern, out: string[] = []): string[] {
  switch (pattern.type) {
    case 'Identifier': out.push(pattern.name); break;
    case 'ObjectPattern':
      for (const p of pattern.properties) boundNames(p.type === 'RestElement' ? p.argument : p.value, out);
      break;
    case 'ArrayPattern':
      for (const e of pattern.elements) if (e) boundNames(e, out);
      break;
    case 'RestElement': boundNames(pattern.argument, out); break;
    case 'AssignmentPattern': boundNames(pattern.left, out); break;
  }
  return out;
}

/** https://tc39.es/ecma262/#sec-static-semantics-varscopeddeclarations (names only). */
export function varNames(body: Statement[], strict: boolean): string[] {
  const out: string[] = [];
  const visit = (n: Node | null | undefined, topLevel: boolean): void => {
    if (!n) return;
    switch (n.type) {
      case 'VariableDeclaration':
        if (n.kind === 'var') for (const d of n.declarations) boundNames(d.id, out);
        break;
      case 'FunctionDeclaration':
        // Annex B.3.3: a sloppy block-level function also gets a var binding.
        if (!topLevel && !strict && !n.generator && !n.async) out.push(n.id.name);
        break;
      case 'BlockStatement': case 'StaticBlock':
        for (const s of n.body) visit(s, false);
        break;
      case 'IfStatement': visit(n.consequent, false); visit(n.alternate, false); break;
      case 'ForStatement': visit(n.init, false); visit(n.body, false); break;
      case 'ForInStatement': case 'ForOfStatement': visit(n.left, false); visit(n.body, false); break;
      case 'WhileStatement': case 'DoWhileStatement': case 'LabeledStatement': visit(n.body, false); break;
      case 'TryStatement': visit(n.block, false); if (n.handler) visit(n.handler.body, false); visit(n.finalizer, false); break;
      case 'SwitchStatement': for (const c of n.cases) for (const s of c.consequent) visit(s, false); break;
      case 'WithStatement': visit(n.body, false); break;
    }
  };
  for (const s of body) visit(s, true);
  return [...new Set(out)];
}

/** Top-level function declarations of a body, last one of a name winning. */
export function functionDeclarations(body: Statement[]): FunctionDeclaration[] {
  const byName = new Map<string, FunctionDeclaration>();
  for (const s of body) if (s.type === 'FunctionDeclaration') { byName.delete(s.id.name); byName.set(s.id.name, s); }
  return [...byName.values()];
}

/** https://tc39.es/ecma262/#sec-static-semantics-lexicallyscopeddeclarations */
export function lexicalDeclarations(body: Statement[], includeFunctions: boolean): [string, BindingKind][] {
  const out: [string, BindingKind][] = [];
  for (const s of body) {
    if (s.type === 'VariableDeclaration' && s.kind !== 'var') {
      for (const d of s.declarations) for (const n of boundNames(d.id)) out.push([n, lexicalKind(s)]);
    } else if (s.type === 'ClassDeclaration') out.push([s.id.name, 'class']);
    else if (includeFunctions && s.type === 'FunctionDeclaration') out.push([s.id.name, 'function']);
  }
  return out;
}

/**
 * The binding kind of a lexical declaration. acorn also parses `using` declarations (Node 20
 * does not); they keep binding with that kind, unchecked, as before the AST was typed.
 */
export function lexicalKind(d: VariableDeclaration): BindingKind {
  return d.kind as BindingKind;
}

/** True when the body begins with a 'use strict' directive. */
export function hasUseStrict(body: Statement[]): boolean {
  for (const s of body) {
    if (s.type !== 'ExpressionStatement' || typeof s.directive !== 'string') return false;
    if (s.directive === 'use strict') return true;
  }
  return false;
}

/** Does `arguments` appear in this function (including its arrows), so it must be made? */
export function usesArguments(node: FunctionNode): boolean {
  let found = false;
  const visit = (n: unknown, inArrowOk: boolean): void => {
    if (found || !n || typeof n !== 'object') return;
    if (Array.isArray(n)) { for (const x of n) visit(x, inArrowOk); return; }
    if (!isNode(n)) return;
    const node = n;
    if (node.type === 'Identifier' && node.name === 'arguments') { found = true; return; }
    if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression') return;
    const fields: Record<string, unknown> = node;
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'type' || key === 'start' || key === 'end') continue;
      visit(fields[key], inArrowOk);
    }
  };
  visit(node.params, true);
  visit(node.body, true);
  return found;
}

/**
 * Does this code call `eval(...)` itself (not in nested functions or classes)? A sloppy
 * direct eval may add var bindings, so names reaching past the code's variable scope are
 * then looked up at run time.
 */
export function callsEval(nodes: unknown): boolean {
  // A work list, not recursion: a program may nest deeper than the host stack allows.
  const work: unknown[] = [nodes];
  while (work.length > 0) {
    const n = work.pop();
    if (!n || typeof n !== 'object') continue;
    if (Array.isArray(n)) { for (const x of n) work.push(x); continue; }
    if (!isNode(n)) continue;
    const node = n;
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'eval') return true;
    if (FUNCTION_TYPES.has(node.type)) continue;
    const fields: Record<string, unknown> = node;
    for (const key of Object.keys(node)) {
      if (key !== 'loc' && key !== 'type' && key !== 'start' && key !== 'end') work.push(fields[key]);
    }
  }
  return false;
}

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ClassDeclaration', 'ClassExpression']);
