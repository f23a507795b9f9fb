// The wire contract Glassbox adds to DAP: the debug type, and every custom request and event
// with its arguments and body. Shared with extension/; plain constants and types, so it knows
// nothing of the engine: the adapter's send sites check the engine's data against these types.

/** The debug type in launch configurations and package.json (`contributes.debuggers`). */
export const DEBUG_TYPE = 'glassbox';

/** The launch request's arguments: what a launch configuration of type DEBUG_TYPE may say (package.json declares the same). */
export interface GlassboxLaunchArguments {
  /** The JavaScript file to run, absolute or relative to `cwd`. */
  program: string;
  /** Stop at the creation phase of the global execution context (default true). */
  stopOnEntry?: boolean;
  /** The folder a relative `program` is resolved against (default: the adapter's). */
  cwd?: string;
  /** Seed for Math.random (default 1). */
  seed?: number;
  /** Timers wait for real time instead of the virtual clock jumping ahead. */
  realTime?: boolean;
  /** The engine's heap limit in MB (default DEFAULT_DEBUG_HEAP_MB). */
  maxHeapMB?: number;
  /** 'spec': scopes per execution context (LexicalEnvironment, VariableEnvironment, this and outer); default 'chrome'. */
  scopeView?: 'chrome' | 'spec';
  /** The second tier: false runs the plain interpreter only (default true). */
  tiering?: boolean;
  /** Calls after which a function is optimized (default 1000; 0: at its first call). */
  hotCalls?: number;
  /** Loop iterations (back-edges) after which a function is optimized (default 10000; 0: at once). */
  hotLoopIterations?: number;
  /** Stop where an optimized function deoptimizes, with the reason (default false). */
  stopOnDeopt?: boolean;
  /** A global `gc()` that runs the collector, as `node --expose-gc` offers it (default false). */
  exposeGc?: boolean;
  /** Each collection is two stops of its own: the mark phase, then the sweep (default false). */
  stepIntoGc?: boolean;
  /** Virtual ms an fs request is in flight before its callback runs in the poll phase (default 1). */
  ioDelay?: number;
}

/** The loop's phases as the engine names them: a new phase is added here and in the Event Loop view's texts. */
export const LOOP_PHASES = ['script', 'nextTicks', 'microtasks', 'timers', 'poll', 'immediates', 'close', 'idle', 'done'] as const;
export type LoopPhase = (typeof LOOP_PHASES)[number];
/**
 * The phase a snapshot names: one of LOOP_PHASES, or 'close', the close phase (the callbacks of
 * closed handles, e.g. a worker's parentPort 'close'), which the Event Loop view's texts do not name yet.
 */
export type SnapshotPhase = LoopPhase | 'close';

/** The queues a snapshot lists, by their field names. */
export const LOOP_QUEUES = ['webApis', 'macrotasks', 'microtasks', 'nextTicks', 'cleanups'] as const;
export type LoopQueue = (typeof LOOP_QUEUES)[number];

export type TimerKind = 'timeout' | 'interval' | 'immediate';
export type JobKind = 'promise reaction' | 'await resumption' | 'thenable job' | 'queueMicrotask' | 'nextTick' | 'finalization';

/** `line` and `column` are 1-based, as in the whole protocol (the adapter says linesStartAt1). */
/** Where a callback is defined; `file`: its code's file when known (an absolute path, or `node:events` for a core module's code). */
interface SourcePlace { line?: number; column?: number; file?: string }

/**
 * A timer or immediate waiting in Web APIs or in the check queue; `due` in virtual ms. Kind
 * 'io': I/O in flight, `label` says what (`fs.readFile data.txt`); kind 'message': another
 * thread's message on its way (`message from worker 1`), taken in the poll phase from `due` on,
 * its `route`: the sender's and the receiver's threadId (0: main) and the channel it travels by;
 * kind 'close' (in the check queue, after the immediates): a closed handle's callback, `label`
 * naming the handle, run in the close phase.
 */
export interface LoopTimer extends SourcePlace { id: number; kind: TimerKind | 'io' | 'message' | 'close'; name: string; delay: number; due: number; interval: boolean; label?: string; route?: { from: number; to: number; via: string } }

/** A microtask or nextTick callback; `promiseState` of the promise it settles or reacts to. */
export interface LoopJob extends SourcePlace { kind: JobKind; name: string; promiseState?: string }

/** What the loop runs now; `label` is the call stack's marker text ("timer #1 -> tick()"). */
export interface LoopTask extends SourcePlace { kind: 'timer' | 'immediate' | 'io' | 'microtask' | 'nextTick' | 'finalization' | 'message' | 'close' | 'script'; label: string }

export type LoopEntry = LoopTimer | LoopJob;

/** Each queue's listed entries by its LOOP_QUEUES name: timers wait in Web APIs and the check queue, jobs in the others. */
export type LoopQueueLists = { [Q in LoopQueue]: Q extends 'webApis' | 'macrotasks' ? LoopTimer[] : LoopJob[] };

/** Phase, virtual time, what runs now, and the entries of Web APIs (timers), the check queue, microtasks, nextTicks and FinalizationRegistry cleanups. */
export interface EventLoopSnapshot extends LoopQueueLists {
  phase: SnapshotPhase;
  /** Virtual time in whole ms since the program started. */
  time: number;
  current: LoopTask | null;
  /** Each queue's full length. */
  counts: Record<LoopQueue, number>;
  /** Queues cut short (see LOOP_EDGE): `count` entries from index `at` are left out of the list. */
  omitted: Partial<Record<LoopQueue, { at: number; count: number }>>;
}

/**
 * Custom request, arguments EventLoopStateArguments (optional): the loop of thread `threadId`
 * (each thread has its own), else the main thread's. Its response body is an EventLoopStateBody.
 */
export const EVENT_LOOP_STATE_REQUEST = 'eventLoopState';
export interface EventLoopStateArguments { threadId?: number }
/** A loop as sent: the snapshot, and the thread whose loop it is (`thread`: its name, "main" or "worker 1 (task.js)"). */
export type ThreadLoop = EventLoopSnapshot & { threadId?: number; thread?: string };
/** Null before the program runs. */
export type EventLoopStateBody = ThreadLoop | null;

/**
 * Custom request, no arguments: every thread's loop, the main thread's first, then the
 * workers' in the order they started. Its response body is an EventLoopsBody.
 */
export const EVENT_LOOPS_REQUEST = 'eventLoops';
/** Null before the program runs. */
export type EventLoopsBody = { loops: ThreadLoop[] } | null;

/** Custom event sent after every stopped event, with the stopped thread's loop: its body is an EventLoopChangedBody. */
export const EVENT_LOOP_CHANGED_EVENT = 'eventLoopChanged';
export type EventLoopChangedBody = ThreadLoop;

/**
 * Entries listed at each end of a queue in snapshots: a longer queue is sent as its first and
 * last LOOP_EDGE entries, its count, and where the rest were left out (`omitted`).
 */
export const LOOP_EDGE = 25;

/** Custom request for entries a snapshot left out: arguments EventLoopEntriesArguments, body EventLoopEntriesBody. */
export const EVENT_LOOP_ENTRIES_REQUEST = 'eventLoopEntries';

/** At most this many entries per eventLoopEntries answer. */
export const LOOP_ENTRIES_MAX = 500;

/** `threadId`: whose loop (default: the main thread's). */
export interface EventLoopEntriesArguments { queue: LoopQueue; start: number; count: number; threadId?: number }
export interface EventLoopEntriesBody { queue: LoopQueue; start: number; total: number; entries: LoopEntry[] }

/** Custom event sent when the program does not compile, before the session ends: SyntaxErrorBody. */
export const SYNTAX_ERROR_EVENT = 'glassboxSyntaxError';

/** `line` and `column` are 1-based; `message` is the engine's text without the place. */
export interface SyntaxErrorBody { path: string; line: number; column: number; message: string }

/** Custom event sent when the engine's process ended before the session: EngineFailedBody. */
export const ENGINE_FAILED_EVENT = 'glassboxEngineFailed';

export type EngineEndCause = 'out-of-memory' | 'fatal-error' | 'crash' | 'killed' | 'exit' | 'thread-failure' | 'not-started';

/** `message` is for the Debug Console (what happened and what it means), `summary` for a notification. */
export interface EngineFailedBody { cause: EngineEndCause; message: string; summary: string }

/**
 * Memory references and instruction addresses (`disassemble`, `instructionPointerReference`):
 * a hex number whose low INSTRUCTION_PC_BITS bits are a pc (a word index into a function's
 * bytecode) and whose high bits are the number the engine gave that function's code:
 * `0x700000012` is pc 18 of code 7. VS Code parses addresses as BigInt and keeps its rows
 * sorted by them, so pcs past either end of a function (the padding rows) stay apart from
 * every other function's.
 */
export const INSTRUCTION_PC_BITS = 32;

/** Custom event sent when a function is optimized or deoptimized: TierEventBody. The Debug Console also gets `text`. */
export const TIER_EVENT = 'glassboxTier';

export type FunctionTier = 'baseline' | 'optimized' | 'never';

/** `line`: where the function starts (optimized) or where the guard failed (deoptimized), 1-based. */
export interface TierEventBody {
  kind: 'optimized' | 'deoptimized';
  /** The function as the call stack names it. */
  name: string;
  line: number;
  /** `multiply: optimized after 1,000 calls`, `multiply: deoptimized: not a number at line 12`. */
  text: string;
  /** A deoptimization's reason ('not a number', 'wrong shape'). */
  reason?: string;
}

/**
 * Custom request, no arguments: per function of the program that ran, its calls, loop
 * back-edges and tier, for the hotness CodeLens (asked at each stop). Body: HotnessBody.
 */
export const HOTNESS_REQUEST = 'hotness';

/** `line`/`column`: where the function starts, 1-based; `hot`: past a threshold. */
export interface FunctionHotness {
  name: string;
  line: number;
  column: number;
  calls: number;
  backEdges: number;
  hot: boolean;
  tier: FunctionTier;
  deopts: number;
  lastDeoptReason: string | null;
}

/** `path`: the program the functions are in (the client's path); empty before the program runs. */
export interface HotnessBody { path: string; functions: FunctionHotness[] }

/**
 * Custom request, arguments HeapGraphArguments (optional): the heap reachable from the paused
 * frames of one thread, for the Memory view: the thread of `frameId` (a frame from this stop's
 * stackTrace; what it reaches is drawn first), else the main thread. Reveals and collections
 * then go to that thread. Body: HeapGraphBody. Node ids stay the same across stops while the
 * object lives; at most 300 nodes (the rest counted in `omitted`), 20 fields per node (the
 * rest counted in its `more`).
 */
export const HEAP_GRAPH_REQUEST = 'heapGraph';
export interface HeapGraphArguments { frameId?: number }

/**
 * A binding of a stopped frame (`frame`: 0 = innermost), or with `frame` -1 a global the
 * program made (`scope` 'Global') or a pending timer's callback or argument (`scope` 'Timers',
 * `name` like `setInterval #1`): `to` is the node it references, or null with the primitive's `value`.
 * A frame's binding also names its scope record (`record`, the id the record has as a node)
 * and says whether that record is the frame's own (`own`) or one it closed over.
 */
export interface HeapGraphRoot { frame: number; scope: string; name: string; to: number | null; value?: string; record?: number; own?: true }
/** A cell of a node: a primitive inline (`value`) or a reference (`to`, also listed in `edges`). */
export interface HeapGraphField { name: string; value?: string; to?: number }
/** `freed`: at a GC stop, a box the collector swept. */
export interface HeapGraphNode { id: number; kind: 'object' | 'array' | 'function' | 'map' | 'set' | 'environment'; label: string; size: number; fields: HeapGraphField[]; more: number; freed?: true }
export interface HeapGraphEdge { from: number; to: number; name: string }
/** The accounted heap: live bytes at the last collection plus what was allocated since. */
export interface HeapGraphHeap { usedBytes: number; limitBytes: number; collections: number }
/** At a GC stop (launch option stepIntoGc): the phase, its text, drawn node ids in marking order, and the swept ones. */
export interface HeapGraphGc { phase: 'mark' | 'sweep'; text: string; markOrder: number[]; freed: number[] }
/** null while the program is not paused. */
/** `thread`: the name of the thread whose heap it is (each thread has its own: "main", "worker 1 (task.js)"). */
export type HeapGraphBody = { roots: HeapGraphRoot[]; nodes: HeapGraphNode[]; edges: HeapGraphEdge[]; omitted: number; heap: HeapGraphHeap; gc?: HeapGraphGc; thread?: string } | null;

/**
 * Custom request, no arguments: runs the collector now (the Memory view's "Collect garbage").
 * Body: CollectGarbageBody; an `invalidated` event follows so views refresh.
 */
export const COLLECT_GARBAGE_REQUEST = 'collectGarbage';
export interface CollectGarbageBody { freed: number; freedBytes: number; liveBytes: number }

/**
 * Custom request from the Memory view: arguments RevealHeapObjectArguments (a heapGraph node
 * id of the current stop), body RevealHeapObjectBody. The adapter then lists the object as
 * the first scope of every paused frame, named MEMORY_SCOPE_PREFIX + its label, until the
 * program runs on, and sends an `invalidated` event (areas ['stacks']: VS Code then fetches
 * the frame's scopes again and expands the first one) so the Variables pane shows it.
 */
export const REVEAL_HEAP_OBJECT_REQUEST = 'revealHeapObject';
export const MEMORY_SCOPE_PREFIX = 'Memory view: ';
export interface RevealHeapObjectArguments { id: number }
/** `scope`: the name of the scope that now holds the object. */
export interface RevealHeapObjectBody { scope: string }

/** Custom request: the run's timeline so far, for the Event Loop view's strip. */
export const TIMELINE_REQUEST = 'timeline';
export interface TimelineMark { step: number; kind: 'script' | 'task' | 'microtask' | 'tick'; label: string; line?: number }
export type TimelineBody = { marks: TimelineMark[]; current: number; frontier: number } | null;
/** Custom request: go to a moment (a mark's step), backwards or forwards, by replay. */
export const GOTO_MOMENT_REQUEST = 'gotoMoment';
export interface GotoMomentArguments { step: number }
/** Custom event after each stop, with the body of TIMELINE_REQUEST (the view redraws its strip). */
export const TIMELINE_CHANGED_EVENT = 'glassbox.timelineChanged';
