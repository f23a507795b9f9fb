// `glassbox trace <file>`: the run told as text, step by step: each stop with its step number,
// location and call stack, creation phases with their bindings, console output, and queue
// changes; `--from`/`--to` tell only a window of it (traceWindow.ts).
import * as path from 'node:path';
import { AgentGroup, describeTierEvent, gcPhaseText, GlassboxSyntaxError, type Agent, type EngineDebugger, type FileRead, type FrameView, type GroupMember } from '../engine';
import { programFolderLister, programFolderReader } from '../adapter/programFolder';
import { OutputBuffer } from './outputBuffer';
import { describeHostError, internalErrorExitCode, readSource } from './runCommand';
import { inWindow, isWindowed, windowHeader, type TraceWindow } from './traceWindow';

/** Stops told beyond this end the trace (a trace of an endless loop would never end). */
const maxSteps = 20_000;

/** What `glassbox trace` takes besides the file. */
export interface TraceFlags extends TraceWindow {
  /** A global gc() (--expose-gc); each collection is told as its two phases. */
  exposeGc?: boolean;
}

/**
 * What is told: a stop, and what happens after it until the next one (console output, tier
 * and collector events), only while that stop's step is inside the window.
 */
class Story {
  /** The step of the last stop; the run's output until the next stop happens at it. */
  step = 0;
  constructor(readonly window: TraceWindow, private readonly write: (s: string) => void) {}

  get telling(): boolean { return inWindow(this.window, this.step); }
  /** A line about the current moment: printed only inside the window. */
  tell(s: string): void { if (this.telling) this.write(s); }
  /** A line printed whatever the window (the header, how the run ended). */
  always(s: string): void { this.write(s); }
}

export function traceCommand(file: string, flags: TraceFlags = {}): number {
  const source = readSource(file);
  if (source === undefined) return 1;
  const out = new OutputBuffer();
  const readFile = programFolderReader(file);
  const story = new Story({ from: flags.from, to: flags.to }, (s) => out.write('stdout', s + '\n'));
  try {
    // Each agent's places: a frame of its own program names no file.
    const places = new Map<number, Places>();
    const attach = (m: GroupMember): void => {
      m.agent.attachDebugger(true).exceptionMode = 'none';
      places.set(m.id, new Places(m.source, readFile));
    };
    // A worker is told too: its stops name its thread (AgentGroup gives the order of the turns).
    const group = new AgentGroup(source, {
      fileName: file, modulePath: path.resolve(file),
      // The second tier's events, told as they happen (never by `glassbox run`: its output is Node's).
      onTierEvent: (e) => story.tell(`   tier: ${describeTierEvent(e)}`),
      exposeGc: flags.exposeGc,
      // A collection told as the debugger's stepIntoGc stops tell it: its mark phase, then its sweep.
      onGc: (r) => { for (const phase of ['mark', 'sweep'] as const) story.tell(`── ${gcPhaseText(r, phase)} (${r.reason})`); },
    }, {
      readFile, readDir: programFolderLister(file),
      onConsole: (e) => story.tell(`   ${e.level === 'log' ? 'console' : `console.${e.level}`}: ${e.text.split('\n').join('\n            ')}`),
    }, { agentStarted: attach });
    attach(group.main);
    if (isWindowed(story.window)) story.always(windowHeader(story.window));
    return traceLoop(group, places, story);
  } catch (err) {
    out.write('stderr', describeHostError(err, file) + '\n');
    return err instanceof GlassboxSyntaxError ? 1 : internalErrorExitCode;
  } finally {
    out.flush();
  }
}


function traceLoop(group: AgentGroup, places: Map<number, Places>, story: Story): number {
  // The queues are told when they change, and at the first stop told (the window's start).
  let lastQueues: string | undefined;
  for (let told = 0; ; ) {
    const s = group.step(100_000);
    if (s.kind === 'ended') {
      const outcome = s.outcome;
      const before = story.window.from !== undefined && story.step < story.window.from ? ` at step ${story.step}, before the window` : '';
      story.always(outcome.kind === 'completed' ? `── program finished${before}` : `── ${outcome.report.split('\n')[0]}`);
      return outcome.kind === 'uncaught' ? 1 : outcome.exitCode;
    }
    if (s.result !== 'paused') continue;
    const { agent, id, name } = s.member;
    const dbg = agent.attachDebugger(true);
    story.step = dbg.stop()!.step;
    if (story.window.to !== undefined && story.step > story.window.to) { story.always(`── end of the window: the run goes on past step ${story.window.to}`); return 0; }
    if (story.telling) {
      if (++told > maxSteps) { story.always(`── trace stopped after ${maxSteps} stops, at step ${story.step} (--from ${story.step} goes on from there)`); return 0; }
      // A worker's stops are told with its thread's name; the main thread's as before.
      describeStop(dbg, places.get(id)!, (line) => story.tell(id === 0 ? line : `[${name}] ${line}`));
      const queues = describeQueues(agent);
      if (queues !== lastQueues) { story.tell(`   ${queues}`); lastQueues = queues; }
    }
    dbg.stepIn();
  }
}

/** The source lines of the program and of the files it required, and how a place in one is named. */
class Places {
  private readonly texts = new Map<string, string[]>();
  constructor(private readonly programSource: string, private readonly read: (file: string) => FileRead) {}

  /** `line 3:5` in the program; `math.js line 3:5` in a required file (`node:events line …` in a core module). */
  name(f: FrameView): string {
    const where = `line ${f.line}:${f.column}`;
    return f.file === undefined ? where : `${path.isAbsolute(f.file) ? path.basename(f.file) : f.file} ${where}`;
  }

  /** The text of the frame's line, trimmed ('' where there is no file to read). */
  lineOf(f: FrameView): string {
    return (this.linesOf(f.file)[f.line - 1] ?? '').trim();
  }

  private linesOf(file: string | undefined): string[] {
    const key = file ?? '';
    let lines = this.texts.get(key);
    if (!lines) {
      const text = file === undefined ? this.programSource : path.isAbsolute(file) ? readText(this.read(file)) : '';
      this.texts.set(key, (lines = text.split('\n')));
    }
    return lines;
  }
}

function readText(r: FileRead): string {
  return r.kind === 'file' ? r.source : '';
}

function describeStop(dbg: EngineDebugger, places: Places, print: (s: string) => void): void {
  const stop = dbg.stop()!;
  // The moment, as the debugger's timeline and `--from`/`--to` name it.
  const step = `── step ${stop.step} · `;
  if (stop.phase === 'task') { print(`${step}event loop: ${stop.task}`); return; }
  const frames = dbg.frames();
  const top = frames[0];
  const where = places.name(top);
  if (stop.phase === 'creation') {
    const what = stop.isGlobal ? 'global execution context' : stop.loading ? 'its module function' : stop.functionName ? `${stop.functionName}(${stop.params.join(', ')})` : stop.displayName;
    print(`${step}${stop.loading ? `loading ${stop.loading}: ` : ''}creation phase of ${what}: declarations hoisted (${where})`);
    for (const scope of dbg.scopes(0)) {
      if (scope.kind === 'closure') continue;
      const bindings = dbg.children(scope.handle).filter((b) => b.kind === 'binding');
      if (bindings.length) print(`   ${scope.name}: ${bindings.map((b) => `${b.name} = ${b.state === 'uninitialized' ? '<TDZ>' : b.value.preview}`).join(', ')}`);
    }
  } else print(`${step}${where}  ${places.lineOf(top)}`);
  print(`   stack: ${frames.map((f) => (f.origin ? `${f.name} [${f.origin}]` : f.name)).join(' < ')}`);
}

function describeQueues(agent: Agent): string {
  const s = agent.eventLoopSnapshot();
  const list = <T>(items: T[], show: (t: T) => string) => `[${items.map(show).join(', ')}]`;
  return `queues at ${s.time}ms: Web APIs ${list(s.webApis, (t) => (t.kind === 'message' ? `${t.name} due ${t.due}ms` : `${t.label ?? `${t.kind} #${t.id}`} ${t.name}() due ${t.due}ms`))}`
    + ` | macrotasks ${list(s.macrotasks, (t) => `${t.kind} #${t.id} ${t.name}()`)}`
    + ` | microtasks ${list(s.microtasks, (j) => `${j.kind} ${j.name}`)}`
    + ` | nextTicks ${list(s.nextTicks, (j) => `${j.name}()`)}`
    // Only after a collection queued a FinalizationRegistry cleanup.
    + (s.cleanups.length ? ` | cleanups ${list(s.cleanups, (j) => `${j.name}()`)}` : '');
}
