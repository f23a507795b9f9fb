// Node's CommonJS module scope: the five values Node passes to the function it wraps every
// `.js` file in (exports, require, module, __filename, __dirname), and each module's `require`.
// Core modules come from realm/node/; files and node_modules packages are resolved over the
// host's reads (RealmHost.readFile, moduleResolve.ts) and run by requireFile.ts. Without a
// reader a file ends the run as unsupported and a package name is MODULE_NOT_FOUND.
import { JSThrow } from '../errors/internal';
import { DEFAULT_FLAGS, JSObject, METHOD_FLAGS } from '../heap/object';
import { JSSymbol, Value } from '../heap/values';
import { NodeMsg } from '../errors/nodeMessages';
import { describeReceived, throwNodeError } from './builtins/webSupport';
import type { Realm } from './realm';
import { Msg, formatMessage } from '../errors/messages';
import { GlassboxUnsupported } from '../errors/unsupported';
import { setProgramFolder } from './node/path';
import { coreModuleName, requireCore, unknownBuiltin } from './node/coreModules';
import { isFileRequest, nodeModulePaths, resolveFile, resolvePackage, resolvePackageImport, type FileRead, type Resolution } from './moduleResolve';
import { PackageError } from './packageExports';
import { throwPackageError } from './packageErrors';
import { requireFile, type ModuleRegistry } from './requireFile';
import { isEsModuleFile, requireEsModule } from './esm/runtime';

/** The module wrapper's parameters, in Node's order. */
export const MODULE_PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname'] as const;

export interface ModuleScope {
  module: JSObject;
  /** The wrapper's arguments, in MODULE_PARAMETERS order. */
  args: Value[];
  /** Node sets `loaded` once the module's body has run. */
  markLoaded(): void;
  /** The require cache and the main module, shared by every module's `require` (a heap root through the agent). */
  registry: ModuleRegistry;
}

// Node's own symbol-keyed properties of a Module; console.log(module) prints them.
const IS_MAIN = new JSSymbol('kIsMainSymbol');
const CACHED_BY_ESM = new JSSymbol('kIsCachedByESMLoader');
const EXECUTING = new JSSymbol('kIsExecuting');

const FIELD = 7; // writable, enumerable, configurable: a plain assignment in Node's Module constructor

/** The folder part of a '/'-separated path, as path.dirname gives it. */
export function dirnameOf(file: string): string {
  const i = file.lastIndexOf('/');
  if (i < 0) return '.';
  return i === 0 ? '/' : file.slice(0, i);
}

/** Node's `new Module(id, parent)` with its filename set, as Module._load makes it. */
export function newModule(realm: Realm, id: string, filename: string, parent: JSObject | null): JSObject {
  const dirname = dirnameOf(filename);
  const module = realm.newObject();
  const set = (key: string | JSSymbol, v: Value) => module.put(key, v, FIELD);
  set('id', id);
  set('path', dirname);
  set('exports', realm.newObject());
  set('filename', filename);
  set('loaded', false);
  set('children', realm.newArray());
  set('paths', realm.newArray(nodeModulePaths(dirname)));
  set(IS_MAIN, parent === null);
  set(CACHED_BY_ESM, false);
  set(EXECUTING, true);
  // Not enumerable: in Node `parent` is a getter, not a field console.log shows.
  module.put('parent', parent, METHOD_FLAGS);
  return module;
}

/** Sets `loaded` as Node does once a module's body has run. */
export function markModuleLoaded(module: JSObject): void {
  module.put('loaded', true, FIELD);
  module.put(EXECUTING, false, FIELD);
}

/** The main module's scope for the program file at absolute path `filename`. */
export function makeModuleScope(realm: Realm, filename: string): ModuleScope {
  setProgramFolder(realm, dirnameOf(filename));
  const module = newModule(realm, '.', filename, null);
  const registry: ModuleRegistry = { cache: realm.newObject(null), main: module };
  registry.cache.put(filename, module, FIELD);
  return { module, args: moduleArgs(realm, registry, module), markLoaded: () => markModuleLoaded(module), registry };
}

/** The wrapper's arguments for `module`: its exports, its own require, itself, its file and folder. */
export function moduleArgs(realm: Realm, registry: ModuleRegistry, module: JSObject): Value[] {
  const filename = module.getOwn('filename')?.value as string;
  return [module.getOwn('exports')?.value, makeRequire(realm, registry, module, filename), module, filename, dirnameOf(filename)];
}

function makeRequire(realm: Realm, registry: ModuleRegistry, module: JSObject, filename: string): JSObject {
  const require = realm.newNative('require', 1, function* (_this, args) {
    const id = checkId(realm, args[0]);
    const core = coreModuleName(id);
    if (core !== undefined) return yield* requireCore(realm, core, id);
    if (id.startsWith('node:')) unknownBuiltin(realm, id);
    const found = resolveOrThrow(realm, module, filename, id);
    if (isEsModuleFile(realm, found.path, found.source)) return yield* requireEsModule(realm, found.path, found.source, filename);
    return yield* requireFile(realm, registry, module, found.path, found.source);
  }, { gen: true });
  const resolve = realm.newNative('resolve', 2, (_this, args) => {
    const id = checkId(realm, args[0], 'request');
    if (coreModuleName(id) !== undefined) return id;
    return resolveOrThrow(realm, module, filename, id).path;
  });
  const field = (o: JSObject, key: string, v: Value) => o.put(key, v, FIELD);
  field(require, 'resolve', resolve);
  field(require, 'main', registry.main);
  field(require, 'cache', registry.cache);
  return require;
}

/** Module._resolveFilename for a file: the found file, or Node's MODULE_NOT_FOUND, or the sandbox's error. */
function resolveOrThrow(realm: Realm, module: JSObject, filename: string, id: string): Extract<Resolution, { kind: 'file' }> {
  const read = realm.host.readFile;
  if (!read) {
    // Without a reader Glassbox cannot tell whether Node would find the file.
    if (isFileRequest(id)) throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedRequire, id));
    throw notFound(realm, id, module);
  }
  const readFile = (p: string) => read.call(realm.host, p);
  const found = resolveRequest(realm, readFile, id, filename);
  if (found.kind === 'missing') throw notFound(realm, id, module);
  if (found.kind === 'missingTarget') {
    const e = realm.makeError('Error', formatMessage(Msg.PackageTargetNotFound, found.path));
    e.put('code', 'MODULE_NOT_FOUND', DEFAULT_FLAGS);
    throw new JSThrow(e);
  }
  if (found.kind === 'outside') {
    const e = realm.makeError('Error', formatMessage(Msg.SandboxEscape, id, filename, found.path, found.root));
    e.put('code', 'ERR_GLASSBOX_SANDBOX', DEFAULT_FLAGS);
    throw new JSThrow(e);
  }
  return found;
}

/** The request resolved as `require` does: a path, a `#name` of the package's "imports", or a package (with its "exports"). */
function resolveRequest(realm: Realm, readFile: (path: string) => FileRead, id: string, filename: string): Resolution {
  try {
    if (isFileRequest(id)) return resolveFile(readFile, id, dirnameOf(filename));
    if (id.startsWith('#')) return resolvePackageImport(readFile, id, dirnameOf(filename), 'require');
    return resolvePackage(readFile, id, dirnameOf(filename), 'require');
  } catch (e) {
    if (e instanceof PackageError) throwPackageError(realm, e, null, filename);
    throw e;
  }
}

/** Node's validateString of the specifier (ERR_INVALID_ARG_TYPE / ERR_INVALID_ARG_VALUE). */
function checkId(realm: Realm, v: Value, name = 'id'): string {
  if (typeof v !== 'string') throwNodeError(realm, NodeMsg.InvalidArgType, name, 'of type string', describeReceived(v));
  if (v === '' && name === 'id') throwNodeError(realm, NodeMsg.EmptyStringArg, name);
  return v;
}

/** Module._resolveFilename's error: the specifier and the require stack (the requiring module, then its parents). */
function notFound(realm: Realm, id: string, module: JSObject): JSThrow {
  const stack: string[] = [];
  const seen = new Set<JSObject>();
  for (let m: Value = module; m instanceof JSObject && !seen.has(m); m = m.getOwn('parent')?.value) {
    seen.add(m);
    const f = m.getOwn('filename')?.value;
    if (typeof f === 'string') stack.push(f);
  }
  const e = realm.makeError('Error', formatMessage(Msg.ModuleNotFound, id, stack.map((f) => `- ${f}`).join('\n')));
  e.put('code', 'MODULE_NOT_FOUND', DEFAULT_FLAGS);
  e.put('requireStack', realm.newArray(stack), DEFAULT_FLAGS);
  return new JSThrow(e);
}
