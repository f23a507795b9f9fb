// An agent's own settings and the shapes of its results: how a slice ended and how the
// program ended. What the host provides is in host.ts.
import type { Value } from '../heap/values';
import type { SliceResult } from '../vm/interpreter';
import type { Host } from './host';
import type { TierListener, TierThresholds } from '../tier/tiering';
import type { GcReport } from '../heap/collector';

export interface AgentOptions {
  fileName: string;
  /** Frames allowed before `RangeError: Maximum call stack size exceeded` (default 10000). */
  maxCallDepth?: number;
  /** Instructions per slice before the VM yields to the host. */
  sliceSize?: number;
  /** Live accounted heap allowed before Node's fatal "Reached heap limit" (default 1024). */
  maxHeapMB?: number;
  /** Run the file as a Script (global var bindings, `this` is globalThis) instead of as Node's CommonJS module. */
  script?: boolean;
  /** The program's absolute path, for `__filename` and `module` (default: fileName). */
  modulePath?: string;
  /** Virtual ms an fs request is in flight before its callback runs in the poll phase (default 1). */
  ioDelay?: number;
  /** Called whenever a task is taken from a queue onto the call stack. */
  onTask?: (label: string) => void;
  /** Called whenever the event loop's queues, clock or phase change (see eventLoopSnapshot()). */
  onEventLoopChange?: () => void;
  /**
   * When a function is hot enough for the second tier (default 1,000 calls or 10,000 loop
   * back-edges; 0: at once; Infinity or false: never, the plain interpreter only).
   */
  tiering?: Partial<TierThresholds> | false;
  /** Called when a function is optimized or deoptimized; true from a deopt stops the debugger there. */
  onTierEvent?: TierListener;
  /** Installs a global `gc()` that runs a full collection, as `node --expose-gc` does. */
  exposeGc?: boolean;
  /** Debug mode: after onGc returns, swept cells are made unusable, so any later touch is a host error (an engine bug). */
  gcPoison?: boolean;
  /**
   * Keep every cell the program allocates in the heap space, so a collection's report lists
   * the swept cells (`freedCells`, for the debugger's GC stops). Off, they are counted from the
   * account only. gcPoison implies it.
   */
  trackCells?: boolean;
  /** Called after every collection (automatic, gc() or collectGarbage()), before poisoning. */
  onGc?: (report: GcReport) => void;
  /** Bytes allocated between automatic collections (default: grows with the live heap, from 64 MB). */
  gcBudgetBytes?: number;
}

/** An agent's settings and its host in one object, for an embedder that runs one program. */
export interface EngineOptions extends AgentOptions, Host {}

export type RunOutcome =
  | { kind: 'completed'; exitCode: number }
  | { kind: 'uncaught'; report: string; value: Value }
  /** The engine's own limit ended the run as V8's would: no JS code saw it. */
  | { kind: 'fatal'; report: string; exitCode: 134; liveBytes: number }
  /** The program reached a feature Glassbox does not implement: no JS code saw it. */
  | { kind: 'unsupported'; report: string; exitCode: 1 };

/**
 * What a slice ended with; 'waiting' means real-time timers are not due yet (see
 * msUntilNextTimer); 'fatal' means the run ended outside JS (the heap limit, an unsupported
 * feature), frames left as they were; 'blocked' (in an AgentGroup only) means the agent waits
 * for another agent: a message it has not got, or its turn on the virtual clock.
 */
export type StepResult = SliceResult | 'waiting' | 'fatal' | 'blocked';
