// End-to-end checks that no program can hurt VS Code: Pause and Stop answer while the engine
// is stuck in one long call, and an engine process that dies ends only its session, with
// a notification naming the cause, after which F5 works again.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Check, CheckContext, Scenario } from './checks';
import { sleep, waitUntil } from './util';

/** Written before VS Code opens the workspace too, as Quick Open may not find a file written later. */
export const ISOLATION_PROGRAMS: Record<string, string> = {
  'catastrophic-regexp.js': "console.log('matching...');\nconsole.log(/(a+)+$/.test('a'.repeat(30) + 'b'));\n",
  'spin.js': "console.log('spinning');\nlet n = 0;\nwhile (true) n++;\n",
};

/** Writes a program into the workspace, opens it and starts Glassbox on it, then continues (F5) past the first stop. */
async function runProgram(ctx: CheckContext, name: string): Promise<void> {
  const { wb } = ctx;
  await wb.stopDebugging();
  writeFileSync(path.join(ctx.workspace, name), ISOLATION_PROGRAMS[name]);
  await wb.openFile(name);
  await wb.runCommand('Glassbox: Debug with Glassbox');
  await wb.waitPaused(30_000);
  await wb.page.keyboard.press('F5');
}

/** The engine processes Glassbox started (their command line names dist/engineHost.js). */
function engineProcesses(): number[] {
  try {
    return execFileSync('pgrep', ['-f', 'dist/engineHost\\.js'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function notifications(ctx: CheckContext): Promise<string[]> {
  return ctx.wb.page.evaluate(() => [...document.querySelectorAll('.notifications-toasts .notification-toast')].map((t) => (t.textContent ?? '').trim()));
}

const busyPause: Check = {
  id: 'isolation-busy-pause',
  name: 'Pause during one long regular expression match is answered in the Debug Console, and Stop ends the session at once',
  run: async (ctx) => {
    const { wb } = ctx;
    await runProgram(ctx, 'catastrophic-regexp.js');
    await wb.showDebugConsole();
    await waitUntil('the program to start matching', () => wb.debugConsole(), (l) => l.some((x) => x.includes('matching...')), 20_000);
    await sleep(500);
    await wb.page.keyboard.press('F6');
    const lines = await waitUntil('the busy notice in the Debug Console', () => wb.debugConsole(), (l) => l.some((x) => /inside one long operation/.test(x)), 10_000);
    await ctx.shot('busy-notice');
    const t0 = Date.now();
    await wb.page.keyboard.press('Shift+F5');
    await wb.waitSessionEnded(10_000);
    const stopMs = Date.now() - t0;
    await waitUntil('the engine process to be gone', async () => engineProcesses(), (p) => p.length === 0, 10_000);
    return `Debug Console: "${lines.find((x) => /inside one long/.test(x))?.slice(0, 80)}…"; Stop ended the session in ${stopMs} ms and the engine process is gone`;
  },
};

const engineCrash: Check = {
  id: 'isolation-engine-crash',
  name: 'An engine process that crashes ends its session with a notification naming the cause; VS Code goes on and F5 works again',
  run: async (ctx) => {
    const { wb } = ctx;
    await runProgram(ctx, 'spin.js');
    await waitUntil('the program to run', () => wb.debugConsole(), (l) => l.some((x) => x.includes('spinning')), 20_000);
    const pids = await waitUntil('one engine process', async () => engineProcesses(), (p) => p.length === 1, 10_000);
    process.kill(pids[0], 'SIGSEGV');
    const shown = await waitUntil('a notification naming the crash', () => notifications(ctx), (n) => n.some((t) => /engine stopped: its process crashed \(SIGSEGV\)/.test(t)), 15_000);
    await wb.waitSessionEnded(10_000);
    await wb.showDebugConsole();
    const console = await waitUntil('the Debug Console to name the cause', () => wb.debugConsole(), (l) => l.some((x) => /its process crashed \(SIGSEGV\)/.test(x)), 10_000);
    await ctx.shot('notification');
    await wb.runCommand('Glassbox: Debug with Glassbox');
    await wb.waitPaused(30_000);
    await wb.stopDebugging();
    return `notification: "${shown.find((t) => /SIGSEGV/.test(t))?.slice(0, 90)}…"; Debug Console: ${console.filter((x) => /SIGSEGV/.test(x)).length} line(s); a new session then started and paused`;
  },
};

export const isolation: Scenario = { name: 'catastrophic-regexp.js and spin.js: the engine in its own process', checks: [busyPause, engineCrash] };
