// The four engines the benchmark compares, each behind one interface: run a program's
// source once, collect the lines it printed with console.log, and time it.
import Interpreter from 'js-interpreter';
import Sval from 'sval';
import { now } from './clock';
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

/** Glassbox in-process, with its debugger attached and never pausing (the debug adapter's setup). */
export function glassbox(api: EngineApi): Engine {
  const { createAgent } = api;
  const tiering = tieringFromEnv(api);
  return {
    name: tiering === false ? 'Glassbox (tiering off)' : 'Glassbox',
    run(source, file) {
      const lines: string[] = [];
      const start = now();
      try {
        const agent = createAgent(source, { fileName: file, onConsole: (e) => lines.push(e.text), tiering });
        agent.attachDebugger(false);
        const r = agent.runToEnd();
        const ms = now() - start;
        return r.kind === 'completed' ? { lines, ms } : { lines, ms, error: `uncaught: ${r.report}` };
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
