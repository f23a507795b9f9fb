// Node's CommonJS module scope: the five values Node passes to the function it wraps every
// `.js` file in (exports, require, module, __filename, __dirname). Core modules come from
// realm/node/; loading files is the host's part (RealmHost.loadModule): without a loader a
// file ends the run as unsupported, and a name Node does not have is MODULE_NOT_FOUND.
import { JSThrow } from '../errors/internal';
import { DEFAULT_FLAGS, JSObject } from '../heap/object';
import { JSSymbol, Value } from '../heap/values';
import { NodeMsg } from '../errors/nodeMessages';
import { describeReceived, throwNodeError } from './builtins/webSupport';
import type { Realm } from './realm';
import { Msg, formatMessage } from '../errors/messages';
import { GlassboxUnsupported } from '../errors/unsupported';
import { setProgramFolder } from './node/path';
import { coreModuleName, requireCore, unknownBuiltin } from './node/coreModules';

/** The module wrapper's parameters, in Node's order. */
export const MODULE_PARAMETERS = ['exports', 'require', 'module', '__filename', '__dirname'] as const;

export interface ModuleScope {
  module: JSObject;
  /** The wrapper's arguments, in MODULE_PARAMETERS order. */
  args: Value[];
  /** Node sets `loaded` once the module's body has run. */
  markLoaded(): void;
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

/** Module._nodeModulePaths: `node_modules` in the folder and each folder above it. */
function nodeModulePaths(dir: string): string[] {
  if (!dir.startsWith('/')) return [];
  const parts = dir.split('/').filter((p) => p !== '');
  const out: string[] = [];
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    out.push(`/${parts.slice(0, i).join('/')}/node_modules`);
  }
  out.push('/node_modules');
  return out;
}

/** The main module's scope for the program file at absolute path `filename`. */
export function makeModuleScope(realm: Realm, filename: string): ModuleScope {
  const dirname = dirnameOf(filename);
  setProgramFolder(realm, dirname);
  const exports = realm.newObject();
  const module = realm.newObject();
  const set = (key: string | JSSymbol, v: Value) => module.put(key, v, FIELD);
  set('id', '.');
  set('path', dirname);
  set('exports', exports);
  set('filename', filename);
  set('loaded', false);
  set('children', realm.newArray());
  set('paths', realm.newArray(nodeModulePaths(dirname)));
  set(IS_MAIN, true);
  set(CACHED_BY_ESM, false);
  set(EXECUTING, true);
  const require = makeRequire(realm, module, filename);
  return {
    module,
    args: [exports, require, module, filename, dirname],
    markLoaded: () => { set('loaded', true); set(EXECUTING, false); },
  };
}

function makeRequire(realm: Realm, module: JSObject, filename: string): JSObject {
  const require = realm.newNative('require', 1, function* (_this, args) {
    const id = checkId(realm, args[0]);
    const core = coreModuleName(id);
    if (core !== undefined) return yield* requireCore(realm, core, id);
    if (id.startsWith('node:')) unknownBuiltin(realm, id);
    const load = realm.host.loadModule;
    if (!load) refuseFile(id);
    const loaded = load ? yield* load.call(realm.host, id, filename) : undefined;
    if (loaded === undefined) throw notFound(realm, id, filename);
    return loaded;
  }, { gen: true });
  const resolve = realm.newNative('resolve', 2, (_this, args) => {
    const id = checkId(realm, args[0], 'request');
    if (coreModuleName(id) !== undefined) return id;
    if (!realm.host.loadModule) refuseFile(id);
    throw notFound(realm, id, filename);
  });
  const field = (o: JSObject, key: string, v: Value) => o.put(key, v, FIELD);
  field(require, 'resolve', resolve);
  field(require, 'main', module);
  const cache = realm.newObject(null);
  field(cache, filename, module);
  field(require, 'cache', cache);
  return require;
}

/** Without a loader, a file (`./x`, `../y`, `/abs`, `.`, `..`) ends the run: Glassbox cannot tell whether Node would find it. */
function refuseFile(id: string): void {
  const isFile = id === '.' || id === '..' || id.startsWith('./') || id.startsWith('../') || id.startsWith('/');
  if (isFile) throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedRequire, id));
}

/** Node's validateString of the specifier (ERR_INVALID_ARG_TYPE / ERR_INVALID_ARG_VALUE). */
function checkId(realm: Realm, v: Value, name = 'id'): string {
  if (typeof v !== 'string') throwNodeError(realm, NodeMsg.InvalidArgType, name, 'of type string', describeReceived(v));
  if (v === '' && name === 'id') throwNodeError(realm, NodeMsg.EmptyStringArg, name);
  return v;
}

/** Module._resolveFilename's error: the specifier and the require stack (just the main module here). */
function notFound(realm: Realm, id: string, filename: string): JSThrow {
  const e = realm.makeError('Error', formatMessage(Msg.ModuleNotFound, id, filename));
  e.put('code', 'MODULE_NOT_FOUND', DEFAULT_FLAGS);
  e.put('requireStack', realm.newArray([filename]), DEFAULT_FLAGS);
  return new JSThrow(e);
}
