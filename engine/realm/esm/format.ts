// Which files Node 20 runs as ES modules: `.mjs`; `.js` under the nearest package.json with
// "type": "module"; and a `.js` file whose package scope names no type when its source has
// module syntax (Node's detection: it does not parse as CommonJS and does as an ES module).
// `.cjs` and everything else: CommonJS. Pure over the host's reads.
import type { FunctionCode } from '../../bytecode/code';
import { compileModuleCode, type ModuleCode } from '../../compile/moduleCode';
import { compileProgram } from '../../compile/program';
import { GlassboxSyntaxError } from '../../errors/internal';
import { boundNames } from '../../compile/declarations';
import type { Statement } from '../../parse/ast';
import { parseProgram } from '../../parse/parse';
import { MODULE_PARAMETERS, dirnameOf } from '../commonjs';
import type { FileRead } from '../moduleResolve';

/** Each folder's package scope "type" ("module", "commonjs", or none), so each package.json is read once. */
export type PackageTypes = Map<string, string | undefined>;

/** Whether the file at `path` (text `source`, when known) runs as an ES module. */
export function isEsModule(path: string, read: (path: string) => FileRead, types: PackageTypes, source?: string): boolean {
  if (path.endsWith('.mjs')) return true;
  if (!path.endsWith('.js')) return false;
  const type = scopeType(dirnameOf(path), read, types);
  if (type === 'module') return true;
  if (type === 'commonjs' || source === undefined) return false;
  return hasModuleSyntax(source, path);
}

/**
 * The program file compiled as Node 20 runs it: an ES module by its name or package type; else
 * as CommonJS, and when that fails with a syntax error in a .js file of no package type, as an
 * ES module if it compiles as one (Node's detection, on the failure path only: a CommonJS
 * program is parsed once). A file that compiles neither way throws its CommonJS error.
 */
export function compileProgramFile(source: string, fileName: string, path: string, read: (path: string) => FileRead, types: PackageTypes): { code: FunctionCode; module?: ModuleCode } {
  if (isEsModule(path, read, types)) return moduleCompiled(compileModuleCode(source, fileName, path));
  try {
    return { code: compileProgram(source, fileName, 'module') };
  } catch (e) {
    if (!(e instanceof GlassboxSyntaxError) || !path.endsWith('.js') || scopeType(dirnameOf(path), read, types) !== undefined) throw e;
    try {
      return moduleCompiled(compileModuleCode(source, fileName, path));
    } catch {
      throw e;
    }
  }
}

function moduleCompiled(module: ModuleCode): { code: FunctionCode; module: ModuleCode } {
  return { code: module.hoister, module };
}

/** The "type" of the nearest package.json from `dir` up, within the program's folder tree. */
function scopeType(dir: string, read: (path: string) => FileRead, types: PackageTypes): string | undefined {
  if (types.has(dir)) return types.get(dir);
  // A relative path has no folders above it to look in (the engine is given absolute paths).
  if (!dir.startsWith('/')) return undefined;
  const pkg = read(`${dir === '/' ? '' : dir}/package.json`);
  const type = pkg.kind === 'file' ? packageType(pkg.source) : pkg.kind === 'missing' && dir !== '/' ? scopeType(dirnameOf(dir), read, types) : undefined;
  types.set(dir, type);
  return type;
}

function packageType(source: string): string | undefined {
  try {
    const type: unknown = (JSON.parse(source) as { type?: unknown }).type;
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined;
  }
}

const MAY_HAVE_MODULE_SYNTAX = /\b(?:import|export|await)\b|\b(?:let|const|class)\s+(?:exports|require|module|__filename|__dirname)\b/;

/**
 * Node 20's containsModuleSyntax, for a file without a package type: import/export,
 * import.meta, top-level await, or a top-level `let require` and the like make a file that
 * fails as CommonJS parse as a module.
 */
export function hasModuleSyntax(source: string, fileName: string): boolean {
  // Most CommonJS files name none of these words: no second parse for them.
  if (!MAY_HAVE_MODULE_SYNTAX.test(source)) return false;
  const parse = (esModule: boolean) => {
    try {
      return parseProgram(source, { fileName, commonjs: !esModule, esModule });
    } catch (e) {
      if (e instanceof GlassboxSyntaxError) return undefined;
      throw e;
    }
  };
  const asCommonjs = parse(false);
  if (asCommonjs && !redeclaresWrapperName(asCommonjs.body)) return false;
  return parse(true) !== undefined;
}

/** A top-level let, const or class named like a parameter of Node's module wrapper (a SyntaxError in CommonJS). */
function redeclaresWrapperName(body: Statement[]): boolean {
  const params: readonly string[] = MODULE_PARAMETERS;
  for (const s of body) {
    const ids = s.type === 'ClassDeclaration' ? [s.id] : s.type === 'VariableDeclaration' && s.kind !== 'var' ? s.declarations.map((d) => d.id) : [];
    for (const id of ids) if (boundNames(id).some((n) => params.includes(n))) return true;
  }
  return false;
}
