// The custom DAP messages Glassbox adds for the Event Loop view: a request for the loop's
// state and an event carrying it after every stop. Shared with extension/.
import type { Run } from '../engine';

/** Phase, virtual time, Web APIs (timers), macrotasks, microtasks and nextTicks, as plain JSON. */
export type EventLoopSnapshot = ReturnType<Run['eventLoopSnapshot']>;

/** Custom request: its response body is an EventLoopSnapshot (null before the program runs). */
export const EVENT_LOOP_STATE_REQUEST = 'eventLoopState';

/** Custom event sent after every stopped event; its body is an EventLoopSnapshot. */
export const EVENT_LOOP_CHANGED_EVENT = 'eventLoopChanged';

/** The debug type in launch configurations. */
export const DEBUG_TYPE = 'glassbox';

/** Custom event sent when the engine's process ended before the session: `{ cause, message }`. */
export const ENGINE_FAILED_EVENT = 'glassboxEngineFailed';
