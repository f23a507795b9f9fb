// `npm run bench [-- name ...] [--reps=N] [--unbundled]`: runs test/bench/programs/*.js on
// Glassbox, node --jitless, sval and js-interpreter; checks they agree; prints the timings.
import { readdirSync, readFileSync } from 'fs';
import { basename, join } from 'path';
import { Engine, glassbox, jsInterpreter, nodeBaselineMs, nodeJitless, Outcome, sval } from './engines';
import { loadEngine } from './loadEngine';
import { compare, formatTable, ProgramResult } from './report';

/** A run longer than this is not repeated: at that length one run is a fair measure. */
const REPEAT_LIMIT_MS = 10_000;
/** A run is stopped at this time (js-interpreter and node only; the others can't be). */
const TIME_LIMIT_MS = 30_000;

const args = process.argv.slice(2);
const reps = Number(args.find((a) => a.startsWith('--reps='))?.slice('--reps='.length) ?? 3);
const unbundled = args.includes('--unbundled');
const only = args.filter((a) => !a.startsWith('--'));
const dir = join(__dirname, 'programs');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.js') && (only.length === 0 || only.includes(basename(f, '.js'))))
  .sort()
  .map((f) => join(dir, f));

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

async function main(): Promise<number> {
  if (files.length === 0) {
    console.error(`No benchmark program matches ${only.join(', ')} in ${dir}.`);
    return 1;
  }
  const baseline = nodeBaselineMs(10);
  const engines = [nodeJitless(baseline), glassbox(await loadEngine(!unbundled)), sval, jsInterpreter];
  const results: ProgramResult[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const program = basename(file, '.js');
    const source = readFileSync(file, 'utf8');
    const outcomes = engines.map((engine) => {
      process.stderr.write(`${program}: ${engine.name}...\n`);
      return best(engine, source, file);
    });
    results.push({ program, outcomes });
    const expected = outcomes[0].lines.join('\n');
    outcomes.forEach((o, i) => {
      const who = `${program} on ${engines[i].name}`;
      if (o.error) problems.push(`${who}: ${o.error}`);
      else if (!o.timedOut && o.lines.join('\n') !== expected) {
        problems.push(`${who}: output differs from node's\n    expected: ${JSON.stringify(outcomes[0].lines)}\n    got:      ${JSON.stringify(o.lines)}`);
      }
    });
  }

  console.log(`\nBest of ${reps} runs per engine per program (a run over ${REPEAT_LIMIT_MS / 1000} s is not repeated; a run is stopped at ${TIME_LIMIT_MS / 1000} s).`);
  console.log(`node --jitless times are the whole child process minus the best startup-to-exit time of an empty file (${baseline.toFixed(0)} ms).`);
  console.log('Glassbox, sval and js-interpreter run in this process; their times include parsing and setup.');
  console.log(
    `Glassbox runs with a step hook armed that never pauses, ${unbundled ? 'from its TypeScript sources via tsx (--unbundled)' : 'bundled by esbuild as in dist/cli.js'}.`,
  );
  console.log(`Ratios are each engine's time over node --jitless's (lower is faster).\n`);
  console.log(formatTable(engines.map((e) => e.name), results));
  const vsSval = compare(results, 1, 2);
  if (vsSval) {
    const r = vsSval.ratio;
    const verdict = r < 1 ? `Glassbox is ${(1 / r).toFixed(2)}x faster than sval` : `Glassbox is ${r.toFixed(2)}x slower than sval`;
    console.log(`${verdict} (geometric mean over ${vsSval.count} programs).`);
  }
  const stopped = results.flatMap((r) => r.outcomes.flatMap((o, i) => (o.timedOut ? [`${r.program} on ${engines[i].name}`] : [])));
  if (stopped.length > 0) console.log(`Stopped at the time limit, output not checked: ${stopped.join(', ')}.`);
  if (problems.length > 0) {
    console.log(`\nFAILED: ${problems.length} run(s) failed or printed something else than node --jitless:`);
    for (const p of problems) console.log(`  ${p}`);
    return 1;
  }
  console.log('\nEvery finished run printed the same output as node --jitless.');
  return 0;
}

void main().then((code) => {
  process.exitCode = code;
});
