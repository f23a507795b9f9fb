// The Memory view's names that package.json and the code share. Pure, so the manifest test
// can check package.json against them.

export const MEMORY_VIEW = 'glassbox.memory';
/** The view's title action: a collection now, then a redraw. */
export const COLLECT_GARBAGE_COMMAND = 'glassbox.collectGarbage';
/** The webview script, bundled with elkjs by `npm run build`, relative to the extension's root. */
export const MEMORY_SCRIPT = ['dist', 'memoryView.js'] as const;
export const MEMORY_STYLE = ['extension', 'media', 'memoryView.css'] as const;
