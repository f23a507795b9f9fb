// `glassbox run <file>`: runs a program on the Glassbox engine and prints what Node
// would print. Knows the engine only through its public API.
import * as path from 'node:path';
import { AgentGroup, GlassboxSyntaxError, type ConsoleEvent } from '../engine';
import { readProgramSource } from '../adapter/programFile';
import { programFolderLister, programFolderReader } from '../adapter/programFolder';
import { OutputBuffer } from './outputBuffer';

/** sysexits' EX_SOFTWARE: the failure is Glassbox's, not the program's. */
export const internalErrorExitCode = 70;

export interface RunFlags {
  /** The engine's heap limit (--max-old-space-size). */
  maxHeapMB?: number;
  /** A global gc() as `node --expose-gc` gives (--expose-gc). */
  exposeGc?: boolean;
  /** Run as a Script instead of as Node's CommonJS module (--script). */
  script?: boolean;
  /** Virtual ms an fs request is in flight (--io-delay). */
  ioDelay?: number;
}

/** Runs `file` and returns the process exit code; all output is written or buffered. */
export function runCommand(file: string, flags: RunFlags = {}): number {
  const source = readSource(file);
  if (source === undefined) return 1;
  const output = new OutputBuffer();
  const onConsole = (e: ConsoleEvent): void =>
    output.write(e.level === 'warn' || e.level === 'error' ? 'stderr' : 'stdout', e.raw ? e.text : e.text + '\n');
  try {
    // The program and its workers take turns (AgentGroup); between turns, output older than the buffer's limit goes out, even in an endless loop.
    const options = { fileName: file, modulePath: path.resolve(file), script: flags.script, ioDelay: flags.ioDelay, maxHeapMB: flags.maxHeapMB, exposeGc: flags.exposeGc };
    const outcome = new AgentGroup(source, options, { readFile: programFolderReader(file), readDir: programFolderLister(file), onConsole }).runToEnd(() => output.flushIfDue());
    if (outcome.kind === 'completed') return outcome.exitCode;
    output.write('stderr', outcome.report + '\n');
    return outcome.kind === 'uncaught' ? 1 : outcome.exitCode;
  } catch (err) {
    output.write('stderr', describeHostError(err, file) + '\n');
    return err instanceof GlassboxSyntaxError ? 1 : internalErrorExitCode;
  } finally {
    output.flush();
  }
}

/** The program's source, or undefined after saying why it cannot be read. */
export function readSource(file: string): string | undefined {
  const read = readProgramSource(file);
  if (read.ok) return read.source;
  process.stderr.write(`glassbox: cannot read ${file}: ${read.reason}\n`);
  return undefined;
}

export function describeHostError(err: unknown, file: string): string {
  if (err instanceof GlassboxSyntaxError) {
    // The engine gives a 1-based column, as file:line:col links expect.
    return `${err.name}: ${err.message} (${file}:${err.line}:${err.column})`;
  }
  // GlassboxInternalError, or any other host exception escaping the engine: a Glassbox bug.
  return `glassbox: internal error: ${err instanceof Error ? err.message : String(err)}`;
}
