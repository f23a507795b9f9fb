// The Memory view's names that package.json and the code share. Pure, so the manifest test
// can check package.json against them.

export const MEMORY_VIEW = 'glassbox.memory';
/** The view's title action: a collection now, then a redraw. */
export const COLLECT_GARBAGE_COMMAND = 'glassbox.collectGarbage';
/** A heap box's context menu (webview/context): show its retaining path, or reveal it in Variables. */
export const WHY_ALIVE_COMMAND = 'glassbox.memory.whyAlive';
export const REVEAL_BOX_COMMAND = 'glassbox.memory.revealInVariables';
/** The `webviewSection` a heap box's data-vscode-context names, for those menus' `when`. */
export const HEAP_BOX_SECTION = 'heapBox';
/** The webview script, bundled with dagre by `npm run build`, relative to the extension's root. */
export const MEMORY_SCRIPT = ['dist', 'memoryView.js'] as const;
export const MEMORY_STYLE = ['extension', 'media', 'memoryView.css'] as const;
