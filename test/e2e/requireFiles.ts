// End-to-end checks of a program of two files in a real VS Code: a breakpoint set in the
// required file before the run (unverified until the file loads) stops there, the Call Stack
// naming that file above the program's frame, and the editor showing it; Step Into at the
// require stops where the file loads, and Loaded Scripts lists both files.
import type { Check, CheckContext, Scenario } from './checks';
import { setSection } from './memoryViewPage';
import { debugActiveFile, openProgram } from './flowPrograms';
import { waitUntil } from './util';

export const REQUIRE_PROGRAMS: Record<string, string> = {
  'shop-main.js': [
    "const { total } = require('./shop-cart');",
    'console.log(total([2, 3, 4]));',
    '',
  ].join('\n'),
  'shop-cart.js': [
    'function total(prices) {',
    '  let sum = 0;',
    '  for (const p of prices) sum += p;',
    '  return sum;',
    '}',
    'module.exports = { total };',
    '',
  ].join('\n'),
};

const breakpointInRequiredFile: Check = {
  id: 'require-breakpoint',
  name: 'A breakpoint in a required file (set before the run) stops there: shop-cart.js line 4 above shop-main.js in the Call Stack',
  run: async (ctx) => {
    const { wb } = ctx;
    await openProgram(ctx, 'shop-cart.js');
    await wb.toggleBreakpointAt(4);
    await openProgram(ctx, 'shop-main.js');
    await debugActiveFile(ctx);
    await wb.page.keyboard.press('F5');
    const cs = await wb.waitCallStack('total in shop-cart.js at line 4, paused on the breakpoint',
      (c) => /^Paused on breakpoint/.test(c.message) && /^Stack Frame total, line 4, shop-cart\.js/.test(c.frames[0] ?? '') && /shop-main\.js/.test(c.frames[1] ?? ''), 20_000);
    // Earlier checks may leave a second editor group: any group's active tab will do.
    const tabs = await waitUntil('the editor to show shop-cart.js', () => wb.page.locator('.tab.active[aria-label*="shop-cart.js"]').count(), (n) => n > 0, 10_000);
    const tab = `shop-cart.js (${tabs})`;
    const rows = await wb.waitScopeVariables('Scope chain', 'sum = 9 in total\'s scope chain', (r) => r.includes('sum, value 9'));
    await wb.parkMouse();
    await ctx.shot('stopped');
    await wb.runCommand('Remove All Breakpoints');
    await wb.stopDebugging();
    return `"${cs.message}"; ${cs.frames.slice(0, 2).join(' | ')}; active tab ${tab}; ${rows.find((r) => r.startsWith('sum'))}`;
  },
};

const stepIntoLoading: Check = {
  id: 'require-loading',
  name: 'Step Into at a require stops where the file loads: "Loading ./shop-cart.js", its frame "(module ./shop-cart.js)" above (global)',
  run: async (ctx) => {
    const { wb } = ctx;
    await openProgram(ctx, 'shop-main.js');
    await debugActiveFile(ctx);
    await wb.page.keyboard.press('F11');
    await wb.waitCallStack('line 1 of shop-main.js', (c) => /^Execution phase/.test(c.message));
    await wb.page.keyboard.press('F11');
    const cs = await wb.waitCallStack('the loading stop of shop-cart.js',
      (c) => /^Loading \.\/shop-cart\.js/.test(c.message) && /^Stack Frame \(module \.\/shop-cart\.js\)/.test(c.frames[0] ?? '') && /^Stack Frame \(global\)/.test(c.frames[1] ?? ''));
    const scripts = await loadedScripts(wb);
    await wb.parkMouse();
    await ctx.shot('loading');
    await setSection(wb, 'Loaded Scripts', false);
    await wb.stopDebugging();
    return `"${cs.message}"; ${cs.frames.slice(0, 2).join(' | ')}; Loaded Scripts [${scripts.join(', ')}]`;
  },
};

/** The Loaded Scripts section's rows (folders unfolded), once it lists shop-cart.js. */
async function loadedScripts(wb: CheckContext['wb']): Promise<string[]> {
  await setSection(wb, 'Loaded Scripts', true);
  const pane = wb.page.locator('.debug-viewlet .pane', { has: wb.page.locator('.pane-header', { hasText: /^Loaded Scripts/ }) });
  return waitUntil('Loaded Scripts to list shop-main.js and shop-cart.js', async () => {
    const collapsed = pane.locator('.monaco-tl-twistie.collapsible.collapsed');
    if ((await collapsed.count()) > 0) await collapsed.first().click();
    return pane.locator('.monaco-list-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label') ?? r.textContent ?? ''));
  }, (rows) => rows.some((r) => r.includes('shop-cart.js')) && rows.some((r) => r.includes('shop-main.js')), 15_000);
}

export const requireFiles: Scenario = { name: 'shop-main.js: a breakpoint in a required file', checks: [breakpointInRequiredFile, stepIntoLoading] };
