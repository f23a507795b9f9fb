// The `path` core module (POSIX, `path.posix === path`, and path.win32): natives over posixPath.ts
// and win32Path.ts with Node's argument checks. The current directory is the program's folder, set by the module scope.
import { NodeMsg } from '../../errors/nodeMessages';
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import type { Value } from '../../heap/values';
import type { Gen } from '../../ops/convert';
import { get } from '../../ops/object';
import type { Realm } from '../realm';
import { describeReceived, throwNodeError } from '../builtins/webSupport';
import * as posix from './posixPath';
import * as win32 from './win32Path';

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

/** One flavour of path arithmetic (posixPath.ts, win32Path.ts), with its separators. */
interface PathFlavour {
  resolve(cwd: string, paths: string[]): string;
  normalize(p: string): string;
  isAbsolute(p: string): boolean;
  join(paths: string[]): string;
  relative(cwd: string, from: string, to: string): string;
  toNamespacedPath(cwd: string, p: string): string;
  dirname(p: string): string;
  basename(p: string, suffix?: string): string;
  extname(p: string): string;
  parse(p: string): posix.ParsedPath;
  format(o: Partial<posix.ParsedPath>): string;
  sep: string;
  delimiter: string;
}

const POSIX: PathFlavour = {
  ...posix,
  isAbsolute: (p) => p.startsWith('/'),
  toNamespacedPath: (_cwd, p) => p,
  sep: '/',
  delimiter: ':',
};

const WIN32: PathFlavour = { ...win32, sep: '\\', delimiter: ';' };

/** The module object of one flavour: natives with Node's argument checks. */
function pathObject(realm: Realm, flavour: PathFlavour): JSObject {
  const path = realm.newObject();
  const fn = (name: string, length: number, impl: (args: Value[]) => Value) => {
    path.put(name, realm.newNative(name, length, (_this, args) => impl(args)), DEFAULT_FLAGS);
  };
  fn('resolve', 0, (args) => flavour.resolve(cwdOf(realm), args.map((a, i) => str(realm, a, `paths[${i}]`))));
  fn('normalize', 1, (args) => flavour.normalize(str(realm, args[0], 'path')));
  fn('isAbsolute', 1, (args) => flavour.isAbsolute(str(realm, args[0], 'path')));
  fn('join', 0, (args) => flavour.join(args.map((a) => str(realm, a, 'path'))));
  fn('relative', 2, (args) => flavour.relative(cwdOf(realm), str(realm, args[0], 'from'), str(realm, args[1], 'to')));
  // Node's toNamespacedPath takes anything: what is no string comes back as it is.
  fn('toNamespacedPath', 1, (args) => (typeof args[0] === 'string' ? flavour.toNamespacedPath(cwdOf(realm), args[0]) : args[0]));
  fn('dirname', 1, (args) => flavour.dirname(str(realm, args[0], 'path')));
  fn('basename', 2, (args) => flavour.basename(str(realm, args[0], 'path'), args[1] === undefined ? undefined : str(realm, args[1], 'suffix')));
  fn('extname', 1, (args) => flavour.extname(str(realm, args[0], 'path')));
  path.put('format', realm.newNative('format', 1, function* (_this, args) {
    return flavour.format(yield* readPathObject(realm, args[0]));
  }, { gen: true }), DEFAULT_FLAGS);
  fn('parse', 1, (args) => {
    const parsed = flavour.parse(str(realm, args[0], 'path'));
    const o = realm.newObject();
    for (const key of PARSED_KEYS) o.put(key, parsed[key], DEFAULT_FLAGS);
    return o;
  });
  path.put('sep', flavour.sep, DEFAULT_FLAGS);
  path.put('delimiter', flavour.delimiter, DEFAULT_FLAGS);
  return path;
}

/** `path` is path.posix; path.win32 is the other flavour; each names both (`path.win32.posix === path`). */
export function* makePath(realm: Realm): Gen<JSObject> {
  yield* [];
  const path = pathObject(realm, POSIX);
  const win32Path = pathObject(realm, WIN32);
  for (const o of [path, win32Path]) {
    o.put('win32', win32Path, DEFAULT_FLAGS);
    o.put('posix', path, DEFAULT_FLAGS);
  }
  return path;
}
