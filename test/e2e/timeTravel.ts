// End-to-end checks of time travel in a real VS Code: F5, three Step Overs, then the toolbar's
// Step Back returns the current line, the Call Stack and a Variables value to the stop before;
// the Event Loop view's timeline strip shows the run's marks, and a click on the first one goes
// back to the script's start, the later marks dimmed as its future. The shots `step-back` and
// `strip-back` are docs/images/time-travel-step-back.png and time-travel-strip.png.
import type { Check, CheckContext, Scenario } from './checks';
import { startWithLaunchJson } from './launchConfig';
import { setSection } from './memoryViewPage';
import { waitUntil } from './util';
import type { Workbench } from './workbench';

/** Written before VS Code opens the workspace (Quick Open may miss a file written later). */
export const TIME_TRAVEL_PROGRAMS: Record<string, string> = {
  'time-travel.js': [
    'let total = 0;',
    'function add(n) {',
    '  total += n;',
    '  return total;',
    '}',
    'add(1);',
    'add(2);',
    'add(3);',
    'process.nextTick(function tick() { add(10); });',
    'Promise.resolve().then(function react() { add(100); });',
    'setTimeout(function later() {',
    '  debugger;',
    "  console.log('total', total);",
    '}, 10);',
    '',
  ].join('\n'),
};

const topLine = (frames: string[]) => /, line (\d+)\b/.exec(frames[0] ?? '')?.[1];
const totalIs = (value: number) => (rows: string[]) => rows.includes(`total, value ${value}`);

/** Step Over (F10) and wait for the stop after it: a new stop text or frame, at `line`. */
async function stepOver(wb: Workbench, line: number): Promise<void> {
  const before = await wb.callStack();
  await wb.step('F10');
  await wb.waitCallStack(`(global) at line ${line}, after Step Over`, (c) => (c.message !== before.message || c.frames[0] !== before.frames[0]) && topLine(c.frames) === String(line));
}

/** The debug toolbar's Step Back button (VS Code shows it once the adapter supports stepping back). */
export async function stepBack(wb: Workbench): Promise<void> {
  await wb.waitPaused();
  const button = wb.page.locator('.debug-toolbar .action-item .codicon-debug-step-back');
  await button.waitFor({ state: 'visible', timeout: 10_000 });
  await button.click();
  await wb.parkMouse();
}

/** Starts time-travel.js with F5 and a launch.json, paused in the global creation phase. */
async function startSession(ctx: CheckContext): Promise<void> {
  const { wb } = ctx;
  await startWithLaunchJson(ctx, 'time-travel.js', 'Glassbox: time travel', { stopOnEntry: true });
  await wb.showRunAndDebug();
  await wb.waitCallStack('the creation phase of the global execution context', (c) => /creation phase of the global execution context/i.test(c.message));
}

const stepBackThreeSteps: Check = {
  id: 'time-travel-step-back',
  name: 'Step Back (toolbar) after three Step Overs: line 7 -> line 6, the Call Stack and total (1 -> 0) go back with it',
  run: async (ctx) => {
    const { wb } = ctx;
    await startSession(ctx);
    for (const line of [1, 6, 7]) await stepOver(wb, line);
    await wb.waitScopeVariables('Scope chain', 'total = 1 after add(1)', totalIs(1));
    await stepBack(wb);
    const cs = await wb.waitCallStack('(global) back at line 6', (c) => topLine(c.frames) === '6', 10_000);
    const rows = await wb.waitScopeVariables('Scope chain', 'total = 0 again, before add(1)', totalIs(0));
    const editorLine = await waitUntil('the editor to mark line 6 as the current line', () => currentEditorLine(wb), (l) => l === '6', 10_000);
    await ctx.shot('step-back');
    return `"${cs.message}"; ${cs.frames[0]}; editor line ${editorLine}; ${rows.find((r) => r.startsWith('total, '))}`;
  },
};

/** The line number beside the editor's current-line decoration (the top stack frame's), or ''. */
async function currentEditorLine(wb: Workbench): Promise<string> {
  // No named helper functions inside: tsx (esbuild's keepNames) would wrap them in a __name() call the page lacks.
  return wb.page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    const top = (editor?.querySelector('.view-overlays .debug-top-stack-frame-line')?.parentElement as HTMLElement | null)?.style.top;
    const numbers = [...(editor?.querySelectorAll('.margin-view-overlays .line-numbers') ?? [])];
    return top === undefined ? '' : (numbers.find((n) => (n.parentElement as HTMLElement).style.top === top)?.textContent?.trim() ?? '');
  });
}

/** The strip's marks as the webview draws them: "kind@step:state". */
async function stripMarks(wb: Workbench): Promise<string[]> {
  const frame = await wb.eventLoopFrame();
  return frame.evaluate(() => [...document.querySelectorAll('.strip .mark')].map((m) => {
    const kind = /mark-(\w+)/.exec(m.className)?.[1] ?? '?';
    const state = ['current', 'future', 'past'].find((s) => m.classList.contains(s)) ?? '?';
    return `${kind}@${m.getAttribute('data-step')}:${state}`;
  }));
}

const timelineStrip: Check = {
  id: 'time-travel-strip',
  name: 'Event Loop view: the timeline strip shows script, tick, microtask and timer marks; Enter on the microtask and a click on the first go back there, later marks dimmed',
  run: async (ctx) => {
    const { wb } = ctx;
    await wb.waitPaused();
    await wb.page.keyboard.press('F5');
    await wb.waitCallStack('later at the debugger statement, line 12', (c) => /debugger statement/i.test(c.message) && /^Stack Frame later, line 12\b/.test(c.frames[0] ?? ''), 20_000);
    await wb.showEventLoopView();
    // The Event Loop view gets the side bar's height, beside the Call Stack; folded sections are unfolded after.
    for (const section of ['Variables', 'Watch', 'Breakpoints', 'Memory']) await setSection(wb, section, false);
    try {
      return await clickFirstMark(ctx);
    } finally {
      for (const section of ['Variables', 'Watch', 'Breakpoints']) await setSection(wb, section, true);
    }
  },
};

/** Reads the strip at the timer's stop, goes to its microtask by keyboard and to its first mark by a click, checking the run went back each time. */
async function clickFirstMark(ctx: CheckContext): Promise<string> {
  const { wb } = ctx;
  const kinds = ['script', 'tick', 'microtask', 'task'];
  const marks = await waitUntil('the strip to show a script, a tick, a microtask and a task mark, the task current', () => stripMarks(wb),
    (m) => kinds.every((k) => m.some((x) => x.startsWith(`${k}@`))) && /^task@\d+:current$/.test(m[m.length - 1] ?? ''), 15_000);
  const frame = await wb.eventLoopFrame();
  const title = (await frame.locator('.strip .mark').last().getAttribute('title')) ?? '';
  if (!/later\(\) · step \d+/.test(title)) throw new Error(`the timer's mark is titled "${title}"`);
  await ctx.shot('strip');
  // The keyboard: the strip's one tab stop is the current mark; Home, then Right twice, reaches the microtask; Enter goes there.
  await frame.locator('.strip .mark[tabindex="0"]').press('Home');
  await wb.page.keyboard.press('ArrowRight');
  await wb.page.keyboard.press('ArrowRight');
  await wb.page.keyboard.press('Enter');
  const atMicrotask = await waitUntil('the microtask mark current after Home, Right, Right, Enter', () => stripMarks(wb),
    (m) => /^microtask@\d+:current$/.test(m[2] ?? '') && m[3]?.endsWith(':future') === true, 15_000);
  await frame.locator('.strip .mark').first().click();
  await wb.parkMouse();
  const back = await waitUntil('the first mark current and the later ones dimmed', () => stripMarks(wb),
    (m) => /:current$/.test(m[0] ?? '') && m.slice(1).every((x) => x.endsWith(':future')), 15_000);
  const cs = await wb.waitCallStack('(global) again, the header saying "Went back to step 1"', (c) => /^Stack Frame \(global\), line \d+/.test(c.frames[0] ?? '') && /^Went back to step 1\b/.test(c.message), 10_000);
  await ctx.shot('strip-back');
  return `marks ${marks.join(' ')}; "${title}"; by keyboard: ${atMicrotask.join(' ')}; after the click: ${back.join(' ')}, ${cs.frames[0]}, "${cs.message}"`;
}

export const timeTravel: Scenario = { name: 'time-travel.js: Step Back and the timeline strip', checks: [stepBackThreeSteps, timelineStrip] };
