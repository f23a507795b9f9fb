// The names package.json and the code share: command, view and context-key ids. Pure, so
// the manifest test can check package.json against them.

export const DEBUG_FILE_COMMAND = 'glassbox.debugFile';
export const EVENT_LOOP_VIEW = 'glassbox.eventLoop';
/** True while a Glassbox debug session runs; the Event Loop view's `when` clause. */
export const ACTIVE_CONTEXT_KEY = 'glassbox.active';
/** Where the view's stylesheet, script and icons live, relative to the extension's root. */
export const MEDIA_FOLDER = ['extension', 'media'] as const;
