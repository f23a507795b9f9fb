// End-to-end check of I/O in the Event Loop view: paused while an fs.readFile is in flight,
// the Web APIs column names it (`fs.readFile io-data.txt, 1 ms: due at 2 ms`); run on, its
// callback runs in the poll phase, and inside it setImmediate runs before setTimeout 0.
import type { Check, Scenario } from './checks';
import { debugActiveFile, openProgram } from './flowPrograms';
import { setSection } from './memoryViewPage';
import { waitUntil } from './util';

export const IO_PROGRAMS: Record<string, string> = {
  'io-data.txt': 'hello from the disk\n',
  'io-read.js': [
    "const fs = require('fs');",
    "fs.readFile('io-data.txt', 'utf8', function onRead(err, text) {",
    "  setTimeout(function onTimeout() { console.log('timeout'); }, 0);",
    "  setImmediate(function onImmediate() { console.log('immediate'); });",
    "  console.log('read:', text.trim());",
    '  debugger;',
    '});',
    'debugger;',
    '',
  ].join('\n'),
};

/** The Web APIs column's entries as text (name, place, detail). */
async function webApiEntries(frame: import('playwright-core').Frame): Promise<string[]> {
  return frame.evaluate(() => [...document.querySelectorAll('section[aria-label="Web APIs"] .entry')].map((e) => e.textContent?.replace(/\s+/g, ' ').trim() ?? ''));
}

const readInFlight: Check = {
  id: 'loop-io-in-flight',
  name: 'Event Loop view: paused while fs.readFile is in flight, Web APIs shows it with its due time; its callback then runs in the poll phase, and its immediate before its timeout',
  run: async (ctx) => {
    const { wb } = ctx;
    await openProgram(ctx, 'io-read.js');
    await debugActiveFile(ctx);
    await wb.showEventLoopView();
    try {
      // From the entry stop to the script's `debugger`: the read is in flight.
      await wb.markLoopView();
      await wb.page.keyboard.press('F5');
      const frame = await wb.eventLoopFrame();
      const entries = await waitUntil('the read in flight under Web APIs', () => webApiEntries(frame), (e) => e.some((t) => /fs\.readFile io-data\.txt, 1 ms: due at 2 ms/.test(t)), 20_000);
      // The view gets the side bar's height for the shot, the Web APIs column in sight.
      for (const section of ['Variables', 'Watch', 'Call Stack', 'Breakpoints', 'Memory']) await setSection(wb, section, false);
      await frame.evaluate(() => document.querySelector('section[aria-label="Web APIs"]')?.scrollIntoView());
      await wb.parkMouse();
      await ctx.shot('in-flight');
      // On to the callback's `debugger`: the poll phase, with both callbacks it scheduled waiting.
      await wb.markLoopView();
      await wb.page.keyboard.press('F5');
      const inPoll = await waitUntil('onRead running in the poll phase', () => wb.loopView(), (v) => v.fresh && v.status === 'Paused' && /^Poll phase/.test(v.phase), 20_000);
      if (!inPoll.stack.includes('onRead') || !inPoll.webApis.includes('onTimeout') || !inPoll.macrotasks.includes('onImmediate')) {
        throw new Error(`in the poll phase expected onRead on the stack, onTimeout in Web APIs and onImmediate in the check queue; got ${JSON.stringify(inPoll)}`);
      }
      await frame.evaluate(() => document.querySelector('#root > header')?.scrollIntoView());
      await wb.parkMouse();
      await ctx.shot('poll-phase');
      for (const section of ['Variables', 'Call Stack']) await setSection(wb, section, true);
      await wb.page.keyboard.press('F5');
      await wb.showDebugConsole();
      const lines = await waitUntil('immediate and timeout in the Debug Console', () => wb.debugConsole(), (l) => l.some((x) => /timeout/.test(x)), 20_000);
      const order = lines.filter((l) => /^(read:|immediate|timeout)/.test(l.trim()));
      if (!/immediate/.test(order[1] ?? '') || !/timeout/.test(order[2] ?? '')) throw new Error(`expected read, immediate, timeout; got ${order.join(' | ')}`);
      return `in flight: [${entries.join(' | ')}]; poll phase: "${inPoll.phase}"; console: ${order.join(' | ')}`;
    } finally {
      await wb.stopDebugging();
    }
  },
};

export const loopIo: Scenario = { name: 'io-read.js: I/O in flight and the poll phase in the Event Loop view', checks: [readInFlight] };
