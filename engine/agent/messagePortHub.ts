// The ports of a run, as host data: MessageChannel pairs and BroadcastChannels, which agent owns
// each, and the messages a port holds while it travels to another agent or is not started. A
// message goes to its receiver's loop as an AgentEvent (taken in the poll phase, never before
// its `at`); the hub never sees an engine value, only serialized clones.
import type { AgentEvent } from './host';

/** A message or a close notice for one port (or BroadcastChannel) of the hub. */
export type PortEvent = Extract<AgentEvent, { kind: 'port' | 'portClose' }>;

/** Delivers an event to the agent with that threadId (to its loop, where it waits for the poll phase). */
export type DeliverToAgent = (threadId: number, e: PortEvent) => void;

interface PortState {
  /** The other end of a MessageChannel; undefined for a BroadcastChannel. */
  readonly peer: number | undefined;
  /** A BroadcastChannel's name. */
  readonly name: string | undefined;
  /** How the Event Loop view names a port: `channel 1 port2`, `BroadcastChannel 'news'` (a message: `channel 1 port2 to port1`). */
  readonly via: string;
  /** The threadId of the agent that has it; undefined while it travels in a message. */
  owner: number | undefined;
  started: boolean;
  closed: boolean;
  /** What came while it travelled or was not started, in order: delivered once it is started. */
  held: PortEvent[];
}

export class PortHub {
  private nextId = 1;
  private channels = 0;
  private readonly ports = new Map<number, PortState>();

  constructor(private readonly deliver: DeliverToAgent) {}

  /** `new MessageChannel()` in agent `owner`: the ids of port1 and port2. */
  openChannel(owner: number): [number, number] {
    const n = ++this.channels;
    const a = this.nextId++;
    const b = this.nextId++;
    this.ports.set(a, { peer: b, name: undefined, via: `channel ${n} port1`, owner, started: false, closed: false, held: [] });
    this.ports.set(b, { peer: a, name: undefined, via: `channel ${n} port2`, owner, started: false, closed: false, held: [] });
    return [a, b];
  }

  /** `new BroadcastChannel(name)` in agent `owner`: started at once, as Node's. */
  openBroadcast(owner: number, name: string): number {
    const id = this.nextId++;
    this.ports.set(id, { peer: undefined, name, via: `BroadcastChannel '${name}'`, owner, started: true, closed: false, held: [] });
    return id;
  }

  /** What the port's messages travel by (the Event Loop view's text). */
  via(port: number): string {
    return this.ports.get(port)?.via ?? '';
  }

  /** A message posted on `port` by agent `from`: to the other end, or to every other open channel of a BroadcastChannel's name. Dropped when the receiver is closed. */
  post(port: number, from: number, at: number, data: Extract<PortEvent, { kind: 'port' }>['data']): void {
    const p = this.ports.get(port);
    if (!p || p.closed) return;
    if (p.name !== undefined) {
      for (const [id, q] of this.ports) if (id !== port && q.name === p.name && !q.closed) this.arrive(q, { kind: 'port', from, at, data, port: id, via: p.via });
      return;
    }
    const q = p.peer === undefined ? undefined : this.ports.get(p.peer);
    if (q && !q.closed) this.arrive(q, { kind: 'port', from, at, data, port: p.peer!, via: `${p.via} to ${q.via.split(' ').pop()}` });
  }

  private arrive(q: PortState, e: PortEvent): void {
    if (q.owner !== undefined && q.started) this.deliver(q.owner, e);
    else q.held.push(e);
  }

  /** The port starts taking messages (a 'message' listener, `onmessage`, `start()`): what it held goes to its agent. */
  start(port: number): void {
    const p = this.ports.get(port);
    if (!p || p.started) return;
    p.started = true;
    this.flush(p);
  }

  private flush(p: PortState): void {
    if (p.owner === undefined) return;
    const held = p.held.splice(0);
    for (const e of held) this.deliver(p.owner, e);
  }

  /** The port leaves its agent in a message; `pending` (what its agent's loop had not taken yet) comes first when it arrives. */
  transfer(port: number, pending: PortEvent[]): void {
    const p = this.ports.get(port);
    if (!p) return;
    p.owner = undefined;
    p.started = false;
    p.held = [...pending, ...p.held];
  }

  /** The port arrived in agent `owner` (not started yet); a close notice it got on the way is delivered now. */
  adopt(port: number, owner: number): void {
    const p = this.ports.get(port);
    if (!p) return;
    p.owner = owner;
    const closes = p.held.filter((e) => e.kind === 'portClose');
    p.held = p.held.filter((e) => e.kind !== 'portClose');
    for (const e of closes) this.deliver(owner, e);
  }

  /** `receiveMessageOnPort`: the first message the port holds that was sent by `now`. */
  take(port: number, now: number): PortEvent | undefined {
    const p = this.ports.get(port);
    if (!p) return undefined;
    const i = p.held.findIndex((e) => e.kind === 'port');
    if (i < 0 || p.held[i].at > now) return undefined;
    return p.held.splice(i, 1)[0];
  }

  /** Agent `owner` ended: its ports close, and their other ends get a close notice, as when Node's worker exits. */
  closeAllOf(owner: number, at: number): void {
    for (const [id, p] of this.ports) if (p.owner === owner && !p.closed) this.close(id, owner, at);
  }

  /** The port closed (its 'close' ran): the other end gets a close notice, as Node's sibling port does. */
  close(port: number, from: number, at: number): void {
    const p = this.ports.get(port);
    if (!p || p.closed) return;
    p.closed = true;
    p.held = [];
    const q = p.peer === undefined ? undefined : this.ports.get(p.peer);
    if (!q || q.closed) return;
    const e: PortEvent = { kind: 'portClose', from, at, port: p.peer!, via: p.via };
    if (q.owner !== undefined) this.deliver(q.owner, e);
    else q.held.push(e);
  }
}
