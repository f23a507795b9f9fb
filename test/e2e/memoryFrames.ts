// End-to-end check that the Memory view draws from the frame selected in the Call Stack:
// paused in inner(), the innermost frame's box is marked; a click on the program's frame
// in the Call Stack redraws the view from that frame (the graph's roots and boxes start
// from it), its box outlined.
import type { Check, Scenario } from './checks';
import { debugToStatement } from './largeValues';
import { describeMemory, setSection, waitMemory, withMemoryView, type MemoryPicture } from './memoryViewPage';

export const FRAMES_PROGRAMS: Record<string, string> = {
  'memory-frames.js': [
    'function inner(data) {',
    '  const local = { inner: true };',
    '  debugger;',
    '  return local;',
    '}',
    'const outerObject = { outer: true };',
    'inner([1, 2]);',
    '',
  ].join('\n'),
};

const frameBoxes = (p: MemoryPicture) => p.boxes.filter((b) => b.classes.split(' ').includes('frame'));
const selectedTitle = (p: MemoryPicture) => frameBoxes(p).find((b) => b.classes.split(' ').includes('current-frame'))?.title;

const selectedFrame: Check = {
  id: 'memory-selected-frame',
  name: 'Memory view: drawn from the frame selected in the Call Stack (inner() at the stop, (global) once clicked)',
  run: async (ctx) => {
    const { wb } = ctx;
    await debugToStatement(ctx, 'memory-frames.js', FRAMES_PROGRAMS['memory-frames.js']);
    return withMemoryView(wb, 780, async () => {
      const atStop = await waitMemory(wb, 'inner() marked as the selected frame', (v) => selectedTitle(v) === 'inner');
      await setSection(wb, 'Call Stack', true);
      await wb.page.locator('.debug-call-stack .monaco-list-row[aria-label*="(global)"]').first().click();
      const p = await waitMemory(wb, '(global) marked and listed first', (v) => selectedTitle(v) === '(global)' && frameBoxes(v)[0]?.title === '(global)');
      if (!frameBoxes(p)[0].cells.includes('outerObject=●')) throw new Error(`the program's frame box lacks outerObject: ${describeMemory(p)}`);
      // Call Stack folded again, so the shot shows the drawing.
      await setSection(wb, 'Call Stack', false);
      await wb.parkMouse();
      await ctx.shot('global-selected');
      return `at the stop: ${frameBoxes(atStop).map((b) => b.title).join(', ')} (selected ${selectedTitle(atStop)}); after the click: ${frameBoxes(p).map((b) => b.title).join(', ')} (selected ${selectedTitle(p)})`;
    });
  },
};

export const memoryFrames: Scenario = { name: 'memory-frames.js: the Memory view draws from the selected frame', checks: [selectedFrame] };
