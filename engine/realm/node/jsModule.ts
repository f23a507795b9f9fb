// Core modules written in JavaScript, as Node writes its lib/: the source is compiled in the
// realm as `function (internals) { ... }` under the file name `node:<name>` (so stack lines read
// like Node's) and called once; `internals` is the bridge to the engine's own natives.
import { NodeMsg, type NodeMessage } from '../../errors/nodeMessages';
import { assert } from '../../errors/internal';
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import type { Value } from '../../heap/values';
import { Gen } from '../../ops/convert';
import type { Realm } from '../realm';
import { describeReceived, nodeError } from '../builtins/webSupport';
import { EventTargetObject } from '../builtins/EventTarget';
import { inspectWithTags } from '../../inspect/resolveTags';
import { optionsFromObject } from '../../inspect/inspectOptions';
import { formatWithOptions } from '../../inspect/formatString';

const hintedRealms = new WeakSet<Realm>();

/** process.emitWarning's text on stderr; the hint comes with the realm's first warning only. */
function emitWarning(realm: Realm, type: string, text: string, code: Value): void {
  const flag = type === 'DeprecationWarning' ? 'trace-deprecation' : 'trace-warnings';
  const hint = hintedRealms.has(realm) ? '' : `\n(Use \`node --${flag} ...\` to show where the warning was created)`;
  hintedRealms.add(realm);
  realm.host.console('warn', `(node) ${typeof code === 'string' ? `[${code}] ` : ''}${type}: ${text}${hint}`);
}

/** The natives a JS core module may call: Node's coded errors from NodeMsg, inspect and format, warnings. */
function makeInternals(realm: Realm): JSObject {
  const internals = realm.newObject(null);
  const fn = (name: string, impl: (args: Value[]) => Value) => internals.put(name, realm.newNative(name, 0, (_this, args) => impl(args)), DEFAULT_FLAGS);
  const gen = (name: string, impl: (args: Value[]) => Gen<Value>) => internals.put(name, realm.newNative(name, 0, (_this, args) => impl(args), { gen: true }), DEFAULT_FLAGS);
  fn('nodeError', (args) => {
    const key = String(args[0]);
    const msg: NodeMessage | undefined = (NodeMsg as Record<string, NodeMessage>)[key];
    assert(msg, `a core module asked for NodeMsg.${key}, which is not there`);
    return nodeError(realm, msg, ...args.slice(1));
  });
  fn('received', (args) => describeReceived(args[0]));
  // An EventTarget's listeners for a type, as Node's getEventListeners lists them; undefined for anything else.
  fn('eventTargetListeners', (args) => {
    const [target, type] = args;
    if (!(target instanceof EventTargetObject)) return undefined;
    const listeners = target.listeners.get(String(type)) ?? [];
    return realm.newArray(listeners.flatMap((l) => (l.callback !== null && !l.removed ? [l.callback] : [])));
  });
  fn('emitWarning', (args) => { emitWarning(realm, String(args[0]), String(args[1]), args[2]); return undefined; });
  gen('inspect', (args) => inspectWithTags(realm, args[0], optionsFromObject(args[1])));
  gen('format', (args) => formatWithOptions(realm, {}, args));
  gen('formatWithOptions', (args) => formatWithOptions(realm, optionsFromObject(args[0]), args.slice(1)));
  return internals;
}

/**
 * Compiles and runs a core module's JS `body` (which returns the exports) with `internals`
 * (given more by `extend`) and, when given, the module's own `natives` as a second parameter.
 */
export function* runJsModule(realm: Realm, name: string, body: string, extend?: (internals: JSObject) => void, natives?: JSObject): Gen<JSObject> {
  const factory = realm.host.compileFunction('function', natives ? 'internals, natives' : 'internals', `'use strict';\n${body}`, `node:${name}`);
  const internals = makeInternals(realm);
  extend?.(internals);
  const exports = yield { kind: 'call', fn: factory, thisArg: undefined, args: natives ? [internals, natives] : [internals] };
  assert(exports instanceof JSObject, `node:${name} made no exports`);
  return exports;
}
