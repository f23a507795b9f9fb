// The session's agents, each one DAP thread: the program's own agent is thread 1, 'main';
// another agent (a worker) is one more entry. Finds the thread a request is about, from
// its threadId, its frameId (which encodes the thread) or its variablesReference.
import { Thread } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { Agent, EngineDebugger, HandleSpace } from '../engine';
import type { BreakpointTable } from './breakpoints';
import { threadOfFrame } from './frameIds';
import type { Answer, PausedRun } from './inspection';
import { RunEvents, type EventSink, type StopTexts } from './runEvents';
import { Runner } from './runner';
import { VariableStore } from './variables';

/** The thread of the program's own agent. */
export const MAIN_THREAD_ID = 1;

/** One agent as a DAP thread: its paused state, the runner that drives it and what it tells the client. */
export interface AgentThread extends PausedRun {
  id: number;
  name: string;
  runner: Runner;
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

export class AgentThreads {
  private readonly byId = new Map<number, AgentThread>();

  /**
   * `handles` numbers every agent's inspection handles, so a variablesReference names
   * one agent's value only; it lives as long as the session, restarts included.
   */
  constructor(private readonly handles: HandleSpace, private readonly breakpoints: BreakpointTable, private readonly sink: EventSink) {}

  /** Attaches a debugger to `t.agent` and adds it as a thread; it runs once its runner starts. */
  add(t: NewThread): AgentThread {
    const dbg: EngineDebugger = t.agent.attachDebugger(t.stopOnEntry, this.handles);
    this.breakpoints.attach(dbg, t.programPath);
    const paused: PausedRun = { run: t.agent, dbg, variables: new VariableStore(dbg, t.specView, t.id), source: t.source, stop: undefined, postMortem: undefined };
    const events = new RunEvents(paused, t.id, this.breakpoints, this.sink, t.stopTexts);
    const thread = Object.assign(paused, { id: t.id, name: t.name, events, runner: new Runner(t.agent, dbg, events), programPath: t.programPath, specView: t.specView });
    this.byId.set(t.id, thread);
    return thread;
  }

  /**
   * A replayed agent, paused at its stop, takes the place of `t`'s (Step Back and the other
   * travels): breakpoints move to its debugger, handles and frame ids start again.
   */
  replace(t: AgentThread, agent: Agent, dbg: EngineDebugger): void {
    t.runner.dispose();
    this.breakpoints.detach(t.dbg);
    this.breakpoints.attach(dbg, t.programPath);
    const stop = dbg.stop();
    Object.assign(t, {
      run: agent, dbg, variables: new VariableStore(dbg, t.specView, t.id), runner: new Runner(agent, dbg, t.events),
      stop: stop ? { kind: 'engine', stop } : undefined, postMortem: undefined,
    });
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
    return [...this.byId.values()].map((t) => new Thread(t.id, t.name));
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
