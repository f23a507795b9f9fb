// The four engines the benchmark compares, each behind one interface: run a program's
// source once, collect the lines it printed with console.log, and time it.
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import Interpreter from 'js-interpreter';
import Sval from 'sval';
import type { EngineApi } from './loadEngine';

export interface Outcome {
  /** What the program printed, one entry per console.log call. */
  lines: string[];
  /** Wall time in ms (for node: the process's time minus the empty-file baseline). */
  ms: number;
  /** Set when the run threw, reported an uncaught exception or exited non-zero. */
  error?: string;
  /** Set when the run was stopped at the time limit. */
  timedOut?: boolean;
}

export interface Engine {
  name: string;
  run(source: string, file: string, limitMs: number): Outcome;
}

/** Joins console.log's arguments the way Node does for strings and numbers. */
function joinArgs(args: unknown[]): string {
  return args.map(String).join(' ');
}

function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/** Glassbox in-process, with a step hook armed that never pauses (the debugger's setup). */
export function glassbox({ createRun }: EngineApi): Engine {
  return {
    name: 'Glassbox',
    run(source, file) {
      const lines: string[] = [];
      const start = performance.now();
      try {
        const run = createRun(source, { fileName: file, onConsole: (e) => lines.push(e.text) });
        run.machine.onStep = () => false;
        const r = run.runToEnd();
        const ms = performance.now() - start;
        return r.kind === 'completed' ? { lines, ms } : { lines, ms, error: `uncaught: ${r.report}` };
      } catch (e) {
        return { lines, ms: performance.now() - start, error: `threw ${errorText(e)}` };
      }
    },
  };
}

export const sval: Engine = {
  name: 'sval',
  run(source) {
    const lines: string[] = [];
    const start = performance.now();
    try {
      const interpreter = new Sval({ ecmaVer: 'latest', sandBox: true });
      interpreter.import('console', { log: (...args: unknown[]) => lines.push(joinArgs(args)) });
      interpreter.run(source);
      return { lines, ms: performance.now() - start };
    } catch (e) {
      return { lines, ms: performance.now() - start, error: `threw ${errorText(e)}` };
    }
  },
};

/** Steps between two looks at the clock, so the time limit costs almost nothing. */
const STEPS_PER_CLOCK_CHECK = 10_000;

/** Neil Fraser's JS-Interpreter (ES5 only); console.log is a native function given to it. */
export const jsInterpreter: Engine = {
  name: 'js-interpreter',
  run(source, _file, limitMs) {
    const lines: string[] = [];
    const start = performance.now();
    try {
      const interpreter = new Interpreter(source, (it, globalObject) => {
        const console = it.createObjectProto(it.OBJECT_PROTO);
        const log = it.createNativeFunction((...args) => {
          lines.push(joinArgs(args));
          return undefined;
        }, false);
        it.setProperty(console, 'log', log);
        it.setProperty(globalObject, 'console', console);
      });
      // Interpreter.run() is `while (step()) {}`; this is the same loop with a time limit.
      for (let n = 1; interpreter.step(); n++) {
        if (n % STEPS_PER_CLOCK_CHECK === 0 && performance.now() - start > limitMs) {
          return { lines, ms: performance.now() - start, timedOut: true };
        }
      }
      return { lines, ms: performance.now() - start };
    } catch (e) {
      return { lines, ms: performance.now() - start, error: `threw ${errorText(e)}` };
    }
  },
};

/** Runs `node --jitless file` once and times the whole process. */
function spawnNode(file: string, limitMs: number): Outcome {
  const start = performance.now();
  const p = spawnSync(process.execPath, ['--jitless', file], { encoding: 'utf8', timeout: limitMs });
  const ms = performance.now() - start;
  const lines = p.stdout ? p.stdout.split('\n').slice(0, -1) : [];
  if (p.error && (p.error as NodeJS.ErrnoException).code === 'ETIMEDOUT') return { lines, ms, timedOut: true };
  if (p.error) return { lines, ms, error: errorText(p.error) };
  if (p.status !== 0) return { lines, ms, error: `exit ${p.status}: ${p.stderr.trim().split('\n').pop()}` };
  return { lines, ms };
}

/** Best-of-`reps` time of `node --jitless` on an empty file: its startup and exit cost. */
export function nodeBaselineMs(reps: number): number {
  const dir = mkdtempSync(join(tmpdir(), 'glassbox-bench-'));
  try {
    const empty = join(dir, 'empty.js');
    writeFileSync(empty, '');
    let best = Infinity;
    for (let i = 0; i < reps; i++) best = Math.min(best, spawnNode(empty, 30_000).ms);
    return best;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `node --jitless` as a child process; its time is the process's minus `baselineMs`. */
export function nodeJitless(baselineMs: number): Engine {
  return {
    name: 'node --jitless',
    run(_source, file, limitMs) {
      const o = spawnNode(file, limitMs);
      return { ...o, ms: Math.max(o.ms - baselineMs, 0.1) };
    },
  };
}
