// util.inspect.custom (`Symbol.for('nodejs.util.inspect.custom')`): an object's own way to be
// printed. Node calls it as `obj[custom](depth, options, inspect)`; this runs it as VM calls.
import { isCallable, JSFunction } from '../heap/function';
import { DEFAULT_FLAGS, JSObject } from '../heap/object';
import { Value } from '../heap/values';
import { Gen } from '../ops/convert';
import { call, get } from '../ops/object';
import type { Realm } from '../realm/realm';
import { symbolFor } from '../realm/builtins/Symbol';
import type { InspectOptions } from './inspect';
import { optionsFromObject } from './inspectOptions';
import { inspectWithTags } from './resolveTags';
import { stylizeFor } from './stylize';
import { plainString } from './constructorName';

/** The `inspect` handed to custom methods, one per realm so it is always the same function. */
const inspectFns = new WeakMap<Realm, JSFunction>();

function inspectFunction(realm: Realm): JSFunction {
  let f = inspectFns.get(realm);
  if (f === undefined) {
    f = realm.newNative('inspect', 2, function* (_this, args): Gen<Value> {
      return yield* inspectWithTags(realm, args[0], optionsFromObject(args[1]));
    }, { gen: true });
    inspectFns.set(realm, f);
    // Made at run time and kept here for good: an intrinsic, so the collector keeps it too.
    realm.intrinsics.set('%GlassboxInspect%', f);
  }
  return f;
}

/** Node's getUserOptions: the options in effect, in Node's key order, with Node's stylize for them. */
function userOptions(realm: Realm, o: InspectOptions): JSObject {
  const obj = realm.newObject();
  const colored = stylizeFor(realm, o.colors);
  const stylize = o.colors
    ? realm.newNative('stylizeWithColor', 2, (_this, args) => colored(plainString(args[0]), plainString(args[1])))
    : realm.newNative('stylizeNoColor', 1, (_this, args) => args[0]);
  const entries: [string, Value][] = [
    ['stylize', stylize], ['showHidden', o.showHidden], ['depth', o.depth], ['colors', o.colors],
    ['customInspect', o.customInspect], ['showProxy', false], ['maxArrayLength', o.maxArrayLength],
    ['maxStringLength', o.maxStringLength], ['breakLength', o.breakLength], ['compact', o.compact],
    ['sorted', o.sorted], ['getters', false], ['numericSeparator', false],
  ];
  for (const [k, v] of entries) obj.put(k, v, DEFAULT_FLAGS);
  return obj;
}

/**
 * What `o`'s custom method returns when inspect meets it `level` levels down, or undefined
 * when it has none. As in Node, a prototype (`o.constructor.prototype === o`) is skipped and
 * a method returning `o` itself means "format me as usual".
 */
export function* customResult(realm: Realm, o: JSObject, level: number, options: InspectOptions): Gen<{ value: Value } | undefined> {
  if (!options.customInspect) return undefined;
  const method = yield* get(realm, o, symbolFor(realm, 'nodejs.util.inspect.custom'));
  const inspectFn = inspectFunction(realm);
  if (!isCallable(method) || method === inspectFn) return undefined;
  const ctor = yield* get(realm, o, 'constructor');
  if (ctor instanceof JSObject && (yield* get(realm, ctor, 'prototype')) === o) return undefined;
  const depth = options.depth - level;
  const value = yield* call(realm, method, o, [depth, userOptions(realm, options), inspectFn]);
  return value === o ? undefined : { value };
}
