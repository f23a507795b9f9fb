// The checks: what a learner sees when debugging the examples with Glassbox in VS Code.
// Each scenario is one debug session; its checks run in order, each leaving the session
// where the next one starts. Expected program output comes from running the example under
// Node, since every example prints the same under Node and under Glassbox.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { isolation } from './isolation';
import { largeValues } from './largeValues';
import { objectViews } from './objectViews';
import { clockView } from './clockView';
import { hotCode } from './hotCode';
import { sleep, waitUntil } from './util';
import { describeLoop, type CallStack, type LoopView, type Workbench } from './workbench';

export interface CheckContext {
  wb: Workbench;
  /** The folder VS Code has open (a copy of examples/). */
  workspace: string;
  /** Saves an extra screenshot for this check, named after it plus `suffix`. */
  shot(suffix: string): Promise<void>;
}

export interface Check {
  /** Short and stable: names the check's screenshots. */
  id: string;
  name: string;
  /**
   * A product bug this check is known to hit: its failure is reported, with this text, but not
   * counted as a failure of the suite. When it passes, the report says the issue may be fixed.
   */
  knownIssue?: string;
  /** Returns a short note on what was seen, for the report. */
  run(ctx: CheckContext): Promise<string | void>;
}

export interface Scenario {
  name: string;
  checks: Check[];
}

/** A failed check after which the session is still usable, so the scenario goes on. */
export class SoftFailure extends Error {}

/** The lines Node prints for an example: what the Debug Console must show. */
export function nodeOutput(workspace: string, file: string): string[] {
  const r = spawnSync(process.execPath, [path.join(workspace, file)], { encoding: 'utf8', timeout: 10_000 });
  if (r.status !== 0) throw new Error(`node ${file} failed: ${r.stderr}`);
  return r.stdout.split('\n').filter((l) => l.trim() !== '');
}

const frameAt = (cs: CallStack, index: number, name: string, line: number) =>
  new RegExp(`^Stack Frame ${name.replace(/[()]/g, '\\$&')}, line ${line}\\b`).test(cs.frames[index] ?? '');

const topFrame = (cs: CallStack) => cs.frames[0] ?? '(no frames)';

/**
 * Starts a Glassbox session on the active file with F5. VS Code asks which debugger to use when
 * more than one handles JavaScript (its own js-debug does): then Glassbox is picked. If F5 does
 * nothing at all, the session is started from the command palette and the check fails softly.
 */
async function startWithF5(ctx: CheckContext): Promise<string> {
  const { wb } = ctx;
  const outcome = await wb.pressF5();
  if (outcome === 'asked') {
    const offered = await wb.quickPickLabels();
    await ctx.shot('select-debugger');
    if (!offered.some((l) => /^Glassbox\b/.test(l))) throw new Error(`F5 asked for a debugger but did not offer Glassbox; it offered: ${offered.join(' / ')}`);
    await wb.pickQuick('Glassbox');
    await wb.waitPaused();
    return `F5 asked "Select debugger" (${offered.join(' / ')}); picked Glassbox`;
  }
  if (outcome === 'started') {
    await wb.waitPaused();
    return 'F5 started the session without asking';
  }
  await wb.runCommand('Glassbox: Debug with Glassbox');
  await wb.waitPaused();
  throw new SoftFailure('F5 neither asked for a debugger nor started one within 15 s; started the session with "Glassbox: Debug with Glassbox" instead');
}

async function waitConsoleLines(wb: Workbench, expected: string[], timeoutMs = 15_000): Promise<string[]> {
  await wb.showDebugConsole();
  return waitUntil(`the Debug Console to show, in order: ${expected.map((l) => JSON.stringify(l)).join(', ')}`, () => wb.debugConsole(), (lines) => isSubsequence(expected, lines), timeoutMs);
}

function isSubsequence(wanted: string[], lines: string[]): boolean {
  let i = 0;
  for (const line of lines) if (i < wanted.length && line === wanted[i]) i++;
  return i === wanted.length;
}

function expectLoop(view: LoopView, what: string, ok: boolean): void {
  if (!ok) throw new Error(`expected ${what}; the Event Loop view shows ${describeLoop(view)}`);
}

const hoisting: Scenario = {
  name: 'hoisting.js: F5, the creation phase, stepping',
  checks: [
    {
      id: 'hoisting-f5',
      name: 'F5 on hoisting.js starts a Glassbox session',
      run: async (ctx) => {
        await ctx.wb.openFile('hoisting.js');
        return startWithF5(ctx);
      },
    },
    {
      id: 'hoisting-call-stack-creation-phase',
      name: 'Call Stack: the global execution context, paused in its creation phase',
      run: async ({ wb }) => {
        await wb.showRunAndDebug();
        const cs = await wb.waitCallStack('(global) at line 1 in the creation phase of the global execution context',
          (c) => /creation phase of the global execution context/i.test(c.message) && frameAt(c, 0, '(global)', 1));
        return `"${cs.message}"; ${topFrame(cs)}`;
      },
    },
    {
      id: 'hoisting-variables-hoisted',
      name: 'Variables: var planet is undefined, function greet is hoisted with its value, in the module wrapper\'s Local scope',
      run: async ({ wb }) => {
        // The Scope chain lists every binding already; folded, the Local scope below it is in view.
        await wb.collapseScope('Scope chain');
        await wb.expandScope('Local');
        const rows = await wb.waitScopeVariables('Local', 'planet = undefined, shout = undefined and greet = a function',
          (r) => r.includes('planet, value undefined') && r.includes('shout, value undefined') && r.some((v) => /^greet, value .*greet\(/.test(v)));
        return rows.filter((r) => /^(planet|shout|greet),/.test(r)).join('; ');
      },
    },
    {
      id: 'hoisting-module-wrapper-local',
      name: 'Variables: Node\'s module wrapper in the Local scope: exports, require, module and __dirname after the program\'s own bindings',
      run: async ({ wb, shot }) => {
        await wb.expandScope('Local');
        const ok = (r: string[]) => r.includes('exports, value {}') && r.includes('require, value ƒ require()') && r.some((v) => /^module, value \{id: "\."/.test(v)) && r.some((v) => /^__dirname, value "\//.test(v));
        // The pane may be too short for all of Local (the side bar also holds Event Loop and
        // Memory): rows seen are kept while it scrolls down. `arguments` follows, below the fold.
        const seen = new Set<string>();
        const rows = await waitUntil('the Variables pane\'s Local scope to show exports, require, module and __dirname', async () => {
          for (const r of await wb.variables()) seen.add(r);
          if (!ok([...seen])) {
            await wb.page.locator('.debug-variables .monaco-list').hover();
            await wb.page.mouse.wheel(0, 60);
          }
          return [...seen];
        }, ok, 15_000);
        await shot('local-scope');
        await wb.page.locator('.debug-variables .monaco-list').hover();
        await wb.page.mouse.wheel(0, -1000);
        // Back to the pane as a stop leaves it: the Scope chain open, for the checks that follow.
        await wb.collapseScope('Local');
        await wb.expandScope('Scope chain');
        return rows.filter((r) => /^(exports|require|module|__filename|__dirname|arguments),/.test(r)).join('; ');
      },
    },
    {
      id: 'hoisting-step-over-execution-phase',
      name: 'Step Over (F10): from the creation phase to the execution phase, at line 7',
      run: async ({ wb }) => {
        await wb.step('F10');
        const cs = await wb.waitCallStack('(global) at line 7 in the execution phase', (c) => /execution phase/i.test(c.message) && frameAt(c, 0, '(global)', 7));
        return `"${cs.message}"; ${topFrame(cs)}`;
      },
    },
    {
      id: 'hoisting-debug-console',
      name: 'Step Over (F10) runs line 7: the Debug Console shows its output',
      run: async ({ wb, workspace }) => {
        await wb.step('F10');
        await wb.waitCallStack('(global) at line 10', (c) => frameAt(c, 0, '(global)', 10));
        const first = nodeOutput(workspace, 'hoisting.js')[0];
        await waitConsoleLines(wb, [first]);
        return `Debug Console: "${first}"`;
      },
    },
    {
      id: 'hoisting-step-into-greet-creation-phase',
      name: 'Step Into (F11) greet(\'Ada\'): greet\'s creation phase, name bound, var greeting undefined',
      run: async ({ wb }) => {
        await wb.step('F11');
        const cs = await wb.waitCallStack('greet (line 18) in its creation phase above (global) at line 10',
          (c) => /creation phase of greet/i.test(c.message) && frameAt(c, 0, 'greet', 18) && frameAt(c, 1, '(global)', 10));
        const rows = await wb.waitScopeVariables('Scope chain', 'name = "Ada" and greeting = undefined',
          (r) => r.includes('name, value "Ada"') && r.includes('greeting, value undefined'));
        return `"${cs.message}"; Scope chain: ${rows.join('; ')}`;
      },
    },
    {
      id: 'hoisting-greet-execution-phase',
      name: 'Step Over (F10) in greet: its execution phase starts at line 21',
      run: async ({ wb }) => {
        await wb.step('F10');
        const cs = await wb.waitCallStack('greet at line 21 in the execution phase', (c) => /execution phase/i.test(c.message) && frameAt(c, 0, 'greet', 21));
        return `"${cs.message}"; ${topFrame(cs)}`;
      },
    },
  ],
};

const tdz: Scenario = {
  name: 'tdz.js: the Temporal Dead Zone',
  checks: [
    {
      id: 'tdz-variables-tdz',
      name: 'Variables: let, const and class bindings are marked TDZ in the creation phase',
      run: async (ctx) => {
        const { wb } = ctx;
        await wb.openFile('tdz.js');
        const started = await startWithF5(ctx);
        await wb.showRunAndDebug();
        await wb.waitCallStack('the creation phase of the global execution context', (c) => /creation phase of the global execution context/i.test(c.message));
        await wb.collapseScope('Scope chain');
        await wb.expandScope('Local');
        const names = ['score', 'limit', 'Point'];
        const rows = await wb.waitScopeVariables('Local', `${names.join(', ')} marked TDZ`,
          (r) => names.every((n) => r.some((v) => v.startsWith(`${n}, value `) && /TDZ/.test(v))));
        return `${started}; Local: ${rows.filter((v) => /TDZ/.test(v)).join('; ')}`;
      },
    },
  ],
};

const LOOP_COLUMNS = ['Call Stack', 'Web APIs', 'Check queue', 'Microtask queue', 'nextTick queue'];

const eventLoop: Scenario = {
  name: 'event-loop.js: the Event Loop view',
  checks: [
    {
      id: 'event-loop-command-palette',
      name: 'Command palette "Glassbox: Debug with Glassbox" starts event-loop.js',
      run: async ({ wb }) => {
        await wb.openFile('event-loop.js');
        await wb.runCommand('Glassbox: Debug with Glassbox');
        await wb.waitPaused();
        await wb.showRunAndDebug();
        const cs = await wb.waitCallStack('(global) of event-loop.js at line 1 in its creation phase',
          (c) => /creation phase of the global execution context/i.test(c.message) && frameAt(c, 0, '(global)', 1) && /event-loop\.js$/.test(topFrame(c)));
        return `"${cs.message}"; ${topFrame(cs)}`;
      },
    },
    {
      id: 'event-loop-view-opens',
      name: 'Event Loop view: in the Run and Debug side bar next to Variables, with its five columns',
      run: async ({ wb }) => {
        await wb.showEventLoopView();
        const frame = await wb.eventLoopFrame();
        const columns = await waitUntil('the Event Loop view to draw its columns', () => frame.evaluate(() => [...document.querySelectorAll('section[aria-label]')].map((s) => s.getAttribute('aria-label') ?? '')),
          (c) => LOOP_COLUMNS.every((l) => c.includes(l)), 10_000);
        return `columns: ${columns.join(', ')}`;
      },
    },
    {
      id: 'event-loop-view-first-stop',
      name: 'Event Loop view at the first stop: paused, with the global context on its Call Stack',
      run: async ({ wb }) => {
        const view = await waitUntil('the Event Loop view to show "Paused" with (global) on its Call Stack', () => wb.loopView(), (v) => v.status === 'Paused' && v.stack.includes('(global)'), 5_000);
        return describeLoop(view);
      },
    },
    {
      id: 'event-loop-timer-web-apis',
      name: 'Event Loop view: a timer (setTimeout\'s onTimeout) waits under Web APIs',
      run: async ({ wb }) => {
        const view = await wb.stepUntil('onTimeout under Web APIs', (v) => v.webApis.includes('onTimeout'), 10);
        return describeLoop(view);
      },
    },
    {
      id: 'event-loop-queues-fill',
      name: 'Event Loop view: promise reaction and queueMicrotask wait in the microtask queue, process.nextTick in the nextTick queue',
      run: async ({ wb }) => {
        const view = await wb.stepUntil('onResolve and micro in the microtask queue and tick in the nextTick queue',
          (v) => v.microtasks.includes('onResolve') && v.microtasks.includes('micro') && v.nextTicks.includes('tick'), 12);
        expectLoop(view, 'onResolve before micro in the microtask queue', view.microtasks.indexOf('onResolve') < view.microtasks.indexOf('micro'));
        expectLoop(view, 'the script still running', view.stack.includes('(global)'));
        return describeLoop(view);
      },
    },
    {
      id: 'event-loop-nexttick-then-microtasks',
      name: 'Event Loop view: after the script, the nextTick callback runs first, then the microtasks in order',
      run: async ({ wb }) => {
        let view = await wb.stepUntil('tick on the Call Stack', (v) => v.stack.includes('tick'), 8);
        expectLoop(view, 'both microtasks still waiting while tick runs', view.microtasks.includes('onResolve') && view.microtasks.includes('micro'));
        view = await wb.stepUntil('onResolve on the Call Stack, out of the microtask queue', (v) => v.stack.includes('onResolve') && !v.microtasks.includes('onResolve'), 8);
        expectLoop(view, 'micro still waiting in the microtask queue', view.microtasks.includes('micro'));
        view = await wb.stepUntil('micro on the Call Stack and the microtask queue empty', (v) => v.stack.includes('micro') && v.microtasks.length === 0, 8);
        return describeLoop(view);
      },
    },
    {
      id: 'event-loop-timer-macrotask',
      name: 'Event Loop view: the due timer leaves Web APIs and its callback runs in the timers phase',
      run: async ({ wb }) => {
        const view = await wb.stepUntil('onTimeout on the Call Stack and no longer under Web APIs', (v) => v.stack.includes('onTimeout') && !v.webApis.includes('onTimeout'), 8);
        expectLoop(view, 'the 100 ms timer still under Web APIs', view.webApis.includes('laterTimeout'));
        return describeLoop(view);
      },
    },
    {
      id: 'event-loop-immediate-macrotask-queue',
      name: 'Event Loop view: setImmediate\'s callback waits in the check queue while the timer\'s microtask runs first',
      run: async (ctx) => {
        const { wb } = ctx;
        let view = await wb.stepUntil('onImmediate in the check queue', (v) => v.macrotasks.includes('onImmediate'), 10);
        await ctx.shot('macrotask-queued');
        view = await wb.stepUntil('afterTimeout (a microtask) on the Call Stack', (v) => v.stack.includes('afterTimeout'), 8);
        expectLoop(view, 'onImmediate still waiting in the check queue while the microtask runs', view.macrotasks.includes('onImmediate'));
        await ctx.shot('microtask-first');
        view = await wb.stepUntil('onImmediate on the Call Stack and the check queue empty', (v) => v.stack.includes('onImmediate') && v.macrotasks.length === 0, 8);
        return describeLoop(view);
      },
    },
    {
      id: 'event-loop-debug-console-output',
      name: 'Continue (F5) to the end: the Debug Console shows the program\'s output in Node\'s order',
      run: async ({ wb, workspace }) => {
        await wb.waitPaused();
        await wb.page.keyboard.press('F5');
        await wb.waitSessionEnded(30_000);
        const expected = nodeOutput(workspace, 'event-loop.js');
        await wb.showDebugConsole();
        // The Debug Console is a virtual list: maximize the panel so every line is drawn.
        await wb.runCommand('View: Toggle Maximized Panel');
        await sleep(500);
        await waitConsoleLines(wb, expected);
        return `${expected.length} lines, first "${expected[0]}", last "${expected[expected.length - 1]}"`;
      },
    },
  ],
};

export const SCENARIOS: Scenario[] = [hoisting, tdz, eventLoop, largeValues, objectViews, clockView, isolation, hotCode];
