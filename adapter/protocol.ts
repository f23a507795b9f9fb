// The custom DAP messages Glassbox adds for the Event Loop view: a request for the loop's
// state, one for a part of a long queue, and an event carrying the state after every stop.
// Shared with extension/.
import type { EntryView, LoopQueue, Run } from '../engine';

/** Phase, virtual time, Web APIs (timers), macrotasks, microtasks and nextTicks, as plain JSON. */
export type EventLoopSnapshot = ReturnType<Run['eventLoopSnapshot']>;

/** Custom request: its response body is an EventLoopSnapshot (null before the program runs). */
export const EVENT_LOOP_STATE_REQUEST = 'eventLoopState';

/** Custom event sent after every stopped event; its body is an EventLoopSnapshot. */
export const EVENT_LOOP_CHANGED_EVENT = 'eventLoopChanged';

/** The queues a snapshot lists, by their field names. */
export const LOOP_QUEUES: readonly LoopQueue[] = ['webApis', 'macrotasks', 'microtasks', 'nextTicks'];

/**
 * Entries listed at each end of a queue in snapshots: a longer queue is sent as its first and
 * last LOOP_EDGE entries, its count, and where the rest were left out (`omitted`).
 */
export const LOOP_EDGE = 25;

/** Custom request for entries a snapshot left out: arguments EventLoopEntriesArguments. */
export const EVENT_LOOP_ENTRIES_REQUEST = 'eventLoopEntries';

/** At most this many entries per eventLoopEntries answer. */
export const LOOP_ENTRIES_MAX = 500;

export interface EventLoopEntriesArguments { queue: LoopQueue; start: number; count: number }
export interface EventLoopEntriesBody { queue: LoopQueue; start: number; total: number; entries: EntryView[] }

/** The debug type in launch configurations. */
export const DEBUG_TYPE = 'glassbox';

/** Custom event sent when the program does not compile, before the session ends: SyntaxErrorBody. */
export const SYNTAX_ERROR_EVENT = 'glassboxSyntaxError';

/** `line` and `column` are 1-based; `message` is the engine's text without the place. */
export interface SyntaxErrorBody { path: string; line: number; column: number; message: string }

/** Custom event sent when the engine's process ended before the session: `{ cause, message, summary }`. */
export const ENGINE_FAILED_EVENT = 'glassboxEngineFailed';
