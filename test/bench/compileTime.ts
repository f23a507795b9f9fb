// `npx tsx test/bench/compileTime.ts [--quick]`: how long parse and compile take on wide programs
// (100,000 lets, vars, keys, ...), deep ones and typical files, in a worker with the CLI's 256 MB stack.
import { isMainThread, Worker } from 'node:worker_threads';
import { parseProgram } from '../../engine/parse/parse';
import { compileProgram } from '../../engine/compile/program';
import { deepPrograms, typicalProgram, widePrograms } from '../helpers/bigPrograms';

interface Case { name: string; source: string }

function cases(quick: boolean): Case[] {
  const out: Case[] = [];
  const sizes = quick ? [10_000, 20_000] : [25_000, 50_000, 100_000];
  for (const [kind, make] of Object.entries(widePrograms)) for (const n of sizes) out.push({ name: `${n} ${kind}`, source: make(n) });
  for (const lines of quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]) out.push({ name: `${lines}-line typical file`, source: typicalProgram(lines) });
  const deep: [keyof typeof deepPrograms, number][] = [['plus', 3000], ['member', 3000], ['call', 3000], ['assign', 3000], ['arrays', 1000], ['arrows', 1000], ['templates', 1000], ['elseIf', 10_000]];
  for (const [kind, n] of deep) out.push({ name: `${n}-deep ${kind}`, source: deepPrograms[kind](n) });
  return out;
}

/** CPU milliseconds of `step`: the worker is the only busy thread, and other processes don't count. */
function cpuMs(step: () => void): number {
  const start = process.cpuUsage();
  step();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Best of three: the parse alone, then parse + scope analysis + bytecode. */
function measure(c: Case): string {
  let parse = Infinity;
  let total = Infinity;
  for (let i = 0; i < 3; i++) {
    parse = Math.min(parse, cpuMs(() => parseProgram(c.source, { fileName: 'bench.js' })));
    total = Math.min(total, cpuMs(() => compileProgram(c.source, 'bench.js')));
  }
  const kb = (c.source.length / 1024).toFixed(0);
  return `${c.name.padEnd(28)} ${kb.padStart(6)} KB   parse ${parse.toFixed(0).padStart(6)} ms   parse+compile ${total.toFixed(0).padStart(6)} ms (CPU)`;
}

if (isMainThread) {
  // The worker loads this same TypeScript file through tsx's require hook.
  new Worker(__filename, { argv: process.argv.slice(2), execArgv: ['--require', 'tsx/cjs'], resourceLimits: { stackSizeMb: 256 } })
    .on('error', (e) => { console.error(e); process.exitCode = 1; });
} else {
  for (const c of cases(process.argv.includes('--quick'))) console.log(measure(c));
}
