// The names package.json and the code share: command, view and context-key ids. Pure, so
// the manifest test can check package.json against them.

export const DEBUG_FILE_COMMAND = 'glassbox.debugFile';
export const EVENT_LOOP_VIEW = 'glassbox.eventLoop';
/** True while a Glassbox debug session runs (inline values are provided only then). */
export const ACTIVE_CONTEXT_KEY = 'glassbox.active';
/**
 * True from the first Glassbox session of the window on: the Event Loop view's `when` clause,
 * so the view stays beside Variables with the last state after the session ends.
 */
export const LOOP_VIEW_CONTEXT_KEY = 'glassbox.loopViewShown';
/** Where the view's stylesheet, script and icons live, relative to the extension's root. */
export const MEDIA_FOLDER = ['extension', 'media'] as const;
