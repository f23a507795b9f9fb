// Checks of the learner's flow on programs outside examples/: the first stop shows hoisting
// without a click, stops tell their story, a syntax error cannot be missed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckContext, Scenario } from './checks';
import { debugActiveFile, openProgram, tidyForScreenshot } from './flowPrograms';
import { sleep, waitUntil } from './util';
import type { CallStack, Workbench } from './workbench';

export const hoistingAtAGlance: Scenario = {
  name: 'flow: hoisting and closures without a click',
  checks: [
    {
      id: 'flow-classic-first-stop',
      name: 'Classic example, first stop: a and b in the TDZ, c undefined, ƒ multiply(e, f), nothing expanded by hand; the stop\'s text at its line',
      run: async (ctx) => {
        await openProgram(ctx, 'classic.js');
        await debugActiveFile(ctx);
        const rows = await ctx.wb.waitScopeVariables('Scope chain', 'a, b in the TDZ, c = undefined and multiply = ƒ multiply(e, f)', (r) =>
          /^a, value .*TDZ/.test(r.find((v) => v.startsWith('a, ')) ?? '') && /^b, value .*TDZ/.test(r.find((v) => v.startsWith('b, ')) ?? '')
          && r.includes('c, value undefined') && r.includes('multiply, value ƒ multiply(e, f)'));
        const editorText = () => ctx.wb.page.evaluate(() => (document.querySelector('.editor-group-container.active .view-lines')?.textContent ?? '').replace(/\u00a0/g, ' '));
        await waitUntil('the hint "◀ Creation phase of the global execution context" at the stopped line', editorText, (t) => t.includes('◀ Creation phase of the global execution context'), 10_000);
        await tidyForScreenshot(ctx.wb);
        await ctx.shot('readme');
        const builtins = (await ctx.wb.variables()).filter((v) => /^(Array|Object|console),/.test(v));
        if (builtins.length > 0) throw new Error(`built-ins are on screen: ${builtins.join('; ')}`);
        return rows.join('; ');
      },
    },
    {
      id: 'flow-tdz-hover',
      name: 'Hovering a, still in its TDZ, shows <uninitialized (TDZ)> as the Variables pane does',
      run: async (ctx) => {
        const { page } = ctx.wb;
        const token = page.locator('.editor-group-container.active .view-line span span', { hasText: /^a$/ }).first();
        const box = await token.boundingBox();
        if (!box) throw new Error('the name a is not on screen in the editor');
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        const hover = () => page.evaluate(() => (document.querySelector('.debug-hover-widget')?.textContent ?? '').trim());
        const text = await waitUntil('the debug hover to show a in its TDZ', hover, (t) => t.includes('uninitialized (TDZ)'), 10_000);
        await ctx.shot('hover');
        await ctx.wb.parkMouse();
        return `the debug hover over a reads "${/<uninitialized \(TDZ\)>/.exec(text)?.[0]}"`;
      },
    },
    {
      id: 'flow-closure-visible',
      name: 'Inside the arrow makeCounter() returned: the closure\'s count shows without a click',
      run: async (ctx) => {
        const { wb } = ctx;
        await wb.stopDebugging();
        await openProgram(ctx, 'counter.js');
        await debugActiveFile(ctx);
        await wb.page.keyboard.press('F5');
        await wb.waitCallStack('the arrow at line 4 above (global)', (c) => /^Stack Frame .*line 4\b/.test(c.frames[0] ?? ''));
        const rows = await wb.waitScopeVariables('Scope chain', 'count = 0 and makeCounter', (r) => r.includes('count, value 0') && r.some((v) => v.startsWith('makeCounter, ')));
        return rows.join('; ');
      },
    },
    {
      id: 'flow-spec-scope-view',
      name: 'Setting glassbox.scopeView "spec": LexicalEnvironment, VariableEnvironment, this and outer of the module wrapper, then the global context',
      run: async (ctx) => {
        const { wb } = ctx;
        await wb.stopDebugging();
        const settings = path.join(ctx.workspace, '.vscode', 'settings.json');
        fs.mkdirSync(path.dirname(settings), { recursive: true });
        fs.writeFileSync(settings, '{ "glassbox.scopeView": "spec" }\n');
        try {
          await sleep(1_500);
          await openProgram(ctx, 'classic.js');
          await debugActiveFile(ctx);
          const lexical = 'module wrapper(): LexicalEnvironment (let, const, class)';
          const rows = await wb.waitScopeVariables(lexical, 'a and b in the TDZ', (r) => r.some((v) => /^a, value .*TDZ/.test(v)) && r.some((v) => /^b, value .*TDZ/.test(v)));
          const scopes = (await wb.variables()).filter((v) => v.startsWith('Scope '));
          const wanted = [
            `Scope ${lexical}`, 'Scope module wrapper(): VariableEnvironment (parameters, arguments, var and function declarations)', 'Scope module wrapper(): this and outer',
            'Scope global: VariableEnvironment (var and function declarations, on the global object)', 'Scope global: this and outer',
          ];
          for (const want of wanted) {
            if (!scopes.includes(want)) throw new Error(`no "${want}" among ${scopes.join(' / ')}`);
          }
          await ctx.shot('spec-scopes');
          return `${scopes.join(' / ')}; ${rows.join('; ')}`;
        } finally {
          fs.rmSync(settings);
          await wb.stopDebugging();
        }
      },
    },
  ],
};

const stopMessage = (wb: CheckContext['wb'], what: string, re: RegExp) => wb.waitCallStack(what, (c) => re.test(c.message));

export const stopStories: Scenario = {
  name: 'flow: what each stop says',
  checks: [
    {
      id: 'flow-restart-creation-phase',
      name: 'Restart: the first stop says "Creation phase of the global execution context"',
      run: async (ctx) => {
        const { wb } = ctx;
        await openProgram(ctx, 'classic.js');
        await debugActiveFile(ctx);
        await wb.step('F10');
        await stopMessage(wb, 'the execution phase', /^Execution phase/);
        await wb.page.keyboard.press('Control+Shift+F5');
        const cs = await stopMessage(wb, 'the global creation phase after Restart', /^Creation phase of the global execution context/);
        return `"${cs.message}"`;
      },
    },
    {
      id: 'flow-breakpoint-says-so',
      name: 'A breakpoint stop says "Paused on breakpoint" and its phase',
      run: async (ctx) => {
        const { wb } = ctx;
        await wb.stopDebugging();
        await openProgram(ctx, 'counter.js');
        await wb.page.keyboard.press('Control+G');
        await wb.page.keyboard.type('5');
        await wb.page.keyboard.press('Enter');
        await wb.page.keyboard.press('F9');
        await debugActiveFile(ctx);
        await wb.page.keyboard.press('F5');
        await stopMessage(wb, 'the debugger statement', /^Paused on debugger statement · Execution phase/);
        await wb.waitPaused();
        await sleep(500);
        await wb.page.keyboard.press('F5');
        const cs = await wb.waitCallStack('"Paused on breakpoint" at line 5', (c) => /^Paused on breakpoint · Execution phase/.test(c.message) && /, line 5\b/.test(c.frames[0] ?? ''));
        await wb.runCommand('Remove All Breakpoints');
        return `"${cs.message}"; ${cs.frames[0]}`;
      },
    },
    {
      id: 'flow-await-resumption-place',
      name: 'An await resumption stop has a source location (work, line 3), not line 0',
      run: async (ctx) => {
        const { wb } = ctx;
        await wb.stopDebugging();
        await openProgram(ctx, 'await-work.js');
        await debugActiveFile(ctx);
        for (let i = 0; i < 20 && !/await resumption/.test((await wb.callStack()).message); i++) {
          const before = await wb.callStack();
          await wb.step('F11');
          await wb.waitCallStack('the next stop', (c) => c.message !== before.message || c.frames[0] !== before.frames[0], 5_000).catch(() => undefined);
          // The frames and the header's message are drawn apart: read the stop once both have settled.
          await settledCallStack(wb);
        }
        const cs = await wb.waitCallStack('work at line 3 at the await resumption', (c) => /await resumption/.test(c.message) && /^Stack Frame work, line 3\b/.test(c.frames[0] ?? ''));
        return `"${cs.message}"; ${cs.frames[0]}`;
      },
    },
    {
      id: 'flow-range-error-once',
      name: 'A RangeError stop says it is an exception; the widget shows its message once',
      run: async (ctx) => {
        const { wb } = ctx;
        await wb.stopDebugging();
        await openProgram(ctx, 'deep.js');
        await debugActiveFile(ctx);
        await wb.page.keyboard.press('F5');
        const cs = await stopMessage(wb, 'the uncaught exception', /^Paused on uncaught exception · Execution phase/);
        const widget = wb.page.locator('.exception-widget');
        await widget.waitFor({ state: 'visible', timeout: 15_000 });
        const text = (await widget.textContent()) ?? '';
        const times = text.split('Maximum call stack size exceeded').length - 1;
        if (times !== 1) throw new Error(`the exception widget shows the message ${times} times: ${text}`);
        return `"${cs.message}"; widget: ${text.slice(0, 120)}`;
      },
    },
  ],
};

export const syntaxErrorShown: Scenario = {
  name: 'flow: a syntax error cannot be missed',
  checks: [
    {
      id: 'flow-syntax-error',
      name: 'A syntax error: red squiggle at 3:17, an entry in Problems, a notification naming broken.js:3:17',
      run: async (ctx) => {
        const { wb } = ctx;
        await openProgram(ctx, 'broken.js');
        await wb.runCommand('Glassbox: Debug with Glassbox');
        const toast = wb.page.locator('.notification-toast', { hasText: 'broken.js:3:17' });
        await toast.waitFor({ state: 'visible', timeout: 20_000 });
        const notice = ((await toast.locator('.notification-list-item-message').textContent()) ?? '').trim();
        const squiggle = wb.page.locator('.editor-group-container.active .monaco-editor .squiggly-error');
        await squiggle.first().waitFor({ state: 'attached', timeout: 10_000 });
        await wb.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
        const problem = wb.page.locator('.markers-panel .monaco-list-row', { hasText: 'Unexpected token' });
        await problem.first().waitFor({ state: 'visible', timeout: 10_000 });
        const row = ((await problem.first().getAttribute('aria-label')) ?? '').trim();
        if (!/line 3 and character 17/.test(row) || !/Glassbox/.test(row)) throw new Error(`the Problems entry does not say where: ${row}`);
        return `notification: "${notice}"; Problems: "${row}"`;
      },
    },
  ],
};

/** The Call Stack once two reads 300 ms apart agree (a stop's frames and message are drawn apart). */
async function settledCallStack(wb: Workbench): Promise<CallStack> {
  let last = await wb.callStack();
  for (let i = 0; i < 20; i++) {
    await sleep(300);
    const now = await wb.callStack();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}
