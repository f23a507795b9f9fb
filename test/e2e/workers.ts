// End-to-end check of a worker program in a real VS Code: a breakpoint set in the worker's
// file before the run stops the worker thread; the Call Stack lists both threads, "main" and
// "worker 1 (worker-task.js)", the worker's frame at its line, and the Variables pane shows
// the worker's own scope; main's thread, expanded, shows its frame in its loop. The Memory view
// draws the heap of the selected frame's thread: the worker's, then main's.
import type { Check, Scenario } from './checks';
import { debugActiveFile, openProgram } from './flowPrograms';
import { describeMemory, setSection, waitMemory, withMemoryView } from './memoryViewPage';
import { stepBack } from './timeTravel';
import { waitUntil } from './util';

export const WORKER_PROGRAMS: Record<string, string> = {
  'worker-main.js': [
    "const path = require('path');",
    "const { Worker } = require('worker_threads');",
    '',
    "const worker = new Worker(path.join(__dirname, 'worker-task.js'), { workerData: [2, 3, 4] });",
    "worker.on('message', (sum) => console.log('sum from the worker:', sum));",
    'let spin = 0;',
    'for (let i = 0; i < 300000; i++) spin += i;',
    '',
  ].join('\n'),
  'worker-task.js': [
    "const { parentPort, workerData } = require('worker_threads');",
    'let sum = 0;',
    'for (const n of workerData) sum += n;',
    'parentPort.postMessage(sum);',
    "console.log('posted', sum);",
    '',
  ].join('\n'),
};

/** Sets a breakpoint at worker-task.js line 4, starts worker-main.js and runs to it. */
async function runToWorkerBreakpoint(ctx: Parameters<Check['run']>[0]): Promise<void> {
  const { wb } = ctx;
  await openProgram(ctx, 'worker-task.js');
  await wb.toggleBreakpointAt(4);
  await openProgram(ctx, 'worker-main.js');
  await debugActiveFile(ctx);
  await wb.page.keyboard.press('F5');
  await wb.waitCallStack('the main thread and the worker thread, the worker paused at worker-task.js line 4',
    (c) => c.frames.some((f) => /worker 1 \(worker-task\.js\)/.test(f)) && c.frames.some((f) => /main/.test(f)) && c.frames.some((f) => /line 4, worker-task\.js/.test(f)), 20_000);
}

/** Expands the main thread in the Call Stack, so its frames show under it. */
async function expandMainThread(wb: Parameters<Check['run']>[0]['wb']): Promise<void> {
  const mainRow = wb.page.locator('.debug-call-stack .monaco-list-row[aria-label^="Thread main"]');
  await mainRow.click();
  if ((await mainRow.getAttribute('aria-expanded')) !== 'true') await wb.page.keyboard.press('ArrowRight');
}

const pausedInWorker: Check = {
  id: 'worker-breakpoint',
  name: 'A breakpoint in a worker\'s file stops the worker thread: the Call Stack shows main and worker 1 (worker-task.js), Variables the worker\'s sum',
  run: async (ctx) => {
    const { wb } = ctx;
    await runToWorkerBreakpoint(ctx);
    // The main thread's stack too: expanded, it shows where main's turn left it (its loop, line 7).
    await expandMainThread(wb);
    const both = await wb.waitCallStack('main\'s frame at worker-main.js line 7 under its thread', (c) => c.frames.some((f) => /line 7, worker-main\.js/.test(f)), 10_000);
    // A wider side bar, so the worker thread's name shows beside its stop description.
    const bar = await wb.page.locator('.part.sidebar').boundingBox();
    if (bar) {
      await wb.page.mouse.move(bar.x + bar.width + 1, 400);
      await wb.page.mouse.down();
      await wb.page.mouse.move(bar.x + bar.width + 220, 400, { steps: 8 });
      await wb.page.mouse.up();
    }
    // The worker's frame selected again: Variables shows the worker's scope.
    await wb.page.locator('.debug-call-stack .monaco-list-row[aria-label^="Stack Frame (global), line 4, worker-task.js"]').click();
    const rows = await waitUntil('the Variables pane to show the worker\'s sum = 9', () => wb.variables(), (r) => r.some((x) => x.startsWith('sum, value 9')), 15_000);
    await wb.parkMouse();
    await ctx.shot('paused-in-worker');
    await wb.runCommand('Remove All Breakpoints');
    await wb.stopDebugging();
    return `${both.frames.join(' | ')}; variables: ${rows.slice(0, 8).join(' | ')}`;
  },
};

const workerHeap: Check = {
  id: 'worker-memory',
  name: 'Memory view: each thread has a heap of its own: the worker\'s (Thread worker 1, sum = 9), then main\'s once its frame is selected',
  run: async (ctx) => {
    const { wb } = ctx;
    await runToWorkerBreakpoint(ctx);
    const seen = await withMemoryView(wb, 780, async () => {
      const worker = await waitMemory(wb, 'the worker\'s heap: its thread named, its frame with sum = 9',
        (p) => p.header.includes('Threadworker 1 (worker-task.js)') && p.boxes.some((b) => b.cells.includes('sum=9')));
      await wb.parkMouse();
      await ctx.shot('worker-heap');
      await setSection(wb, 'Call Stack', true);
      await expandMainThread(wb);
      await wb.page.locator('.debug-call-stack .monaco-list-row[aria-label*="worker-main.js"]').first().click();
      const main = await waitMemory(wb, 'main\'s heap: no thread line, its frame with spin',
        (p) => !p.header.includes('Thread') && p.boxes.some((b) => b.cells.some((c) => c.startsWith('spin='))));
      return `worker: ${describeMemory(worker)}; main: ${describeMemory(main)}`;
    });
    await wb.runCommand('Remove All Breakpoints');
    await wb.stopDebugging();
    return seen;
  },
};

/** The Event Loop view's lanes (thread, outlined or not, Call Stack column) and the messages in its channel. */
interface Lanes { lanes: { thread: string; selected: boolean; stack: string[] }[]; channel: { name: string; towards: string }[] }

async function loopLanes(wb: Parameters<Check['run']>[0]['wb']): Promise<Lanes> {
  const frame = await wb.eventLoopFrame();
  // No named helper functions inside: tsx (esbuild's keepNames) would wrap them in a __name() call that does not exist in the page.
  return frame.evaluate(() => ({
    lanes: [...document.querySelectorAll('#root .lane')].map((lane) => ({
      thread: lane.querySelector('.lane-title')?.textContent?.trim() ?? '',
      selected: lane.classList.contains('selected'),
      stack: [...lane.querySelectorAll('section[aria-label="Call Stack"] .entry .name')].map((e) => e.textContent?.trim() ?? ''),
    })),
    channel: [...document.querySelectorAll('#root .channel li:not(.empty)')].map((li) => ({
      name: li.querySelector('.name')?.textContent?.trim() ?? '',
      towards: li.classList.contains('to-main') ? 'main' : 'worker',
    })),
  }));
}

const describeLanes = (l: Lanes): string =>
  `${l.lanes.map((x) => `${x.thread}${x.selected ? ' (followed)' : ''} [${x.stack.join(', ')}]`).join(' | ')}; channel [${l.channel.map((c) => `${c.name} -> ${c.towards}`).join(', ')}]`;

const workerLoop: Check = {
  id: 'worker-loop',
  name: 'Event Loop view: each thread\'s loop side by side, the stopped worker\'s outlined; the worker\'s postMessage waits in the channel towards main until main\'s poll phase takes it; selecting main\'s frame outlines main\'s lane',
  run: async (ctx) => {
    const { wb } = ctx;
    await runToWorkerBreakpoint(ctx);
    await wb.showEventLoopView();
    try {
      for (const section of ['Variables', 'Watch', 'Breakpoints', 'Memory', 'Loaded Scripts']) await setSection(wb, section, false);
      const atBreakpoint = await waitUntil('two lanes, main and worker 1, the worker\'s outlined', () => loopLanes(wb),
        (l) => l.lanes.length === 2 && l.lanes[0].thread === 'main' && l.lanes[1].thread === 'worker 1 (worker-task.js)' && l.lanes[1].selected && l.lanes[1].stack.includes('(global)'), 20_000);
      await wb.parkMouse();
      await ctx.shot('worker-loop');
      // Step over the worker's postMessage: the message waits in the channel until main's poll phase takes it.
      await wb.page.keyboard.press('F10');
      await wb.waitCallStack('the worker at line 5', (c) => c.frames.some((f) => /line 5, worker-task\.js/.test(f)), 15_000);
      const posted = await waitUntil('the worker\'s message in the channel, towards main', () => loopLanes(wb),
        (l) => l.channel.some((c) => c.name === 'message from worker 1' && c.towards === 'main'), 20_000);
      await wb.parkMouse();
      await ctx.shot('message-in-flight');
      await expandMainThread(wb);
      await wb.page.locator('.debug-call-stack .monaco-list-row[aria-label*="worker-main.js"]').first().click();
      const followed = await waitUntil('main\'s lane outlined once its frame is selected', () => loopLanes(wb), (l) => l.lanes[0]?.selected === true && l.lanes[1]?.selected === false, 20_000);
      for (const section of ['Variables', 'Watch']) await setSection(wb, section, true);
      await wb.runCommand('Remove All Breakpoints');
      return `at the breakpoint: ${describeLanes(atBreakpoint)}; after postMessage: ${describeLanes(posted)}; main selected: ${describeLanes(followed)}`;
    } finally {
      await wb.stopDebugging();
    }
  },
};

/** The Call Stack's thread rows, by name. */
const threadRows = (frames: string[]): string[] => frames.filter((f) => f.startsWith('Thread '));

const workerStepBack: Check = {
  id: 'worker-step-back',
  name: 'Step Back over new Worker(): the worker\'s thread leaves the Call Stack, main is back at line 4; Step Over starts the worker again',
  run: async (ctx) => {
    const { wb } = ctx;
    await openProgram(ctx, 'worker-main.js');
    await wb.toggleBreakpointAt(5);
    await debugActiveFile(ctx);
    await wb.page.keyboard.press('F5');
    const started = await wb.waitCallStack('main at line 5 with the worker thread listed', (c) => c.frames.some((f) => /line 5, worker-main\.js/.test(f)) && c.frames.some((f) => /worker 1 \(worker-task\.js\)/.test(f)), 20_000);
    await stepBack(wb);
    const back = await wb.waitCallStack('main back at line 4, no worker thread', (c) => c.frames.some((f) => /line 4, worker-main\.js/.test(f)) && !c.frames.some((f) => /worker 1/.test(f)), 20_000);
    // The Variables pane reads the new stop's frame (main's scope before line 4 ran), not the old stop's.
    const rows = await waitUntil('Variables to show main\'s scope at line 4, path loaded and no stale frame', () => wb.variables(),
      (r) => r.some((x) => x.startsWith('path, value')) && !r.some((x) => /Unknown frameId/.test(x)), 15_000);
    await ctx.shot('worker-step-back');
    await wb.step('F10');
    const again = await wb.waitCallStack('main at line 5 again, the worker thread listed again', (c) => c.frames.some((f) => /line 5, worker-main\.js/.test(f)) && c.frames.some((f) => /worker 1 \(worker-task\.js\)/.test(f)), 20_000);
    await wb.runCommand('Remove All Breakpoints');
    await wb.stopDebugging();
    return `at line 5: threads [${threadRows(started.frames).join(', ')}]; after Step Back: "${back.message}", threads [${threadRows(back.frames).join(', ')}], variables ${rows.slice(0, 4).join(' | ')}; after Step Over: threads [${threadRows(again.frames).join(', ')}]`;
  },
};

export const workers: Scenario = { name: 'worker-main.js: a worker thread paused in the Call Stack', checks: [pausedInWorker, workerHeap, workerLoop, workerStepBack] };
