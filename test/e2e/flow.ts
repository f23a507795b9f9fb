// Checks of the learner's flow on programs outside examples/: the first stop shows hoisting
// without a click, stops tell their story, a syntax error cannot be missed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckContext, Scenario } from './checks';

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

/** The programs these checks debug, written into the workspace before VS Code opens it (Quick Open indexes them then). */
export const FLOW_PROGRAMS: Record<string, string> = { 'classic.js': CLASSIC, 'counter.js': COUNTER };

export function writeFlowPrograms(workspace: string): void {
  for (const [name, text] of Object.entries(FLOW_PROGRAMS)) fs.writeFileSync(path.join(workspace, name), text);
}

async function openProgram(ctx: CheckContext, name: string): Promise<void> {
  if (!fs.existsSync(path.join(ctx.workspace, name))) throw new Error(`${name} is not in the workspace`);
  await ctx.wb.openFile(name);
}

/** Starts a Glassbox session on the active file from the command palette and waits for the first stop. */
export async function debugActiveFile(ctx: CheckContext): Promise<void> {
  await ctx.wb.runCommand('Glassbox: Debug with Glassbox');
  await ctx.wb.waitPaused();
  await ctx.wb.showRunAndDebug();
}

export const hoistingAtAGlance: Scenario = {
  name: 'flow: hoisting and closures without a click',
  checks: [
    {
      id: 'flow-classic-first-stop',
      name: 'Classic example, first stop: a and b in the TDZ, c undefined, ƒ multiply(e, f), nothing expanded by hand',
      run: async (ctx) => {
        await openProgram(ctx, 'classic.js');
        await debugActiveFile(ctx);
        const rows = await ctx.wb.waitScopeVariables('Scope chain', 'a, b in the TDZ, c = undefined and multiply = ƒ multiply(e, f)', (r) =>
          /^a, value .*TDZ/.test(r.find((v) => v.startsWith('a, ')) ?? '') && /^b, value .*TDZ/.test(r.find((v) => v.startsWith('b, ')) ?? '')
          && r.includes('c, value undefined') && r.includes('multiply, value ƒ multiply(e, f)'));
        const builtins = (await ctx.wb.variables()).filter((v) => /^(Array|Object|console),/.test(v));
        if (builtins.length > 0) throw new Error(`built-ins are on screen: ${builtins.join('; ')}`);
        return rows.join('; ');
      },
    },
    {
      id: 'flow-closure-visible',
      name: 'Inside the arrow makeCounter() returned: the closure\'s count shows without a click',
      run: async (ctx) => {
        const { wb } = ctx;
        await wb.stopDebugging();
        await openProgram(ctx, 'counter.js');
        await debugActiveFile(ctx);
        await wb.page.keyboard.press('F5');
        await wb.waitCallStack('the arrow at line 4 above (global)', (c) => /^Stack Frame .*line 4\b/.test(c.frames[0] ?? ''));
        const rows = await wb.waitScopeVariables('Scope chain', 'count = 0 and makeCounter', (r) => r.includes('count, value 0') && r.some((v) => v.startsWith('makeCounter, ')));
        return rows.join('; ');
      },
    },
  ],
};
