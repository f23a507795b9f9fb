// Helpers shared by the web-platform built-ins Node puts on the global object (URL,
// URLSearchParams, EventTarget, AbortController): Node's coded errors, WebIDL-style
// enumerable members, and the `util.inspect.custom` methods Node gives those classes.
import type { NativeGenImpl, NativeSync } from '../../heap/function';
import { CONFIGURABLE, DEFAULT_FLAGS, ENUMERABLE, JSObject } from '../../heap/object';
import { JSSymbol, Value } from '../../heap/values';
import { JSThrow } from '../../errors/internal';
import { Msg, formatMessage } from '../../errors/messages';
import { NodeMsg, type NodeMessage } from '../../errors/nodeMessages';
import { Gen } from '../../ops/convert';
import type { InspectOptions } from '../../inspect/inspect';
import { inspectWithTags } from '../../inspect/resolveTags';
import { optionsFromObject } from '../../inspect/inspectOptions';
import type { Realm } from '../realm';
import { stackText } from './errorStack';
import { symbolFor } from './Symbol';

/**
 * A Node internal error from NodeMsg (`err.code` enumerable), its `%`s filled with `args`.
 * Most Node errors show the code in the stack's header (`TypeError [ERR_X]: ...`).
 */
export function nodeError(realm: Realm, msg: NodeMessage, ...args: unknown[]): JSObject {
  const { type, code } = msg;
  const message = formatMessage(msg.text, ...args);
  const e = realm.makeError(type, message);
  if (msg.codeInHeader !== false) {
    const frames = realm.host.captureStack();
    e.setOwnValue('stack', stackText(`${type} [${code}]: ${message}`, frames));
  }
  e.put('code', code, DEFAULT_FLAGS);
  return e;
}

export function throwNodeError(realm: Realm, msg: NodeMessage, ...args: unknown[]): never {
  throw new JSThrow(nodeError(realm, msg, ...args));
}

/** Node's ERR_MISSING_ARGS when a WebIDL method gets fewer arguments than it needs. */
export function requireArgs(realm: Realm, args: Value[], names: string[]): void {
  if (args.length >= names.length) return;
  const quoted = names.map((n) => `"${n}"`);
  const list = quoted.length === 1 ? `${quoted[0]} argument` : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]} arguments`;
  throwNodeError(realm, NodeMsg.MissingArgs, list);
}

/** V8's message for a class constructor called without `new` (Node's web classes are JS classes). */
export function requireClassNew(realm: Realm, newTarget: JSObject | undefined, name: string): JSObject {
  if (newTarget === undefined) realm.throwError('TypeError', formatMessage(Msg.ClassWithoutNew, name));
  return newTarget;
}

/** An enumerable method, as WebIDL members of Node's classes are. */
export function webMethod(realm: Realm, target: JSObject, name: string | JSSymbol, length: number, impl: NativeSync | NativeGenImpl, gen = false): JSObject {
  const f = realm.method(target, name, length, impl, { gen });
  target.put(name, f, DEFAULT_FLAGS);
  return f;
}

/** An enumerable accessor; the setter may run user code (ToString on the value). */
export function webAccessor(realm: Realm, target: JSObject, name: string, get: NativeSync, set?: NativeGenImpl | NativeSync, setIsGen = true): void {
  const g = realm.newNative(`get ${name}`, 0, get);
  const s = set && realm.newNative(`set ${name}`, 1, set, { gen: setIsGen });
  target.putAccessor(name, g, s, CONFIGURABLE | ENUMERABLE);
}

/** Installs `[util.inspect.custom](depth, options)`, as Node has on these prototypes. */
export function defineInspect(realm: Realm, proto: JSObject, impl: (self: Value, depth: number, opts: Partial<InspectOptions>, raw: Value) => Gen<Value>): void {
  realm.method(proto, symbolFor(realm, 'nodejs.util.inspect.custom'), 2, function* (thisArg, args) {
    const depth = typeof args[0] === 'number' ? args[0] : Infinity;
    return yield* impl(thisArg, depth, optionsFromObject(args[1]), args[1]);
  }, { gen: true });
}

/** util.inspect of a value with the given options, as a custom inspector's `inspect(v, opts)`. */
export function* inspectText(realm: Realm, v: Value, opts: Partial<InspectOptions>): Gen<string> {
  return yield* inspectWithTags(realm, v, opts);
}

/** The tail of Node's ERR_INVALID_ARG_TYPE message for a value that is not a function. */
export function describeReceived(v: Value): string {
  if (v === undefined || v === null) return String(v);
  if (typeof v === 'string') return `type string ('${v.length > 25 ? `${v.slice(0, 25)}...` : v}')`;
  if (v instanceof JSObject) return 'an instance of Object';
  if (v instanceof JSSymbol) return `type symbol (${v.toString()})`;
  return `type ${typeof v} (${String(v)})`;
}
