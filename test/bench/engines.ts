// The engines the benchmark compares, each behind one interface: run a program's source
// once, collect the lines it printed with console.log, and time it (node --jitless is in
// nodeJitless.ts, QuickJS in quickjs.ts).
import Interpreter from 'js-interpreter';
import Sval from 'sval';
import { now } from './clock';
import type { Agent, RunOutcome } from '../../engine';
import type { EngineApi } from './loadEngine';

export interface Outcome {
  /** What the program printed, one entry per console.log call. */
  lines: string[];
  /** Time in ms on the bench's clock (for node: see nodeJitless.ts). */
  ms: number;
  /** Set when the run threw, reported an uncaught exception or exited non-zero. */
  error?: string;
  /** Set when the run was stopped at the time limit. */
  timedOut?: boolean;
  /** Glassbox only: the collections while the program ran (not at start-up) and their time in ms. */
  collector?: { collections: number; ms: number };
}

export interface Engine {
  name: string;
  run(source: string, file: string, limitMs: number): Outcome;
}

/** Joins console.log's arguments the way Node does for strings and numbers. */
function joinArgs(args: unknown[]): string {
  return args.map(String).join(' ');
}

export function errorText(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
}

/**
 * The second tier as the environment asks: GLASSBOX_TIERING=off runs the plain interpreter
 * only; GLASSBOX_TIER_RULES_OFF=localConst,numberGuard leaves those quickenings out.
 */
function tieringFromEnv(api: EngineApi): false | undefined {
  for (const rule of (process.env.GLASSBOX_TIER_RULES_OFF ?? '').split(',').filter(Boolean)) api.setRuleEnabled(rule, false);
  return process.env.GLASSBOX_TIERING === 'off' ? false : undefined;
}

/** A function the program never calls, added after it: its body is where the never-hit breakpoint goes. */
const NEVER_CALLED = '\nfunction glassboxBenchNeverCalled() {\n  return 0;\n}\n';

/** The program with NEVER_CALLED added, and the line of NEVER_CALLED's `return`. */
export function withNeverHitLine(source: string): { source: string; line: number } {
  const withFunction = source + NEVER_CALLED;
  return { source: withFunction, line: withFunction.split('\n').length - 2 };
}

/**
 * How Glassbox runs: 'none' as `glassbox run` does (no debugger), 'neverHitBreakpoint' as
 * under the debug adapter, with its debugger attached and one breakpoint that is never hit.
 */
export type GlassboxDebugging = 'none' | 'neverHitBreakpoint';

/** Slices as runToEnd does, but a stop ends the run instead of being stepped past. */
function runUnlessPaused(agent: Agent): RunOutcome | 'paused' {
  for (;;) {
    const r = agent.step();
    if (r === 'paused') return r;
    if (r === 'done' || r === 'uncaught' || r === 'fatal') return agent.outcome();
  }
}

/** Glassbox in-process. */
export function glassbox(api: EngineApi, debugging: GlassboxDebugging): Engine {
  const { createAgent } = api;
  const tiering = tieringFromEnv(api);
  const off = tiering === false ? ' (tiering off)' : '';
  return {
    name: (debugging === 'none' ? 'Glassbox' : 'Glassbox, never-hit breakpoint') + off,
    run(programSource, file) {
      const lines: string[] = [];
      const { source, line } = debugging === 'none' ? { source: programSource, line: 0 } : withNeverHitLine(programSource);
      const start = now();
      try {
        const agent = createAgent(source, { fileName: file, onConsole: (e) => lines.push(e.text), tiering });
        if (debugging === 'neverHitBreakpoint') {
          const [placed] = agent.attachDebugger(false).setBreakpoints([{ line }]);
          if (!placed.verified || placed.line !== line) return { lines, ms: now() - start, error: `breakpoint at line ${line} not placed there` };
        }
        const before = agent.heapStats();
        const r = debugging === 'none' ? agent.runToEnd() : runUnlessPaused(agent);
        const ms = now() - start;
        if (r === 'paused') return { lines, ms, error: 'paused: the never-hit breakpoint was hit' };
        const after = agent.heapStats();
        const collector = { collections: after.collections - before.collections, ms: after.collectorMs - before.collectorMs };
        return r.kind === 'completed' ? { lines, ms, collector } : { lines, ms, error: `uncaught: ${r.report}` };
      } catch (e) {
        return { lines, ms: now() - start, error: `threw ${errorText(e)}` };
      }
    },
  };
}

export const sval: Engine = {
  name: 'sval',
  run(source) {
    const lines: string[] = [];
    const start = now();
    try {
      const interpreter = new Sval({ ecmaVer: 'latest', sandBox: true });
      interpreter.import('console', { log: (...args: unknown[]) => lines.push(joinArgs(args)) });
      interpreter.run(source);
      return { lines, ms: now() - start };
    } catch (e) {
      return { lines, ms: now() - start, error: `threw ${errorText(e)}` };
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
    const start = now();
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
      // Interpreter.run() calls step() until it returns false; this loop adds a time limit.
      for (let n = 1; interpreter.step(); n++) {
        if (n % STEPS_PER_CLOCK_CHECK === 0 && now() - start > limitMs) {
          return { lines, ms: now() - start, timedOut: true };
        }
      }
      return { lines, ms: now() - start };
    } catch (e) {
      return { lines, ms: now() - start, error: `threw ${errorText(e)}` };
    }
  },
};
