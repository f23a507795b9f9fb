// `npm run test:e2e`: Glassbox in a real VS Code. Installs code-server (cached), builds and
// installs the .vsix into a fresh profile, opens a copy of examples/ in headless Chromium and
// runs the checks of checks.ts. A screenshot of every check goes to test-results/e2e/; the
// process exits non-zero, naming the failed checks, when any fails.
//
// Environment: GLASSBOX_E2E_CACHE (install folder, default ~/.cache/glassbox-e2e),
// GLASSBOX_E2E_VSIX (use this .vsix instead of building one), GLASSBOX_E2E_CHROMIUM
// (default /usr/bin/chromium), GLASSBOX_E2E_KEEP=1 (keep the temporary profile),
// GLASSBOX_E2E_ONLY (run only the scenarios whose name contains this text).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchBrowser, type Browser } from './browser';
import { SCENARIOS, SoftFailure, type Check, type CheckContext } from './checks';
import { disassembly, DISASSEMBLY_PROGRAMS } from './disassembly';
import { buildVsix, disposeProfile, installExtension, keepVsCodeLogs, makeProfile, startCodeServer, type Profile, type Server } from './codeServer';
import { FLOW_SCENARIOS } from './flowLoop';
import { writeFlowPrograms } from './flowPrograms';
import { ensureCodeServer, missingPrerequisites } from './install';
import { pipelineViews } from './pipeline';
import { MEMORY_PROGRAMS, MEMORY_SCENARIOS } from './memoryView';
import { GC_PROGRAMS, memoryGc } from './memoryGc';
import { FRAMES_PROGRAMS, memoryFrames } from './memoryFrames';
import { FINALIZATION_PROGRAMS, loopFinalization } from './loopFinalization';
import { TIME_TRAVEL_PROGRAMS, timeTravel } from './timeTravel';
import { DATA_BREAKPOINT_PROGRAMS, dataBreakpoint } from './dataBreakpoint';
import { REQUIRE_PROGRAMS, requireFiles } from './requireFiles';
import { IO_PROGRAMS, loopIo } from './loopIo';
import { WORKER_PROGRAMS, workers } from './workers';
import { log, REPO_ROOT, RESULTS_DIR, seconds } from './util';
import { Workbench } from './workbench';

/** The whole run, install included, must end within this (CI has 90 minutes for everything). */
const OVERALL_LIMIT_MS = 25 * 60_000;

type Outcome = 'passed' | 'failed' | 'known issue' | 'not run';

interface Result {
  index: number;
  name: string;
  outcome: Outcome;
  ms: number;
  note?: string;
  /** A failure after which the scenario could go on (SoftFailure). */
  soft?: boolean;
  screenshot?: string;
}

let server: Server | undefined;
let browser: Browser | undefined;
let profile: Profile | undefined;

async function cleanUp(): Promise<void> {
  const b = browser;
  const s = server;
  browser = undefined;
  server = undefined;
  await b?.close();
  await s?.stop();
  if (profile) {
    keepVsCodeLogs(profile, path.join(RESULTS_DIR, 'vscode-logs'));
    if (process.env.GLASSBOX_E2E_KEEP) log(`kept the profile in ${profile.root} (GLASSBOX_E2E_KEEP)`);
    else disposeProfile(profile);
    profile = undefined;
  }
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '');
}

function rel(file: string): string {
  return path.relative(REPO_ROOT, file);
}

async function screenshot(page: Browser['page'], file: string): Promise<string | undefined> {
  try {
    await page.screenshot({ path: file, timeout: 15_000 });
    return file;
  } catch (err) {
    log(`  (no screenshot ${path.basename(file)}: ${err instanceof Error ? err.message.split('\n')[0] : String(err)})`);
    return undefined;
  }
}

async function runChecks(wb: Workbench, workspace: string): Promise<Result[]> {
  const results: Result[] = [];
  let index = 0;
  // GLASSBOX_E2E_ONLY=<text> runs only the scenarios whose name contains it (while developing a check).
  const only = process.env.GLASSBOX_E2E_ONLY;
  for (const scenario of [...SCENARIOS, ...FLOW_SCENARIOS, pipelineViews, disassembly, ...MEMORY_SCENARIOS, memoryFrames, memoryGc, loopFinalization, timeTravel, dataBreakpoint, requireFiles, loopIo, workers].filter((s) => !only || s.name.includes(only))) {
    log(`scenario: ${scenario.name}`);
    let broken: string | undefined;
    for (const check of scenario.checks) {
      index++;
      const prefix = `${String(index).padStart(2, '0')}-${check.id}`;
      if (broken) {
        results.push({ index, name: check.name, outcome: 'not run', ms: 0, note: `after the failure of "${broken}"` });
        log(`  - [${index}] ${check.name}: not run`);
        continue;
      }
      const result = await runCheck(wb, workspace, check, index, prefix);
      results.push(result);
      if (result.outcome === 'failed' && !result.soft) broken = check.name;
    }
    // Each scenario starts from a workbench without a debug session.
    try {
      await wb.stopDebugging();
    } catch (err) {
      log(`  could not stop the debug session (${err instanceof Error ? err.message : String(err)}); reloading the workbench`);
      await wb.page.reload({ waitUntil: 'domcontentloaded' });
      await wb.page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
    }
  }
  return results;
}

async function runCheck(wb: Workbench, workspace: string, check: Check, index: number, prefix: string): Promise<Result> {
  const started = Date.now();
  const ctx: CheckContext = {
    wb,
    workspace,
    shot: async (suffix) => {
      await screenshot(wb.page, path.join(RESULTS_DIR, `${prefix}-${slug(suffix)}.png`));
    },
  };
  let outcome: Outcome = 'passed';
  let note: string | undefined;
  let soft = false;
  try {
    note = (await check.run(ctx)) ?? undefined;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    outcome = check.knownIssue ? 'known issue' : 'failed';
    note = message;
    soft = err instanceof SoftFailure;
  }
  const ms = Date.now() - started;
  const file = path.join(RESULTS_DIR, `${prefix}${outcome === 'failed' ? '-FAILED' : ''}.png`);
  const shot = await screenshot(wb.page, file);
  const where = shot ? ` -> ${rel(shot)}` : '';
  if (outcome === 'passed') {
    log(`  ✔ [${index}] ${check.name} (${seconds(ms)})${where}`);
    if (note) log(`      ${note}`);
    if (check.knownIssue) log(`      known issue no longer seen: "${check.knownIssue}"; the check can become a normal one`);
  } else if (outcome === 'known issue') {
    log(`  ~ [${index}] ${check.name}: KNOWN ISSUE, not counted (${seconds(ms)})${where}`);
    log(`      ${check.knownIssue}`);
    log(`      seen: ${note}`);
  } else {
    log(`  ✘ [${index}] ${check.name}: FAILED (${seconds(ms)})${where}`);
    log(`      ${note}`);
  }
  return { index, name: check.name, outcome, ms, note, soft, screenshot: shot && rel(shot) };
}

function summarize(results: Result[], timings: string[]): number {
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  const failed = results.filter((r) => r.outcome === 'failed');
  const lines = [
    ...timings,
    ...results.map((r) => `${r.outcome.padEnd(11)} [${r.index}] ${r.name}${r.note ? ` -- ${r.note}` : ''}${r.screenshot ? ` (${r.screenshot})` : ''}`),
  ];
  fs.writeFileSync(path.join(RESULTS_DIR, 'summary.txt'), `${lines.join('\n')}\n`);
  console.log('');
  for (const t of timings) log(t);
  log(`screenshots and logs: ${rel(RESULTS_DIR)}/`);
  if (failed.length > 0) {
    console.log('');
    for (const r of failed) console.log(`FAILED check [${r.index}]: ${r.name}\n  ${r.note ?? ''}`);
  }
  const skipped = count('known issue') + count('not run');
  console.log(`e2e: ${count('passed')} passed, ${failed.length} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
  return failed.length > 0 || results.length === 0 ? 1 : 0;
}

async function main(): Promise<number> {
  const started = Date.now();
  const timings: string[] = [];
  const time = async <T>(label: string, action: () => T | Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const value = await action();
    timings.push(`${label}: ${seconds(Date.now() - t0)}`);
    return value;
  };
  fs.rmSync(RESULTS_DIR, { recursive: true, force: true });
  fs.mkdirSync(RESULTS_DIR, { recursive: true });

  let setupStep = 'checking prerequisites';
  let wb: Workbench | undefined;
  try {
    const missing = missingPrerequisites({ buildTools: false, browser: true });
    if (missing) throw new Error(missing);
    setupStep = 'installing code-server';
    const cs = await time('code-server install (or cache)', () => ensureCodeServer());
    setupStep = 'building the .vsix';
    profile = makeProfile('glassbox-e2e-');
    const p = profile;
    writeFlowPrograms(p.workspace);
    for (const [name, text] of Object.entries({ ...DISASSEMBLY_PROGRAMS, ...MEMORY_PROGRAMS, ...GC_PROGRAMS, ...FRAMES_PROGRAMS, ...FINALIZATION_PROGRAMS, ...TIME_TRAVEL_PROGRAMS, ...DATA_BREAKPOINT_PROGRAMS, ...REQUIRE_PROGRAMS, ...IO_PROGRAMS, ...WORKER_PROGRAMS })) fs.writeFileSync(path.join(p.workspace, name), text);
    const vsix = await time('vsix build', () => buildVsix(p.root));
    setupStep = 'installing the extension into a fresh profile';
    await time('extension install', () => installExtension(cs, p, vsix));
    setupStep = 'starting code-server';
    server = await time('code-server start', () => startCodeServer(cs, p, { logFile: path.join(RESULTS_DIR, 'code-server.log') }));
    const s = server;
    setupStep = 'launching Chromium';
    browser = await time('Chromium launch', () => launchBrowser(p, path.join(RESULTS_DIR, 'browser-console.log')));
    const b = browser;
    setupStep = 'loading the workbench';
    wb = new Workbench(b.page);
    const w = wb;
    await time('workbench load', () => w.load(s.url, 'hoisting.js'));
    await screenshot(b.page, path.join(RESULTS_DIR, '00-workbench.png'));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (browser) await screenshot(browser.page, path.join(RESULTS_DIR, '00-setup-FAILED.png'));
    await cleanUp();
    console.log(`\nFAILED check [setup]: ${setupStep}\n  ${message}`);
    console.log('e2e: 0 passed, 1 failed');
    return 1;
  }

  let results: Result[] = [];
  try {
    results = await time('checks', () => runChecks(wb, profile?.workspace ?? ''));
  } finally {
    await cleanUp();
  }
  timings.push(`total: ${seconds(Date.now() - started)}`);
  return summarize(results, timings);
}

const watchdog = setTimeout(() => {
  console.log(`\nFAILED check [time limit]: the end-to-end run took longer than ${seconds(OVERALL_LIMIT_MS)}`);
  console.log('e2e: 0 passed, 1 failed');
  void cleanUp().finally(() => process.exit(1));
}, OVERALL_LIMIT_MS);
watchdog.unref();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: stopping`);
    void cleanUp().finally(() => process.exit(130));
  });
}

main().then(
  (code) => {
    clearTimeout(watchdog);
    process.exitCode = code;
  },
  async (err) => {
    console.error(err);
    await cleanUp();
    console.log('e2e: 0 passed, 1 failed');
    process.exitCode = 1;
  },
);
