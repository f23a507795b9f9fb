// Checks of the learner's flow on programs outside examples/: the first stop shows hoisting
// without a click, stops tell their story, a syntax error cannot be missed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckContext, Scenario } from './checks';
import { describeLoop } from './workbench';
import { ISOLATION_PROGRAMS } from './isolation';
import { LARGE_PROGRAMS } from './largeValues';
import { sleep } from './util';

/** The classic hoisting example of the learner's notes, on one line as they write it. */
export const CLASSIC = 'let a = 20; const b = 30; var c; function multiply(e, f) { var g = 20; return e * f * g; } c = multiply(20, 30);\n';

const COUNTER = `function makeCounter() {
  let count = 0;
  return () => {
    debugger;
    count++;
    return count;
  };
}
const next = makeCounter();
next();
`;

const AWAIT_WORK = `async function work() {
  console.log('before');
  await null;
  console.log('after');
}
work();
`;

const DEEP = `function down(n) { return down(n + 1); }
down(0);
`;

const BROKEN = `let total = 0;
function add(n) {
  return total +;
}
`;

const LOOP_ORDER = `setTimeout(function soon() {}, 0);
setImmediate(function check() {});
setTimeout(function later() {}, 5);
Promise.resolve().then(function onFulfilled() {});
console.log('script done');
`;

/** The programs these checks debug, written into the workspace before VS Code opens it (Quick Open indexes them then). */
export const FLOW_PROGRAMS: Record<string, string> = { 'classic.js': CLASSIC, 'counter.js': COUNTER, 'await-work.js': AWAIT_WORK, 'deep.js': DEEP, 'broken.js': BROKEN, 'loop-order.js': LOOP_ORDER };

/** Writes every program the checks debug besides examples/ (Quick Open may miss a file written after it has searched). */
export function writeFlowPrograms(workspace: string): void {
  for (const [name, text] of Object.entries({ ...FLOW_PROGRAMS, ...LARGE_PROGRAMS, ...ISOLATION_PROGRAMS })) fs.writeFileSync(path.join(workspace, name), text);
}

async function openProgram(ctx: CheckContext, name: string): Promise<void> {
  if (!fs.existsSync(path.join(ctx.workspace, name))) throw new Error(`${name} is not in the workspace`);
  await ctx.wb.openFile(name);
}

/** Starts a Glassbox session on the active file from the command palette and waits for the first stop. */
export async function debugActiveFile(ctx: CheckContext): Promise<void> {
  await ctx.wb.runCommand('Glassbox: Debug with Glassbox');
  await ctx.wb.waitPaused();
  await ctx.wb.showRunAndDebug();
}

export const hoistingAtAGlance: Scenario = {
  name: 'flow: hoisting and closures without a click',
  checks: [
    {
      id: 'flow-classic-first-stop',
      name: 'Classic example, first stop: a and b in the TDZ, c undefined, ƒ multiply(e, f), nothing expanded by hand',
      run: async (ctx) => {
        await openProgram(ctx, 'classic.js');
        await debugActiveFile(ctx);
        const rows = await ctx.wb.waitScopeVariables('Scope chain', 'a, b in the TDZ, c = undefined and multiply = ƒ multiply(e, f)', (r) =>
          /^a, value .*TDZ/.test(r.find((v) => v.startsWith('a, ')) ?? '') && /^b, value .*TDZ/.test(r.find((v) => v.startsWith('b, ')) ?? '')
          && r.includes('c, value undefined') && r.includes('multiply, value ƒ multiply(e, f)'));
        const builtins = (await ctx.wb.variables()).filter((v) => /^(Array|Object|console),/.test(v));
        if (builtins.length > 0) throw new Error(`built-ins are on screen: ${builtins.join('; ')}`);
        return rows.join('; ');
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
      name: 'Setting glassbox.scopeView "spec": LexicalEnvironment, VariableEnvironment, this and outer of the global context',
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
          const lexical = 'global: LexicalEnvironment (let, const, class)';
          const rows = await wb.waitScopeVariables(lexical, 'a and b in the TDZ', (r) => r.some((v) => /^a, value .*TDZ/.test(v)) && r.some((v) => /^b, value .*TDZ/.test(v)));
          const scopes = (await wb.variables()).filter((v) => v.startsWith('Scope '));
          for (const want of [`Scope ${lexical}`, 'Scope global: VariableEnvironment (var and function declarations, on the global object)', 'Scope global: this and outer']) {
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

export const loopBesideVariables: Scenario = {
  name: 'flow: the Event Loop view beside Variables',
  checks: [
    {
      id: 'flow-loop-beside-variables',
      name: 'The Event Loop view is in the Run and Debug side bar, with Variables and Call Stack on screen too',
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
        return `status "${view.status}", Call Stack [${view.stack.join(', ')}]`;
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
        await ctx.shot('script-end');
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
