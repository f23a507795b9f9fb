// End-to-end check of the Event Loop view's Finalization column: after gc() (launch
// attribute exposeGc) freed an object registered with a FinalizationRegistry, the view
// shows the registry's cleanup as a task waiting in that column; run on, it runs before
// the timer the script set. Its `waiting` shot is docs/images/loop-finalization.png.
import type { Check, Scenario } from './checks';
import { startWithLaunchJson } from './launchConfig';
import { setSection } from './memoryViewPage';
import { waitUntil } from './util';

export const FINALIZATION_PROGRAMS: Record<string, string> = {
  'loop-finalization.js': [
    'function cleanup(held) {',
    "  console.log('cleaned up', held);",
    '}',
    'const registry = new FinalizationRegistry(cleanup);',
    'function makeTemporary() {',
    "  registry.register({ data: [1, 2, 3] }, 'the temporary object');",
    '}',
    'makeTemporary();',
    'gc();',
    'debugger;',
    "setTimeout(() => console.log('after the cleanup'), 0);",
    '',
  ].join('\n'),
};

/** The Finalization column's entries, or null when the view does not show the column. */
async function finalizationEntries(frame: import('playwright-core').Frame): Promise<string[] | null> {
  return frame.evaluate(() => {
    const column = document.querySelector('section[aria-label="Finalization"]');
    return column ? [...column.querySelectorAll('.entry')].map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? '') : null;
  });
}

const finalizationColumn: Check = {
  id: 'loop-finalization',
  name: 'Event Loop view: after gc() freed a registered object, its FinalizationRegistry cleanup waits in the Finalization column, then runs before the timer',
  run: async (ctx) => {
    const { wb } = ctx;
    await startWithLaunchJson(ctx, 'loop-finalization.js', 'Glassbox: with gc()', { stopOnEntry: false, exposeGc: true });
    try {
      await wb.showEventLoopView();
      const frame = await wb.eventLoopFrame();
      const waiting = await waitUntil('the Finalization column with the cleanup', () => finalizationEntries(frame), (e) => (e ?? []).some((t) => /cleanup/.test(t)), 20_000);
      // The view gets the side bar's height for the shot, the column scrolled into sight.
      for (const section of ['Variables', 'Watch', 'Call Stack', 'Breakpoints', 'Memory']) await setSection(wb, section, false);
      await frame.evaluate(() => document.querySelector('section[aria-label="Finalization"]')?.scrollIntoView());
      await wb.parkMouse();
      await ctx.shot('waiting');
      for (const section of ['Variables', 'Call Stack']) await setSection(wb, section, true);
      // Run on: the cleanup task runs after the script, before the timer.
      await wb.page.keyboard.press('F5');
      await wb.showDebugConsole();
      const lines = await waitUntil('the cleanup and then the timer in the Debug Console', () => wb.debugConsole(), (l) => l.some((x) => /after the cleanup/.test(x)), 20_000);
      const order = lines.filter((l) => /cleaned up|after the cleanup/.test(l));
      if (!/cleaned up the temporary object/.test(order[0] ?? '')) throw new Error(`the cleanup did not run first: ${order.join(' | ')}`);
      return `waiting: [${(waiting ?? []).join(' | ')}]; then the console: ${order.join(' | ')}`;
    } finally {
      await wb.stopDebugging();
    }
  },
};

export const loopFinalization: Scenario = { name: 'loop-finalization.js: the Event Loop view\'s Finalization column', checks: [finalizationColumn] };
