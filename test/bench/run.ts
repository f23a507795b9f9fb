// `npm run bench [-- name ...] [--reps=N] [--wall] [--unbundled]`: runs test/bench/programs/*.js
// on node --jitless, Glassbox, QuickJS, sval and js-interpreter; checks they agree; prints
// timings, Glassbox's debugger overhead, bytes per {x, y} object, issue 12's targets and the
// time-travel latencies (the name `travel` alone runs only those).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';
import { bytesPerObject } from './bytesPerObject';
import { useClock } from './clock';
import { Engine, glassbox, jsInterpreter, Outcome, sval } from './engines';
import { bundleEngine, loadEngine } from './loadEngine';
import { nodeJitless } from './nodeJitless';
import { GLASSBOX, NODE, printReport } from './printReport';
import { quickJS } from './quickjs';
import { ProgramResult } from './report';
import { measureStartup, subtractStartup, writeHello } from './startup';
import { DebuggerResult } from './targets';
import { formatTimeTravel, measureTimeTravel } from './timeTravel';

/** A run longer than this is not repeated: at that length one run is a fair measure (and the bench stays short). */
const REPEAT_LIMIT_MS = 1_000;
/** A run is stopped after this long (node, QuickJS and js-interpreter; the others can't be). */
const TIME_LIMIT_MS = 10_000;
/** Runs of the one-line program whose best is each engine's start-up. */
const STARTUP_REPS = 10;
/** node's runs are short and every ratio divides by them: at least this many, so its best is steady. */
const NODE_REPS = 10;
/** Glassbox with and without its debugger, taking turns: enough runs that their ratio is not one busy moment's. */
const GLASSBOX_REPS = 7;

const args = process.argv.slice(2);
const reps = Number(args.find((a) => a.startsWith('--reps='))?.slice('--reps='.length) ?? 3);
const unbundled = args.includes('--unbundled');
useClock(args.includes('--wall') ? 'wall' : 'cpu');
const only = args.filter((a) => !a.startsWith('--'));
/** `npm run bench -- travel`: the time-travel latencies (also measured by a full run). */
const TRAVEL = 'travel';
const onlyPrograms = only.filter((a) => a !== TRAVEL);
const travelOnly = only.length > 0 && onlyPrograms.length === 0;
const dir = join(__dirname, 'programs');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.js') && (onlyPrograms.length === 0 || onlyPrograms.includes(basename(f, '.js'))))
  .sort()
  .map((f) => join(dir, f));

/**
 * The fastest of `reps` runs of each engine, taking turns (so that a busy moment on the
 * machine hits them alike); a failed or timed-out run ends that engine's repetitions.
 */
function bestOf(engines: Engine[], source: string, file: string, runs = reps): Outcome[] {
  const bests: (Outcome | null)[] = engines.map(() => null);
  const done = engines.map(() => false);
  for (let i = 0; i < runs; i++) {
    engines.forEach((engine, e) => {
      if (done[e]) return;
      const o = engine.run(source, file, TIME_LIMIT_MS);
      if (o.error || o.timedOut) { bests[e] = o; done[e] = true; return; }
      if (bests[e] === null || o.ms < bests[e]!.ms) bests[e] = o;
      if (o.ms > REPEAT_LIMIT_MS) done[e] = true;
    });
  }
  return bests.map((o) => o!);
}

/** Lines describing each run whose output differs from node's or that failed. */
function check(program: string, names: string[], outcomes: Outcome[]): string[] {
  const expected = outcomes[0].lines;
  return outcomes.flatMap((o, i) => {
    const who = `${program} on ${names[i]}`;
    if (o.error) return [`${who}: ${o.error}`];
    if (o.timedOut || o.lines.join('\n') === expected.join('\n')) return [];
    return [`${who}: output differs from node's\n    expected: ${JSON.stringify(expected)}\n    got:      ${JSON.stringify(o.lines)}`];
  });
}

async function printTimeTravel(): Promise<void> {
  process.stderr.write('time travel...\n');
  console.log(formatTimeTravel(await measureTimeTravel()).join('\n'));
}

async function main(work: string): Promise<number> {
  if (travelOnly) {
    await printTimeTravel();
    return 0;
  }
  if (files.length === 0) {
    console.error(`No benchmark program matches ${only.join(', ')} in ${dir}.`);
    return 1;
  }
  const bundle = bundleEngine(work);
  const api = await loadEngine(unbundled ? null : bundle);
  const hello = writeHello(work);
  // In the order of printReport's NODE, GLASSBOX, QUICKJS, SVAL.
  const raw = [nodeJitless(work), glassbox(api, 'none'), await quickJS(), sval, jsInterpreter];
  const startups = raw.map((e) => measureStartup(e, hello, STARTUP_REPS));
  const engines = raw.map((e, i) => subtractStartup(e, startups[i]).engine);
  // The debugger's run has the same start-up taken off as Glassbox's plain run.
  const attached = subtractStartup(glassbox(api, 'neverHitBreakpoint'), startups[GLASSBOX]).engine;
  const results: ProgramResult[] = [];
  const debug: DebuggerResult[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const program = basename(file, '.js');
    const source = readFileSync(file, 'utf8');
    process.stderr.write(`${program}...\n`);
    const [node] = bestOf([engines[NODE]], source, file, Math.max(reps, NODE_REPS));
    const [plain, withBreakpoint] = bestOf([engines[GLASSBOX], attached], source, file, Math.max(reps, GLASSBOX_REPS));
    const peers = engines.slice(2).map((e) => bestOf([e], source, file)[0]);
    results.push({ program, outcomes: [node, plain, ...peers] });
    debug.push({ program, plain, attached: withBreakpoint });
    const checked = [...engines, attached];
    problems.push(...check(program, checked.map((e) => e.name), [node, plain, ...peers, withBreakpoint]));
  }
  process.stderr.write('bytes per object...\n');
  const bytes = { node: bytesPerObject('node', bundle), glassbox: bytesPerObject('glassbox', bundle) };
  printReport({ engines: engines.map((e) => e.name), startups, results, debug, bytes, reps, nodeReps: Math.max(reps, NODE_REPS), glassboxReps: Math.max(reps, GLASSBOX_REPS), repeatLimitMs: REPEAT_LIMIT_MS, timeLimitMs: TIME_LIMIT_MS, unbundled });
  if (only.length === 0 || only.includes(TRAVEL)) await printTimeTravel();
  if ('error' in bytes.node) problems.push(`bytes per object on node: ${bytes.node.error}`);
  if ('error' in bytes.glassbox) problems.push(`bytes per object on Glassbox: ${bytes.glassbox.error}`);
  if (problems.length > 0) {
    console.log(`\nFAILED: ${problems.length} run(s) failed or printed something other than node --jitless did:`);
    for (const p of problems) console.log(`  ${p}`);
    return 1;
  }
  console.log('\nEvery finished run printed the same output as node --jitless.');
  return 0;
}

const work = mkdtempSync(join(tmpdir(), 'glassbox-bench-'));
void main(work)
  .then((code) => {
    process.exitCode = code;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));
