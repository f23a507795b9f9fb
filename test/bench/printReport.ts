// Prints the bench's report: how each engine was timed and what start-up was taken off,
// the table of times and ratios, the peer comparisons, Glassbox's debugger overhead, bytes
// per {x, y} object and issue 12's targets.
import type { BytesPerObject } from './bytesPerObject';
import { OBJECT_COUNT } from './bytesPerObject';
import { clockKind } from './clock';
import { compare, formatTable, ProgramResult, timed } from './report';
import { DebuggerResult, evaluateTargets, formatDebuggerOverhead, formatTargets } from './targets';

/** Where each engine sits in a result's outcomes. */
export const NODE = 0;
export const GLASSBOX = 1;
export const QUICKJS = 2;
export const SVAL = 3;

export interface Report {
  engines: string[];
  /** Per engine, the start-up subtracted from each of its runs. */
  startups: number[];
  results: ProgramResult[];
  debug: DebuggerResult[];
  bytes: { node: BytesPerObject | { error: string }; glassbox: BytesPerObject | { error: string } };
  reps: number;
  nodeReps: number;
  glassboxReps: number;
  repeatLimitMs: number;
  timeLimitMs: number;
  unbundled: boolean;
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** What each engine's run includes, and so what its one-line program's time (its start-up) covers. */
function howTimed(unbundled: boolean): string[] {
  const glassbox = unbundled ? 'loaded from its TypeScript sources via tsx (--unbundled)' : 'bundled by esbuild as dist/cli.js is';
  return [
    'a child process, timed from a preloaded hook (Node booted) to exit: start-up is console setup and exit',
    `in this process, no debugger attached, ${glassbox}: start-up is compiling and making the agent and its realm`,
    'in this process (wasm, release build): the wasm module is loaded once before any timing and never counted; start-up is a new runtime and context per run',
    'in this process: start-up is a new interpreter per run',
    'in this process: start-up is a new interpreter per run',
  ];
}

function printHeader(r: Report): void {
  const clock = clockKind() === 'cpu' ? 'CPU time (user + system) of the process that ran it' : 'wall time';
  console.log(`\nTimes are ${clock}, in ms, best of ${plural(r.reps, 'run')} per engine per program (node --jitless: ${r.nodeReps}, Glassbox with and without its debugger: ${r.glassboxReps})`);
  console.log(`(a run over ${r.repeatLimitMs / 1000} s is not repeated; a run is stopped at ${r.timeLimitMs / 1000} s).`);
  console.log(`Start-up subtracted from every engine: each run's time minus that engine's best time on a program printing one line:`);
  const width = Math.max(...r.engines.map((n) => n.length));
  const how = howTimed(r.unbundled);
  r.engines.forEach((name, i) => console.log(`  ${name.padEnd(width)} ${r.startups[i].toFixed(1).padStart(5)} ms  ${how[i]}.`));
  console.log("sval and js-interpreter pass JSON.parse/stringify to the host's JSON; Glassbox and QuickJS have their own.");
  console.log(`Ratio: the engine's time over node --jitless's (lower is faster).\n`);
}

/** "Glassbox is 2.10x faster than sval (...)", or null when no program finished on both. */
function versus(r: Report, peer: number): string | null {
  const c = compare(r.results, GLASSBOX, peer);
  if (!c) return null;
  const name = r.engines[peer];
  const verdict = c.ratio < 1 ? `Glassbox is ${(1 / c.ratio).toFixed(2)}x faster than ${name}` : `Glassbox is ${c.ratio.toFixed(2)}x slower than ${name}`;
  return `${verdict} (geometric mean of the time ratios over ${plural(c.count, 'program')}).`;
}

function printComparisons(r: Report): void {
  const vsSval = versus(r, SVAL);
  if (vsSval) console.log(vsSval);
  const vsQuickJS = versus(r, QUICKJS);
  if (vsQuickJS) console.log(`Glassbox vs QuickJS: ${vsQuickJS}`);
}

function printBytes(r: Report): void {
  const { node, glassbox } = r.bytes;
  const show = (b: BytesPerObject | { error: string }) => ('error' in b ? `ERROR ${b.error}` : `${b.bytes.toFixed(1).padStart(6)} bytes`);
  console.log(`\nBytes per {x, y} object, ${OBJECT_COUNT.toLocaleString('en-US')} kept alive in an array: the host heap`);
  console.log('(process.memoryUsage().heapUsed after gc) before and after the program builds them, in a fresh `node --expose-gc` child:');
  console.log(`  node      ${show(node)}`);
  const own = 'error' in glassbox || glassbox.accounted === undefined ? '' : ` (the bundled engine, its agent alive; Glassbox's own heap account charges ${glassbox.accounted.toFixed(1)})`;
  console.log(`  Glassbox  ${show(glassbox)}${own}`);
}

/** What the automatic collections cost in Glassbox's plain runs: their count and time, and their share of the run. */
function printCollector(r: Report): void {
  console.log('\nThe collector (automatic collections while the program ran, in the best plain Glassbox run; host ms):');
  let total = 0;
  let collectorTotal = 0;
  for (const res of r.results) {
    const o = res.outcomes[GLASSBOX];
    if (!o.collector || !timed(o)) continue;
    total += o.ms;
    collectorTotal += o.collector.ms;
    const share = o.ms > 0 ? `${((100 * o.collector.ms) / o.ms).toFixed(1)}%` : '-';
    console.log(`  ${res.program.padEnd(10)} ${String(o.collector.collections).padStart(3)} collections  ${o.collector.ms.toFixed(1).padStart(7)} ms  ${share.padStart(6)} of ${o.ms.toFixed(0)} ms`);
  }
  if (total > 0) console.log(`  all        ${collectorTotal.toFixed(1).padStart(23)} ms  ${((100 * collectorTotal) / total).toFixed(1).padStart(5)}% of ${total.toFixed(0)} ms`);
}

export function printReport(r: Report): void {
  printHeader(r);
  console.log(formatTable(r.engines, r.results));
  console.log('');
  printComparisons(r);
  console.log('\nDebugger overhead: Glassbox with its debugger attached and one breakpoint on a line never hit (in a');
  console.log('function added after the program, never called) over Glassbox with no debugger; both with the same');
  console.log('start-up subtracted, their runs taking turns.');
  console.log(formatDebuggerOverhead(r.debug));
  printCollector(r);
  printBytes(r);
  console.log('\nTargets of issue 12 (Glassbox, start-up subtracted):');
  console.log(formatTargets(evaluateTargets(r.results, GLASSBOX, NODE, r.bytes.glassbox, r.debug)));
  const stopped = r.results.flatMap((res) => res.outcomes.flatMap((o, i) => (o.timedOut ? [`${res.program} on ${r.engines[i]}`] : [])));
  if (stopped.length > 0) console.log(`Stopped at the time limit, output not checked: ${stopped.join(', ')}.`);
}
