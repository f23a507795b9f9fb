// The session's agents, each one DAP thread: the program's own agent is thread 1, 'main';
// another agent (a worker) is one more entry. Finds the thread a request is about, from
// its threadId, its frameId (which encodes the thread) or its variablesReference.
import { Thread, ThreadEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { Agent, AgentGroup, EngineDebugger, GroupMember, HandleSpace } from '../engine';
import type { BreakpointTable } from './breakpoints';
import { threadOfFrame } from './frameIds';
import { GroupRunner, type ThreadControl } from './groupRunner';
import type { Answer, PausedRun } from './inspection';
import { RunEvents, type EventSink, type StopTexts } from './runEvents';
import { Runner } from './runner';
import { VariableStore } from './variables';

/** The thread of the program's own agent. */
export const MAIN_THREAD_ID = 1;

/** A worker's DAP thread id: its Node threadId (1, 2, ...) after the main thread's. */
export function threadIdOf(m: GroupMember): number {
  return MAIN_THREAD_ID + m.id;
}

/** Why a worker's thread cannot go back by itself: a replay is of the whole group, to a moment of the main thread. */
export const WORKER_TRAVEL_REFUSAL = 'Going back is asked from the main thread: select it in the Call Stack and step back there; every worker goes back with it to that moment.';

/** One agent as a DAP thread: its paused state, the runner that drives it and what it tells the client. */
export interface AgentThread extends PausedRun {
  id: number;
  name: string;
  runner: ThreadControl;
  events: RunEvents;
  /** The program's absolute path, where its line breakpoints are placed. */
  programPath: string;
  specView: boolean;
}

export interface NewThread {
  id: number;
  name: string;
  agent: Agent;
  /** The program's absolute path, where its line breakpoints are placed. */
  programPath: string;
  stopOnEntry: boolean;
  source: DebugProtocol.Source;
  specView: boolean;
  stopTexts?: StopTexts;
}

const notRunning = 'The program is not running.';

/** What a worker's thread shows, from its member: its source and scope view (the session decides). */
export type WorkerThread = (m: GroupMember) => Pick<NewThread, 'source' | 'specView'>;

export class AgentThreads {
  private readonly byId = new Map<number, AgentThread>();
  private workerThread: WorkerThread = () => ({ source: {}, specView: false });

  /**
   * `handles` numbers every agent's inspection handles, so a variablesReference names
   * one agent's value only; it lives as long as the session, restarts included.
   */
  constructor(private readonly handles: HandleSpace, private readonly breakpoints: BreakpointTable, private readonly sink: EventSink) {}

  /**
   * The group's main agent as the main thread, and each worker the group starts as one more
   * (a thread started event; exited when it ends). One GroupRunner drives them all.
   */
  addGroup(group: AgentGroup, main: NewThread, worker: WorkerThread): AgentThread {
    this.workerThread = worker;
    return this.add(main, this.drive(group));
  }

  /** A GroupRunner for `group`, whose workers become threads as they start and leave the list as they end. */
  private drive(group: AgentGroup): GroupRunner {
    const runner = new GroupRunner(group, (m) => this.byId.get(threadIdOf(m)));
    group.hooks.agentStarted = (m) => this.addWorker(m, runner);
    group.hooks.agentEnded = (m) => this.remove(threadIdOf(m));
    return runner;
  }

  private addWorker(m: GroupMember, runner: GroupRunner): AgentThread {
    const t = this.add({ id: threadIdOf(m), name: m.name, agent: m.agent, programPath: m.fileName, stopOnEntry: false, ...this.workerThread(m) }, runner);
    this.threadEvent(new ThreadEvent('started', t.id));
    return t;
  }

  private remove(id: number): void {
    const t = this.byId.get(id);
    if (!t) return;
    this.breakpoints.detach(t.dbg);
    this.byId.delete(id);
    this.threadEvent(new ThreadEvent('exited', id));
  }

  /** Attaches a debugger to `t.agent` and adds it as a thread; it runs once its runner starts (its own Runner, or the group's). */
  add(t: NewThread, group?: GroupRunner): AgentThread {
    const dbg: EngineDebugger = t.agent.attachDebugger(t.stopOnEntry, this.handles);
    this.breakpoints.attach(dbg, t.programPath);
    const paused: PausedRun = { run: t.agent, dbg, variables: new VariableStore(dbg, t.specView, t.id), source: t.source, stop: undefined, postMortem: undefined };
    const events = new RunEvents(paused, t.id, t.name, this.breakpoints, this.sink, t.stopTexts);
    const thread: AgentThread = Object.assign(paused, { id: t.id, name: t.name, events, runner: new Runner(t.agent, dbg, events) as ThreadControl, programPath: t.programPath, specView: t.specView });
    if (group) thread.runner = group.control(thread);
    this.byId.set(t.id, thread);
    return thread;
  }

  /**
   * A replayed group, its main agent (debugged by `dbg`) paused at its stop, takes the place
   * of the run's (Step Back and the other travels): each thread gets its agent of that moment
   * (breakpoints move to its debugger, handles and frame ids start again), the workers the
   * moment has not started yet or has ended leave the list and the ones it has join it, with
   * thread events. The workers are paused where their last turn left them, as at any stop.
   */
  replaceGroup(group: AgentGroup, dbg: EngineDebugger): void {
    const main = this.main;
    if (!main) return;
    this.heldThreadEvents = [];
    main.runner.dispose();
    const runner = this.drive(group);
    this.swap(main, group.main.agent, dbg, runner);
    const stop = dbg.stop();
    main.stop = stop ? { kind: 'engine', stop } : undefined;
    const workers = group.live().filter((m) => m !== group.main);
    const ids = new Set(workers.map(threadIdOf));
    for (const t of this.all()) if (t !== main && !ids.has(t.id)) this.remove(t.id);
    for (const m of workers) {
      const t = this.byId.get(threadIdOf(m));
      if (t) this.swap(t, m.agent, m.agent.attachDebugger(false, this.handles), runner);
      const w = t ?? this.addWorker(m, runner);
      w.stop = { kind: 'idle', msUntilNextTimer: 0 };
    }
  }

  /**
   * Thread events of a replay wait until its stop has been announced: sent before it, they
   * make VS Code keep the old stop's frame for the Variables pane.
   */
  private heldThreadEvents: ThreadEvent[] | undefined;

  private threadEvent(e: ThreadEvent): void {
    if (this.heldThreadEvents) this.heldThreadEvents.push(e);
    else this.sink.sendEvent(e);
  }

  /** Sends the thread events a replay held (after its stopped event). */
  releaseThreadEvents(): void {
    const held = this.heldThreadEvents ?? [];
    this.heldThreadEvents = undefined;
    for (const e of held) this.sink.sendEvent(e);
  }

  /** `t` is `agent`'s thread now, driven by `runner`. */
  private swap(t: AgentThread, agent: Agent, dbg: EngineDebugger, runner: GroupRunner): void {
    this.breakpoints.detach(t.dbg);
    this.breakpoints.attach(dbg, t.programPath);
    Object.assign(t, { run: agent, dbg, variables: new VariableStore(dbg, t.specView, t.id), runner: runner.control(t), stop: undefined, postMortem: undefined });
  }

  /** The engine ids of `dbg`'s breakpoints that always stop (no condition, hit count or log message). */
  plainBreakpoints(dbg: EngineDebugger): Set<number> {
    return this.breakpoints.idsOf(dbg).plain;
  }

  /** Stops driving every agent and forgets them (the session ends or restarts). */
  clear(): void {
    for (const t of this.byId.values()) t.runner.dispose();
    this.byId.clear();
    this.breakpoints.detachAll();
  }

  get main(): AgentThread | undefined {
    return this.byId.get(MAIN_THREAD_ID);
  }

  get isEmpty(): boolean {
    return this.byId.size === 0;
  }

  list(): DebugProtocol.Thread[] {
    return this.all().map((t) => new Thread(t.id, t.name));
  }

  /** Every thread, the main one first, then the workers in the order they started. */
  all(): AgentThread[] {
    return [...this.byId.values()].sort((a, b) => a.id - b.id);
  }

  /** The thread a request names by its threadId. */
  named(threadId: number): Answer<AgentThread> {
    const t = this.byId.get(threadId);
    if (t) return { ok: true, body: t };
    if (this.isEmpty) return { ok: false, message: notRunning };
    const known = [...this.byId.values()].map((k) => `${k.id} (${k.name})`).join(', ');
    return { ok: false, message: `Unknown threadId ${threadId}: this session's threads are ${known}.` };
  }

  /**
   * The thread a frame id was given out for; without one (evaluate and completions may
   * leave it out), or when that thread is gone, the main thread, which refuses the id.
   */
  ofFrame(frameId: number | undefined): Answer<AgentThread> {
    const t = (frameId === undefined ? undefined : this.byId.get(threadOfFrame(frameId))) ?? this.main;
    return t ? { ok: true, body: t } : { ok: false, message: notRunning };
  }

  /** The thread whose debugger gave out a handle (handles are unique across agents), else the main thread, which refuses it. */
  ofHandle(reference: number): Answer<AgentThread> {
    const t = [...this.byId.values()].find((k) => k.dbg.has(reference)) ?? this.main;
    return t ? { ok: true, body: t } : { ok: false, message: notRunning };
  }

  /** The thread whose debugger numbered a code (a disassemble request's memoryReference), else the main thread, which refuses it. */
  ofCode(code: number | undefined): Answer<AgentThread> {
    const t = [...this.byId.values()].find((k) => code !== undefined && k.dbg.hasCode(code)) ?? this.main;
    return t ? { ok: true, body: t } : { ok: false, message: notRunning };
  }
}
