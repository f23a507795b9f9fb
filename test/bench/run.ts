// `npm run bench [-- name ...] [--reps=N] [--wall] [--unbundled]`: runs test/bench/programs/*.js
// on node --jitless, Glassbox, sval and js-interpreter; checks they agree; prints timings.
import { readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import { clockKind, useClock } from './clock';
import { Engine, glassbox, jsInterpreter, Outcome, sval } from './engines';
import { loadEngine } from './loadEngine';
import { nodeJitless } from './nodeJitless';
import { compare, formatTable, ProgramResult } from './report';

/** A run longer than this is not repeated: at that length one run is a fair measure. */
const REPEAT_LIMIT_MS = 10_000;
/** A run is stopped after this long (js-interpreter and node only; the others can't be). */
const TIME_LIMIT_MS = 20_000;

const args = process.argv.slice(2);
const reps = Number(args.find((a) => a.startsWith('--reps='))?.slice('--reps='.length) ?? 3);
const unbundled = args.includes('--unbundled');
useClock(args.includes('--wall') ? 'wall' : 'cpu');
const only = args.filter((a) => !a.startsWith('--'));
const dir = join(__dirname, 'programs');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.js') && (only.length === 0 || only.includes(basename(f, '.js'))))
  .sort()
  .map((f) => join(dir, f));

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** The fastest of `reps` runs; a failed or timed-out run ends the repetitions. */
function best(engine: Engine, source: string, file: string): Outcome {
  let result: Outcome | null = null;
  for (let i = 0; i < reps; i++) {
    const o = engine.run(source, file, TIME_LIMIT_MS);
    if (o.error || o.timedOut) return o;
    if (result === null || o.ms < result.ms) result = o;
    if (o.ms > REPEAT_LIMIT_MS) break;
  }
  return result!;
}

/** Lines describing each engine whose output differs from node's or that failed. */
function check(program: string, engines: Engine[], outcomes: Outcome[]): string[] {
  const expected = outcomes[0].lines;
  return outcomes.flatMap((o, i) => {
    const who = `${program} on ${engines[i].name}`;
    if (o.error) return [`${who}: ${o.error}`];
    if (o.timedOut || o.lines.join('\n') === expected.join('\n')) return [];
    return [`${who}: output differs from node's\n    expected: ${JSON.stringify(expected)}\n    got:      ${JSON.stringify(o.lines)}`];
  });
}

function printReport(engines: Engine[], results: ProgramResult[], baselineMs: number): void {
  const clock = clockKind() === 'cpu' ? 'CPU time (user + system) of the process that ran it' : 'wall time';
  console.log(`\nTimes are ${clock}, in ms, best of ${plural(reps, 'run')} per engine per program`);
  console.log(`(a run over ${REPEAT_LIMIT_MS / 1000} s is not repeated; a run is stopped at ${TIME_LIMIT_MS / 1000} s).`);
  console.log(`node --jitless: child process, from a preloaded hook (Node booted) to exit, minus the same for a file printing one line (${baselineMs.toFixed(1)} ms).`);
  console.log('Glassbox, sval, js-interpreter: in this process, including parsing and setup.');
  const how = unbundled ? 'loaded from its TypeScript sources via tsx (--unbundled)' : 'bundled by esbuild as dist/cli.js is';
  console.log(`Glassbox runs with its debugger attached (no breakpoints), ${how}.`);
  console.log("sval and js-interpreter pass JSON.parse/stringify to the host's JSON; Glassbox has its own, over its heap objects.");
  console.log(`Ratio: the engine's time over node --jitless's (lower is faster).\n`);
  console.log(formatTable(engines.map((e) => e.name), results));
  const vsSval = compare(results, 1, 2);
  if (vsSval) {
    const r = vsSval.ratio;
    const verdict = r < 1 ? `Glassbox is ${(1 / r).toFixed(2)}x faster than sval` : `Glassbox is ${r.toFixed(2)}x slower than sval`;
    console.log(`${verdict} (geometric mean of the time ratios over ${plural(vsSval.count, 'program')}).`);
  }
  const stopped = results.flatMap((r) => r.outcomes.flatMap((o, i) => (o.timedOut ? [`${r.program} on ${engines[i].name}`] : [])));
  if (stopped.length > 0) console.log(`Stopped at the time limit, output not checked: ${stopped.join(', ')}.`);
}

async function main(): Promise<number> {
  if (files.length === 0) {
    console.error(`No benchmark program matches ${only.join(', ')} in ${dir}.`);
    return 1;
  }
  const gb = glassbox(await loadEngine(!unbundled));
  const node = nodeJitless(10);
  const engines = [node.engine, gb, sval, jsInterpreter];
  const results: ProgramResult[] = [];
  const problems: string[] = [];
  try {
    for (const file of files) {
      const program = basename(file, '.js');
      const source = readFileSync(file, 'utf8');
      const outcomes = engines.map((engine) => {
        process.stderr.write(`${program}: ${engine.name}...\n`);
        return best(engine, source, file);
      });
      results.push({ program, outcomes });
      problems.push(...check(program, engines, outcomes));
    }
  } finally {
    node.dispose();
  }
  printReport(engines, results, node.baselineMs);
  if (problems.length > 0) {
    console.log(`\nFAILED: ${problems.length} run(s) failed or printed something other than node --jitless did:`);
    for (const p of problems) console.log(`  ${p}`);
    return 1;
  }
  console.log('\nEvery finished run printed the same output as node --jitless.');
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
