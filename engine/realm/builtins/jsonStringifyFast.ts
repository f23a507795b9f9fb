// JSON.stringify's fast path: plain objects and arrays of data properties, no replacer, no
// toJSON anywhere, no cycle. Serializing reads only, so giving up midway has no effect.
import { NEEDS_GENERATOR } from '../../heap/function';
import { JSArray, JSObject } from '../../heap/object';
import { HOLE, Value } from '../../heap/values';
import type { Realm } from '../realm';
import { chargeString } from '../../ops/strings';
import { SerializeState, gapOfPrimitive, rethrowTooLong, wrap } from './jsonStringify';

type Text = string | undefined | typeof NEEDS_GENERATOR;

/** Deeper values take the generic path, which meets the stack limit where it always did. */
const MAX_DEPTH = 1000;

/** JSON.stringify(value, replacer, space) when no user code can run, else NEEDS_GENERATOR. */
export function jsonStringifyFast(realm: Realm, value: Value, replacer: Value, space: Value): Value | typeof NEEDS_GENERATOR {
  if (replacer instanceof JSObject || space instanceof JSObject) return NEEDS_GENERATOR;
  const state: SerializeState = { replacer: undefined, propertyList: undefined, gap: gapOfPrimitive(space), indent: '', stack: [], onStack: new Set() };
  try {
    return chargeString(serialize(state, value));
  } catch (e) {
    rethrowTooLong(realm, e);
  }
}

/** SerializeJSONProperty for a value already read from a data property. */
function serialize(state: SerializeState, value: Value): Text {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean': return value ? 'true' : 'false';
    case 'string': return JSON.stringify(value);
    case 'number': return Number.isFinite(value) ? String(value) : 'null';
    case 'undefined': return undefined;
    case 'bigint': return NEEDS_GENERATOR;
  }
  if (!(value instanceof JSObject)) return undefined; // a Symbol
  // Only the two plain kinds: anything else may be a proxy, a wrapper, callable or exotic.
  const kind = value.constructor;
  if (kind !== JSObject && kind !== JSArray) return NEEDS_GENERATOR;
  if (value.lookup('toJSON') !== undefined || state.onStack.has(value) || state.onStack.size >= MAX_DEPTH) return NEEDS_GENERATOR;
  state.onStack.add(value);
  const stepback = state.indent;
  state.indent += state.gap;
  const text = kind === JSArray ? serializeArray(state, value as JSArray) : serializeObject(state, value);
  state.indent = stepback;
  state.onStack.delete(value);
  return text;
}

function serializeObject(state: SerializeState, o: JSObject): Text {
  const partial: string[] = [];
  const colon = state.gap === '' ? ':' : ': ';
  for (const key of o.ownKeys()) {
    if (typeof key !== 'string') continue;
    const prop = o.getOwn(key);
    if (prop === undefined || !prop.enumerable) continue;
    if (prop.isAccessor) return NEEDS_GENERATOR;
    const text = serialize(state, prop.value);
    if (text === NEEDS_GENERATOR) return text;
    if (text !== undefined) partial.push(JSON.stringify(key) + colon + text);
  }
  return wrap(state, partial, '{', '}');
}

function serializeArray(state: SerializeState, a: JSArray): Text {
  // A hole reads through to the prototypes, an accessor element runs a getter.
  if (a.accessors !== undefined) return NEEDS_GENERATOR;
  const items = a.items;
  const partial: string[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = items[i];
    if (v === HOLE) return NEEDS_GENERATOR;
    const text = serialize(state, v);
    if (text === NEEDS_GENERATOR) return text;
    partial[i] = text ?? 'null';
  }
  return wrap(state, partial, '[', ']');
}
