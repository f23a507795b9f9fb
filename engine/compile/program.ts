// Entry points of the compiler: the user's program (run like a Node CommonJS module:
// its own var scope, `this` = {}), indirect eval code, and Function-constructor source.
import { FunctionCode } from '../bytecode/code';
import { Op, StepKind } from '../bytecode/opcodes';
import { GlassboxSyntaxError, GlassboxUnsupported } from '../errors/internal';
import { overflowIsCompileError } from '../errors/hostStack';
import type { Env } from '../env/env';
import { mirrorScopes } from './mirror';
import { EvalSite, checkEvalSite } from './evalRules';
import { parseProgram, Node } from '../parse/parse';
import { CScope, FnContext } from './context';
import { hasUseStrict, lexicalDeclarations, varNames, functionDeclarations } from './declarations';
import { compileFunction, hoistFunctions, programBindings } from './functions';
import { compileStatements } from './statements';

/** The outermost compile-time scope: empty, standing for the global object. */
export function rootScope(): CScope {
  return new CScope('global', null, true);
}

function programCode(name: string, kind: 'script' | 'eval', fileName: string, program: Node, source: string): FunctionCode {
  const l = program.loc!;
  const code = new FunctionCode(name, kind, fileName, { line: l.start.line, column: l.start.column, endLine: l.end.line, endColumn: l.end.column });
  code.strict = hasUseStrict(program.body);
  code.sourceText = source;
  return code;
}

/** Compiles the main program: a 'global' scope for var/functions, a 'script' scope for let/const/class. */
export function compileProgram(source: string, fileName: string): FunctionCode {
  const program = parseProgram(source, { fileName });
  const code = programCode('(global)', 'script', fileName, program, source);
  const varScope = new CScope('global', rootScope(), true, '(global)');
  code.scope = varScope.info;
  varScope.info.add('%this', 'this');
  varScope.info.add('%fn', 'this');
  varScope.info.add('%nt', 'newTarget');
  const c = new FnContext({ fileName, source }, null, code, varScope);
  return guarded(c, () => {
    const { vars, lexical } = programBindings(program.body, code.strict);
    for (const [n, k] of vars) varScope.info.add(n, k);
    c.em.at(program);
    c.pushScope('script', lexical);
    hoistFunctions(c, program.body);
    c.em.emit(Op.Step, StepKind.Creation);
    compileStatements(c, program.body);
    c.em.at(program);
    c.em.emit(Op.Undefined);
    c.em.emit(Op.Return);
    return code;
  });
}

/** Compiles with `c` as the outermost context: running out of host stack is reported at the statement it had reached. */
function guarded(c: FnContext, step: () => FunctionCode): FunctionCode {
  return overflowIsCompileError(c.file.fileName, () => c.em.currentRange, step);
}

/**
 * Indirect eval: var and function declarations become global object properties,
 * let/const stay in the eval's own scope, and the code returns its completion value.
 */
export function compileEvalCode(source: string, fileName: string): FunctionCode {
  const program = parseProgram(source, { fileName });
  const code = programCode('eval', 'eval', fileName, program, source);
  const scope = new CScope('eval', rootScope(), true, 'eval');
  code.scope = scope.info;
  scope.info.add('%this', 'this');
  scope.info.add('%fn', 'this');
  scope.info.add('%nt', 'newTarget');
  scope.info.add('%completion', 'var');
  const strict = code.strict;
  const c = new FnContext({ fileName, source }, null, code, scope);
  return guarded(c, () => {
    declareEvalBindings(scope, program, strict);
    c.em.at(program);
    if (!strict) {
      for (const n of varNames(program.body, false)) c.em.emit(Op.DeclareGlobalVar, c.em.constant(n));
      for (const f of functionDeclarations(program.body)) c.em.emit(Op.DeclareGlobalVar, c.em.constant(f.id.name));
    }
    return compileEvalBody(c, program, scope);
  });
}

/** Eval code's own bindings: its let/const/class, and in strict code its var/functions too. */
function declareEvalBindings(scope: CScope, program: Node, strict: boolean): void {
  if (strict) {
    for (const n of varNames(program.body, true)) scope.info.add(n, 'var');
    for (const f of functionDeclarations(program.body)) if (scope.info.indexOf(f.id.name) < 0) scope.info.add(f.id.name, 'function');
  }
  for (const [n, k] of lexicalDeclarations(program.body, false)) scope.info.add(n, k);
}

/** Hoists, compiles the statements and returns the completion value. */
function compileEvalBody(c: FnContext, program: Node, scope: CScope): FunctionCode {
  hoistFunctions(c, program.body);
  compileStatements(c, program.body);
  c.em.at(program);
  c.em.emit(Op.GetLocal, 0, scope.info.indexOf('%completion'));
  c.em.emit(Op.Return);
  return c.code;
}

/**
 * Direct eval: the code sees the caller's bindings (a mirror of its environments); its
 * let/const stay its own. Sloppy var/function declarations would have to join the
 * caller's variable environment at run time, which Glassbox does not do yet.
 */
export function compileDirectEval(source: string, fileName: string, env: Env, callerStrict: boolean, site: EvalSite): FunctionCode {
  const program = parseProgram(source, { fileName, strict: callerStrict, allowSuper: true, privateNames: privateNamesIn(env) });
  checkEvalSite(program, site, fileName);
  const code = programCode('eval', 'eval', fileName, program, source);
  code.ownThis = false;
  code.strict = callerStrict || code.strict;
  const scope = new CScope('eval', mirrorScopes(env), true, 'eval');
  code.scope = scope.info;
  scope.info.add('%completion', 'var');
  const c = new FnContext({ fileName, source }, null, code, scope);
  return guarded(c, () => {
    const vars = varNames(program.body, code.strict);
    const fns = functionDeclarations(program.body);
    if (!code.strict && (vars.length || fns.length)) {
      const what = vars.length ? `var ${vars[0]}` : `function ${fns[0].id.name}`;
      throw new GlassboxUnsupported(`Glassbox does not support var or function declarations in a sloppy direct eval yet ('${what}'); use let/const, or indirect eval`);
    }
    declareEvalBindings(scope, program, true);
    c.em.at(program);
    return compileEvalBody(c, program, scope);
  });
}

/** The `#names` of the classes around `env` (their scopes hold them as bindings). */
function privateNamesIn(env: Env | null): string[] {
  const names: string[] = [];
  for (let e = env; e !== null; e = e.outer) for (const n of e.scope.names) if (n.startsWith('#')) names.push(n.slice(1));
  return names;
}

/** `new Function(params, body)`: V8's source shape, compiled at global scope. */
export function compileFunctionSource(kind: 'function' | 'generator' | 'async' | 'asyncGenerator', params: string, body: string, fileName: string): FunctionCode {
  const prefix = { function: 'function', generator: 'function*', async: 'async function', asyncGenerator: 'async function*' }[kind];
  const source = `(${prefix} anonymous(${params}\n) {\n${body}\n})`;
  const program = parseProgram(source, { fileName });
  const stmt = program.body[0];
  if (program.body.length !== 1 || stmt.type !== 'ExpressionStatement' || stmt.expression.type !== 'FunctionExpression') {
    throw new GlassboxSyntaxError('Arg string terminates parameters early', fileName, 1, 1);
  }
  const fn = stmt.expression;
  const holder = programCode('(function)', 'script', fileName, program, source);
  holder.scope = rootScope().info;
  const c = new FnContext({ fileName, source }, null, holder, rootScope());
  const code = guarded(c, () => compileFunction(c, { node: fn, kind: 'normal', name: 'anonymous' }));
  code.sourceText = source.slice(1, -1);
  return code;
}
