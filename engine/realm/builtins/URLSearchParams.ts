// URLSearchParams (https://url.spec.whatwg.org/#interface-urlsearchparams): the name/value
// list lives host-side as strings. Parsing and serializing application/x-www-form-urlencoded
// text is done by the host's URLSearchParams, which only ever sees and returns strings.
import { isCallable } from '../../heap/function';
import { CONFIGURABLE, ENUMERABLE, JSObject, METHOD_FLAGS } from '../../heap/object';
import { Value, WellKnown } from '../../heap/values';
import { chargeString } from '../../ops/strings';
import { Gen, toString } from '../../ops/convert';
import { iterableToList } from '../../ops/iteration';
import { get } from '../../ops/object';
import { getOwnProperty, ownPropertyKeys } from '../../ops/internal';
import type { Realm } from '../realm';
import { CursorIterator, ITER_DONE, StepResult, defineCursorPrototype } from './Iterator';
import { protoFromCtor, setToStringTag } from './objectSupport';
import { defineInspect, describeReceived, inspectText, requireArgs, requireClassNew, throwNodeError, webMethod } from './webSupport';
import { NodeMsg } from '../../errors/nodeMessages';

export type Pair = [string, string];

/** The URL a URLSearchParams mirrors: told after every change so it rewrites its query. */
export interface QueryOwner extends JSObject {
  queryChanged(serialized: string): void;
}

/** [[list]], and the URL whose query it mirrors (set when the URL made it). */
export class URLSearchParamsObject extends JSObject {
  override className = 'URLSearchParams';
  list: Pair[] = [];
  /** A field, not a closure, so the heap walk sees the URL from its searchParams. */
  owner: QueryOwner | undefined;

  debugSlots(): [string, Value][] {
    return [['[[Query]]', serializeQuery(this.list)]];
  }
}

/** application/x-www-form-urlencoded parsing (https://url.spec.whatwg.org/#concept-urlencoded-parser). */
export function parseQuery(text: string): Pair[] {
  return [...new URLSearchParams(text)];
}

/** https://url.spec.whatwg.org/#concept-urlencoded-serializer */
export function serializeQuery(list: Pair[]): string {
  return new URLSearchParams(list).toString();
}

type Kind = 'keys' | 'values' | 'entries';
interface ParamsCursor { target: URLSearchParamsObject; index: number; kind: Kind }

export function installURLSearchParams(realm: Realm): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('URLSearchParams', 0, function* (_this, args, newTarget) {
    const o = new URLSearchParamsObject(protoFromCtor(requireClassNew(realm, newTarget, 'URLSearchParams'), proto));
    o.list = yield* initialList(realm, args[0]);
    return o;
  }, { ctor: true, gen: true });
  realm.defineConstructor(ctor, proto);
  installMethods(realm, proto);
}

/** A new URLSearchParams for a URL's query (the URL keeps it for `searchParams`). */
export function newParamsFor(realm: Realm, owner: QueryOwner, query: string): URLSearchParamsObject {
  const o = new URLSearchParamsObject(realm.intrinsic('%URLSearchParams.prototype%'));
  o.list = parseQuery(query);
  o.owner = owner;
  return o;
}

/** The constructor's init: a sequence of pairs, a record, or a query string. */
function* initialList(realm: Realm, init: Value): Gen<Pair[]> {
  if (init === undefined || init === null) return [];
  if (!(init instanceof JSObject)) return parseQuery(stripQuestionMark(yield* toString(realm, init)));
  const method = yield* get(realm, init, WellKnown.iterator);
  if (method !== undefined && method !== null) {
    if (!isCallable(method)) throwNodeError(realm, NodeMsg.ArgNotIterable, 'Query pairs');
    const pairs: Pair[] = [];
    for (const item of yield* iterableToList(realm, init)) {
      const pair = item instanceof JSObject && isCallable(yield* get(realm, item, WellKnown.iterator)) ? yield* iterableToList(realm, item) : undefined;
      if (pair === undefined || pair.length !== 2) throwNodeError(realm, NodeMsg.InvalidTuple, 'Each query pair', '[name, value]');
      pairs.push([yield* toString(realm, pair[0]), yield* toString(realm, pair[1])]);
    }
    return pairs;
  }
  const pairs: Pair[] = [];
  for (const key of yield* ownPropertyKeys(realm, init)) {
    if (typeof key !== 'string') continue;
    const p = yield* getOwnProperty(realm, init, key);
    if (p === undefined || !p.enumerable) continue;
    pairs.push([key, yield* toString(realm, yield* get(realm, init, key))]);
  }
  return pairs;
}

function stripQuestionMark(s: string): string {
  return s.startsWith('?') ? s.slice(1) : s;
}

function thisParams(realm: Realm, v: Value): URLSearchParamsObject {
  if (v instanceof URLSearchParamsObject) return v;
  return throwNodeError(realm, NodeMsg.InvalidThis, 'URLSearchParams');
}

/** The spec's "update steps": the owning URL's query follows the list. */
function updated(o: URLSearchParamsObject): void {
  o.owner?.queryChanged(serializeQuery(o.list));
}

function installMethods(realm: Realm, proto: JSObject): void {
  const gen = true;
  const strArgs = function* (args: Value[], names: string[]): Gen<string[]> {
    requireArgs(realm, args, names);
    const out: string[] = [];
    for (let i = 0; i < names.length; i++) out.push(yield* toString(realm, args[i]));
    return out;
  };
  const size = realm.newNative('get size', 0, (thisArg) => thisParams(realm, thisArg).list.length);
  proto.putAccessor('size', size, undefined, CONFIGURABLE | ENUMERABLE);
  webMethod(realm, proto, 'append', 2, function* (thisArg, args) {
    const o = thisParams(realm, thisArg);
    const [name, value] = yield* strArgs(args, ['name', 'value']);
    o.list.push([name, value]);
    updated(o);
    return undefined;
  }, gen);
  webMethod(realm, proto, 'delete', 1, function* (thisArg, args) {
    const o = thisParams(realm, thisArg);
    const [name] = yield* strArgs(args, ['name']);
    const value = args[1] === undefined ? undefined : yield* toString(realm, args[1]);
    o.list = o.list.filter(([n, v]) => n !== name || (value !== undefined && v !== value));
    updated(o);
    return undefined;
  }, gen);
  webMethod(realm, proto, 'get', 1, function* (thisArg, args) {
    const o = thisParams(realm, thisArg);
    const [name] = yield* strArgs(args, ['name']);
    return o.list.find(([n]) => n === name)?.[1] ?? null;
  }, gen);
  webMethod(realm, proto, 'getAll', 1, function* (thisArg, args) {
    const o = thisParams(realm, thisArg);
    const [name] = yield* strArgs(args, ['name']);
    return realm.newArray(o.list.filter(([n]) => n === name).map(([, v]) => v));
  }, gen);
  webMethod(realm, proto, 'has', 1, function* (thisArg, args) {
    const o = thisParams(realm, thisArg);
    const [name] = yield* strArgs(args, ['name']);
    const value = args[1] === undefined ? undefined : yield* toString(realm, args[1]);
    return o.list.some(([n, v]) => n === name && (value === undefined || v === value));
  }, gen);
  webMethod(realm, proto, 'set', 2, function* (thisArg, args) {
    const o = thisParams(realm, thisArg);
    const [name, value] = yield* strArgs(args, ['name', 'value']);
    const first = o.list.findIndex(([n]) => n === name);
    if (first < 0) o.list.push([name, value]);
    else o.list = o.list.filter(([n], i) => i <= first || n !== name).map((p, i) => (i === first ? [name, value] : p));
    updated(o);
    return undefined;
  }, gen);
  webMethod(realm, proto, 'sort', 0, (thisArg) => {
    const o = thisParams(realm, thisArg);
    // Stable, by UTF-16 code units of the names, as the spec says.
    o.list.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    updated(o);
    return undefined;
  });
  const entries = installIteration(realm, proto);
  webMethod(realm, proto, 'toString', 0, (thisArg) => chargeString(serializeQuery(thisParams(realm, thisArg).list)));
  defineInspect(realm, proto, function* (self, depth, opts) {
    const o = thisParams(realm, self);
    if (depth < 0) return '[Object]';
    const inner = { ...opts, depth: depth - 1 };
    const output: string[] = [];
    for (const [n, v] of o.list) output.push(`${yield* inspectText(realm, n, inner)} => ${yield* inspectText(realm, v, inner)}`);
    const name = constructorNameOf(o);
    const length = output.reduce((sum, s) => sum + s.length + 2, -2);
    if (length > (opts.breakLength ?? 80)) return `${name} {\n  ${output.join(',\n  ')} }`;
    return output.length > 0 ? `${name} { ${output.join(', ')} }` : `${name} {}`;
  });
  setToStringTag(proto, 'URLSearchParams');
  proto.put(WellKnown.iterator, entries, METHOD_FLAGS);
}

/** `this.constructor.name`, read as data (Node reads it the same way, without a getter in practice). */
function constructorNameOf(o: JSObject): string {
  const ctor = o.lookup('constructor')?.value;
  const name = ctor instanceof JSObject ? ctor.lookup('name')?.value : undefined;
  return typeof name === 'string' ? name : 'URLSearchParams';
}

/** entries/forEach/keys/values and the live iterator over the list (it sees later changes). */
function installIteration(realm: Realm, proto: JSObject): JSObject {
  const step = (s: ParamsCursor): StepResult => {
    if (s.index >= s.target.list.length) return ITER_DONE;
    const [n, v] = s.target.list[s.index++];
    return s.kind === 'keys' ? n : s.kind === 'values' ? v : realm.newArray([n, v]);
  };
  const iterProto = defineCursorPrototype<ParamsCursor>(realm, 'URLSearchParams Iterator', step);
  defineInspect(realm, iterProto, function* (self, depth, opts) {
    if (!(self instanceof CursorIterator) || self.tag !== 'URLSearchParams Iterator') return '';
    if (depth < 0) return '[Object]';
    const inner = { ...opts, depth: depth - 1 };
    const s = self.state as ParamsCursor | undefined;
    const rest = s === undefined ? [] : s.target.list.slice(s.index);
    const items: Value[] = rest.map(([n, v]) => (s!.kind === 'keys' ? n : s!.kind === 'values' ? v : realm.newArray([n, v])));
    const broken = (yield* inspectText(realm, realm.newArray(items), inner)).includes('\n');
    const texts: string[] = [];
    for (const item of items) texts.push(yield* inspectText(realm, item, inner));
    const body = broken ? `\n  ${texts.join(',\n  ')}` : ` ${texts.join(', ')}`;
    return `URLSearchParams Iterator {${body} }`;
  });
  const iterate = (kind: Kind) => (thisArg: Value): Value =>
    new CursorIterator<ParamsCursor>(iterProto, 'URLSearchParams Iterator', { target: thisParams(realm, thisArg), index: 0, kind });
  const entries = webMethod(realm, proto, 'entries', 0, iterate('entries'));
  webMethod(realm, proto, 'forEach', 1, function* (thisArg, args) {
    const o = thisParams(realm, thisArg);
    const f = args[0];
    if (!isCallable(f)) throwNodeError(realm, NodeMsg.InvalidArgType, 'callback', 'of type function', describeReceived(f));
    // The list may change under the callback: read it afresh at every index, as Node does.
    for (let i = 0; i < o.list.length; i++) {
      const [n, v] = o.list[i];
      yield { kind: 'call', fn: f, thisArg: args[1], args: [v, n, o] };
    }
    return undefined;
  }, true);
  webMethod(realm, proto, 'keys', 0, iterate('keys'));
  webMethod(realm, proto, 'values', 0, iterate('values'));
  return entries;
}
