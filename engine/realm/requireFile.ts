// Module._load for a resolved file: the require cache (keyed by path, so a module runs once
// and a circular require gets the partial exports), JSON files, and the module wrapper run
// as a real JS call from the require native, so its frames are on the machine's stack.
import { JSThrow } from '../errors/internal';
import { JSArray, JSObject, METHOD_FLAGS } from '../heap/object';
import type { Value } from '../heap/values';
import type { Gen } from '../ops/convert';
import { call, get } from '../ops/object';
import { markModuleLoaded, moduleArgs, newModule } from './commonjs';
import type { Realm } from './realm';

/** The program's modules: Node's Module._cache (what `require.cache` shows) and the main module. */
export interface ModuleRegistry {
  cache: JSObject;
  main: JSObject;
}

/** `require` of the file at `filename` (text `source`) from `parent`: its exports, from the cache when it has run. */
export function* requireFile(realm: Realm, registry: ModuleRegistry, parent: JSObject, filename: string, source: string): Gen<Value> {
  const cached = registry.cache.getOwn(filename)?.value;
  if (cached instanceof JSObject) {
    yield* addChild(realm, parent, cached);
    return yield* get(realm, cached, 'exports');
  }
  const module = newModule(realm, filename, filename, parent);
  registry.cache.put(filename, module);
  yield* addChild(realm, parent, module);
  let threw = true;
  try {
    if (filename.endsWith('.json')) yield* loadJson(realm, module, filename, source);
    else yield* runWrapper(realm, registry, module, filename, source);
    threw = false;
  } finally {
    // Node forgets a module whose body threw, so a later require runs it again.
    if (threw) forget(registry, parent, module, filename);
  }
  markModuleLoaded(module);
  return yield* get(realm, module, 'exports');
}

/** Module._extensions['.js']: the wrapper function called with `this` = module.exports. */
function* runWrapper(realm: Realm, registry: ModuleRegistry, module: JSObject, filename: string, source: string): Gen<void> {
  const wrapper = realm.host.compileModule(source, filename);
  const args = moduleArgs(realm, registry, module);
  yield { kind: 'call', fn: wrapper, thisArg: args[0], args };
}

/** Module._extensions['.json']: the realm's JSON.parse; a bad file's message starts with its path. */
function* loadJson(realm: Realm, module: JSObject, filename: string, source: string): Gen<void> {
  const parse = realm.intrinsic('%JSON%').getOwn('parse')?.value;
  try {
    module.put('exports', yield* call(realm, parse, undefined, [source]));
  } catch (e) {
    if (e instanceof JSThrow && e.value instanceof JSObject) {
      const message = yield* get(realm, e.value, 'message');
      e.value.put('message', `${filename}: ${String(message)}`, METHOD_FLAGS);
    }
    throw e;
  }
}

/** updateChildren: the parent lists each module it required once. */
function* addChild(realm: Realm, parent: JSObject, child: JSObject): Gen<void> {
  const children = parent.getOwn('children')?.value;
  if (!(children instanceof JSArray) || children.items.includes(child)) return;
  const push = realm.intrinsic('%Array.prototype%').getOwn('push')?.value;
  yield* call(realm, push, children, [child]);
}

function forget(registry: ModuleRegistry, parent: JSObject, module: JSObject, filename: string): void {
  if (registry.cache.getOwn(filename)?.value === module) registry.cache.deleteOwn(filename);
  const children = parent.getOwn('children')?.value;
  if (children instanceof JSArray) {
    const i = children.items.indexOf(module);
    if (i >= 0) children.items.splice(i, 1);
  }
}
