// `glassbox run <file>`: runs a program on the Glassbox engine and prints what Node
// would print. Knows the engine only through its public API.
import { readFileSync } from 'node:fs';
import { createRun, GlassboxSyntaxError, type ConsoleEvent } from '../engine';
import { OutputBuffer } from './outputBuffer';

/** sysexits' EX_SOFTWARE: the failure is Glassbox's, not the program's. */
export const internalErrorExitCode = 70;

export interface RunFlags {
  /** The engine's heap limit (--max-old-space-size). */
  maxHeapMB?: number;
}

/** Runs `file` and returns the process exit code; all output is written or buffered. */
export function runCommand(file: string, flags: RunFlags = {}): number {
  const source = readSource(file);
  if (source === undefined) return 1;
  const output = new OutputBuffer();
  const onConsole = (e: ConsoleEvent): void =>
    output.write(e.level === 'warn' || e.level === 'error' ? 'stderr' : 'stdout', e.text + '\n');
  try {
    const outcome = createRun(source, { fileName: file, onConsole, maxHeapMB: flags.maxHeapMB }).runToEnd();
    if (outcome.kind === 'completed') return outcome.exitCode;
    output.write('stderr', outcome.report + '\n');
    return outcome.kind === 'fatal' ? outcome.exitCode : 1;
  } catch (err) {
    output.write('stderr', describeHostError(err, file) + '\n');
    return err instanceof GlassboxSyntaxError ? 1 : internalErrorExitCode;
  } finally {
    output.flush();
  }
}

function readSource(file: string): string | undefined {
  try {
    // Node strips a byte order mark before compiling a module; so do we.
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    process.stderr.write(`glassbox: cannot read ${file}: ${ioReason(err)}\n`);
    return undefined;
  }
}

/** "ENOENT: no such file or directory, open 'x.js'" -> "no such file or directory". */
function ioReason(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return /^E[A-Z]+: (.*?)(, \w+( '.*')?)?$/.exec(message)?.[1] ?? message;
}

export function describeHostError(err: unknown, file: string): string {
  if (err instanceof GlassboxSyntaxError) {
    // The engine gives a 1-based column, as file:line:col links expect.
    return `SyntaxError: ${err.message} (${file}:${err.line}:${err.column})`;
  }
  // GlassboxInternalError, or any other host exception escaping the engine: a Glassbox bug.
  return `glassbox: internal error: ${err instanceof Error ? err.message : String(err)}`;
}
