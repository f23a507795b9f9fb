// The program's ES module graph: loading (Node's ESM resolution over the host's reads, within
// the sandbox), the registry keyed by path (a heap root through the agent), and the services
// the loader needs from the agent that runs it. Linking is link.ts, evaluation evaluate.ts.
import { compileModuleCode, type ModuleCode } from '../../compile/moduleCode';
import { loadedFileSyntaxError } from '../../agent/realmServices';
import type { FunctionCode } from '../../bytecode/code';
import type { Env } from '../../env/env';
import type { ScopeInfo } from '../../env/scope';
import { GlassboxSyntaxError, JSThrow, assert } from '../../errors/internal';
import { Msg, formatMessage } from '../../errors/messages';
import { NodeMsg } from '../../errors/nodeMessages';
import { GlassboxUnsupported } from '../../errors/unsupported';
import type { Closure } from '../../heap/function';
import { DEFAULT_FLAGS } from '../../heap/object';
import type { Gen } from '../../ops/convert';
import { throwNodeError } from '../builtins/webSupport';
import { dirnameOf, type ModuleScope } from '../commonjs';
import { coreModuleName, hasCoreModule, unknownBuiltin } from '../node/coreModules';
import { commonjsHint, isFileRequest, resolvePackage, resolvePackageImport, resolvePath, type FileRead, type Resolution } from '../moduleResolve';
import { PackageError } from '../packageExports';
import { throwPackageError } from '../packageErrors';
import type { Realm } from '../realm';
import { isEsModule, type PackageTypes } from './format';
import { validateAttributes } from './attributes';
import type { Peek } from './loadTiming';
import { ModuleRecord } from './moduleRecord';
import { commonjsPart, corePart } from './synthetic';

/** What the loader needs from its agent: environments and closures on its machine, the debugger's table of files. */
export interface LoaderServices {
  newEnv(scope: ScopeInfo): Env;
  makeClosure(code: FunctionCode, env: Env): Closure;
  moduleCompiled(code: FunctionCode): void;
  /** The CommonJS side: the require cache a CommonJS file imported from an ES module joins. */
  commonjs(): ModuleScope;
  /** Each folder's package scope type, shared with the main program's check. */
  readonly packageTypes: PackageTypes;
}

export class EsmLoader {
  readonly records = new Map<string, ModuleRecord>();
  /** A compiled file's name (the main program's may be relative) to its module's path, for import.meta and import(). */
  readonly pathOfFile = new Map<string, string>();
  /** The program's own module, when the program is an ES module. */
  main: ModuleRecord | null = null;
  /** Counts modules becoming async-evaluating: the spec's order of [[AsyncEvaluation]]. */
  asyncCounter = 0;

  constructor(readonly realm: Realm, readonly services: LoaderServices) {}

  private read(path: string): FileRead {
    const read = this.realm.host.readFile;
    if (!read) throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedImport, path));
    return read.call(this.realm.host, path);
  }

  /** The record of the ES module at `path` whose source is compiled already (the main program). */
  addCompiled(path: string, code: ModuleCode): ModuleRecord {
    const record = new ModuleRecord(path, code, null);
    this.records.set(path, record);
    this.pathOfFile.set(code.fileName, path);
    return record;
  }

  /** The referrer's path of code compiled from `fileName`. */
  referrerPath(fileName: string): string {
    return this.pathOfFile.get(fileName) ?? fileName;
  }

  /** HostLoadImportedModule for the whole graph below `record`: every request resolved, read and compiled once. */
  *loadGraph(record: ModuleRecord): Gen<void> {
    const work = [record];
    const seen = new Set<ModuleRecord>();
    while (work.length > 0) {
      const m = work.shift()!;
      if (seen.has(m) || m.code === null) continue;
      seen.add(m);
      if (m.requested.length === m.code.requests.length) { work.push(...m.requested); continue; }
      m.requested = [];
      for (const [i, request] of m.code.requests.entries()) m.requested.push(yield* this.load(request, m.path, m.code.requestAttributes[i]));
      work.push(...m.requested);
    }
  }

  /** The module `specifier` names from the module at `referrer`, made (not yet linked) on first use, checked against the request's import `attributes`. */
  *load(specifier: string, referrer: string, attributes: Record<string, string> = {}): Gen<ModuleRecord> {
    const record = yield* this.loadRecord(specifier, referrer);
    validateAttributes(this.realm, record, attributes);
    return record;
  }

  /** `load` without the attributes' check (for reading a graph ahead, and import.meta.resolve). */
  *loadRecord(specifier: string, referrer: string): Gen<ModuleRecord> {
    const core = coreModuleName(specifier);
    if (core !== undefined) return yield* this.coreRecord(core, specifier);
    if (specifier.startsWith('node:')) unknownBuiltin(this.realm, specifier);
    const path = this.resolve(specifier, referrer);
    const known = this.records.get(path);
    if (known) return known;
    const read = this.read(path);
    assert(read.kind === 'file', 'a resolved module file reads as a file');
    // A JSON file is a module of one default export, made as require makes it (synthetic.ts).
    const record = this.isModuleFile(path, read.source) ? this.compileFile(path, read.source) : new ModuleRecord(path, null, commonjsPart(this, path, read.source));
    this.records.set(path, record);
    return record;
  }

  /** What `load` would do for `specifier` from `referrer`, without doing it: resolution errors throw here. */
  peek(specifier: string, referrer: string): Peek {
    const core = coreModuleName(specifier);
    if (core !== undefined) {
      const known = this.records.get(`node:${core}`);
      if (known) return { kind: 'known', record: known };
      // Told at the import, where the program asked for it.
      if (!hasCoreModule(core)) throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedImport, specifier));
      return { kind: 'now' };
    }
    // Node finds an unknown builtin when it loads it, not when it resolves it.
    if (specifier.startsWith('node:')) return { kind: 'now' };
    const path = this.resolve(specifier, referrer);
    const known = this.records.get(path);
    if (known) return { kind: 'known', record: known };
    const read = this.read(path);
    // Node reads ES module and JSON files asynchronously; CommonJS files at once.
    return read.kind === 'file' && (path.endsWith('.json') || this.isModuleFile(path, read.source)) ? { kind: 'read', path } : { kind: 'now' };
  }

  private *coreRecord(name: string, specifier: string): Gen<ModuleRecord> {
    const key = `node:${name}`;
    const known = this.records.get(key);
    if (known) return known;
    const record = new ModuleRecord(key, null, yield* corePart(this, name, specifier));
    this.records.set(key, record);
    return record;
  }

  /** The record of the ES module file at `path` with text `source`, compiled now (syntax errors are JS SyntaxErrors). */
  compileFile(path: string, source: string): ModuleRecord {
    let code: ModuleCode;
    try {
      code = compileModuleCode(source, path);
    } catch (e) {
      if (!(e instanceof GlassboxSyntaxError)) throw e;
      throw new JSThrow(loadedFileSyntaxError(this.realm, e, source));
    }
    this.services.moduleCompiled(code.hoister);
    return this.addCompiled(path, code);
  }

  /** Node's ESM resolution: a path or file URL exactly as written (no extensions added), or a package. */
  private resolve(specifier: string, referrer: string): string {
    const from = dirnameOf(referrer);
    const asPath = specifier.startsWith('file://') ? decodeURIComponent(specifier.slice(7)) : specifier;
    if (isFileRequest(asPath)) {
      const path = resolvePath(from, asPath);
      const read = this.read(path);
      if (read.kind === 'outside') this.sandbox(specifier, referrer, path, read.root);
      if (read.kind === 'missing') this.notFound(specifier, from, path, referrer);
      return path;
    }
    const found = this.resolvePackage(specifier, from, referrer);
    if (found.kind === 'file') return found.path;
    if (found.kind === 'outside') this.sandbox(specifier, referrer, found.path, found.root);
    if (found.kind === 'missingTarget') this.notFound(specifier, from, found.path, referrer);
    return throwNodeError(this.realm, NodeMsg.EsmPackageNotFound, specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'), referrer);
  }

  /** ERR_MODULE_NOT_FOUND, with Node's hint when `require` would have found a file (`./x` for `./x.js`). */
  private notFound(specifier: string, from: string, path: string, referrer: string): never {
    const found = commonjsHint((p) => this.read(p), specifier, from);
    if (found === undefined) throwNodeError(this.realm, NodeMsg.EsmModuleNotFound, path, referrer);
    // What require finds inside it makes the path a folder, which import does not load.
    if (found.path.startsWith(`${path}/`)) throwNodeError(this.realm, NodeMsg.EsmDirectoryImport, path, referrer, JSON.stringify(found.hint));
    return throwNodeError(this.realm, NodeMsg.EsmModuleNotFoundHint, path, referrer, JSON.stringify(found.hint));
  }

  /** A `#name` through the package's "imports", or a package (with its "exports"), as `import` resolves them. */
  private resolvePackage(specifier: string, from: string, referrer: string): Resolution {
    try {
      if (specifier.startsWith('#')) return resolvePackageImport((p) => this.read(p), specifier, from, 'import');
      return resolvePackage((p) => this.read(p), specifier, from, 'import');
    } catch (e) {
      if (e instanceof PackageError) throwPackageError(this.realm, e, referrer, referrer);
      throw e;
    }
  }

  private sandbox(specifier: string, referrer: string, path: string, root: string): never {
    const e = this.realm.makeError('Error', formatMessage(Msg.SandboxEscapeImport, specifier, referrer, path, root));
    e.put('code', 'ERR_GLASSBOX_SANDBOX', DEFAULT_FLAGS);
    throw new JSThrow(e);
  }

  /** Whether the file at `path` with text `source` runs as an ES module (format.ts). */
  isModuleFile(path: string, source: string): boolean {
    return isEsModule(path, (p) => this.read(p), this.services.packageTypes, source);
  }
}
