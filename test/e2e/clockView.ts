// End-to-end check that the Event Loop view's virtual time moves while the script runs:
// a 100 ms busy-wait on Date.now() shows as 100 ms or more at the next stop.
import type { Check, Scenario } from './checks';
import { debugToStatement } from './largeValues';
import { waitUntil } from './util';

export const CLOCK_PROGRAMS: Record<string, string> = {
  'busy-wait.js': [
    'const start = Date.now();',
    "setTimeout(() => console.log('timer'), 0);",
    'while (Date.now() - start < 100) {}',
    'debugger;',
    '',
  ].join('\n'),
};

const timeMovesInScript: Check = {
  id: 'clock-moves-in-script',
  name: 'Event Loop view: after a 100 ms busy-wait in the script, the virtual time shows at least 100 ms, with the timer still waiting',
  run: async (ctx) => {
    const { wb } = ctx;
    await debugToStatement(ctx, 'busy-wait.js', CLOCK_PROGRAMS['busy-wait.js']);
    await wb.showEventLoopView();
    const frame = await wb.eventLoopFrame();
    const time = await waitUntil('the view\'s virtual time to reach 100 ms', () => frame.evaluate(() => document.querySelector('p.time .value')?.textContent ?? ''),
      (t) => Number.parseInt(t, 10) >= 100, 15_000);
    const view = await wb.loopView();
    if (view.webApis.length !== 1) throw new Error(`expected the timer waiting in Timers, the view shows ${view.webApis.join(', ') || 'nothing'}`);
    await ctx.shot('time');
    return `virtual time ${time}; Timers [${view.webApis.join(', ')}]`;
  },
};

export const clockView: Scenario = { name: 'busy-wait.js: the virtual clock moves with the script', checks: [timeMovesInScript] };
