// The programs the learner's-flow checks debug, outside examples/: written into the
// workspace before VS Code opens it, with the helpers that open and start them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckContext } from './checks';
import { ISOLATION_PROGRAMS } from './isolation';
import { LARGE_PROGRAMS } from './largeValues';
import { OBJECT_PROGRAMS } from './objectViews';
import { CLOCK_PROGRAMS } from './clockView';
import { PIPELINE_PROGRAMS } from './pipeline';

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
  for (const [name, text] of Object.entries({ ...FLOW_PROGRAMS, ...LARGE_PROGRAMS, ...ISOLATION_PROGRAMS, ...OBJECT_PROGRAMS, ...CLOCK_PROGRAMS, ...PIPELINE_PROGRAMS })) fs.writeFileSync(path.join(workspace, name), text);
}

export async function openProgram(ctx: CheckContext, name: string): Promise<void> {
  if (!fs.existsSync(path.join(ctx.workspace, name))) throw new Error(`${name} is not in the workspace`);
  await ctx.wb.openFile(name);
}

/** Starts a Glassbox session on the active file from the command palette and waits for the first stop. */
export async function debugActiveFile(ctx: CheckContext): Promise<void> {
  await ctx.wb.runCommand('Glassbox: Debug with Glassbox');
  await ctx.wb.waitPaused();
  await ctx.wb.showRunAndDebug();
}

/** For the README's screenshots: earlier toasts closed (the F5 offer stays: a later check answers it), Watch and Breakpoints folded. */
export async function tidyForScreenshot(wb: CheckContext['wb']): Promise<void> {
  const others = wb.page.locator('.notifications-toasts .notification-toast').filter({ hasNotText: 'Use Glassbox for F5 here' });
  for (let i = 0; i < 5 && (await others.count()) > 0; i++) {
    await others.first().hover();
    await others.first().locator('.codicon-notifications-clear').click({ timeout: 5_000 });
  }
  for (const section of ['Watch', 'Breakpoints']) {
    const header = wb.page.locator('.debug-viewlet .pane-header', { hasText: section });
    if ((await header.first().getAttribute('aria-expanded')) === 'true') await header.first().click();
  }
  await wb.parkMouse();
}

