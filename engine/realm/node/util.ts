// The `util` core module: format and inspect are the engine's console formatting
// (engine/inspect/), types are slot predicates (utilTypes.ts), and the functions Node writes
// in JS over user functions come from utilSource.ts.
import { assert } from '../../errors/internal';
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import { type Gen } from '../../ops/convert';
import { get } from '../../ops/object';
import { formatWithOptions } from '../../inspect/formatString';
import { optionsFromObject } from '../../inspect/inspectOptions';
import type { InspectOptions } from '../../inspect/inspect';
import type { Value } from '../../heap/values';
import { inspectWithTags } from '../../inspect/resolveTags';
import type { Realm } from '../realm';
import { symbolFor } from '../builtins/Symbol';
import { requireCore } from './coreModules';
import { runJsModule } from './jsModule';
import { UTIL_SOURCE } from './utilSource';
import { COMPARE_SOURCE } from './utilCompareSource';
import { UTIL_EXTRAS_SOURCE } from './utilExtrasSource';

export { makeUtilTypes } from './utilTypes';

/** util.inspect's options: an object, or Node's legacy `(value, showHidden, depth)` (depth null: no limit). */
function inspectOptions(args: Value[]): Partial<InspectOptions> {
  const opts = typeof args[1] === 'boolean' ? { showHidden: args[1] } : optionsFromObject(args[1]);
  const depth = args[2];
  if (typeof args[1] !== 'object' && (depth === null || typeof depth === 'number')) opts.depth = depth ?? Infinity;
  return opts;
}

/** util.format, util.formatWithOptions and util.inspect (with `inspect.custom`). */
function formatting(realm: Realm): Record<string, JSObject> {
  const gen = { gen: true };
  const inspect = realm.newNative('inspect', 2, (_this, args) => inspectWithTags(realm, args[0], inspectOptions(args)), gen);
  inspect.put('custom', symbolFor(realm, 'nodejs.util.inspect.custom'), DEFAULT_FLAGS);
  return {
    format: realm.newNative('format', 0, (_this, args) => formatWithOptions(realm, {}, args), gen),
    formatWithOptions: realm.newNative('formatWithOptions', 1, (_this, args) => {
      return formatWithOptions(realm, optionsFromObject(args[0]), args.slice(1));
    }, gen),
    inspect,
  };
}

const FROM_JS = ['callbackify', 'debuglog', 'deprecate', 'inherits', 'isDeepStrictEqual', 'parseArgs', 'promisify', 'styleText'] as const;

export function* makeUtil(realm: Realm): Gen<JSObject> {
  const js = yield* runJsModule(realm, 'util', `${COMPARE_SOURCE}${UTIL_EXTRAS_SOURCE}${UTIL_SOURCE}`);
  const natives = formatting(realm);
  const util = realm.newObject();
  const put = (name: string, v: JSObject) => util.put(name, v, DEFAULT_FLAGS);
  for (const name of FROM_JS) {
    const fn = yield* get(realm, js, name);
    assert(fn instanceof JSObject, `node:util made no ${name}`);
    put(name, fn);
  }
  for (const [name, fn] of Object.entries(natives)) put(name, fn);
  put('debug', util.getOwn('debuglog')!.value as JSObject);
  for (const [key, name] of [['colors', 'inspectColors'], ['styles', 'inspectStyles']] as const) {
    const table = yield* get(realm, js, name);
    assert(table instanceof JSObject, `node:util made no ${name}`);
    natives.inspect.put(key, table, DEFAULT_FLAGS);
  }
  put('types', yield* requireCore(realm, 'util/types'));
  // Node's util hands out the same functions as the globals and Array.
  const isArray = yield* get(realm, realm.intrinsic('%Array%'), 'isArray');
  assert(isArray instanceof JSObject, 'Array.isArray is a function');
  put('isArray', isArray);
  for (const name of ['TextDecoder', 'TextEncoder']) put(name, realm.intrinsic(`%${name}%`));
  return util;
}
