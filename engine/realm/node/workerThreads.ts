// The `worker_threads` core module: the JS of workerThreadsSource.ts over these natives. A
// Worker is another agent, started through the host (AgentGroup); a message is serialized in
// this realm (workerThreadsClone.ts) and arrives in the other agent as a task of its loop.
// What an agent needs of its host and loop is bound to its realm when the agent is made.
import type { AgentEvent, AgentHandle, Host } from '../../agent/host';
import { GlassboxUnsupported } from '../../errors/unsupported';
import { formatMessage, Msg } from '../../errors/messages';
import { DOMMsg, NodeMsg } from '../../errors/nodeMessages';
import type { JSFunction, NativeGen } from '../../heap/function';
import { CONFIGURABLE, DEFAULT_FLAGS, JSObject, METHOD_FLAGS } from '../../heap/object';
import type { Value } from '../../heap/values';
import { callbackInfo } from '../../loop/loopBuiltins';
import { Gen, toBoolean, toString } from '../../ops/convert';
import { get } from '../../ops/object';
import type { Realm } from '../realm';
import { throwNodeError } from '../builtins/webSupport';
import { requireCore } from './coreModules';
import { runJsModule } from './jsModule';
import { cwdOf } from './path';
import * as posix from './posixPath';
import { serialize } from './workerThreadsClone';
import { cloneForPost, installPortNatives, MESSAGE_EVENT, materializeWithPorts, portEventLabel, type PortLinks } from './messagePort';
import { throwDOMException } from '../builtins/DOMException';
import { WORKER_THREADS_SOURCE } from './workerThreadsSource';

/** What the module reaches of the agent that runs the realm (its ports: the run's PortHub, its threadId). */
export interface AgentLinks extends PortLinks {
  host: Host;
}

const links = new WeakMap<Realm, AgentLinks>();
const DISPATCH = '%worker_threads dispatch%';

/** Called by the agent as it makes its realm. */
export function bindAgentLinks(realm: Realm, l: AgentLinks): void {
  links.set(realm, l);
}

/** Node 20's globals from worker_threads: each loads the module on first read, as Node's lazy globals do. */
export function installWorkerGlobals(realm: Realm): void {
  for (const name of ['MessageChannel', 'MessagePort', 'BroadcastChannel', 'MessageEvent']) {
    const getter = realm.newNative(`get ${name}`, 0, function* () {
      const module = yield* requireCore(realm, 'worker_threads');
      return name === 'MessageEvent' ? realm.intrinsics.get(MESSAGE_EVENT) : yield* get(realm, module, name);
    }, { gen: true });
    const setter = realm.newNative(`set ${name}`, 1, (_this, [v]) => { realm.global.put(name, v, METHOD_FLAGS); return undefined; });
    realm.global.putAccessor(name, getter, setter, CONFIGURABLE);
  }
}

/** The Worker options Glassbox reads; any other one set ends the run as unsupported. */
const KNOWN_OPTIONS = new Set(['eval', 'workerData', 'name', 'transferList']);

export function* makeWorkerThreads(realm: Realm): Gen<JSObject> {
  const l = links.get(realm);
  const host = l?.host;
  const handles = new Map<number, AgentHandle>();
  const natives = realm.newObject(null);
  const fn = (name: string, impl: (args: Value[]) => Value) => natives.put(name, realm.newNative(name, 0, (_this, args) => impl(args)), DEFAULT_FLAGS);
  const now = () => l?.loop.now ?? 0;
  natives.put('EventEmitter', yield* requireCore(realm, 'events'), DEFAULT_FLAGS);
  natives.put('threadId', host?.parent?.threadId ?? 0, DEFAULT_FLAGS);
  natives.put('parentId', host?.parent?.parentId ?? -1, DEFAULT_FLAGS);
  natives.put('workerData', realm.newNative('workerData', 0, function* () {
    const data = host?.parent?.data;
    return data === undefined ? undefined : yield* materializeWithPorts(realm, l, data);
  }, { gen: true }), DEFAULT_FLAGS);
  natives.put('start', realm.newNative('start', 2, (_this, args) => startWorker(realm, args, handles), { gen: true }), DEFAULT_FLAGS);
  fn('post', ([id, value, ...transfer]) => {
    const data = l ? cloneForPost(realm, l, value, transfer) : serialize(realm, value);
    if (id === 0) host?.parent?.post({ kind: 'message', from: host.parent.threadId, at: now(), data });
    else handles.get(id as number)?.postMessage(data, now());
    return undefined;
  });
  fn('terminate', ([id]) => { handles.get(id as number)?.terminate(now()); return undefined; });
  fn('ref', () => { if (l) l.loop.refs++; return undefined; });
  fn('unref', () => { if (l) l.loop.refs--; return undefined; });
  fn('setDispatcher', ([f]) => { realm.intrinsics.set(DISPATCH, f as JSObject); return undefined; });
  fn('broadcastClosed', () => throwDOMException(realm, DOMMsg.BroadcastClosed));
  installPortNatives(realm, natives, l);
  // A port's 'close' comes from its handle's close callback: Node runs it in the close phase.
  fn('closed', ([label, f]) => {
    const cb = f as JSFunction;
    l?.loop.enqueueClose({ kind: 'close', label: String(label), ...callbackInfo(cb), holds: [cb], run: function* () { return yield { kind: 'call', fn: cb, thisArg: undefined, args: [] }; } });
    return undefined;
  });
  fn('unsupported', ([what]) => { throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedWorkerThreadsExport, String(what))); });
  return yield* runJsModule(realm, 'worker_threads', WORKER_THREADS_SOURCE, undefined, natives);
}

/** `new Worker(filename, options, ...transferList)`: starts the agent and returns its threadId. */
function* startWorker(realm: Realm, args: Value[], handles: Map<number, AgentHandle>): Gen<Value> {
  const [filename, options, ...transfer] = args as [string, JSObject, ...Value[]];
  const l = links.get(realm);
  if (!l?.host.startAgent) throw new GlassboxUnsupported(Msg.UnsupportedWorkerHost);
  for (const key of options.ownKeys()) {
    if (typeof key === 'string' && !KNOWN_OPTIONS.has(key) && options.getOwn(key)?.enumerable && (yield* get(realm, options, key)) !== undefined) {
      throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedWorkerOption, key));
    }
  }
  const isEval = toBoolean(yield* get(realm, options, 'eval'));
  const nameValue = yield* get(realm, options, 'name');
  const name = nameValue === undefined ? undefined : yield* toString(realm, nameValue);
  const dataValue = yield* get(realm, options, 'workerData');
  let entry: { kind: 'file'; path: string } | { kind: 'source'; source: string };
  if (isEval) entry = { kind: 'source', source: filename };
  else {
    if (!filename.startsWith('/') && !filename.startsWith('./') && !filename.startsWith('../')) throwNodeError(realm, NodeMsg.WorkerPath, filename);
    entry = { kind: 'file', path: posix.resolve(cwdOf(realm), [filename]) };
  }
  const data = cloneForPost(realm, l, dataValue, transfer);
  const handle = l.host.startAgent({ entry, name, data, at: l.loop.now });
  handles.set(handle.id, handle);
  // A live worker keeps its parent's loop waiting for its messages and its 'exit'.
  l.loop.refs++;
  return handle.id;
}

/** The task that hands another agent's event to the module's dispatcher (none: the program never required worker_threads). */
export function* dispatchAgentEvent(realm: Realm, e: AgentEvent): NativeGen {
  const dispatcher = realm.intrinsics.get(DISPATCH) as JSFunction | undefined;
  if (!dispatcher) return undefined;
  const value = e.kind === 'message' || e.kind === 'error' || e.kind === 'port' ? yield* materializeWithPorts(realm, links.get(realm), e.data) : e.kind === 'exit' ? e.code : undefined;
  yield { kind: 'call', fn: dispatcher, thisArg: undefined, args: [e.kind, e.from, value, 'port' in e ? e.port : undefined] };
  return undefined;
}

/** How the Event Loop view and the call stack name an event's task. */
export function agentEventLabel(e: AgentEvent, receiverIsParent: boolean): string {
  if (e.kind === 'port' || e.kind === 'portClose') return portEventLabel(e);
  const who = receiverIsParent ? `worker ${e.from}` : 'parent';
  return e.kind === 'message' ? `message from ${who}` : `${e.kind} of worker ${e.from}`;
}
