// Answers to the requests that look at a paused run: stack, scopes, variables, evaluate,
// completions, exception info. Each returns a response body or an error message.
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { EngineDebugger, Agent, RunOutcome } from '../engine';
import { completions, evaluateExpression } from './evaluate';
import type { RunnerStop } from './runner';
import { stackFrames, type ToClient } from './stackTrace';
import type { VariableStore } from './variables';

/** What the inspection requests need of the session. */
export interface PausedRun {
  run: Agent;
  dbg: EngineDebugger;
  variables: VariableStore;
  source: DebugProtocol.Source;
  /** Why it is paused; undefined while it runs. */
  stop: RunnerStop | undefined;
  /** Set when an uncaught exception has ended the run and the client is shown it. */
  postMortem: RunOutcome | undefined;
}

export type Answer<T> = { ok: true; body: T } | { ok: false; message: string };

const notPaused = 'The program is running: pause it first.';

export function stackTraceBody(p: PausedRun, args: DebugProtocol.StackTraceArguments, toClient: ToClient): DebugProtocol.StackTraceResponse['body'] {
  if (!p.stop) return { stackFrames: [], totalFrames: 0 };
  const engineStop = p.stop.kind === 'engine' ? p.stop.stop : null;
  const all = stackFrames(p.dbg.frames(), engineStop, p.run, p.source, toClient, p.variables.frameIds);
  const start = args.startFrame ?? 0;
  const frames = args.levels ? all.slice(start, start + args.levels) : all.slice(start);
  return { stackFrames: frames, totalFrames: all.length };
}

/** The engine frame a request names: its frameId from this stop, or the top frame when it gives none. */
function frameOf(p: PausedRun, frameId: number | undefined): Answer<number> {
  if (frameId === undefined) return { ok: true, body: 0 };
  const index = p.variables.frameIds.indexOf(frameId);
  if (index === undefined) return { ok: false, message: `Unknown frameId ${frameId}: frames from an earlier stop are gone once the program runs on.` };
  return { ok: true, body: index };
}

export function scopesBody(p: PausedRun, args: DebugProtocol.ScopesArguments): Answer<DebugProtocol.ScopesResponse['body']> {
  if (!p.stop) return { ok: false, message: notPaused };
  const frame = frameOf(p, args.frameId);
  if (!frame.ok) return frame;
  return { ok: true, body: { scopes: p.variables.scopes(frame.body) } };
}

export function variablesBody(p: PausedRun, args: DebugProtocol.VariablesArguments): Answer<DebugProtocol.VariablesResponse['body']> {
  if (!p.stop) return { ok: false, message: notPaused };
  const r = p.variables.variables(args.variablesReference, { filter: args.filter, start: args.start, count: args.count });
  return r.ok ? { ok: true, body: { variables: r.body } } : r;
}

export function setVariableBody(p: PausedRun, args: DebugProtocol.SetVariableArguments): Answer<DebugProtocol.SetVariableResponse['body']> {
  if (!p.stop) return { ok: false, message: notPaused };
  if (!p.dbg.has(args.variablesReference)) return { ok: false, message: `Unknown variablesReference ${args.variablesReference}: values from an earlier stop are gone once the program runs on.` };
  const r = p.variables.setVariable(args.variablesReference, args.name, args.value);
  if (!r.ok) return r;
  return { ok: true, body: { value: r.value.preview, type: r.value.type, variablesReference: r.value.handle } };
}

/**
 * `changed` hears of a Debug Console evaluation that changed the run (a side effect): one
 * that only reads is tried first with side effects refused, and runs as it is only if refused.
 */
export function evaluateBody(p: PausedRun, args: DebugProtocol.EvaluateArguments, changed?: (frameIndex: number) => void): Answer<DebugProtocol.EvaluateResponse['body']> {
  if (!p.stop) return { ok: false, message: `Cannot evaluate '${args.expression}': ${notPaused}` };
  // Evaluating would allocate on a heap that is already past its limit.
  if (p.postMortem?.kind === 'fatal') return { ok: false, message: `Cannot evaluate '${args.expression}': the program ran out of heap.` };
  const frame = frameOf(p, args.frameId);
  if (!frame.ok) return frame;
  const effects = args.context === 'repl' && hasSideEffect(p.dbg, args.expression, frame.body);
  const r = evaluateExpression(p.dbg, p.variables, args.expression, frame.body, args.context);
  if (effects) changed?.(frame.body);
  if (!r.ok) return r;
  return { ok: true, body: { result: r.result, type: r.type, variablesReference: r.variablesReference, indexedVariables: r.indexedVariables, namedVariables: r.namedVariables } };
}

/** Whether evaluating `expression` would write or call: it is evaluated side-effect free first, which refuses both. */
function hasSideEffect(dbg: EngineDebugger, expression: string, frameIndex: number): boolean {
  const r = dbg.evaluate(expression, frameIndex, true);
  return !r.ok && r.sideEffect === true;
}

/** `toOffset` and `fromOffset` convert between the client's columns and 0-based offsets, `toLine` its lines to 1-based ones. */
export function completionsBody(p: PausedRun, args: DebugProtocol.CompletionsArguments, toLine: (line: number) => number, toOffset: (column: number) => number, fromOffset: (offset: number) => number): Answer<DebugProtocol.CompletionsResponse['body']> {
  if (!p.stop) return { ok: true, body: { targets: [] } };
  const frame = frameOf(p, args.frameId);
  if (!frame.ok) return frame;
  const lines = args.text.split('\n');
  // DAP: without a line, the text's first line.
  const lineIndex = args.line === undefined ? 0 : Math.min(Math.max(toLine(args.line) - 1, 0), lines.length - 1);
  const cursor = lines.slice(0, lineIndex).reduce((n, l) => n + l.length + 1, 0) + toOffset(args.column);
  const items = completions(p.dbg, args.text, cursor, frame.body);
  return { ok: true, body: { targets: items.map((c) => ({ ...c, start: fromOffset(c.start) })) } };
}

export function exceptionInfoBody(p: PausedRun): Answer<DebugProtocol.ExceptionInfoResponse['body']> {
  if (p.postMortem?.kind === 'fatal') {
    const report = p.postMortem.report;
    return { ok: true, body: { exceptionId: 'FATAL ERROR', description: report, breakMode: 'unhandled', details: { message: report } } };
  }
  if (p.postMortem?.kind === 'uncaught') {
    const report = p.postMortem.report;
    const first = report.split('\n')[0].replace(/^Uncaught (\(in promise\) )?/, '');
    return { ok: true, body: { exceptionId: errorName(first), description: first, breakMode: 'unhandled', details: { message: first, stackTrace: report } } };
  }
  const stop = p.stop?.kind === 'engine' ? p.stop.stop : undefined;
  const e = stop?.exception;
  if (!e) return { ok: false, message: 'The program is not stopped at an exception.' };
  const stack = withoutMessage(stackOf(p.dbg, e.handle), e.text);
  return {
    ok: true,
    body: {
      exceptionId: errorName(e.text), description: e.text, breakMode: e.uncaught ? 'unhandled' : 'always',
      details: { message: e.text, typeName: errorName(e.text), stackTrace: stack, evaluateName: undefined },
    },
  };
}

/** VS Code's exception widget shows the description above the stack: the stack's own first line would repeat it. */
function withoutMessage(stack: string | undefined, description: string): string | undefined {
  if (stack === undefined) return undefined;
  const lines = stack.split('\n');
  return lines[0] === description ? lines.slice(1).join('\n') : stack;
}

/** "TypeError: x is not a function" -> "TypeError"; other thrown values are named by their text. */
function errorName(text: string): string {
  return /^([A-Za-z_$][\w$]*)(:|$)/.exec(text)?.[1] ?? text;
}

/** The `stack` property of a thrown Error, read without running code. */
function stackOf(dbg: EngineDebugger, handle: number): string | undefined {
  if (handle === 0) return undefined;
  const stack = dbg.children(handle, { filter: 'named' }).find((c) => c.name === 'stack' && c.value.type === 'string');
  if (!stack) return undefined;
  try {
    return JSON.parse(stack.value.preview) as string;
  } catch {
    return undefined;
  }
}
