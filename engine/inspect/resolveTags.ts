// Node's inspect runs user code on its way: each object's util.inspect.custom method, and its
// Symbol.toStringTag read with a plain Get (`get [Symbol.toStringTag]()` prints `T [tag] {}`).
// inspect itself never runs user code: this pass makes those calls first, as VM requests, in
// print order, and records what they return.
import { JSArray, JSObject } from '../heap/object';
import { MapObject, PromiseObject, SetObject } from '../heap/slots';
import { HOLE, Value, WellKnown, arrayIndex } from '../heap/values';
import { Gen } from '../ops/convert';
import { call } from '../ops/object';
import { isProxy, proxyTargetOf } from '../heap/proxy';
import type { Realm } from '../realm/realm';
import { dataGet } from './constructorName';
import { customResult } from './customInspect';
import { defaultInspectOptions, InspectOptions, inspect } from './inspect';

/** Values user code returned for an object (its toStringTag, its custom inspection). */
export type TagCache = Map<JSObject, Value>;

/** inspect, after running the custom methods and toStringTag getters of the objects it will format. */
export function* inspectWithTags(realm: Realm, value: Value, options: Partial<InspectOptions> = {}): Gen<string> {
  const tags: TagCache = new Map();
  const custom: TagCache = new Map();
  yield* resolveTags(realm, value, { ...defaultInspectOptions, ...options }, tags, custom);
  return inspect(realm, value, options, tags, custom);
}

/**
 * Visits what inspect would format, in print order (depth-first, entries in order), down
 * to one level past `depth` (those still print `[Name [tag]]`), calling tag getters.
 */
function* resolveTags(realm: Realm, root: Value, options: InspectOptions, tags: TagCache, custom: TagCache): Gen<void> {
  if (!(root instanceof JSObject)) return;
  const seen = new Set<JSObject>([root]);
  const stack: [JSObject, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [popped, level] = stack.pop()!;
    const o = isProxy(popped) ? proxyTargetOf(popped) : popped;
    if (o === null) continue;
    const result = yield* customResult(realm, o, level, options);
    if (result !== undefined) {
      // Printed in o's place: a string as it is, anything else formatted at o's level.
      custom.set(o, result.value);
      if (result.value instanceof JSObject && !seen.has(result.value)) {
        seen.add(result.value);
        stack.push([result.value, level]);
      }
      continue;
    }
    const p = o.lookup(WellKnown.toStringTag);
    if (p !== undefined && p.isAccessor && p.get !== undefined) tags.set(o, yield* call(realm, p.get, o, []));
    if (level > options.depth) continue;
    const children = childrenOf(o, options).filter((c): c is JSObject => c instanceof JSObject && !seen.has(c));
    for (const c of children) seen.add(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i], level + 1]);
  }
}

/** The values inspect formats inside `o` (accessors are shown as [Getter], not read). */
function childrenOf(o: JSObject, options: InspectOptions): Value[] {
  const out: Value[] = [];
  const max = Math.max(0, options.maxArrayLength);
  if (o instanceof JSArray) for (const v of o.items.slice(0, max)) if (v !== HOLE) out.push(v);
  if (o instanceof MapObject) for (const [k, v] of [...o.data].slice(0, max)) out.push(k, v);
  if (o instanceof SetObject) out.push(...[...o.data].slice(0, max));
  if (o instanceof PromiseObject && o.state !== 'pending') out.push(o.result);
  for (const key of o.ownKeys()) {
    if (o instanceof JSArray && (key === 'length' || arrayIndex(key) >= 0)) continue;
    const prop = o.getOwn(key);
    if (prop !== undefined && !prop.isAccessor && (options.showHidden || prop.enumerable)) out.push(prop.value);
  }
  out.push(dataGet(o, 'cause'), dataGet(o, 'errors'));
  return out;
}
