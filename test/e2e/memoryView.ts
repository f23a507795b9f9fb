// End-to-end checks of the Memory view: the counter closure (the returned function's
// [[Environment]] box keeps `count` after makeCounter() returned; two bindings, one box),
// a click revealing a box in Variables with why it is alive, the redraw time of 200
// objects, and examples/leak-interval.js (the interval's callback holding the growing
// samples). Their `readme` and `variables` shots are docs/images/memory-counter.png,
// memory-reveal.png and memory-leak-interval.png.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Check, CheckContext, Scenario } from './checks';
import { debugToStatement } from './largeValues';
import { boxTitled, describeMemory, readMemory, showMemoryView, waitMemory, withMemoryView, type MemoryPicture } from './memoryViewPage';
import { REPO_ROOT, sleep, waitUntil } from './util';

/** Written into the workspace before VS Code opens it (Quick Open may miss a file written later). */
export const MEMORY_PROGRAMS: Record<string, string> = {
  'memory-counter.js': [
    'function makeCounter() {',
    '  let count = 0;',
    '  return function increment() {',
    '    count += 1;',
    '    return count;',
    '  };',
    '}',
    'const counter = makeCounter();',
    'counter();',
    'const point = { x: 1, y: 2 };',
    'const alias = point;',
    'alias.x = 2;',
    'debugger;',
    '',
  ].join('\n'),
  'memory-200.js': [
    'const groups = Array.from({ length: 10 }, (_, g) => Array.from({ length: 20 }, (_, i) => ({ g, i })));',
    'debugger;',
    'for (let more = 0; more < 5; more++) {',
    '  groups.push([]);',
    '  debugger;',
    '}',
    '',
  ].join('\n'),
};

/** The side bar's width in the README's shots: room for the frames, the boxes and their arrows. */
const README_WIDTH = 780;
/** The leak's drawing is wider (the samples and their history arrays): the side bar takes most of the window. */
const LEAK_WIDTH = 1000;

const envBox = (p: MemoryPicture) => boxTitled(p, /Scope of makeCounter\(\)/);

const counterClosure: Check = {
  id: 'memory-counter',
  name: 'Memory view: the counter closure\'s [[Environment]] box holds count = 1 after makeCounter() returned; point and alias point into one box',
  run: async (ctx) => {
    const { wb } = ctx;
    await debugToStatement(ctx, 'memory-counter.js', MEMORY_PROGRAMS['memory-counter.js']);
    return withMemoryView(wb, README_WIDTH, async () => {
      const p = await waitMemory(wb, 'the counter\'s scope record with count = 1', (v) => envBox(v)?.cells.includes('count=1') ?? false);
      const fn = boxTitled(p, /increment/);
      if (!fn?.cells.some((c) => c.startsWith('[[Environment]]'))) throw new Error(`no function box with an [[Environment]] arrow: ${describeMemory(p)}`);
      const frame = p.boxes.find((b) => b.classes.includes('frame') && ['counter=●', 'point=●', 'alias=●'].every((c) => b.cells.includes(c)));
      if (!frame) throw new Error(`no frame box with counter, point and alias: ${describeMemory(p)}`);
      if (p.boxes.some((b) => b.classes.includes('frame') && /makeCounter/.test(b.title))) throw new Error('makeCounter() returned, yet a frame of it is drawn');
      const into = Object.entries(p.arrowsInto).find(([key]) => p.boxes.find((b) => b.key === key)?.cells.includes('x=2'));
      if (!into || [...into[1]].sort().join(',') !== 'alias,point') throw new Error(`point's box should have two arrows in (alias, point); arrows: ${JSON.stringify(p.arrowsInto)}`);
      await wb.parkMouse();
      await ctx.shot('readme');
      return `frame ${frame.title} [${frame.cells.join(', ')}]; ${envBox(p)?.title} [${envBox(p)?.cells.join(', ')}]; redraw ${p.redrawMs} ms`;
    });
  },
};

const revealInVariables: Check = {
  id: 'memory-reveal',
  name: 'Memory view: clicking the scope record reveals it in Variables ("Memory view: Scope of makeCounter()", count 1, expanded) and says why it is alive',
  run: async (ctx) => {
    const { wb } = ctx;
    return withMemoryView(wb, README_WIDTH, async (frame) => {
      const key = envBox(await waitMemory(wb, 'the scope record', (v) => envBox(v) !== undefined))?.key ?? '';
      await frame.locator(`.box[data-key="${key}"] .title`).click();
      const p = await waitMemory(wb, 'why the record is alive', (v) => /› counter › \[\[Environment\]\]$/.test(v.details));
      const rows = await waitUntil('the Variables pane to list the revealed scope first, expanded, with count', () => wb.variables(),
        (r) => r[0] === 'Scope Memory view: Scope of makeCounter()' && r.some((x) => /^count, value 1\b/.test(x)), 15_000);
      await wb.parkMouse();
      await ctx.shot('variables');
      return `details "${p.details}"; Variables ${rows.slice(0, 3).join(' | ')}`;
    });
  },
};

const whyAliveMenu: Check = {
  id: 'memory-why-alive',
  name: 'Memory view: a box\'s context menu offers Why Is This Alive? and Reveal in Variables; the first shows the object\'s path, (global) › point',
  run: async (ctx) => {
    const { wb } = ctx;
    return withMemoryView(wb, README_WIDTH, async (frame) => {
      const p = await waitMemory(wb, 'the object point and alias share', (v) => v.boxes.some((b) => b.cells.includes('x=2')));
      const key = p.boxes.find((b) => b.cells.includes('x=2'))?.key ?? '';
      const why = /^Why is this alive\?\(global\) › point$/;
      let items: string[] = [];
      // A click on a menu item still sliding in can be lost: a second try opens the menu again.
      for (let attempt = 0; attempt < 2 && !why.test((await readMemory(frame)).details); attempt++) {
        await frame.locator(`.box[data-key="${key}"] .title`).click({ button: 'right' });
        // The menu lives in a shadow root: locators reach into it, querySelectorAll would not.
        items = await waitUntil('the box\'s context menu', () => wb.page.locator('.monaco-menu .action-label').allTextContents(),
          (labels) => labels.map((l) => l.trim()).includes('Why Is This Alive?'), 10_000);
        const item = wb.page.locator('.monaco-menu .action-label', { hasText: 'Why Is This Alive?' }).first();
        await item.hover();
        await sleep(200);
        await item.click();
        await waitUntil('the details line', () => readMemory(frame), (v) => why.test(v.details), 5_000).catch(() => undefined);
      }
      const shown = await waitMemory(wb, 'why the object is alive', (v) => why.test(v.details), 5_000);
      return `menu [${items.map((l) => l.trim()).filter(Boolean).join(', ')}]; details "${shown.details}"`;
    });
  },
};

/** The redraw's time and, in brackets, the layout's part of it, when the drawing was on screen and how many boxes it made anew. */
async function redrawAtStop(ctx: CheckContext, boxes: number): Promise<{ text: string; made: number }> {
  const p = await waitMemory(ctx.wb, `${boxes} boxes, newly laid out and on screen`, (v) => v.boxCount === boxes && v.status === 'paused' && v.layout === 'new' && !Number.isNaN(v.onScreenMs), 30_000);
  return { text: `${p.redrawMs} ms (layout ${p.layoutMs} ms; on screen at ${p.onScreenMs} ms; ${p.madeBoxes} boxes made${p.warmUpsBefore === 0 ? '; cold: a fresh page' : ''})`, made: p.madeBoxes };
}

const redraw200: Check = {
  id: 'memory-redraw-200',
  name: 'Memory view: 200 objects (10 arrays of 20) are laid out and drawn; the redraw time is measured at six stops, each with one box more; a step remakes only the boxes it changed',
  run: async (ctx) => {
    const { wb } = ctx;
    await debugToStatement(ctx, 'memory-200.js', MEMORY_PROGRAMS['memory-200.js']);
    return withMemoryView(wb, README_WIDTH, async () => {
      const first = await redrawAtStop(ctx, 212);
      const times = [first.text];
      for (const boxes of [213, 214, 215, 216, 217]) {
        await wb.page.keyboard.press('F5');
        const step = await redrawAtStop(ctx, boxes);
        // The step pushed one empty array and counted `more` on: that array, groups and the frame are new, the other boxes kept.
        if (step.made !== 3) throw new Error(`the redraw at ${boxes} boxes made ${step.made} boxes, not 3 (the new array, groups and the frame): ${step.text}`);
        times.push(step.text);
      }
      await ctx.shot('200');
      return `redraw (measure + layout + render) of 212-217 boxes (frames included): ${times.join(', ')}`;
    });
  },
};

const LEAK = 'leak-interval.js';

/** At the breakpoint after tick N's push, the samples array (reached through the closure) has N cells. */
const samplesBox = (v: MemoryPicture) => v.boxes.find((b) => /^array/.test(b.title) && b.cells.length > 0 && b.cells.every((c) => /^\d+=●$/.test(c)) && /› samples$/.test(b.path));

const intervalLeak: Check = {
  id: 'memory-leak-interval',
  name: 'Memory view on examples/leak-interval.js: a Timers root (setInterval #1) holds onTick, whose [[Environment]] holds the growing samples array',
  run: async (ctx) => {
    const { wb } = ctx;
    const text = readFileSync(path.join(REPO_ROOT, 'examples', LEAK), 'utf8');
    const line = text.split('\n').findIndex((l) => l.includes("console.log('tick'")) + 1;
    await wb.openFile(LEAK);
    await wb.toggleBreakpointAt(line);
    await wb.runCommand('Glassbox: Debug with Glassbox');
    await wb.waitPaused(30_000);
    return withMemoryView(wb, LEAK_WIDTH, async (frame) => {
      let p: MemoryPicture | undefined;
      for (let tick = 1; tick <= 3; tick++) {
        await wb.waitPaused();
        await wb.page.keyboard.press('F5');
        p = await waitMemory(wb, `samples with ${tick} cells at tick ${tick}`, (v) => v.status === 'paused' && samplesBox(v)?.cells.length === tick, 30_000);
      }
      if (!p?.boxes.some((b) => b.title === 'Timers' && b.cells.some((c) => c.startsWith('setInterval #1')))) throw new Error(`no Timers box holding setInterval #1: ${p && describeMemory(p)}`);
      await frame.locator(`.box[data-key="${samplesBox(p)?.key}"] .title`).click();
      const shown = await waitMemory(wb, 'why samples is alive', (v) => /^Why is this alive\?Timers › setInterval #1 › \[\[Environment\]\] › samples$/.test(v.details));
      await waitUntil('the Variables pane to list the revealed array first', () => wb.variables(), (r) => r[0] === 'Scope Memory view: Array(3)', 15_000);
      // The README's picture: the drawing with the room the revealed Variables took back.
      await showMemoryView(wb, LEAK_WIDTH);
      await ctx.shot('readme');
      return `details "${shown.details}"; ${shown.boxCount} boxes`;
    });
  },
};

export const memoryCounter: Scenario = { name: 'memory-counter.js: the Memory view draws the counter closure', checks: [counterClosure, revealInVariables, whyAliveMenu] };
export const memoryRedraw: Scenario = { name: 'memory-200.js: the Memory view redraws 200 objects', checks: [redraw200] };
export const memoryLeak: Scenario = { name: 'leak-interval.js: the Memory view shows the interval leak', checks: [intervalLeak] };
export const MEMORY_SCENARIOS = [memoryCounter, memoryRedraw, memoryLeak];
