// The services a realm needs from the agent that runs it (RealmHost), made from the agent's
// machine and event loop and from its embedder's Host. Knows nothing of debugging or tasks.
import type { FunctionCode } from '../bytecode/code';
import { compileEvalCode, compileFunctionSource, compileProgram } from '../compile/program';
import { frameRange, stackLines } from '../debug/location';
import { compileErrorType } from '../errors/hostStack';
import { GlassboxSyntaxError, JSThrow } from '../errors/internal';
import type { Closure } from '../heap/function';
import { METHOD_FLAGS, type JSObject } from '../heap/object';
import type { PromiseObject } from '../heap/slots';
import type { EventLoop } from '../loop/eventLoop';
import { epochMs } from '../loop/workClock';
import { seededRandom } from '../realm/random';
import type { CallerCode, ConsoleLevel, Realm, RealmHost } from '../realm/realm';
import type { Frame } from '../vm/frame';
import type { Machine } from '../vm/machine';
import type { Host } from './host';

/** The agent's parts the services reach; machine and realm are read late (the realm is made first, with these services). */
export interface AgentParts {
  machine(): Machine;
  realm(): Realm;
  readonly loop: EventLoop;
  /** Rejected promises with no handler yet. */
  readonly unhandled: Set<PromiseObject>;
  /** Virtual ms since the start; reading it costs work (see workClock). */
  readClock(): number;
  /** The clock's start in whole ms since the epoch. */
  readonly startTime: number;
  /** A required file was compiled (the debugger places its breakpoints). */
  moduleCompiled(code: FunctionCode): void;
}

export function realmServices(parts: AgentParts, host: Host): RealmHost {
  const random = seededRandom(host.seed ?? 1);
  return {
    console: (level, text) => emitConsole(parts.machine(), host, level, text),
    write: (stream, text) => emitConsole(parts.machine(), host, stream === 'stdout' ? 'log' : 'error', text, true),
    captureStack: () => stackLines(parts.machine().frames),
    compileFunction: (kind, params, body, fileName = 'anonymous') => compileDynamic(parts, () => compileFunctionSource(kind, params, body, fileName)),
    compileEval: (src) => compileDynamic(parts, () => compileEvalCode(src, 'eval')),
    compileModule: (source, fileName) => compileRequired(parts, source, fileName),
    callerCode: () => callerCode(parts.machine()),
    readFile: host.readFile,
    now: () => epochMs(parts.startTime, parts.readClock()),
    random,
    enqueueMicrotask: (job) => parts.loop.enqueueMicrotask(job),
    trackRejection: (p, op) => { if (op === 'reject') parts.unhandled.add(p as PromiseObject); else parts.unhandled.delete(p as PromiseObject); },
  };
}

/** A console line goes to the host with the place of the innermost JS frame (the console call). */
function emitConsole(m: Machine, host: Host, level: ConsoleLevel, text: string, raw?: true): void {
  const top = [...m.frames].reverse().find((f): f is Frame => !f.isNative);
  const r = top ? frameRange(top) : undefined;
  host.onConsole?.({ level, text, line: r?.line, column: r?.column, file: top?.code.fileName, ...(raw ? { raw } : {}) });
}

/** The innermost frame of the program's own code (not a core module's `node:` source). */
function callerCode(m: Machine): CallerCode | undefined {
  const f = [...m.frames].reverse().find((fr): fr is Frame => !fr.isNative && !fr.code.fileName.startsWith('node:'));
  const at = f ? frameRange(f) : undefined;
  if (!f || !at) return undefined;
  return { sourceText: f.code.sourceText, kind: f.code.kind, start: f.code.range, at };
}

/** Compiles code made at run time; its syntax errors become JS SyntaxErrors. */
function compileDynamic(parts: AgentParts, compile: () => FunctionCode): Closure {
  const m = parts.machine();
  try {
    return m.makeClosure(compile(), m.rootEnv);
  } catch (e) {
    if (e instanceof GlassboxSyntaxError) throw new JSThrow(parts.realm().makeError(compileErrorType(e), e.message));
    throw e;
  }
}

/**
 * A required file's module wrapper. Its syntax error is a JS SyntaxError the requiring code can
 * catch (as in Node), its stack opening as Node's does: the file and line, the line, a caret.
 */
function compileRequired(parts: AgentParts, source: string, fileName: string): Closure {
  const m = parts.machine();
  try {
    const code = compileProgram(source, fileName, 'module');
    parts.moduleCompiled(code);
    return m.makeClosure(code, m.rootEnv);
  } catch (e) {
    if (!(e instanceof GlassboxSyntaxError)) throw e;
    throw new JSThrow(loadedFileSyntaxError(parts.realm(), e, source));
  }
}

/** A loaded file's syntax error as a JS SyntaxError whose stack opens as Node's does: the file and line, the line, a caret. */
export function loadedFileSyntaxError(realm: Realm, e: GlassboxSyntaxError, source: string): JSObject {
  const error = realm.makeError(compileErrorType(e), e.message);
  const lineText = source.split(/\r\n|\r|\n|\u2028|\u2029/)[e.line - 1] ?? '';
  const stack = String(error.getOwn('stack')?.value ?? '');
  error.put('stack', `${e.fileName}:${e.line}\n${lineText}\n${' '.repeat(Math.max(0, e.column - 1))}^\n\n${stack}`, METHOD_FLAGS);
  return error;
}
