// What the embedder (the CLI, the debug adapter) gives an agent: where console output goes,
// the clock, the random seed, module loading and other agents. Plain data and callbacks:
// the embedder never sees a realm, a machine or an engine value.
import type { ConsoleLevel } from '../realm/realm';

export interface ConsoleEvent {
  level: ConsoleLevel;
  text: string;
  /** 1-based line and column of the console call, when known. */
  line?: number;
  column?: number;
}

/** A module's file as the host found it: the engine compiles and runs it, the host only reads. */
export interface ModuleText {
  /** The resolved absolute path, for `__filename` and the require cache. */
  path: string;
  source: string;
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
 * host settings replay the same run. `loadModule` and `startAgent` are the contract for the
 * CommonJS loader and `worker_threads` (issue 15): no engine code calls them yet, so an
 * embedder need not provide them; until then `require` of a file finds nothing.
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
  /** `require(specifier)` from the module at `parentPath`: the file's text, or undefined when there is none. */
  loadModule?: (specifier: string, parentPath: string) => ModuleText | undefined;
  /** Starts another agent with its own realm, machine and event loop (a worker), on this host. */
  startAgent?: (start: AgentStart) => AgentHandle;
}
