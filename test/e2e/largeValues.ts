// End-to-end checks for big programs: a 1,000,000-element array expands in groups in the
// Variables pane, and the Event Loop view with 100,000 timers shows counts and "… N more".
// Their programs are written into the workspace copy, so examples/ stays for learners.
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Check, CheckContext, Scenario } from './checks';
import { waitUntil } from './util';
import type { Workbench } from './workbench';

/** Written before VS Code opens the workspace too, as Quick Open may not find a file written later. */
export const LARGE_PROGRAMS: Record<string, string> = {
  'big-array.js': "const big = new Array(1_000_000).fill(7);\nbig[999_999] = 'last';\ndebugger;\n",
  'many-timers.js': 'for (let i = 0; i < 100_000; i++) setTimeout(function tick() {}, i % 1000);\ndebugger;\n',
};

/** Opens a program, starts Glassbox on it from the command palette and continues to its `debugger`. */
export async function debugToStatement(ctx: CheckContext, name: string, text = LARGE_PROGRAMS[name]): Promise<void> {
  const { wb } = ctx;
  writeFileSync(path.join(ctx.workspace, name), text);
  await wb.openFile(name);
  await wb.runCommand('Glassbox: Debug with Glassbox');
  await wb.waitPaused(30_000);
  await wb.showRunAndDebug();
  await wb.waitCallStack('the creation phase', (c) => /creation phase/i.test(c.message));
  await wb.page.keyboard.press('F5');
  await wb.waitCallStack('the debugger statement at line 3 or 2', (c) => /debugger statement/i.test(c.message), 30_000);
}

/** The Variables pane is a virtual list: rows exist only once scrolled to. Scrolls it down a little. */
async function scrollVariables(wb: Workbench): Promise<void> {
  const pane = wb.page.locator('.debug-variables .monaco-list');
  await pane.hover();
  await wb.page.mouse.wheel(0, 400);
}

/** Scrolls the Variables pane down until a row whose label starts with `labelStart` is drawn. */
async function revealRow(wb: Workbench, labelStart: string): Promise<void> {
  const row = wb.page.locator(`.debug-variables .monaco-list-row[aria-label^="${labelStart}"]`);
  await waitUntil(`the Variables pane to show a row "${labelStart}…"`, async () => (await row.count()) || (await scrollVariables(wb), 0), (n) => n > 0, 20_000);
  await row.first().scrollIntoViewIfNeeded();
}

/** Clicks a Variables row (a click toggles it) and returns how long until `ok` holds for the rows drawn. */
async function expandRow(wb: Workbench, labelStart: string, what: string, ok: (rows: string[]) => boolean, scroll = false): Promise<{ ms: number; rows: string[] }> {
  await revealRow(wb, labelStart);
  const t0 = Date.now();
  await wb.page.locator(`.debug-variables .monaco-list-row[aria-label^="${labelStart}"]`).first().click();
  const rows = await waitUntil(what, async () => {
    const drawn = await wb.variables();
    if (scroll && !ok(drawn)) await scrollVariables(wb);
    return drawn;
  }, ok, 15_000);
  return { ms: Date.now() - t0, rows };
}

const isGroup = (r: string) => /^\[\d+\s*(\.\.|…)\s*\d+\]/.test(r);

const bigArray: Check = {
  id: 'large-array-groups',
  name: 'Variables: a 1,000,000-element array expands into groups, down to its last element',
  run: async (ctx) => {
    const { wb } = ctx;
    await debugToStatement(ctx, 'big-array.js');
    await wb.collapseScope('Scope chain');
    await wb.expandScope('Local');
    await wb.waitScopeVariables('Local', 'big, an array of 1000000', (r) => r.some((v) => /^big, value \(1000000\)/.test(v)));
    const top = await expandRow(wb, 'big, value', 'the array\'s groups', (rows) => rows.filter(isGroup).length >= 2);
    const groups = top.rows.filter(isGroup);
    await ctx.shot('groups');
    // Groups of 10,000 first; the last one holds groups of 100, the last of which holds 'last'.
    await expandRow(wb, '[990000', 'groups of 100 inside [990000 … 999999]', (rows) => rows.some((r) => /^\[999900\s*(\.\.|…)\s*999999\]/.test(r)), true);
    await expandRow(wb, '[999900', 'the element 999999 = "last"', (rows) => rows.some((r) => /^999999, value "last"/.test(r)), true);
    await ctx.shot('last-element');
    if (top.ms > 5000) throw new Error(`expanding the array took ${top.ms} ms`);
    // Reaching the inner groups' rows includes scrolling the virtual list, so only the first expansion is timed.
    return `groups drawn: ${groups.join(' ')}; the array expanded in ${top.ms} ms (click to rows drawn); opened [990000..999999] > [999900..999999] down to 999999 = "last"`;
  },
};

const manyTimers: Check = {
  id: 'large-timers-more',
  name: 'Event Loop view: 100,000 timers are counted, the middle ones are "… N more", shown on a click',
  run: async (ctx) => {
    const { wb } = ctx;
    await wb.stopDebugging();
    await debugToStatement(ctx, 'many-timers.js');
    await wb.showEventLoopView();
    const frame = await wb.eventLoopFrame();
    const heading = () => frame.evaluate(() => ({
      count: document.querySelector('section[aria-label="Web APIs"] h2 .count')?.textContent ?? '',
      more: document.querySelector('section[aria-label="Web APIs"] button.more')?.textContent ?? '',
      rows: document.querySelectorAll('section[aria-label="Web APIs"] .entry').length,
    }));
    const before = await waitUntil('Web APIs to count 100000 with "… 99,950 more"', heading, (h) => h.count === '100000' && h.more === '… 99,950 more', 20_000);
    await ctx.shot('before-more');
    await frame.locator('section[aria-label="Web APIs"] button.more').click();
    const after = await waitUntil('"… 99,750 more" after a click', heading, (h) => h.more === '… 99,750 more', 10_000);
    await frame.locator('section[aria-label="Web APIs"] button.more').scrollIntoViewIfNeeded();
    return `Web APIs ${before.count}: ${before.rows} entries and "${before.more}"; after a click ${after.rows} entries and "${after.more}"`;
  },
};

export const largeValues: Scenario = { name: 'big-array.js and many-timers.js: large values and long queues', checks: [bigArray, manyTimers] };
