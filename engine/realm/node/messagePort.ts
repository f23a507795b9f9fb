// The natives under MessageChannel, MessagePort and BroadcastChannel (their JS is in
// messagePortSource.ts): ports are ids in the run's PortHub (agent/messagePortHub.ts), a
// message is a serialized clone, and a port in a transfer list moves to the receiving agent,
// where it is made again as a JS object of that realm. Nothing here knows other agents' heaps.
import type { PortHub, PortEvent } from '../../agent/messagePortHub';
import { DOMMsg, NodeMsg } from '../../errors/nodeMessages';
import { ArrayBufferObject } from '../../heap/binary';
import type { JSFunction } from '../../heap/function';
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import type { Value } from '../../heap/values';
import type { EventLoop, PortMessage } from '../../loop/eventLoop';
import type { Gen } from '../../ops/convert';
import type { Realm } from '../realm';
import { throwDOMException } from '../builtins/DOMException';
import { throwNodeError } from '../builtins/webSupport';
import { materialize, portsIn, serialize, type SerializedValue } from './workerThreadsClone';

/** What the port natives reach of their agent. */
export interface PortLinks {
  hub: PortHub;
  /** The agent's threadId (0: main). */
  threadId: number;
  loop: EventLoop;
}

/** The JS port object of each port id made in a realm (registered by its constructor). */
const portIds = new WeakMap<JSObject, number>();
/** The port event behind each message waiting in a loop (so a port that moves takes its messages along). */
export const portEventOf = new WeakMap<PortMessage, PortEvent>();
const FACTORY = '%worker_threads port factory%';
/** The MessageEvent class the worker_threads module made (the global's value). */
export const MESSAGE_EVENT = '%MessageEvent%';

/**
 * Serializes `value` for postMessage: its transfer list's ArrayBuffers and MessagePorts move (a
 * port reached but not listed is Node's TypeError); `source` is the posting port's id, if any.
 * The moved ports leave this agent: what its loop had not taken for them goes with them.
 */
export function cloneForPost(realm: Realm, links: PortLinks, value: Value, transferList: Value[], source?: number): SerializedValue {
  const buffers: ArrayBufferObject[] = [];
  const moving = new Set<JSObject>();
  for (const v of transferList) {
    const id = v instanceof JSObject ? portIds.get(v) : undefined;
    if (id !== undefined) {
      if (id === source) throwDOMException(realm, DOMMsg.SourcePort);
      if (moving.has(v as JSObject)) throwDOMException(realm, DOMMsg.DuplicatePort);
      moving.add(v as JSObject);
    } else if (v instanceof ArrayBufferObject) buffers.push(v);
    else throwNodeError(realm, NodeMsg.InvalidTransferObject);
  }
  const data = serialize(realm, value, buffers, { idOf: (o) => portIds.get(o), moving });
  for (const o of moving) {
    const id = portIds.get(o)!;
    links.hub.transfer(id, withdraw(links.loop, id));
  }
  return data;
}

/** Takes the messages for `port` out of the loop, in order (the port is leaving, or `receiveMessageOnPort` reads one). */
function withdraw(loop: EventLoop, port: number, one = false): PortEvent[] {
  const out: PortEvent[] = [];
  for (let i = 0; i < loop.messages.length; i++) {
    const e = portEventOf.get(loop.messages[i]);
    if (e?.port !== port || (one && e.at > loop.now)) continue;
    out.push(e);
    loop.messages.splice(i--, 1);
    if (one) break;
  }
  return out;
}

/** Makes the value of a clone in this realm: the ports it moves are adopted first, each a new JS MessagePort. */
export function* materializeWithPorts(realm: Realm, links: PortLinks | undefined, data: SerializedValue): Gen<Value> {
  const ids = portsIn(data);
  if (ids.length === 0 || !links) return materialize(realm, data);
  const factory = realm.intrinsics.get(FACTORY) as JSFunction;
  const made = new Map<number, JSObject>();
  for (const id of ids) {
    links.hub.adopt(id, links.threadId);
    made.set(id, (yield { kind: 'call', fn: factory, thisArg: undefined, args: [id] }) as JSObject);
  }
  return materialize(realm, data, made);
}

/** The port natives, on the worker_threads module's `natives` object. */
export function installPortNatives(realm: Realm, natives: JSObject, links: PortLinks | undefined): void {
  const fn = (name: string, impl: (args: Value[]) => Value) => natives.put(name, realm.newNative(name, 0, (_this, args) => impl(args)), DEFAULT_FLAGS);
  const hub = () => links!.hub;
  fn('channel', () => realm.newArray(hub().openChannel(links!.threadId)));
  fn('broadcastOpen', ([name]) => hub().openBroadcast(links!.threadId, String(name)));
  fn('portRegister', ([port, id]) => { portIds.set(port as JSObject, id as number); return undefined; });
  fn('portIdOf', ([v]) => (v instanceof JSObject ? portIds.get(v) : undefined));
  fn('setPortFactory', ([f]) => { realm.intrinsics.set(FACTORY, f as JSObject); return undefined; });
  fn('setMessageEvent', ([c]) => { realm.intrinsics.set(MESSAGE_EVENT, c as JSObject); return undefined; });
  fn('portPost', ([id, value, ...transfer]) => {
    const data = cloneForPost(realm, links!, value, transfer, id as number);
    hub().post(id as number, links!.threadId, links!.loop.now, data);
    return undefined;
  });
  fn('portStart', ([id]) => { hub().start(id as number); return undefined; });
  fn('portClose', ([id]) => { hub().close(id as number, links!.threadId, links!.loop.now); return undefined; });
  // receiveMessageOnPort: a one-element array with the message, or undefined.
  natives.put('receive', realm.newNative('receive', 1, function* (_this, [id]) {
    if (!links) return undefined;
    const e = links.hub.take(id as number, links.loop.now) ?? withdraw(links.loop, id as number, true)[0];
    if (e?.kind !== 'port') return undefined;
    return realm.newArray([yield* materializeWithPorts(realm, links, e.data)]);
  }, { gen: true }), DEFAULT_FLAGS);
}

/** How the Event Loop view and the call stack name a port event: `message from worker 1 on channel 1 port2`. */
export function portEventLabel(e: PortEvent): string {
  const who = e.from === 0 ? 'main' : `worker ${e.from}`;
  return e.kind === 'port' ? `message from ${who} on ${e.via}` : `close of ${e.via} (from ${who})`;
}
