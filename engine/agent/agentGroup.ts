// A run's agents (the program's and its workers) and the turn taking between them. Each agent
// has its own virtual clock; the group always runs the agent whose next work is earliest (ties:
// the lowest id), and an agent may not start a task later than another agent's next work, so
// a message always arrives before anything its receiver does later on the virtual clock. Every
// choice depends on the program alone: the same program gives the same interleaving every run.
// The CLI and the debug adapter both drive a run through this class.
import { GlassboxSyntaxError } from '../errors/internal';
import { formatMessage, Msg } from '../errors/messages';
import { Agent } from './agent';
import { PortHub } from './messagePortHub';
import type { AgentEvent, AgentHandle, AgentStart, Host } from './host';
import type { AgentOptions, RunOutcome, StepResult } from './options';

/** One agent of the group; `id` is Node's threadId (0 for the main thread). */
export interface GroupMember {
  readonly id: number;
  /** `main`, or `worker 1 (worker.js)`: the debugger's thread name. */
  readonly name: string;
  readonly agent: Agent;
  /** The file it runs (absolute), or `[worker eval]`. */
  readonly fileName: string;
  /** The source text it runs. */
  readonly source: string;
  readonly parent: GroupMember | undefined;
  state: 'live' | 'ended';
  /** Set once the agent's script started (its parent's 'online'). */
  online: boolean;
}

export interface GroupHooks {
  /** A worker was made and will run (the adapter adds its thread here, before its first slice). */
  agentStarted?(m: GroupMember): void;
  /** A worker ended (returned, threw, was terminated). */
  agentEnded?(m: GroupMember, exitCode: number): void;
}

/** What one turn did: which agent ran and how its slice ended, or the run's end. */
export type GroupStep = { kind: 'slice'; member: GroupMember; result: StepResult } | { kind: 'ended'; outcome: RunOutcome };

/** Instructions an agent runs at least in a turn, however close another agent's next work is. */
const MIN_TURN_INSTRUCTIONS = 10_000;
/** Instructions per virtual ms (see workClock). */
const INSTRUCTIONS_PER_MS = 1e6;

export class AgentGroup {
  readonly members: GroupMember[] = [];
  private nextId = 1;
  private ending: RunOutcome | undefined;
  private readonly startTime: number;
  /** The run's MessagePorts and BroadcastChannels: a port's message goes to the live agent that owns the port. */
  private readonly ports = new PortHub((id, e) => this.send(this.members.find((m) => m.id === id), e, false));

  /** Makes the main agent (throws GlassboxSyntaxError as createAgent does). */
  constructor(source: string, private readonly options: AgentOptions, private readonly host: Host, readonly hooks: GroupHooks = {}) {
    this.startTime = Math.floor(host.startTime ?? (host.wallClock ?? Date.now)());
    const agent = new Agent(source, options, this.hostFor(undefined, 0));
    const main: GroupMember = { id: 0, name: 'main', agent, fileName: options.modulePath ?? options.fileName, source, parent: undefined, state: 'live', online: true };
    this.members.push(main);
    agent.joinGroup(() => this.horizonOf(main));
  }

  get main(): GroupMember {
    return this.members[0];
  }

  /** The members still running. */
  live(): GroupMember[] {
    return this.members.filter((m) => m.state === 'live');
  }

  /** One turn: the agent whose next work is earliest runs up to `budget` instructions. */
  step(budget: number): GroupStep {
    if (this.ending) return { kind: 'ended', outcome: this.ending };
    const member = this.next();
    if (!member) return this.end(this.deadlock());
    const h = this.horizonOf(member);
    const room = h === Infinity ? budget : Math.max(MIN_TURN_INSTRUCTIONS, Math.ceil((h - member.agent.clock) * INSTRUCTIONS_PER_MS));
    if (!member.online) {
      member.online = true;
      this.send(member.parent, { kind: 'online', from: member.id, at: member.agent.clock }, true);
    }
    const result = member.agent.step(Math.min(budget, room));
    if (result === 'done' || result === 'uncaught' || result === 'fatal') this.ended(member, result);
    if (this.ending) return { kind: 'ended', outcome: this.ending };
    return { kind: 'slice', member, result };
  }

  /** Runs every agent to the end (no debugger); `betweenTurns` runs before each turn (the CLI's output). */
  runToEnd(betweenTurns?: () => void, budget = this.options.sliceSize ?? 100_000): RunOutcome {
    for (;;) {
      betweenTurns?.();
      const s = this.step(budget);
      if (s.kind === 'ended') return s.outcome;
    }
  }

  /** The live agent with the earliest next work, the lowest id first; undefined when all wait for messages forever. */
  private next(): GroupMember | undefined {
    let best: GroupMember | undefined;
    let bestAt = Infinity;
    for (const m of this.members) {
      if (m.state !== 'live') continue;
      const at = m.agent.readyAt();
      if (at < bestAt) { best = m; bestAt = at; }
    }
    return best;
  }

  /** The earliest next work of the other live agents: `m` may not start a task later than that. */
  private horizonOf(m: GroupMember): number {
    let h = Infinity;
    for (const o of this.members) if (o !== m && o.state === 'live') h = Math.min(h, o.agent.readyAt());
    return h;
  }

  private hostFor(parent: GroupMember | undefined, threadId: number, data?: AgentStart['data']): Host {
    const own: Host = { ...this.host, startTime: this.startTime, fsScope: this, ports: this.ports, startAgent: (start) => this.start(this.memberById(threadId), start) };
    if (!parent) return own;
    const onConsole = this.host.onConsole;
    // A worker's lines say whose they are (the debugger numbers each thread's output on its own).
    if (onConsole) own.onConsole = (e) => onConsole({ ...e, threadId });
    return { ...own, parent: { threadId, parentId: parent.id, data, post: (e) => this.send(parent, e, true) } };
  }

  private memberById(id: number): GroupMember {
    return this.members.find((m) => m.id === id)!;
  }

  /** `new Worker(...)` in `parent`: a new agent, live from the parent's clock on. */
  private start(parent: GroupMember, start: AgentStart): AgentHandle {
    const id = this.nextId++;
    const fileName = start.entry.kind === 'file' ? start.entry.path : '[worker eval]';
    const base = fileName.split('/').pop();
    const name = `worker ${id} (${start.name || base})`;
    const handle: AgentHandle = {
      id,
      postMessage: (data, at) => { const m = this.members.find((x) => x.id === id); if (m?.state === 'live') this.send(m, { kind: 'message', from: parent.id, at, data }, false); },
      terminate: (at) => { const m = this.members.find((x) => x.id === id); if (m?.state === 'live') this.finish(m, 1, at); },
    };
    const read = start.entry.kind === 'file' ? this.host.readFile?.(start.entry.path) : { kind: 'file' as const, source: start.entry.source };
    if (read?.kind !== 'file') {
      this.failedStart(parent, id, start.at, 'Error', `Cannot find module '${fileName}'`);
      return handle;
    }
    let agent: Agent;
    try {
      agent = new Agent(read.source, { ...this.options, fileName, modulePath: start.entry.kind === 'file' ? fileName : undefined, onEventLoopChange: undefined, onTask: undefined }, this.hostFor(parent, id, start.data));
    } catch (e) {
      if (!(e instanceof GlassboxSyntaxError)) throw e;
      this.failedStart(parent, id, start.at, 'SyntaxError', e.message);
      return handle;
    }
    const member: GroupMember = { id, name, agent, fileName, source: read.source, parent, state: 'live', online: false };
    this.members.push(member);
    agent.joinGroup(() => this.horizonOf(member), start.at);
    this.hooks.agentStarted?.(member);
    return handle;
  }

  /** A worker whose file cannot be read or compiled: its parent gets 'error' then 'exit' (code 1), as in Node. */
  private failedStart(parent: GroupMember, id: number, at: number, name: 'Error' | 'SyntaxError', message: string): void {
    const data = { root: { ref: 0 }, records: [{ t: 'error' as const, name, message, stack: `${name}: ${message}` }] };
    this.send(parent, { kind: 'error', from: id, at, data }, true);
    this.send(parent, { kind: 'exit', from: id, at, code: 1 }, true);
  }

  private send(to: GroupMember | undefined, e: AgentEvent, fromChild: boolean): void {
    if (to?.state === 'live') to.agent.deliver(e, fromChild);
  }

  /** An agent's run ended: the main one ends the run; a worker's exit (and uncaught error) go to its parent. */
  private ended(m: GroupMember, result: 'done' | 'uncaught' | 'fatal'): void {
    const outcome = m.agent.outcome();
    if (m.parent === undefined || result === 'fatal') { this.end(outcome); return; }
    if (outcome.kind === 'uncaught') this.send(m.parent, { kind: 'error', from: m.id, at: m.agent.clock, data: m.agent.cloneOut(outcome.value) }, true);
    this.finish(m, outcome.kind === 'completed' ? outcome.exitCode : 1, m.agent.clock);
  }

  /** A worker is over (ended or terminated): its parent gets 'exit'; its own workers end with it. */
  private finish(m: GroupMember, code: number, at: number): void {
    m.state = 'ended';
    this.ports.closeAllOf(m.id, at);
    this.send(m.parent, { kind: 'exit', from: m.id, at, code }, true);
    this.hooks.agentEnded?.(m, code);
    for (const child of this.members) if (child.parent === m && child.state === 'live') this.finish(child, 1, at);
  }

  private end(outcome: RunOutcome): GroupStep {
    this.ending = outcome;
    for (const m of this.members) m.state = 'ended';
    return { kind: 'ended', outcome };
  }

  /** Every live agent waits for a message no agent can send: Node would hang; Glassbox says so. */
  private deadlock(): RunOutcome {
    const waiting = this.live().map((m) => m.name).join(', ');
    return { kind: 'unsupported', report: formatMessage(Msg.WorkersDeadlocked, waiting), exitCode: 1 };
  }
}
