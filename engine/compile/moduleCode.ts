// Compiles an ES module (a .mjs file, or a .js file under "type": "module") into what the
// module loader links and runs (engine/realm/esm/): the layout of its environment, a hoister
// that makes its function declarations at link time, its body, and its import/export entries.
// Knows nothing of files, resolution or evaluation order.
import { FunctionCode } from '../bytecode/code';
import { Op, StepKind } from '../bytecode/opcodes';
import type { ScopeInfo } from '../env/scope';
import { declareSpecialSlots } from '../env/specialSlots';
import { overflowIsCompileError } from '../errors/hostStack';
import { isNode, type Node, type Program, type Statement } from '../parse/ast';
import { parseProgram } from '../parse/parse';
import { FIRST_POSITION, fromAcorn, rangeFromAcorn, type SourcePosition } from '../parse/position';
import { compileClass } from './classes';
import { CScope, FnContext } from './context';
import { functionDeclarations, lexicalDeclarations, varNames } from './declarations';
import { compileNamed } from './expressions';
import { compileFunction, hoistFunctions } from './functions';
import { rootScope } from './program';
import { compileStatement, initName, step } from './statements';
import { markEsModuleFile, markModuleBody } from './moduleFiles';

/** The call stack's name for a module body's frame (V8's stack lines name none). */
export const MODULE_FRAME = '(module)';

/** The scopes of module bodies and hoisters (they hold only `this`), and their code: the debugger shows the Module scope instead, and names their frames MODULE_FRAME. */
const moduleFunctionScopes = new WeakSet<ScopeInfo>();

export function isModuleFunctionScope(scope: ScopeInfo): boolean {
  return moduleFunctionScopes.has(scope);
}

export { esModulePath, isModuleBody } from './moduleFiles';

/** The binding `export default <expression>` and anonymous default declarations create. */
export const DEFAULT_BINDING = '*default*';

/** `import { importName as localName } from request`; importName '*' is `* as localName`. */
export interface ImportEntry { request: string; importName: string; localName: string; at: SourcePosition }

/** `export { localName as exportName }` of this module's own binding. */
export interface LocalExport { exportName: string; localName: string }

/** `export { importName as exportName } from request`; importName '*' is `export * as exportName from`. */
export interface IndirectExport { exportName: string; request: string; importName: string; at: SourcePosition }

export interface ModuleCode {
  fileName: string;
  /** The module environment's bindings (kind 'esmodule'). */
  scope: ScopeInfo;
  /**
   * Run once at link time inside the module environment: makes the function declarations and
   * returns the body's closure. The root of the file's code (the debugger's step points, hotness).
   */
  hoister: FunctionCode;
  /** The module's statements (nested in the hoister); async when the module awaits at its top level. */
  body: FunctionCode;
  /** Each module specifier once, in source order (the order Node loads and evaluates them). */
  requests: string[];
  /** The import attributes (`with { type: 'json' }`) of each request, by the same index. */
  requestAttributes: Record<string, string>[];
  imports: ImportEntry[];
  localExports: LocalExport[];
  indirectExports: IndirectExport[];
  /** `export * from request`. */
  starExports: string[];
  hasTopLevelAwait: boolean;
}

type AnyStatement = Program['body'][number] | Located<'ImportDeclaration'> | Located<'ExportNamedDeclaration'> | Located<'ExportDefaultDeclaration'> | Located<'ExportAllDeclaration'>;
type Located<T extends string> = Node & { type: T };
/** The parts of acorn's module nodes read here (acorn's typings give them, the Program type leaves them out). */
interface ModuleNode {
  type: string;
  source?: { value: unknown } | null;
  attributes?: { key: { name?: string; value?: unknown }; value: { value: unknown } }[];
  specifiers?: { type: string; local: { name: string }; imported?: { name?: string; value?: unknown }; exported?: { name?: string; value?: unknown } | null }[];
  declaration?: Node | null;
  exported?: { name?: string; value?: unknown } | null;
  loc: { start: { line: number; column: number } };
}

/** Parses and compiles the module at `fileName` (throws GlassboxSyntaxError); `path`: its absolute path when `fileName` is not. */
export function compileModuleCode(source: string, fileName: string, path = fileName): ModuleCode {
  const program = parseProgram(source, { fileName, esModule: true });
  markEsModuleFile(fileName, path);
  const statements = program.body as unknown as AnyStatement[];
  const out: ModuleCode = {
    fileName, scope: undefined as unknown as ScopeInfo, hoister: undefined as unknown as FunctionCode, body: undefined as unknown as FunctionCode,
    requests: [], requestAttributes: [], imports: [], localExports: [], indirectExports: [], starExports: [], hasTopLevelAwait: hasTopLevelAwait(program),
  };
  const moduleScope = new CScope('esmodule', rootScope(), true);
  out.scope = moduleScope.info;
  for (const s of statements) readEntries(s as unknown as ModuleNode, out);
  const plain = unwrapped(statements);
  declareModuleBindings(moduleScope.info, out, plain, statements);
  const file = { fileName, source, lazy: true };
  const guarded = (make: () => FunctionCode) => overflowIsCompileError(fileName, () => FIRST_POSITION, make);
  const hoister = functionContext(file, program, moduleScope, null, '');
  out.body = guarded(() => compileBody(hoister, program, statements, out.hasTopLevelAwait));
  out.body.sourceText = source;
  out.hoister = guarded(() => compileHoister(hoister, program, plain, statements, out.body));
  return out;
}

function exportedName(n: { name?: string; value?: unknown }): string {
  return n.name ?? String(n.value);
}

/** https://tc39.es/ecma262/#sec-parsemodule: the import and export entries of one statement. */
function readEntries(s: ModuleNode, out: ModuleCode): void {
  const at = fromAcorn(s.loc.start);
  const request = typeof s.source?.value === 'string' ? s.source.value : undefined;
  if (request !== undefined && !out.requests.includes(request)) {
    out.requests.push(request);
    out.requestAttributes.push(Object.fromEntries((s.attributes ?? []).map((a) => [exportedName(a.key), String(a.value.value)])));
  }
  if (s.type === 'ImportDeclaration') {
    for (const sp of s.specifiers ?? []) {
      const importName = sp.type === 'ImportNamespaceSpecifier' ? '*' : sp.type === 'ImportDefaultSpecifier' ? 'default' : exportedName(sp.imported!);
      out.imports.push({ request: request!, importName, localName: sp.local.name, at });
    }
  } else if (s.type === 'ExportAllDeclaration') {
    if (s.exported) out.indirectExports.push({ exportName: exportedName(s.exported), request: request!, importName: '*', at });
    else out.starExports.push(request!);
  } else if (s.type === 'ExportDefaultDeclaration') {
    const d = s.declaration as { type: string; id?: { name: string } | null };
    const named = (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id;
    out.localExports.push({ exportName: 'default', localName: named ? d.id!.name : DEFAULT_BINDING });
  } else if (s.type === 'ExportNamedDeclaration') {
    if (s.declaration) {
      for (const name of declaredNames(s.declaration)) out.localExports.push({ exportName: name, localName: name });
    }
    for (const sp of s.specifiers ?? []) {
      const exportName = exportedName(sp.exported!);
      const localName = exportedName(sp.local as { name?: string; value?: unknown });
      if (request !== undefined) out.indirectExports.push({ exportName, request, importName: localName, at });
      else out.localExports.push({ exportName, localName });
    }
  }
}

function declaredNames(d: Node): string[] {
  if (d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') return [d.id!.name];
  if (d.type === 'VariableDeclaration') return [...varNames([d], true), ...lexicalDeclarations([d], false).map(([n]) => n)];
  return [];
}

/** The module's statements with `export` taken off its declarations (default ones aside). */
function unwrapped(statements: AnyStatement[]): Statement[] {
  const out: Statement[] = [];
  for (const s of statements) {
    const m = s as unknown as ModuleNode;
    if (m.type === 'ExportNamedDeclaration') { if (m.declaration) out.push(m.declaration as Statement); }
    else if (m.type === 'ExportDefaultDeclaration') {
      const d = m.declaration as Statement;
      if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id) out.push(d);
    } else if (m.type !== 'ImportDeclaration' && m.type !== 'ExportAllDeclaration') out.push(s as Statement);
  }
  return out;
}

/** https://tc39.es/ecma262/#sec-source-text-module-record-initialize-environment: the bindings' kinds. */
function declareModuleBindings(info: ScopeInfo, out: ModuleCode, plain: Statement[], statements: AnyStatement[]): void {
  for (const i of out.imports) if (info.indexOf(i.localName) < 0) info.add(i.localName, i.importName === '*' ? 'const' : 'import');
  for (const n of varNames(plain, true)) if (info.indexOf(n) < 0) info.add(n, 'var');
  for (const f of functionDeclarations(plain)) if (info.indexOf(f.id.name) < 0) info.add(f.id.name, 'function');
  for (const [n, k] of lexicalDeclarations(plain, false)) if (info.indexOf(n) < 0) info.add(n, k);
  const anonymous = defaultDeclarations(statements).find((d) => !('id' in d && d.id));
  if (anonymous) info.add(DEFAULT_BINDING, anonymous.type === 'FunctionDeclaration' ? 'function' : 'let');
}

type DefaultNode = Node & { type: string; id?: { name: string } | null };
function defaultDeclarations(statements: AnyStatement[]): DefaultNode[] {
  const out: DefaultNode[] = [];
  for (const s of statements) {
    const m = s as unknown as ModuleNode;
    if (m.type === 'ExportDefaultDeclaration') out.push(m.declaration as DefaultNode);
  }
  return out;
}

function functionContext(file: FnContext['file'], program: Program, outer: CScope, parent: FnContext | null, name: string): FnContext {
  const code = new FunctionCode(name, 'normal', file.fileName, rangeFromAcorn(program.loc));
  code.strict = true;
  const scope = new CScope('function', outer, true, name);
  code.scope = scope.info;
  declareSpecialSlots(scope.info);
  moduleFunctionScopes.add(scope.info);
  return new FnContext(file, parent, code, scope);
}

/** The function declarations, made in the module environment when it is linked (so a cycle can call them early). */
function compileHoister(c: FnContext, program: Program, plain: Statement[], statements: AnyStatement[], body: FunctionCode): FunctionCode {
  c.em.at(program);
  hoistFunctions(c, plain);
  for (const d of defaultDeclarations(statements)) {
    if (d.type !== 'FunctionDeclaration' || d.id) continue;
    const prev = c.em.at(d);
    const code = compileFunction(c, { node: d as never, kind: 'normal', name: 'default' });
    c.em.emit(Op.Closure, c.em.constant(code));
    initName(c, DEFAULT_BINDING, d);
    c.em.restore(prev);
  }
  c.em.emit(Op.Closure, c.em.constant(body));
  c.em.emit(Op.Return);
  markModuleBody(c.code);
  return c.code;
}

/** The statements in order; imports and `export ... from` do nothing when the module runs. */
function compileBody(hoister: FnContext, program: Program, statements: AnyStatement[], isAsync: boolean): FunctionCode {
  const c = functionContext(hoister.file, program, hoister.scope, hoister, '');
  c.code.isAsync = isAsync;
  markModuleBody(c.code);
  c.em.at(program);
  c.em.emit(Op.Step, StepKind.Creation);
  for (const s of statements) {
    const m = s as unknown as ModuleNode;
    if (m.type === 'ImportDeclaration' || m.type === 'ExportAllDeclaration') continue;
    if (m.type === 'ExportNamedDeclaration') { if (m.declaration) compileStatement(c, m.declaration as Statement); continue; }
    if (m.type === 'ExportDefaultDeclaration') { compileDefault(c, m.declaration as DefaultNode); continue; }
    compileStatement(c, s as Statement);
  }
  c.em.at(program);
  c.em.emit(Op.Undefined);
  c.em.emit(Op.Return);
  return c.code;
}

function compileDefault(c: FnContext, d: DefaultNode): void {
  if (d.type === 'FunctionDeclaration') return;
  if (d.type === 'ClassDeclaration' && d.id) { compileStatement(c, d as Statement); return; }
  const prev = c.em.at(d);
  step(c, d);
  if (d.type === 'ClassDeclaration') compileClass(c, d as never, 'default');
  else compileNamed(c, d as never, 'default');
  initName(c, DEFAULT_BINDING, d);
  c.em.restore(prev);
}

/** Whether `await` appears at the module's own level (not inside a function): the module is then async. */
function hasTopLevelAwait(program: Program): boolean {
  const work: unknown[] = [program.body];
  while (work.length > 0) {
    const n = work.pop();
    if (Array.isArray(n)) { for (const x of n) work.push(x); continue; }
    if (!isNode(n)) continue;
    const t = n.type as string;
    if (t === 'AwaitExpression' || (t === 'ForOfStatement' && (n as { await?: boolean }).await)) return true;
    if (t === 'FunctionDeclaration' || t === 'FunctionExpression' || t === 'ArrowFunctionExpression' || t === 'MethodDefinition' || t === 'PropertyDefinition' || t === 'StaticBlock') continue;
    for (const [k, v] of Object.entries(n)) if (k !== 'loc' && v !== null && typeof v === 'object') work.push(v);
  }
  return false;
}
