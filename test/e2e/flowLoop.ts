// Checks of the Event Loop view beside Variables in Node's terms, and of F5 twice without
// a question, on programs outside examples/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Scenario } from './checks';
import { hoistingAtAGlance, stopStories, syntaxErrorShown } from './flow';
import { debugActiveFile, openProgram, tidyForScreenshot } from './flowPrograms';
import { sleep, waitUntil } from './util';
import { describeLoop } from './workbench';

/** Waits until the Variables pane lists the Global scope (it is redrawn a moment after each stop). */
async function waitUntilVariablesDrawn(wb: Parameters<typeof tidyForScreenshot>[0]): Promise<void> {
  await waitUntil('the Variables pane to list the Global scope', () => wb.variables(), (rows) => rows.includes('Scope Global'), 10_000);
}

export const loopBesideVariables: Scenario = {
  name: 'flow: the Event Loop view beside Variables',
  checks: [
    {
      id: 'flow-loop-beside-variables',
      name: 'The Event Loop view is in the Run and Debug side bar, with Variables and Call Stack on screen too, its header naming the stop\'s phase',
      run: async (ctx) => {
        const { wb } = ctx;
        await openProgram(ctx, 'await-work.js');
        await debugActiveFile(ctx);
        await wb.showEventLoopView();
        await wb.waitScopeVariables('Scope chain', 'work = ƒ work()', (r) => r.includes('work, value ƒ work()'));
        for (const section of ['.debug-variables', '.debug-call-stack']) {
          if (!(await wb.page.locator(section).isVisible())) throw new Error(`${section} is not on screen beside the Event Loop view`);
        }
        const view = await wb.loopView();
        if (view.status !== 'Paused' || !view.stack.includes('(global)')) throw new Error(`the Event Loop view shows "${view.status}" with [${view.stack.join(', ')}]`);
        const frame = await wb.eventLoopFrame();
        const stop = await frame.evaluate(() => document.querySelector('.stop .value')?.textContent ?? '');
        if (!/^Creation phase of the global execution context/.test(stop)) throw new Error(`the view's header says "${stop}", not the stop's phase`);
        return `status "${view.status}", stop "${stop}", Call Stack [${view.stack.join(', ')}]`;
      },
    },
    {
      id: 'flow-loop-node-structure',
      name: 'Node\'s loop: timers by due time, setImmediate in the check queue, a fulfilled promise\'s reaction, a legend',
      run: async (ctx) => {
        const { wb } = ctx;
        await wb.stopDebugging();
        await openProgram(ctx, 'loop-order.js');
        await debugActiveFile(ctx);
        await wb.showEventLoopView();
        let view = await wb.stepUntil('the script\'s last line with every callback queued', (v) => v.webApis.length === 2 && v.macrotasks.length === 1 && v.microtasks.length === 1, 8);
        if (view.webApis.join() !== 'soon,later' || view.macrotasks.join() !== 'check') throw new Error(`expected Timers [soon, later] and Check queue [check]; ${describeLoop(view)}`);
        const frame = await wb.eventLoopFrame();
        const texts = await frame.evaluate(() => [
          document.querySelector('section[aria-label="Microtask queue"] .entry .detail')?.textContent ?? '',
          document.querySelector('.legend')?.textContent ?? '',
        ]);
        if (!/the promise is fulfilled/.test(texts[0])) throw new Error(`the promise reaction says "${texts[0]}"`);
        if (!/macrotask/.test(texts[1]) || !/check/.test(texts[1])) throw new Error(`no legend: "${texts[1]}"`);
        await tidyForScreenshot(wb);
        await ctx.shot('script-end');
        // The README's picture: Variables drawn, and the Call Stack folded so the view has room.
        await waitUntilVariablesDrawn(wb);
        const callStack = wb.page.locator('.debug-viewlet .pane-header', { hasText: 'Call Stack' }).first();
        if ((await callStack.getAttribute('aria-expanded')) === 'true') await callStack.click();
        await wb.parkMouse();
        await sleep(500);
        await ctx.shot('readme');
        await callStack.click();
        view = await wb.stepUntil('soon running in the timers phase', (v) => v.stack.includes('soon'), 8);
        if (!view.macrotasks.includes('check') || !view.webApis.includes('later')) throw new Error(`while soon runs, check should wait in the check queue and later in Timers; ${describeLoop(view)}`);
        return `${describeLoop(view)}; microtask: "${texts[0]}"`;
      },
    },
    {
      id: 'flow-loop-program-finished',
      name: 'When the program ends, the Event Loop view keeps its last state, marked "Program finished"',
      run: async ({ wb }) => {
        await wb.waitPaused();
        await wb.page.keyboard.press('F5');
        await wb.waitSessionEnded(20_000);
        await sleep(1_000);
        const view = await wb.loopView();
        if (!/^Program finished/.test(view.status)) throw new Error(`the Event Loop view says "${view.status}"`);
        return `"${view.status}"`;
      },
    },
  ],
};

export const f5Twice: Scenario = {
  name: 'flow: F5 twice without a question',
  checks: [
    {
      id: 'flow-f5-twice',
      name: 'After F5, "Use Glassbox for F5 here" writes launch.json; the second F5 starts Glassbox without asking',
      run: async (ctx) => {
        const { wb } = ctx;
        const launchJson = path.join(ctx.workspace, '.vscode', 'launch.json');
        await openProgram(ctx, 'classic.js');
        try {
          const first = await wb.pressF5();
          if (first === 'asked') await wb.pickQuick('Glassbox');
          await wb.waitPaused();
          // The offer is a notification; one shown earlier in this window may sit in the notification center.
          const button = wb.page.locator('.notifications-toasts .monaco-button, .notifications-center .monaco-button', { hasText: 'Use Glassbox for F5 here' });
          if (!(await button.first().isVisible().catch(() => false))) await wb.runCommand('Notifications: Show Notifications');
          await button.first().waitFor({ state: 'visible', timeout: 10_000 });
          await ctx.shot('offer');
          await button.first().click({ timeout: 10_000 });
          await waitFile(launchJson);
          await wb.stopDebugging();
          const second = await wb.pressF5();
          if (second !== 'started') throw new Error(`the second F5 ${second === 'asked' ? 'asked for a debugger again' : 'started nothing'}`);
          await wb.waitPaused();
          const cs = await wb.waitCallStack('classic.js at its creation phase', (c) => /Creation phase of the global execution context/.test(c.message));
          await ctx.shot('second-f5');
          return `first F5: ${first}; launch.json written; second F5: ${second} ("${cs.message}")`;
        } finally {
          await wb.stopDebugging();
          fs.rmSync(path.dirname(launchJson), { recursive: true, force: true });
        }
      },
    },
  ],
};

async function waitFile(file: string): Promise<void> {
  for (let i = 0; i < 50 && !fs.existsSync(file); i++) await sleep(200);
  if (!fs.existsSync(file)) throw new Error(`${file} was not written`);
}

/** The learner's-flow scenarios in the order they run (f5Twice last: it writes a launch.json, then removes it). */
export const FLOW_SCENARIOS: Scenario[] = [hoistingAtAGlance, stopStories, syntaxErrorShown, loopBesideVariables, f5Twice];
