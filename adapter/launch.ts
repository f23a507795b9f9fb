// Launch arguments and turning them into an Agent: resolving and reading the program and
// compiling it. Reports a missing file or a syntax error as a message; knows no DAP.
import * as path from 'node:path';
import { AgentGroup, GlassboxSyntaxError, type ConsoleEvent, type EngineOptions, type GcReport, type TierListener } from '../engine';
import { programFolderLister, programFolderReader } from './programFolder';
import { readProgramSource } from './programFile';
import { DEFAULT_DEBUG_HEAP_MB } from '../engine/heap/defaults';
import type { GlassboxLaunchArguments } from './protocol';
import { tieringOption } from './tierReports';

export type { GlassboxLaunchArguments };

export { DEFAULT_DEBUG_HEAP_MB };

export type LoadResult =
  /** `group` runs the program's agent and its workers (AgentGroup); replays remake the whole group from `recipe`. */
  | { kind: 'ok'; group: AgentGroup; programPath: string; recipe: AgentRecipe }
  /** The launch configuration or the file is unusable: the launch request fails. */
  | { kind: 'unusable'; message: string }
  /** The program does not compile: reported as program output with file:line:col. */
  | { kind: 'syntaxError'; message: string; programPath: string; line: number; column: number; reason: string };

const expectedTypes: Record<string, 'string' | 'number' | 'boolean'> = {
  program: 'string', cwd: 'string', stopOnEntry: 'boolean', seed: 'number', realTime: 'boolean', maxHeapMB: 'number', scopeView: 'string',
  tiering: 'boolean', hotCalls: 'number', hotLoopIterations: 'number', stopOnDeopt: 'boolean', exposeGc: 'boolean', stepIntoGc: 'boolean', ioDelay: 'number',
};

/** What is wrong with a launch configuration's attributes, if anything. */
export function configurationProblem(args: GlassboxLaunchArguments): string | undefined {
  if (typeof args.program !== 'string' || args.program.trim() === '') return 'The launch configuration needs a "program": the JavaScript file to run.';
  for (const [name, type] of Object.entries(expectedTypes)) {
    const value = (args as unknown as Record<string, unknown>)[name];
    if (value !== undefined && typeof value !== type) return `The launch configuration's "${name}" must be a ${type}.`;
  }
  const mb = args.maxHeapMB;
  if (mb !== undefined && !(Number.isFinite(mb) && mb > 0)) return 'The launch configuration\'s "maxHeapMB" must be a positive number of megabytes.';
  if (args.ioDelay !== undefined && !(Number.isInteger(args.ioDelay) && args.ioDelay >= 0)) return 'The launch configuration\'s "ioDelay" must be whole milliseconds, 0 or more.';
  for (const name of ['hotCalls', 'hotLoopIterations'] as const) {
    const n = args[name];
    if (n !== undefined && !(n >= 0)) return `The launch configuration's "${name}" must be 0 or more.`;
  }
  return undefined;
}

/** The absolute path of the program a configuration names, or undefined when it names none. */
export function programPathOf(args: GlassboxLaunchArguments): string | undefined {
  if (configurationProblem(args) !== undefined) return undefined;
  return path.resolve(args.cwd ?? process.cwd(), args.program);
}

/** What the session listens to as the program runs. */
export interface RunListeners {
  onConsole: (e: ConsoleEvent) => void;
  onTierEvent?: TierListener;
  onGc?: (report: GcReport) => void;
}

/**
 * Everything that made the run's group, so the same run can be made again (a replay): the
 * program's source, the options with the start time pinned, and the same listeners.
 */
export interface AgentRecipe {
  readonly source: string;
  readonly options: EngineOptions;
}

/** A fresh group from `recipe` (the program's agent; the workers it starts come in the same turns): it takes the same run as the first one. */
export function remakeGroup(recipe: AgentRecipe): AgentGroup {
  return new AgentGroup(recipe.source, recipe.options, recipe.options);
}

/**
 * Reads and compiles the program; console output goes to `listeners.onConsole`. The clock's
 * start is read once here (Date.now()), so every replay of the run sees the same Date.
 */
export function loadProgram(args: GlassboxLaunchArguments, listeners: RunListeners): LoadResult {
  const problem = configurationProblem(args);
  const programPath = programPathOf(args);
  if (problem !== undefined || programPath === undefined) return { kind: 'unusable', message: problem ?? 'No program.' };
  const read = readProgramSource(programPath);
  if (!read.ok) return { kind: 'unusable', message: `Cannot read program '${programPath}': ${read.reason}.` };
  const source = read.source;
  try {
    const options: EngineOptions = {
      fileName: programPath, readFile: programFolderReader(programPath), readDir: programFolderLister(programPath), ioDelay: args.ioDelay, seed: args.seed, realTime: args.realTime, maxHeapMB: args.maxHeapMB ?? DEFAULT_DEBUG_HEAP_MB, tiering: tieringOption(args),
      exposeGc: args.exposeGc, trackCells: args.stepIntoGc, startTime: Date.now(), ...listeners,
    };
    const recipe: AgentRecipe = { source, options };
    return { kind: 'ok', group: remakeGroup(recipe), programPath, recipe };
  } catch (err) {
    if (!(err instanceof GlassboxSyntaxError)) throw err;
    // A module the program requires can be the file that does not compile.
    const file = err.fileName || programPath;
    const message = `${err.name}: ${err.message} (${file}:${err.line}:${err.column})`;
    return { kind: 'syntaxError', message, programPath: file, line: err.line, column: err.column, reason: `${err.name}: ${err.message}` };
  }
}
