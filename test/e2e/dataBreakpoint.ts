// End-to-end check of "Break on Value Change" in a real VS Code: from the Variables pane's
// context menu on `total`, each Continue stops just after the statement that changed it,
// the Call Stack header saying from what to what ("total: 30 → NaN (line 4)"); then the
// toolbar's Reverse Continue goes back to the change before. Its shot `nan` is
// docs/images/data-breakpoint.png.
import type { Check, Scenario } from './checks';
import { debugToStatement } from './largeValues';
import { sleep, waitUntil } from './util';
import type { Workbench } from './workbench';

export const DATA_BREAKPOINT_PROGRAMS: Record<string, string> = {
  'data-breakpoint.js': [
    "const prices = [10, 20, '3 euros', 5];",
    'let total = 0;',
    'debugger;',
    'for (const price of prices) total = total + Number(price);',
    "console.log('total', total);",
    '',
  ].join('\n'),
};

/** Continue (F5) and the Call Stack header of the stop it leads to. */
async function continueTo(wb: Workbench, what: string, header: RegExp): Promise<string> {
  await wb.waitPaused();
  await wb.page.keyboard.press('F5');
  return (await wb.waitCallStack(what, (c) => header.test(c.message), 20_000)).message;
}

const breakOnValueChange: Check = {
  id: 'data-breakpoint',
  name: 'Break on Value Change on total: each Continue stops at its change (0 → 10, 10 → 30, 30 → NaN); Reverse Continue goes back to 10 → 30',
  run: async (ctx) => {
    const { wb } = ctx;
    await debugToStatement(ctx, 'data-breakpoint.js', DATA_BREAKPOINT_PROGRAMS['data-breakpoint.js']);
    const row = wb.page.locator('.debug-variables .monaco-list-row[aria-label^="total, value 0"]').first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    // A click on a menu item still sliding in can be lost: a second try opens the menu again.
    for (let attempt = 0; attempt < 2; attempt++) {
      await row.click({ button: 'right' });
      const item = wb.page.locator('.monaco-menu .action-label', { hasText: 'Break on Value Change' }).first();
      await item.waitFor({ state: 'visible', timeout: 10_000 });
      await item.hover();
      await sleep(200);
      await item.click();
      const set = await waitUntil('the data breakpoint in the Breakpoints pane', () => wb.page.locator('.debug-breakpoints .monaco-list-row', { hasText: 'total' }).count(), (n) => n > 0, 5_000).catch(() => 0);
      if (set > 0) break;
    }
    const first = await continueTo(wb, 'the first change, 0 → 10', /total: 0 → 10 \(line 4\)/);
    const second = await continueTo(wb, 'the second change, 10 → 30', /total: 10 → 30 \(line 4\)/);
    const nan = await continueTo(wb, 'the change to NaN', /total: 30 → NaN \(line 4\)/);
    await wb.waitScopeVariables('Scope chain', 'total = NaN', (rows) => rows.includes('total, value NaN'));
    await wb.parkMouse();
    await ctx.shot('nan');
    const button = wb.page.locator('.debug-toolbar .action-item .codicon-debug-reverse-continue');
    await button.waitFor({ state: 'visible', timeout: 10_000 });
    await button.click();
    await wb.parkMouse();
    const back = (await wb.waitCallStack('Reverse Continue back at 10 → 30', (c) => /^Reverse Continue: total: 10 → 30 \(line 4\)/.test(c.message), 30_000)).message;
    const rows = await wb.waitScopeVariables('Scope chain', 'total = 30 again', (r) => r.includes('total, value 30'));
    await wb.runCommand('Remove All Breakpoints');
    return `"${first}"; "${second}"; "${nan}"; then "${back}" with ${rows.find((r) => r.startsWith('total'))}`;
  },
};

export const dataBreakpoint: Scenario = { name: 'data-breakpoint.js: Break on Value Change, forwards and backwards', checks: [breakOnValueChange] };
