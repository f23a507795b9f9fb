// What the embedder (the CLI, the debug adapter) gives an agent: where console output goes,
// the clock, the random seed, module loading and other agents. Plain data and callbacks:
// the embedder never sees a realm, a machine or an engine value.
import type { ConsoleLevel } from '../realm/realm';
import type { FileRead } from '../realm/moduleResolve';
import type { DirRead } from '../realm/node/fsVolume';

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
}

/** Data passed between agents: what survives a structured clone, as plain JSON-like values. */
export type AgentMessage = null | boolean | number | string | AgentMessage[] | { [key: string]: AgentMessage };

/** What a program asks for when it starts another agent (Node's `new Worker(...)`). */
export interface AgentStart {
  /** A file the host reads (`new Worker(path)`), or source text (`{ eval: true }`). */
  entry: { kind: 'file'; path: string } | { kind: 'source'; source: string };
  /** Node's `name` option; the debugger shows it as the thread's name. */
  name?: string;
  /** Node's `workerData`, cloned into the new agent. */
  data?: AgentMessage;
  /** Called with each message the new agent posts to its parent. */
  onMessage(message: AgentMessage): void;
}

/** The parent's hold on an agent the host started. */
export interface AgentHandle {
  /** The host's id of the agent (Node's `threadId`; the adapter's DAP thread id). */
  readonly id: number;
  /** Delivers `message` to the agent, where it arrives as a task on the agent's own event loop. */
  postMessage(message: AgentMessage): void;
  /** Ends the agent (Node's `worker.terminate()`). */
  terminate(): void;
}

/**
 * The embedder's side of an agent. Everything nondeterministic comes from here, so the same
 * host settings replay the same run. `readFile` serves the CommonJS loader (without it a
 * `require` of a file ends the run as unsupported); `startAgent` is the contract for
 * `worker_threads` (issue 15), which no engine code calls yet.
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
  /** Starts another agent with its own realm, machine and event loop (a worker), on this host. */
  startAgent?: (start: AgentStart) => AgentHandle;
}
