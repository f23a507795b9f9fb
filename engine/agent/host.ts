// What the embedder (the CLI, the debug adapter) gives an agent: where console output goes,
// the clock, the random seed, module loading and other agents. Plain data and callbacks:
// the embedder never sees a realm, a machine or an engine value.
import type { ConsoleLevel } from '../realm/realm';
import type { FileRead } from '../realm/moduleResolve';
import type { DirRead } from '../realm/node/fsVolume';
import type { PortHub } from './messagePortHub';

export interface ConsoleEvent {
  level: ConsoleLevel;
  text: string;
  /** 1-based line and column of the console call, when known. */
  line?: number;
  column?: number;
  /** The file of the console call's code (the program's, a required file's absolute path, `node:events`...), when known. */
  file?: string;
  /** Written as is, with no line end added: process.stdout.write / process.stderr.write. */
  raw?: true;
  /** A worker's threadId (1, 2, ...) when a worker of an AgentGroup printed it; absent for the main thread. */
  threadId?: number;
}

/**
 * Data passed between agents: the engine's serialized form of a structured clone, made in the
 * sender's realm and materialised in the receiver's (workerThreadsClone.ts). Host data only:
 * no engine value crosses from one heap to another.
 */
export type { SerializedValue as AgentMessage } from '../realm/node/workerThreadsClone';
import type { SerializedValue } from '../realm/node/workerThreadsClone';

/** What a program asks for when it starts another agent (Node's `new Worker(...)`). */
export interface AgentStart {
  /** A file the host reads (`new Worker(path)`, absolute), or source text (`{ eval: true }`). */
  entry: { kind: 'file'; path: string } | { kind: 'source'; source: string };
  /** Node's `name` option; the debugger shows it as the thread's name. */
  name?: string;
  /** Node's `workerData`, cloned into the new agent. */
  data?: SerializedValue;
  /** The starting agent's virtual clock (ms) when it asked: the new agent's clock starts there. */
  at: number;
}

/** What one agent sends another: delivered as a 'message' task on the receiver's own loop (Node's poll phase). */
export type AgentEvent =
  | { kind: 'message'; from: number; at: number; data: SerializedValue }
  /** A worker started running (the parent's 'online'). */
  | { kind: 'online'; from: number; at: number }
  /** A worker's uncaught exception (the parent's 'error'); its 'exit' follows. */
  | { kind: 'error'; from: number; at: number; data: SerializedValue }
  | { kind: 'exit'; from: number; at: number; code: number }
  /** A message to a MessagePort or BroadcastChannel of the receiver (`port`: its id in the PortHub; `via`: what it travels by). */
  | { kind: 'port'; from: number; at: number; data: SerializedValue; port: number; via: string }
  /** The other end of the receiver's port `port` closed: that port closes too. */
  | { kind: 'portClose'; from: number; at: number; port: number; via: string };

/** The parent's hold on an agent the host started. */
export interface AgentHandle {
  /** The host's id of the agent (Node's `threadId`; the adapter's DAP thread id). */
  readonly id: number;
  /** Delivers `message` to the agent, where it arrives as a task on the agent's own event loop. */
  postMessage(message: SerializedValue, at: number): void;
  /** Ends the agent (Node's `worker.terminate()`); its 'exit' (code 1) comes back as an event. */
  terminate(at: number): void;
}

/** A worker agent's link to the agent that started it (Node's `parentPort`, `workerData`, `threadId`). */
export interface ParentLink {
  readonly threadId: number;
  /** The parent's threadId (0: the main thread). */
  readonly parentId: number;
  readonly data: SerializedValue | undefined;
  /** Sends an event (only 'message' is the program's own) to the parent. */
  post(event: AgentEvent): void;
}

/**
 * The embedder's side of an agent. Everything nondeterministic comes from here, so the same
 * host settings replay the same run. `readFile` serves the CommonJS loader (without it a
 * `require` of a file ends the run as unsupported); `startAgent` and `parent` are the
 * contract for `worker_threads` (AgentGroup implements them for every agent of a run).
 */
export interface Host {
  /** The program's console output, with the place of the console call. */
  onConsole?: (e: ConsoleEvent) => void;
  /** The host's clock in ms since the epoch (default Date.now): the default start time, and real-time timers. */
  wallClock?: () => number;
  /** The virtual clock's start in whole ms since the epoch, for Date (default: wallClock() at start). */
  startTime?: number;
  /** Timers wait for the wall clock instead of the virtual clock jumping ahead. */
  realTime?: boolean;
  /** Seed for Math.random and crypto (default 1). */
  seed?: number;
  /**
   * Reads a file at an absolute path for `require` (the engine resolves the request, moduleResolve.ts):
   * 'outside' for a path outside the program's folder tree (the sandbox), 'missing' for a folder or
   * nothing. Must answer the same every time, so a replay makes the same run.
   */
  readFile?: (path: string) => FileRead;
  /**
   * Lists a folder at an absolute path for `fs` (readdir, and telling a folder from nothing):
   * 'outside' and 'missing' as readFile's. Must answer the same every time. Without it, fs sees
   * no folders but those the program made.
   */
  readDir?: (path: string) => DirRead;
  /** Agents whose hosts give the same object share one virtual file system (an AgentGroup's threads, as Node's threads share the disk). */
  fsScope?: object;
  /** Starts another agent with its own realm, machine and event loop (a worker), on this host. */
  startAgent?: (start: AgentStart) => AgentHandle;
  /** Set for a worker agent: its parent. */
  parent?: ParentLink;
  /** The run's MessagePorts and BroadcastChannels, shared by its agents (an AgentGroup's); an agent without one keeps its own. */
  ports?: PortHub;
}
