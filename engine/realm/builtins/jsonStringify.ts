// JSON.stringify (https://tc39.es/ecma262/#sec-json.stringify): toJSON, the replacer and
// getters run as user code; strings are quoted by the host, which only sees strings.
import { chargeString } from '../../ops/strings';
import { isCallable } from '../../heap/function';
import { JSArray, JSObject } from '../../heap/object';
import { PrimitiveWrapper } from '../../heap/wrapper';
import { Value, WellKnown } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, integerOrInfinity, toNumber, toString } from '../../ops/convert';
import { call, createDataProperty, get, getV, lengthOfArrayLike } from '../../ops/object';
import type { Realm } from '../realm';
import { isArrayThroughProxies } from './arraySupport';
import { isProxy } from '../../heap/proxy';
import { enumerableOwnKeys, enumerableOwnProperties } from './objectEnumeration';

/** An object being serialized, with the key it was reached by (for the circular message). */
interface Entry { obj: JSObject; key: string; inArray: boolean }

export interface SerializeState {
  replacer: JSObject | undefined;
  propertyList: string[] | undefined;
  gap: string;
  indent: string;
  stack: Entry[];
  /** The objects on `stack`: the circularity check stays O(1) however deep the value. */
  onStack: Set<JSObject>;
}

/** https://tc39.es/ecma262/#sec-json.stringify */
export function* jsonStringify(realm: Realm, value: Value, replacer: Value, space: Value): Gen<Value> {
  const state: SerializeState = { replacer: undefined, propertyList: undefined, gap: '', indent: '', stack: [], onStack: new Set() };
  if (replacer instanceof JSObject) {
    if (isCallable(replacer)) state.replacer = replacer;
    else if (isArrayThroughProxies(realm, replacer)) state.propertyList = yield* propertyList(realm, replacer);
  }
  state.gap = yield* gapOf(realm, space);
  const wrapper = realm.newObject();
  createDataProperty(wrapper, '', value);
  try {
    return chargeString(yield* serializeProperty(realm, state, '', wrapper));
  } catch (e) {
    rethrowTooLong(realm, e);
  }
}

/** The host refuses to build a string past its length limit: V8 throws the same RangeError. */
export function rethrowTooLong(realm: Realm, e: unknown): never {
  if (e instanceof RangeError && e.message === Msg.InvalidStringLength) realm.throwError('RangeError', e.message);
  throw e;
}

/** The allow-list of keys from an array replacer: strings, numbers and their wrappers. */
function* propertyList(realm: Realm, replacer: JSObject): Gen<string[]> {
  const list: string[] = [];
  const len = yield* lengthOfArrayLike(realm, replacer);
  for (let i = 0; i < len; i++) {
    const v = yield* get(realm, replacer, String(i));
    let item: string | undefined;
    if (typeof v === 'string') item = v;
    else if (typeof v === 'number') item = String(v);
    else if (v instanceof PrimitiveWrapper && (typeof v.primitive === 'string' || typeof v.primitive === 'number')) item = yield* toString(realm, v);
    if (item !== undefined && !list.includes(item)) list.push(item);
  }
  return list;
}

/** The indentation unit from `space`: up to 10 spaces or the first 10 characters. */
function* gapOf(realm: Realm, space: Value): Gen<string> {
  if (space instanceof PrimitiveWrapper) {
    if (typeof space.primitive === 'number') space = yield* toNumber(realm, space);
    else if (typeof space.primitive === 'string') space = yield* toString(realm, space);
  }
  return gapOfPrimitive(space);
}

/** The indentation unit from a primitive `space`. */
export function gapOfPrimitive(space: Value): string {
  if (typeof space === 'number') return ' '.repeat(Math.max(0, Math.min(10, integerOrInfinity(space))));
  if (typeof space === 'string') return space.slice(0, 10);
  return '';
}

/** https://tc39.es/ecma262/#sec-serializejsonproperty: the text for holder[key], or undefined to skip it. */
function* serializeProperty(realm: Realm, state: SerializeState, key: string, holder: JSObject): Gen<string | undefined> {
  let value = yield* get(realm, holder, key);
  if (value instanceof JSObject || typeof value === 'bigint') {
    const toJSON = yield* getV(realm, value, 'toJSON');
    if (isCallable(toJSON)) value = yield* call(realm, toJSON, value, [key]);
  }
  if (state.replacer !== undefined) value = yield* call(realm, state.replacer, holder, [key, value]);
  if (value instanceof PrimitiveWrapper) {
    const p = value.primitive;
    if (typeof p === 'number') value = yield* toNumber(realm, value);
    else if (typeof p === 'string') value = yield* toString(realm, value);
    else if (typeof p === 'boolean' || typeof p === 'bigint') value = p;
  }
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean': return value ? 'true' : 'false';
    case 'string': return JSON.stringify(value);
    case 'number': return Number.isFinite(value) ? String(value) : 'null';
    case 'bigint': return realm.throwError('TypeError', Msg.BigIntSerialize);
  }
  if (!(value instanceof JSObject) || isCallable(value)) return undefined;
  enter(realm, state, value, key, holder instanceof JSArray);
  const stepback = state.indent;
  state.indent += state.gap;
  const text = isArrayThroughProxies(realm, value) ? yield* serializeArray(realm, state, value) : yield* serializeObject(realm, state, value);
  state.indent = stepback;
  state.onStack.delete(state.stack.pop()!.obj);
  return text;
}

/** https://tc39.es/ecma262/#sec-serializejsonobject */
function* serializeObject(realm: Realm, state: SerializeState, value: JSObject): Gen<string> {
  const keys = state.propertyList ?? (isProxy(value) ? (yield* enumerableOwnProperties(realm, value, 'key')) as string[] : enumerableOwnKeys(value));
  const partial: string[] = [];
  for (const p of keys) {
    const strP = yield* serializeProperty(realm, state, p, value);
    if (strP !== undefined) partial.push(`${JSON.stringify(p)}:${state.gap === '' ? '' : ' '}${strP}`);
  }
  return wrap(state, partial, '{', '}');
}

/** https://tc39.es/ecma262/#sec-serializejsonarray */
function* serializeArray(realm: Realm, state: SerializeState, value: JSObject): Gen<string> {
  const len = yield* lengthOfArrayLike(realm, value);
  const partial: string[] = [];
  for (let i = 0; i < len; i++) partial.push((yield* serializeProperty(realm, state, String(i), value)) ?? 'null');
  return wrap(state, partial, '[', ']');
}

export function wrap(state: SerializeState, partial: string[], open: string, close: string): string {
  if (partial.length === 0) return open + close;
  if (state.gap === '') return open + partial.join(',') + close;
  const stepback = state.indent.slice(0, state.indent.length - state.gap.length);
  return `${open}\n${state.indent}${partial.join(`,\n${state.indent}`)}\n${stepback}${close}`;
}

/** Pushes `obj` on the stack, or throws V8's circular-structure TypeError naming the path. */
function enter(realm: Realm, state: SerializeState, obj: JSObject, key: string, inArray: boolean): void {
  if (!state.onStack.has(obj)) {
    state.stack.push({ obj, key, inArray });
    state.onStack.add(obj);
    return;
  }
  const start = state.stack.findIndex((e) => e.obj === obj);
  const chain = state.stack.slice(start);
  const lines = [Msg.CircularJSON, formatMessage(Msg.CircularJSONStart, constructorNameV8(chain[0].obj))];
  let middle = chain.slice(1).map((e) => formatMessage(Msg.CircularJSONLink, keyText(e.key, e.inArray), constructorNameV8(e.obj)));
  if (middle.length > 3) middle = [middle[0], middle[1], Msg.CircularJSONElided, middle[middle.length - 1]];
  lines.push(...middle, formatMessage(Msg.CircularJSONClose, keyText(key, inArray)));
  realm.throwError('TypeError', lines.join('\n'));
}

function keyText(key: string, inArray: boolean): string {
  return inArray ? `index ${key}` : `property '${key}'`;
}

/**
 * V8's JSReceiver::GetConstructorName, read without running user code: a Symbol.toStringTag
 * string, else a prototype's `constructor` name other than 'Object', else the object's kind.
 */
function constructorNameV8(o: JSObject): string {
  for (let cur: JSObject | null = o; cur !== null; cur = cur.proto) {
    const tag = cur.getOwn(WellKnown.toStringTag);
    if (tag !== undefined && !tag.isAccessor && typeof tag.value === 'string') return tag.value;
    if (cur === o) continue;
    const c = cur.getOwn('constructor');
    if (c === undefined || c.isAccessor || !isCallable(c.value)) continue;
    const name = c.value.getOwn('name');
    if (name !== undefined && typeof name.value === 'string' && name.value !== '' && name.value !== 'Object') return name.value;
  }
  return o instanceof JSArray ? 'Array' : isCallable(o) ? 'Function' : 'Object';
}
