// The `path` core module (POSIX, `path.posix === path`): natives over posixPath.ts with Node's
// argument checks. The current directory is the program's folder, set by the module scope.
import { NodeMsg } from '../../errors/nodeMessages';
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import type { Value } from '../../heap/values';
import type { Gen } from '../../ops/convert';
import { get } from '../../ops/object';
import type { Realm } from '../realm';
import { describeReceived, throwNodeError } from '../builtins/webSupport';
import * as posix from './posixPath';

const programFolders = new WeakMap<Realm, string>();

/** The folder `path.resolve` starts from: the program's own (Node's process.cwd() when run from there). */
export function setProgramFolder(realm: Realm, folder: string): void {
  programFolders.set(realm, folder);
}

export function cwdOf(realm: Realm): string {
  return programFolders.get(realm) ?? '/';
}

/** Node's validateString. */
function str(realm: Realm, v: Value, name: string): string {
  if (typeof v !== 'string') throwNodeError(realm, NodeMsg.InvalidArgType, name, 'of type string', describeReceived(v));
  return v;
}

const PARSED_KEYS = ['root', 'dir', 'base', 'ext', 'name'] as const;

/** path.format reads the object's fields as Node does: a falsy field counts as missing. */
function* readPathObject(realm: Realm, v: Value): Gen<Partial<posix.ParsedPath>> {
  if (!(v instanceof JSObject)) throwNodeError(realm, NodeMsg.InvalidArgType, 'pathObject', 'of type object', describeReceived(v));
  const out: Partial<posix.ParsedPath> = {};
  for (const key of PARSED_KEYS) {
    const field = yield* get(realm, v, key);
    if (field) out[key] = String(field);
  }
  return out;
}

export function* makePath(realm: Realm): Gen<JSObject> {
  yield* [];
  const path = realm.newObject();
  const fn = (name: string, length: number, impl: (args: Value[]) => Value) => {
    path.put(name, realm.newNative(name, length, (_this, args) => impl(args)), DEFAULT_FLAGS);
  };
  fn('resolve', 0, (args) => posix.resolve(cwdOf(realm), args.map((a, i) => str(realm, a, `paths[${i}]`))));
  fn('normalize', 1, (args) => posix.normalize(str(realm, args[0], 'path')));
  fn('isAbsolute', 1, (args) => str(realm, args[0], 'path').startsWith('/'));
  fn('join', 0, (args) => posix.join(args.map((a) => str(realm, a, 'path'))));
  fn('relative', 2, (args) => posix.relative(cwdOf(realm), str(realm, args[0], 'from'), str(realm, args[1], 'to')));
  fn('toNamespacedPath', 1, (args) => args[0]);
  fn('dirname', 1, (args) => posix.dirname(str(realm, args[0], 'path')));
  fn('basename', 2, (args) => posix.basename(str(realm, args[0], 'path'), args[1] === undefined ? undefined : str(realm, args[1], 'ext')));
  fn('extname', 1, (args) => posix.extname(str(realm, args[0], 'path')));
  path.put('format', realm.newNative('format', 1, function* (_this, args) {
    return posix.format(yield* readPathObject(realm, args[0]));
  }, { gen: true }), DEFAULT_FLAGS);
  fn('parse', 1, (args) => {
    const parsed = posix.parse(str(realm, args[0], 'path'));
    const o = realm.newObject();
    for (const key of PARSED_KEYS) o.put(key, parsed[key], DEFAULT_FLAGS);
    return o;
  });
  path.put('sep', '/', DEFAULT_FLAGS);
  path.put('delimiter', ':', DEFAULT_FLAGS);
  path.put('posix', path, DEFAULT_FLAGS);
  return path;
}
