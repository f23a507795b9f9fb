// Compiles a function (or the program) into a FunctionCode: the scope layout, the
// creation phase (parameters, hoisted functions) and then the body.
import { FunctionCode, FunctionKind } from '../bytecode/code';
import { Op, StepKind } from '../bytecode/opcodes';
import type { FunctionNode, Node, Pattern, Statement } from '../parse/ast';
import { CScope, FnContext, type FileContext } from './context';
import { deferBody } from './lazyBody';
import { boundNames, callsEval, functionDeclarations, hasUseStrict, lexicalDeclarations, usesArguments, varNames } from './declarations';
import { bindPattern } from './patterns';
import { compileStatements } from './statements';
import { compileExpression } from './expressions';
import { declareSpecialSlots } from '../env/specialSlots';
import { rangeFromAcorn } from '../parse/position';

export interface FunctionSpec {
  node: FunctionNode;
  kind: FunctionKind;
  name: string;
  /** Class bodies are strict whatever the enclosing code is. */
  strict?: boolean;
  /** Source text for toString when it is not the function node's own (methods, classes). */
  sourceText?: string;
}

/** Compiles a nested function; `parent` supplies the enclosing scope chain. */
export function compileFunction(parent: FnContext, spec: FunctionSpec): FunctionCode {
  const { node } = spec;
  const code = new FunctionCode(spec.name, spec.kind, parent.file.fileName, rangeFromAcorn(node.loc));
  code.ownThis = spec.kind !== 'arrow';
  code.isGenerator = !!node.generator;
  code.isAsync = !!node.async;
  const body: Statement[] = node.body.type === 'BlockStatement' ? node.body.body : [];
  code.strict = parent.strict || !!spec.strict || spec.kind === 'classConstructor' || spec.kind === 'derivedConstructor' || hasUseStrict(body);
  code.sourceText = spec.sourceText ?? parent.file.source.slice(node.start, node.end);
  code.length = expectedArgumentCount(node.params);
  code.paramNames = node.params.map((p) => parent.file.source.slice(p.start, p.end));
  let outer = parent.scope;
  if (node.type === 'FunctionExpression' && node.id) {
    outer = new CScope('function', outer, true);
    outer.info.add(node.id.name, 'callee');
    code.selfScope = outer.info;
  }
  const compileBody = (file: FileContext): void => {
    const scope = new CScope('function', outer, true, spec.name);
    const c = new FnContext(file, parent, code, scope);
    code.scope = scope.info;
    declareFunctionScope(c, node, body, spec);
  };
  if (parent.file.lazy) deferBody(parent, code, node, compileBody);
  else compileBody(parent.file);
  return code;
}

/** A context for a synthesized method (class field initializers): strict, with `this`. */
export function syntheticMethod(parent: FnContext, node: Node, name: string): FnContext {
  const code = new FunctionCode(name, 'method', parent.file.fileName, rangeFromAcorn(node.loc));
  code.strict = true;
  code.sourceText = parent.file.source.slice(node.start, node.end);
  const scope = new CScope('function', parent.scope, true, name);
  code.scope = scope.info;
  declareSpecialSlots(scope.info);
  return new FnContext(parent.file, parent, code, scope);
}

function expectedArgumentCount(params: Pattern[]): number {
  let n = 0;
  for (const p of params) {
    if (p.type === 'AssignmentPattern' || p.type === 'RestElement') break;
    n++;
  }
  return n;
}

function declareFunctionScope(c: FnContext, node: FunctionNode, body: Statement[], spec: FunctionSpec): void {
  const { code } = c;
  const info = c.funcScope.info;
  const isArrow = spec.kind === 'arrow';
  if (!isArrow) {
    declareSpecialSlots(info);
  }
  const simple = node.params.every((p) => p.type === 'Identifier');
  code.hasSimpleParams = simple;
  const sloppyEval = !code.strict && callsEval([node.params, node.body]);
  info.dynamic = sloppyEval;
  info.paramScope = !simple;
  const paramNames: string[] = [];
  for (const p of node.params) boundNames(p, paramNames);
  for (const n of paramNames) {
    // Parameters with initializers are in the TDZ until bound, like let.
    const slot = info.indexOf(n) >= 0 ? info.indexOf(n) : info.add(n, simple ? 'param' : 'let');
    if (simple) code.paramSlots.push(slot);
  }
  if (!isArrow && (sloppyEval || usesArguments(node)) && !paramNames.includes('arguments')) {
    code.usesArguments = true;
    info.add('arguments', 'arguments');
  }
  if (simple) declareBody(c, c.funcScope, body);
  c.em.at(node);
  if (code.usesArguments) {
    c.em.emit(Op.MakeArguments);
    const r = c.resolve('arguments');
    if (r.kind === 'local') c.em.emit(Op.InitLocal, r.depth, r.slot);
  }
  if (!simple) {
    bindParams(c, node.params);
    bodyScope(c, body, paramNames);
  }
  finishCreation(c, body);
  if (node.body.type === 'BlockStatement') {
    compileStatements(c, body);
    c.em.at(node.body);
    c.em.emit(Op.Undefined);
    c.em.emit(Op.Return);
  } else {
    c.em.at(node.body);
    c.em.emit(Op.Step, StepKind.Statement);
    compileExpression(c, node.body);
    c.em.emit(Op.Return);
  }
}

/** Adds var, function and top-level lexical bindings of a body to `scope`. */
export function declareBody(c: FnContext, scope: CScope, body: Statement[]): void {
  const info = scope.info;
  for (const n of varNames(body, c.strict)) if (info.indexOf(n) < 0) info.add(n, 'var');
  for (const f of functionDeclarations(body)) {
    const i = info.indexOf(f.id.name);
    if (i < 0) info.add(f.id.name, 'function');
    else if (info.kinds[i] === 'var') info.kinds[i] = 'function';
  }
  for (const [n, k] of lexicalDeclarations(body, false)) if (info.indexOf(n) < 0) info.add(n, k);
}

/**
 * https://tc39.es/ecma262/#sec-functiondeclarationinstantiation step 28: with parameter
 * expressions, the body's declarations live in a second environment, so a default
 * cannot see them; a var named like a parameter starts with the parameter's value.
 */
function bodyScope(c: FnContext, body: Statement[], paramNames: string[]): void {
  const scope = new CScope('function', c.scope, true, c.funcScope.info.functionName);
  scope.info.dynamic = c.funcScope.info.dynamic;
  declareBody(c, scope, body);
  c.scope = scope;
  c.em.emit(Op.PushEnv, c.em.constant(scope.info));
  c.envDepth++;
  // Later code treats this environment as the function's own (depth 0 for hidden names is not assumed).
  for (const n of varNames(body, c.strict)) {
    if (!paramNames.includes(n)) continue;
    c.em.emit(Op.GetLocal, 1, c.funcScope.info.indexOf(n));
    c.em.emit(Op.InitLocal, 0, scope.info.indexOf(n));
  }
}

function bindParams(c: FnContext, params: Pattern[]): void {
  params.forEach((p, i) => {
    c.em.at(p);
    if (p.type === 'RestElement') {
      c.em.emit(Op.RestArgs, i);
      bindPattern(c, p.argument, 'init', null);
    } else {
      c.em.emit(Op.Arg, i);
      bindPattern(c, p, 'init', null);
    }
  });
}

/** Hoists function declarations, then marks the creation phase's step point. */
function finishCreation(c: FnContext, body: Statement[]): void {
  hoistFunctions(c, body);
  c.em.emit(Op.Step, StepKind.Creation);
  if (c.code.isGenerator) c.em.emit(Op.GeneratorStart);
}

export function hoistFunctions(c: FnContext, body: Statement[]): void {
  for (const f of functionDeclarations(body)) {
    const prev = c.em.at(f);

    const code = compileFunction(c, { node: f, kind: 'normal', name: f.id.name });
    c.em.emit(Op.Closure, c.em.constant(code));
    const r = c.resolve(f.id.name);
    // Sloppy eval code's functions belong to the variable environment it runs in.
    if (c.kind === 'eval' && !c.strict && c.scope === c.funcScope) c.em.emit(Op.InitVar, c.em.constant(f.id.name));
    else if (r.kind === 'local') c.em.emit(Op.InitLocal, r.depth, r.slot);
    else { c.em.emit(Op.SetGlobal, c.em.constant(f.id.name)); c.em.emit(Op.Pop); }
    c.em.restore(prev);
  }
}

export { hasUseStrict };
