// Why the engine's process ended before the session did, from what it left behind: a report
// from its main thread, V8's fatal line on stderr, a signal or an exit code.
import { constants } from 'node:os';
import type { EngineEndCause } from '../protocol';

/** What the engine host's main thread says before it exits because its engine thread died. */
export interface HostReport {
  type: 'glassbox/hostReport';
  cause: EngineEndCause;
  message: string;
}

export interface EngineEnd {
  cause: EngineEndCause;
  /** For the Debug Console: what happened and what it means. */
  message: string;
  /** For a notification, short enough to be read whole. */
  summary: string;
  exitCode: number;
}

export interface ExitFacts {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  report?: HostReport;
  spawnError?: string;
}

const crashSignals = new Set(['SIGSEGV', 'SIGBUS', 'SIGILL', 'SIGFPE', 'SIGABRT', 'SIGTRAP']);

export function describeExit(f: ExitFacts): EngineEnd {
  const end = (cause: EngineEndCause, what: string, exitCode: number): EngineEnd => ({
    cause,
    message: `Glassbox's engine stopped: ${what}. The session has ended; the debugger itself is unaffected.`,
    summary: `Glassbox's engine stopped: ${what}.`,
    exitCode,
  });
  if (f.spawnError) return end('not-started', `it could not be started (${f.spawnError})`, 1);
  if (f.report) return end(f.report.cause, f.report.message, f.report.cause === 'out-of-memory' ? 134 : 70);
  const fatal = /(?:FATAL ERROR|Fatal error|Fatal JavaScript)[^\n]*/.exec(f.stderr)?.[0]?.trim();
  if (fatal && /out of memory|Allocation failed/i.test(fatal)) return end('out-of-memory', `the host ran out of memory (V8: ${fatal})`, 134);
  if (fatal) return end('fatal-error', `the host hit a fatal error (V8: ${fatal})`, 134);
  if (f.signal) {
    const code = 128 + (constants.signals[f.signal] ?? 0);
    if (crashSignals.has(f.signal)) return end('crash', `its process crashed (${f.signal})`, code);
    return end('killed', `its process was killed (${f.signal}${f.signal === 'SIGKILL' ? ', perhaps by the system for lack of memory' : ''})`, code);
  }
  const lastLine = f.stderr.trim().split('\n').pop();
  return end('exit', `its process exited with code ${f.code ?? '?'}${lastLine ? ` (${lastLine.slice(0, 200)})` : ''}`, f.code || 1);
}
