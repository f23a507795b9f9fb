// Entry points of the compiler: the user's program (run as Node runs a CommonJS file, or
// as a Script), indirect eval code, and Function-constructor source.
import { FunctionCode } from '../bytecode/code';
import { Op, StepKind } from '../bytecode/opcodes';
import { GlassboxSyntaxError } from '../errors/internal';
import { overflowIsCompileError } from '../errors/hostStack';
import type { Env } from '../env/env';
import { mirrorScopes } from './mirror';
import { EvalSite, checkEvalSite } from './evalRules';
import { parseProgram } from '../parse/parse';
import type { Pattern, Program, Statement } from '../parse/ast';
import { CScope, FnContext } from './context';
import { boundNames, callsEval, hasUseStrict, lexicalDeclarations, varNames, functionDeclarations } from './declarations';
import { compileFunction, declareBody, hoistFunctions } from './functions';
import { MODULE_PARAMETERS } from '../realm/commonjs';
import { compileStatements } from './statements';
import { NEW_TARGET_NAME, declareSpecialSlots } from '../env/specialSlots';
import { FIRST_POSITION, rangeFromAcorn } from '../parse/position';

/** The outermost compile-time scope: empty, standing for the global object. */
export function rootScope(): CScope {
  return new CScope('global', null, true);
}

function programCode(name: string, kind: 'script' | 'module' | 'eval', fileName: string, program: Program, source: string): FunctionCode {
  const code = new FunctionCode(name, kind, fileName, rangeFromAcorn(program.loc));
  code.strict = hasUseStrict(program.body);
  code.sourceText = source;
  return code;
}

/**
 * Compiles the main program. As Node runs a `.js` file ('module'): the body of a function
 * (exports, require, module, __filename, __dirname) with its own `arguments`, where var,
 * function and top-level let/const/class are that function's locals and `return` is allowed.
 * As a Script ('script', test262's mode): var and function declarations are properties of
 * the global object, let/const/class live in the script scope and `this` is globalThis.
 * `lazy`: function bodies are compiled on their first call (lazyBody.ts).
 */
export function compileProgram(source: string, fileName: string, mode: 'module' | 'script' = 'module', lazy = true): FunctionCode {
  return mode === 'module' ? compileModule(source, fileName, lazy) : compileScript(source, fileName, lazy);
}

function compileModule(source: string, fileName: string, lazy: boolean): FunctionCode {
  const program = parseProgram(source, { fileName, commonjs: true });
  const code = programCode('', 'module', fileName, program, source);
  // The function Node compiles: its toString shows the wrapper around the file.
  code.sourceText = `function (${MODULE_PARAMETERS.join(', ')}) {\n${source}\n}`;
  const scope = new CScope('module', rootScope(), true);
  const info = scope.info;
  code.scope = info;
  info.dynamic = !code.strict && callsEval(program.body);
  declareSpecialSlots(info);
  for (const p of MODULE_PARAMETERS) code.paramSlots.push(info.add(p, 'param'));
  code.paramNames = [...MODULE_PARAMETERS];
  code.length = MODULE_PARAMETERS.length;
  const c = new FnContext({ fileName, source, lazy }, null, code, scope);
  return guarded(c, () => {
    checkParameterRedeclaration(c, program.body);
    // https://tc39.es/ecma262/#sec-functiondeclarationinstantiation steps 15-18: a lexical
    // or function declaration named `arguments` replaces the arguments object.
    const ownArguments = lexicalDeclarations(program.body, false).some(([n]) => n === 'arguments') || functionDeclarations(program.body).some((f) => f.id.name === 'arguments');
    code.usesArguments = !ownArguments;
    if (!ownArguments) info.add('arguments', 'arguments');
    declareBody(c, scope, program.body);
    c.em.at(program);
    if (!ownArguments) {
      c.em.emit(Op.MakeArguments);
      c.em.emit(Op.InitLocal, 0, info.indexOf('arguments'));
    }
    return compileProgramBody(c, program);
  });
}

/**
 * `let exports` at the top of a CommonJS file redeclares the wrapper's parameter, a SyntaxError
 * there (V8's words); outside a "type": "commonjs" package Node 20 runs such a file as an ES
 * module instead (realm/esm/format.ts).
 */
function checkParameterRedeclaration(c: FnContext, body: Statement[]): void {
  const params: readonly string[] = MODULE_PARAMETERS;
  for (const s of body) {
    const ids: Pattern[] = s.type === 'ClassDeclaration' ? [s.id] : s.type === 'VariableDeclaration' && s.kind !== 'var' ? s.declarations.map((d) => d.id) : [];
    for (const id of ids) {
      const names: string[] = [];
      boundNames(id, names);
      const clash = names.find((n) => params.includes(n));
      if (clash !== undefined) c.error(id, `Identifier '${clash}' has already been declared`);
    }
  }
}

function compileScript(source: string, fileName: string, lazy: boolean): FunctionCode {
  const program = parseProgram(source, { fileName });
  const code = programCode('(global)', 'script', fileName, program, source);
  const varScope = new CScope('global', rootScope(), true, '(global)');
  code.scope = varScope.info;
  varScope.info.dynamic = !code.strict && callsEval(program.body);
  declareSpecialSlots(varScope.info);
  const c = new FnContext({ fileName, source, lazy }, null, code, varScope);
  return guarded(c, () => {
    c.em.at(program);
    // Declared before they are set, so a strict script's hoisting assigns existing properties.
    // A Script's declarations cannot be deleted (CreateGlobalVarBinding with D = false).
    for (const n of varNames(program.body, code.strict)) c.em.emit(Op.DeclareGlobalVar, c.em.constant(n), 0);
    for (const f of functionDeclarations(program.body)) c.em.emit(Op.DeclareGlobalVar, c.em.constant(f.id.name), 0);
    c.pushScope('script', lexicalDeclarations(program.body, false));
    return compileProgramBody(c, program);
  });
}

/** The creation phase's function hoisting and its stop, then the statements; the program returns undefined. */
function compileProgramBody(c: FnContext, program: Program): FunctionCode {
  hoistFunctions(c, program.body);
  c.em.emit(Op.Step, StepKind.Creation);
  compileStatements(c, program.body);
  c.em.at(program);
  c.em.emit(Op.Undefined);
  c.em.emit(Op.Return);
  return c.code;
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
  declareSpecialSlots(scope.info);
  scope.info.add('%completion', 'var');
  const strict = code.strict;
  const c = new FnContext({ fileName, source }, null, code, scope);
  return guarded(c, () => {
    declareEvalBindings(scope, program, strict);
    c.em.at(program);
    if (!strict) {
      for (const n of varNames(program.body, false)) c.em.emit(Op.DeclareGlobalVar, c.em.constant(n), 1);
      for (const f of functionDeclarations(program.body)) c.em.emit(Op.DeclareGlobalVar, c.em.constant(f.id.name), 1);
    }
    return compileEvalBody(c, program, scope);
  });
}

/** Eval code's own bindings: its let/const/class, and in strict code its var/functions too. */
function declareEvalBindings(scope: CScope, program: Program, strict: boolean): void {
  if (strict) {
    for (const n of varNames(program.body, true)) scope.info.add(n, 'var');
    for (const f of functionDeclarations(program.body)) if (scope.info.indexOf(f.id.name) < 0) scope.info.add(f.id.name, 'function');
  }
  for (const [n, k] of lexicalDeclarations(program.body, false)) scope.info.add(n, k);
}

/** Hoists, compiles the statements and returns the completion value. */
function compileEvalBody(c: FnContext, program: Program, scope: CScope): FunctionCode {
  hoistFunctions(c, program.body);
  compileStatements(c, program.body);
  c.em.at(program);
  c.em.emit(Op.GetLocal, 0, scope.info.indexOf('%completion'));
  c.em.emit(Op.Return);
  return c.code;
}

/**
 * Direct eval: the code sees the caller's bindings (a mirror of its environments); its
 * let/const stay its own. In sloppy code its var and function declarations join the
 * caller's variable environment when it starts (EvalDeclare), and names reaching that
 * environment are looked up at run time.
 */
export function compileDirectEval(source: string, fileName: string, env: Env, callerStrict: boolean, site: EvalSite): FunctionCode {
  const program = parseProgram(source, { fileName, strict: callerStrict, allowSuper: true, inFunction: inFunction(env), privateNames: privateNamesIn(env) });
  checkEvalSite(program, site, fileName);
  const code = programCode('eval', 'eval', fileName, program, source);
  code.ownThis = false;
  code.strict = callerStrict || code.strict;
  const scope = new CScope('eval', mirrorScopes(env), true, 'eval');
  code.scope = scope.info;
  scope.info.add('%completion', 'var');
  const c = new FnContext({ fileName, source }, null, code, scope);
  return guarded(c, () => {
    if (code.strict) {
      declareEvalBindings(scope, program, true);
      c.em.at(program);
      return compileEvalBody(c, program, scope);
    }
    for (const [n, k] of lexicalDeclarations(program.body, false)) scope.info.add(n, k);
    const functions = functionDeclarations(program.body);
    const names = { vars: varNames(program.body, false), functions: functions.map((f) => f.id.name) };
    c.em.at(program);
    if (names.vars.length + names.functions.length > 0) c.em.emit(Op.EvalDeclare, c.em.constant(names));
    return compileEvalBody(c, program, scope);
  });
}

/**
 * https://tc39.es/ecma262/#sec-performeval step 5: whether the eval runs inside a function
 * (Node's module function included), where new.target is allowed.
 */
function inFunction(env: Env): boolean {
  for (let e: Env | null = env; e !== null; e = e.outer) {
    if (e.scope.indexOf(NEW_TARGET_NAME) < 0) continue;
    return e.scope.kind === 'function' || e.scope.kind === 'module';
  }
  return false;
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
    throw new GlassboxSyntaxError('Arg string terminates parameters early', fileName, FIRST_POSITION);
  }
  const fn = stmt.expression;
  const holder = programCode('(function)', 'script', fileName, program, source);
  holder.scope = rootScope().info;
  const c = new FnContext({ fileName, source }, null, holder, rootScope());
  const code = guarded(c, () => compileFunction(c, { node: fn, kind: 'normal', name: 'anonymous' }));
  code.sourceText = source.slice(1, -1);
  return code;
}
