// End-to-end check of stepping into the collector (launch attributes exposeGc and
// stepIntoGc): gc() is two stops, the mark phase lighting up the boxes it reached and then
// the sweep fading the three it freed (a returned call's scope record, its object and
// array). Its shots are the README's docs/images/memory-gc-mark.png and memory-gc-sweep.png.
import type { Check, Scenario } from './checks';
import { startWithLaunchJson } from './launchConfig';
import { describeMemory, waitMemory, withMemoryView } from './memoryViewPage';
import { sleep } from './util';

export const GC_PROGRAMS: Record<string, string> = {
  'memory-gc.js': [
    'function makeGarbage() {',
    '  const temp = { big: [1, 2, 3] };',
    '  return temp.big.length;',
    '}',
    "const kept = { name: 'kept', tags: ['a', 'b'] };",
    'makeGarbage();',
    'gc();',
    'console.log(kept.name);',
    '',
  ].join('\n'),
};

const WIDTH = 780;

const gcStops: Check = {
  id: 'memory-gc',
  name: 'Memory view with "stepIntoGc": gc() stops at its mark phase with the reached boxes lit, then at its sweep with the three freed boxes fading',
  run: async (ctx) => {
    const { wb } = ctx;
    await startWithLaunchJson(ctx, 'memory-gc.js', 'Glassbox: step into the collector', { stopOnEntry: false, exposeGc: true, stepIntoGc: true });
    try {
      await wb.showRunAndDebug();
      return await withMemoryView(wb, WIDTH, async () => {
        const mark = await waitMemory(wb, 'the mark phase with the reached boxes lit', (p) =>
          /GC: mark phase: [\d,]+ roots, [\d,]+ objects marked/.test(p.header) && p.boxes.filter((b) => /\bmarked\b/.test(b.classes)).length >= 2, 30_000);
        const freedAtMark = mark.boxes.filter((b) => /\bfreed\b/.test(b.classes));
        if (freedAtMark.some((b) => /\bmarked\b/.test(b.classes))) throw new Error(`a box to be swept was marked: ${describeMemory(mark)}`);
        await wb.parkMouse();
        await ctx.shot('mark');
        await wb.page.keyboard.press('F5');
        const sweep = await waitMemory(wb, 'the sweep phase with three freed boxes', (p) =>
          /GC: sweep phase: 3 objects freed, [\d,]+ bytes/.test(p.header) && p.boxes.filter((b) => /\bfreed\b/.test(b.classes)).length === 3, 30_000);
        const freed = sweep.boxes.filter((b) => /\bfreed\b/.test(b.classes)).map((b) => b.title).sort();
        // The fade takes 1.6 s.
        await sleep(1_800);
        await ctx.shot('sweep');
        return `mark: ${mark.boxes.filter((b) => /\bmarked\b/.test(b.classes)).length} boxes lit; sweep: freed ${freed.join(', ')}`;
      });
    } finally {
      await wb.stopDebugging();
    }
  },
};

export const memoryGc: Scenario = { name: 'memory-gc.js: stepping into the collector in the Memory view', checks: [gcStops] };
