// `glassbox trace <file>`: the run told as text, step by step: each stop's location and
// call stack, creation phases with their bindings, console output, and queue changes.
import * as path from 'node:path';
import { createAgent, describeTierEvent, gcPhaseText, GlassboxSyntaxError, type Agent, type EngineDebugger } from '../engine';
import { OutputBuffer } from './outputBuffer';
import { describeHostError, internalErrorExitCode, readSource } from './runCommand';

/** Steps beyond this stop the trace (a trace of an endless loop would never end). */
const maxSteps = 20_000;

/** What `glassbox trace` takes besides the file. */
export interface TraceFlags {
  /** A global gc() (--expose-gc); each collection is told as its two phases. */
  exposeGc?: boolean;
}

export function traceCommand(file: string, flags: TraceFlags = {}): number {
  const source = readSource(file);
  if (source === undefined) return 1;
  const out = new OutputBuffer();
  const lines = source.split('\n');
  try {
    const agent = createAgent(source, {
      fileName: file, modulePath: path.resolve(file),
      onConsole: (e) => out.write('stdout', `   ${e.level === 'log' ? 'console' : `console.${e.level}`}: ${e.text.split('\n').join('\n            ')}\n`),
      // The second tier's events, told as they happen (never by `glassbox run`: its output is Node's).
      onTierEvent: (e) => { out.write('stdout', `   tier: ${describeTierEvent(e)}\n`); },
      exposeGc: flags.exposeGc,
      // A collection told as the debugger's stepIntoGc stops tell it: its mark phase, then its sweep.
      onGc: (r) => { for (const phase of ['mark', 'sweep'] as const) out.write('stdout', `── ${gcPhaseText(r, phase)} (${r.reason})\n`); },
    });
    const dbg = agent.attachDebugger(true);
    dbg.exceptionMode = 'none';
    return traceLoop(agent, dbg, lines, (s) => out.write('stdout', s + '\n'));
  } catch (err) {
    out.write('stderr', describeHostError(err, file) + '\n');
    return err instanceof GlassboxSyntaxError ? 1 : internalErrorExitCode;
  } finally {
    out.flush();
  }
}

function traceLoop(agent: Agent, dbg: EngineDebugger, lines: string[], print: (s: string) => void): number {
  let lastQueues = '';
  for (let steps = 0; ; ) {
    const r = agent.step();
    if (r === 'waiting') continue;
    if (r === 'done' || r === 'uncaught' || r === 'fatal') {
      const outcome = agent.outcome();
      print(outcome.kind === 'completed' ? '── program finished' : `── ${outcome.report.split('\n')[0]}`);
      return outcome.kind === 'uncaught' ? 1 : outcome.exitCode;
    }
    if (r !== 'paused') continue;
    if (++steps > maxSteps) { print(`── trace stopped after ${maxSteps} steps`); return 0; }
    describeStop(dbg, lines, print);
    const queues = describeQueues(agent);
    if (queues !== lastQueues) { print(`   ${queues}`); lastQueues = queues; }
    dbg.stepIn();
  }
}

function describeStop(dbg: EngineDebugger, lines: string[], print: (s: string) => void): void {
  const stop = dbg.stop()!;
  if (stop.phase === 'task') { print(`── event loop: ${stop.task}`); return; }
  const frames = dbg.frames();
  const top = frames[0];
  const where = `${top.line}:${top.column}`;
  if (stop.phase === 'creation') {
    const what = stop.isGlobal ? 'global execution context' : stop.functionName ? `${stop.functionName}(${stop.params.join(', ')})` : stop.displayName;
    print(`── creation phase of ${what}: declarations hoisted (line ${where})`);
    for (const scope of dbg.scopes(0)) {
      if (scope.kind === 'closure') continue;
      const bindings = dbg.children(scope.handle).filter((b) => b.kind === 'binding');
      if (bindings.length) print(`   ${scope.name}: ${bindings.map((b) => `${b.name} = ${b.state === 'uninitialized' ? '<TDZ>' : b.value.preview}`).join(', ')}`);
    }
  } else print(`── line ${where}  ${(lines[top.line - 1] ?? '').trim()}`);
  print(`   stack: ${frames.map((f) => (f.origin ? `${f.name} [${f.origin}]` : f.name)).join(' < ')}`);
}

function describeQueues(agent: Agent): string {
  const s = agent.eventLoopSnapshot();
  const list = <T>(items: T[], show: (t: T) => string) => `[${items.map(show).join(', ')}]`;
  return `queues at ${s.time}ms: Web APIs ${list(s.webApis, (t) => `${t.kind} #${t.id} ${t.name}() due ${t.due}ms`)}`
    + ` | macrotasks ${list(s.macrotasks, (t) => `${t.kind} #${t.id} ${t.name}()`)}`
    + ` | microtasks ${list(s.microtasks, (j) => `${j.kind} ${j.name}`)}`
    + ` | nextTicks ${list(s.nextTicks, (j) => `${j.name}()`)}`
    // Only after a collection queued a FinalizationRegistry cleanup.
    + (s.cleanups.length ? ` | cleanups ${list(s.cleanups, (j) => `${j.name}()`)}` : '');
}
