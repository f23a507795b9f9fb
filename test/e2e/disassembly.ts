// End-to-end check of VS Code's Disassembly view on Glassbox: at a breakpoint it shows the
// function's bytecode with its source lines, the instruction about to run highlighted, and
// F10 with the view focused steps one instruction.
import type { Check, CheckContext, Scenario } from './checks';
import { waitUntil } from './util';
import type { Workbench } from './workbench';

const PROGRAM = 'disassembly.js';

/** Written before VS Code opens the workspace (Quick Open indexes it then). */
export const DISASSEMBLY_PROGRAMS: Record<string, string> = {
  [PROGRAM]: ['function multiply(p, f) {', '  const g = p.e * f;', '  return g;', '}', 'multiply({ e: 2 }, 3);', 'const product = multiply({ e: 6 }, 7);', 'console.log(product);', ''].join('\n'),
};

interface Disassembly {
  /** Each row's instruction text ("GetLocal e"). */
  instructions: string[];
  /** The highlighted row's: the instruction the top frame runs next. */
  current: string | undefined;
  /** The source lines shown between the instructions ("2:   const g = e * f;"). */
  source: string[];
}

/** The rows VS Code has drawn, read from their aria labels ("Address: …, Bytes: …, Instruction: GetLocal e"). */
async function readDisassembly(wb: Workbench): Promise<Disassembly> {
  // No named functions inside: the page has no __name helper that tsx would wrap them in.
  const rows = await wb.page.evaluate(() => [...document.querySelectorAll<HTMLElement>('.disassembly-view .monaco-list-row')].map((r) => ({
    label: r.getAttribute('aria-label') ?? '',
    background: r.querySelector<HTMLElement>('.instruction')?.style.background ?? '',
    source: r.querySelector<HTMLElement>('.sourcecode')?.innerText.trim() ?? '',
  })));
  const instructions = rows.map((r) => /Instruction: (.*)$/.exec(r.label)?.[1] ?? '');
  const current = rows.findIndex((r) => r.background !== '' && r.background !== 'transparent');
  return { instructions, current: current < 0 ? undefined : instructions[current], source: rows.map((r) => r.source).filter(Boolean) };
}

function waitDisassembly(wb: Workbench, what: string, ok: (d: Disassembly) => boolean): Promise<Disassembly> {
  return waitUntil(`the Disassembly view to show ${what}`, () => readDisassembly(wb), ok, 20_000);
}

/** Puts a breakpoint on `line` of the active editor (Ctrl+G, F9). */
async function breakpointAt(wb: Workbench, line: number): Promise<void> {
  await wb.page.keyboard.press('Control+G');
  await wb.page.keyboard.type(String(line));
  await wb.page.keyboard.press('Enter');
  await wb.page.keyboard.press('F9');
}

const openView: Check = {
  id: 'disassembly-view',
  name: 'Disassembly view: at the second stop in multiply it shows the bytecode with the source lines, the next instruction highlighted, and the p.e site monomorphic',
  run: async (ctx: CheckContext) => {
    const { wb } = ctx;
    await wb.openFile(PROGRAM);
    await breakpointAt(wb, 2);
    await wb.runCommand('Glassbox: Debug with Glassbox');
    await wb.waitPaused(30_000);
    await wb.showRunAndDebug();
    await wb.waitCallStack('the creation phase', (c) => /creation phase/i.test(c.message));
    await wb.page.keyboard.press('F5');
    await wb.waitCallStack('multiply at the breakpoint on line 2, called from line 5', (c) => /breakpoint/i.test(c.message) && /^Stack Frame multiply, line 2\b/.test(c.frames[0] ?? '') && /line 5\b/.test(c.frames[1] ?? ''));
    // The second call: the p.e site has seen one shape by now.
    await wb.page.keyboard.press('F5');
    await wb.waitCallStack('multiply at the breakpoint on line 2, called from line 6', (c) => /breakpoint/i.test(c.message) && /^Stack Frame multiply, line 2\b/.test(c.frames[0] ?? '') && /line 6\b/.test(c.frames[1] ?? ''));
    await wb.runCommand('Open Disassembly View');
    const d = await waitDisassembly(wb, 'multiply\'s instructions with GetLocal p highlighted and GetNamed e monomorphic', (v) =>
      v.current === 'GetLocal p' && v.instructions.some((i) => /^GetNamed e +; mono$/.test(i)) && ['GetLocal f', 'Mul', 'InitLocal g', 'Return'].every((i) => v.instructions.includes(i)));
    if (!d.source.some((s) => /^2: +const g = p\.e \* f;$/.test(s))) throw new Error(`no source line 2 between the instructions; source rows: ${d.source.join(' | ')}`);
    await wb.parkMouse();
    // docs/images/disassembly.png (the README's picture) is this shot.
    await ctx.shot('readme');
    return `highlighted ${d.current}; ${d.instructions.filter((i) => i && !i.startsWith('(')).length} instructions; source rows ${d.source.join(' | ')}`;
  },
};

const stepInstruction: Check = {
  id: 'disassembly-step',
  name: 'Disassembly view: F10 with the view focused steps one instruction, GetLocal p to GetNamed e',
  run: async ({ wb }) => {
    await wb.page.locator('.disassembly-view').first().click();
    await wb.step('F10');
    const d = await waitDisassembly(wb, 'GetNamed e highlighted', (v) => /^GetNamed e\b/.test(v.current ?? ''));
    const cs = await wb.waitCallStack('multiply still on line 2', (c) => /^Stack Frame multiply, line 2\b/.test(c.frames[0] ?? ''));
    await wb.parkMouse();
    return `highlighted ${d.current}; ${cs.frames[0]}`;
  },
};

export const disassembly: Scenario = { name: 'disassembly.js: the Disassembly view and stepping by instruction', checks: [openView, stepInstruction] };
