// End-to-end check of hot code: debugging examples/hot-and-deopt.js to its `debugger`
// statement, the CodeLens over `multiply` reads its calls and its deoptimization, and the
// Debug Console has the tier's two lines. Its screenshot is docs/images/hot-code.png.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Check, Scenario } from './checks';
import { debugToStatement } from './largeValues';
import { REPO_ROOT, waitUntil } from './util';

const PROGRAM = 'hot-and-deopt.js';

const lensOverHotFunction: Check = {
  id: 'hot-code-lens',
  name: 'Hot code: at a stop, the CodeLens over multiply reads "called 2,001×, hot · deoptimized 1× (not a number)"; the Debug Console says when it was optimized and deoptimized',
  run: async (ctx) => {
    const { wb } = ctx;
    await debugToStatement(ctx, PROGRAM, readFileSync(path.join(REPO_ROOT, 'examples', PROGRAM), 'utf8'));
    const lens = await waitUntil('the CodeLens over multiply', () => wb.page.evaluate(() =>
      [...document.querySelectorAll('.codelens-decoration')].map((e) => e.textContent ?? '').join(' | ')),
    (t) => t.includes('called 2,001×, hot · deoptimized 1× (not a number)'), 20_000);
    await wb.showDebugConsole();
    const lines = await waitUntil('the tier\'s lines in the Debug Console', () => wb.debugConsole(),
      (rows) => rows.some((r) => r.includes('multiply: optimized after 1,000 calls')) && rows.some((r) => r.includes('multiply: deoptimized: not a number at line 8')), 15_000);
    await ctx.shot('lens');
    return `CodeLens: ${lens}; Debug Console: ${lines.filter((r) => r.startsWith('multiply:')).join(' / ')}`;
  },
};

export const hotCode: Scenario = { name: 'hot-and-deopt.js: hot code and its deoptimization', checks: [lensOverHotFunction] };
