// The debug adapter's public face: the session class for inline use in the extension host,
// a factory, the launch arguments and the custom Event Loop messages.
import { GlassboxDebugSession } from './session';

export { GlassboxDebugSession } from './session';
export type { GlassboxLaunchArguments } from './launch';
export { DEBUG_TYPE, ENGINE_FAILED_EVENT, EVENT_LOOP_CHANGED_EVENT, EVENT_LOOP_ENTRIES_REQUEST, EVENT_LOOP_STATE_REQUEST, LOOP_ENTRIES_MAX, LOOP_QUEUES } from './protocol';
export type { EventLoopEntriesArguments, EventLoopEntriesBody, EventLoopSnapshot, LoopPhase, LoopQueue } from './protocol';

/** A new session, e.g. for `new vscode.DebugAdapterInlineImplementation(createDebugSession())`. */
export function createDebugSession(): GlassboxDebugSession {
  return new GlassboxDebugSession();
}
