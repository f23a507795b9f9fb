// The debugger's control side and the VM's debug hooks: breakpoints (with the host's
// conditions), pause requests, stepping and exception stops, decided at each hook point.
// Plain data in, a stop reason out; it knows no protocol and evaluates nothing itself.
import type { FunctionCode } from '../bytecode/code';
import { StepKind } from '../bytecode/opcodes';
import { StepPointTable } from './stepPoints';
import type { Value } from '../heap/values';
import type { DebugHooks } from '../vm/debugHooks';
import type { Frame } from '../vm/frame';
import type { Machine } from '../vm/machine';
import type { TimelineLog, TimelineMark } from './timeline/log';
import type { ScanRecorder } from './timeline/scan';
import type { DataChange, DataWatches } from './dataWatch/dataWatch';

/** 'instruction' steps one bytecode instruction, wherever it is (see afterInstruction). */
export type StepGranularity = 'statement' | 'expression' | 'instruction';
export type StopKind = 'entry' | 'step' | 'breakpoint' | 'pause' | 'debugger' | 'exception' | 'data';
export type ExceptionBreakMode = 'none' | 'uncaught' | 'all';

export interface StopInfo {
  kind: StopKind;
  /** 'creation': a context's declarations were just instantiated; 'task': a task is about to run. */
  phase: 'creation' | 'execution' | 'task';
  frame: Frame | null;
  breakpointId?: number;
  task?: string;
  /** For an exception stop: the value thrown, and whether a handler will catch it. */
  thrown?: { value: Value; caught: boolean };
  /** A step by instruction ended here: the frame is shown at the instruction it runs next. */
  byInstruction?: boolean;
  /** For a data stop: what changed, from what to what, and where. */
  change?: DataChange;
}

/** An async function waiting at `await` will come back; stepping waits for it. */
function isSuspendedAsync(f: Frame): boolean {
  const g = f.generator as { state?: string; className?: string } | null;
  return !!g && g.className === 'AsyncFunction' && g.state !== 'completed';
}

export interface BreakpointRequest {
  line: number;
  column?: number;
}

export interface BreakpointLocation {
  id: number;
  verified: boolean;
  line: number;
  column: number;
}

/**
 * Asked when breakpoint `id` is reached, with the run paused there: false goes on as if
 * it were not there (a condition, hit count or logpoint), so a step in progress goes on too.
 */
export type ShouldStop = (id: number) => boolean;

interface Placed { id: number; shouldStop: ShouldStop | undefined }

type StepMode =
  | { kind: 'run' }
  | { kind: 'in'; granularity: StepGranularity }
  | { kind: 'over' | 'out'; granularity: StepGranularity; frame: Frame; depth: number };

/** A change the learner made at a position ahead of the run, to make when the run gets there. */
export interface PendingChange { step: number; units: number; make: () => void }

/** Installs itself as the machine's debug hooks: the one place that decides where a run stops. */
export class Controller implements DebugHooks {
  private modeNow: StepMode = { kind: 'run' };
  private get mode(): StepMode { return this.modeNow; }
  private set mode(m: StepMode) { this.modeNow = m; this.rewatch(); }
  /**
   * True when every step point matters (a pause asked, a step under way, function breakpoints,
   * the timeline being recorded, a seek near its target); else only functions with breakpoints call onStep.
   */
  watchesSteps = false;
  /** Whether stepping, pausing or function breakpoints want every step point (watchesSteps without the timeline). */
  private wantsSteps = false;
  /** The timeline this run records into, past its last moment (the replays of the past record nothing). */
  private timeline: TimelineLog | null = null;
  /** Changes the learner made at moments still ahead of this run (it was replayed to before them), by moment. */
  private pendingChanges: PendingChange[] = [];
  /** A seek (replay) under way: the moment it stops at, or -1. Nothing else stops meanwhile, unless a recorder scans. */
  private seekTarget = -1;
  /** A seek still far from its target runs without onStep at every step point (see Agent.seek). */
  private seekFar = false;
  /** Set during a scan replay: breakpoint and data stops are reported to it and the run goes on. */
  recorder: ScanRecorder | null = null;
  /** Instructions run (Machine.instructionsRun) at the last moment: a stop by instruction is that moment plus the difference. */
  private unitsAtMoment = 0;
  private pauseWanted = false;
  private get pauseRequested(): boolean { return this.pauseWanted; }
  private set pauseRequested(v: boolean) { this.pauseWanted = v; this.rewatch(); }
  private breakpoints = new Map<FunctionCode, Map<number, Placed>>();
  private functionBreakpoints = new Map<FunctionCode, Placed>();
  private nextBreakpointId = 1;
  /** Where breakpoints can go; made when breakpoints are first placed. */
  private readonly points: StepPointTable;
  stop: StopInfo | null = null;
  exceptionMode: ExceptionBreakMode = 'uncaught';
  pausedThrow: { value: Value } | null = null;
  readonly refusesCalls = false;
  /** Data breakpoints (dataWatch/), asked at every step point while they watch something. */
  private dataWatch: DataWatches | null = null;

  /** Where breakpoints can go in each file the program required, by its path (compiled on require). */
  private readonly modules = new Map<string, StepPointTable>();
  private readonly programFile: string;

  constructor(private readonly m: Machine, program: FunctionCode, stopOnEntry: boolean) {
    this.points = new StepPointTable(program);
    this.programFile = program.fileName;
    if (stopOnEntry) this.mode = { kind: 'in', granularity: 'statement' };
    this.rewatch();
    m.debug = this;
  }

  protected rewatch(): void {
    this.wantsSteps = this.pauseWanted || this.modeNow.kind !== 'run' || this.functionBreakpoints.size > 0;
    const seekNear = this.seekTarget >= 0 && !this.seekFar;
    // Data watches compare their values at every step point, seeking or not.
    const watchingData = this.dataWatch?.active === true;
    this.watchesSteps = this.wantsSteps || seekNear || watchingData || (this.timeline !== null && this.seekTarget < 0);
  }

  /** Installs the data watches (null: none); each step point then compares their values. */
  setDataWatches(w: DataWatches | null): void {
    this.dataWatch = w;
    this.rewatch();
  }

  /**
   * Changes to make when the run reaches their moment (a setVariable or REPL side effect made
   * there in a later part of the run, before the learner went back): the run forwards from
   * here is then the future those changes started, as every replay makes it.
   */
  setPendingChanges(changes: PendingChange[]): void {
    this.pendingChanges = [...changes].sort((a, b) => a.step - b.step || a.units - b.units);
  }

  /**
   * Makes the pending changes the run has reached: at a step point `units` is 0; at a
   * `debugger` statement, the instructions since it. A change made at a stop by instruction
   * is made at the next step point after it (its place is not a hook of a run forwards).
   */
  private makeChangesAt(step: number, units = 0): void {
    const due = (c: PendingChange) => c.step < step || (c.step === step && c.units <= units);
    while (this.pendingChanges.length > 0 && due(this.pendingChanges[0])) this.pendingChanges.shift()!.make();
  }

  /** Records every later moment of the run into `log`. */
  recordInto(log: TimelineLog): void {
    this.timeline = log;
    this.rewatch();
  }

  /** Starts or ends a seek to moment `target` (-1 ends it); `far`: onStep need not be called at every step point yet. */
  seek(target: number, far: boolean): void {
    this.seekTarget = target;
    this.seekFar = far;
    this.rewatch();
  }

  /** Instructions run since the last moment: with `stop.step`, the position of a stop by instruction. */
  get unitsSinceMoment(): number {
    return this.m.instructionsRun() - this.unitsAtMoment;
  }

  /** Where breakpoints can go: the program's step points, then each required file's. */
  private tables(): StepPointTable[] {
    return [this.points, ...this.modules.values()];
  }

  /** A file the program required was compiled: its step points join the places breakpoints can go. */
  addModule(code: FunctionCode): void {
    this.modules.set(code.fileName, new StepPointTable(code));
  }

  /**
   * Replaces the breakpoints of one file (the program's when `file` is left out); each moves
   * to the first statement step point at or after its line. A required file not loaded yet
   * gets none: `undefined`, and they are placed when it loads (see addModule).
   */
  setBreakpoints(requests: BreakpointRequest[], shouldStop?: ShouldStop, file = this.programFile): BreakpointLocation[] | undefined {
    const points = file === this.programFile ? this.points : this.modules.get(file);
    for (const code of [...this.breakpoints.keys()]) {
      if (code.fileName !== file) continue;
      code.hasBreakpoints = false;
      this.breakpoints.delete(code);
    }
    if (!points) return undefined;
    return requests.map((req) => {
      const id = this.nextBreakpointId++;
      points.compileWhere(() => {
        const best = points.firstStatementLine(req.line);
        return (code) => code.range.endLine >= req.line && code.range.line <= best;
      });
      const candidates = points.all().filter((p) => p.kind !== StepKind.Expression && p.line >= req.line);
      candidates.sort((a, b) => a.line - b.line || a.column - b.column);
      const onLine = candidates.filter((p) => p.line === candidates[0]?.line);
      const best = onLine.find((p) => req.column === undefined || p.column >= req.column) ?? onLine[0];
      if (!best) return { id, verified: false, line: req.line, column: req.column ?? 1 };
      for (const p of onLine.filter((q) => q.line === best.line && q.column === best.column)) {
        let byPc = this.breakpoints.get(p.code);
        if (!byPc) this.breakpoints.set(p.code, (byPc = new Map()));
        p.code.hasBreakpoints = true;
        byPc.set(p.pc, { id, shouldStop });
      }
      return { id, verified: true, line: best.line, column: best.column };
    });
  }

  /** Replaces all function breakpoints: each stops at the creation phase of every function so named. */
  setFunctionBreakpoints(names: string[], shouldStop?: ShouldStop): BreakpointLocation[] {
    this.functionBreakpoints.clear();
    this.rewatch();
    return names.map((name) => {
      const id = this.nextBreakpointId++;
      // A function's name is written in its own source or in that of a function around it.
      const entries = this.tables().flatMap((points) => {
        points.compileWhere(() => (code) => code.sourceText.includes(name));
        return points.all().filter((p) => p.kind === StepKind.Creation && !p.code.isProgram && p.code.name === name);
      });
      entries.sort((a, b) => a.line - b.line || a.column - b.column);
      for (const p of entries) this.functionBreakpoints.set(p.code, { id, shouldStop });
      this.rewatch();
      return { id, verified: entries.length > 0, line: entries[0]?.line ?? 0, column: entries[0]?.column ?? 0 };
    });
  }

  pause(): void { this.pauseRequested = true; }

  /** Where breakpoints with ids in `ids` are placed (a function breakpoint: its function's creation step point). */
  placesOf(ids: ReadonlySet<number>): { code: FunctionCode; pc: number }[] {
    const out: { code: FunctionCode; pc: number }[] = [];
    for (const [code, byPc] of this.breakpoints) for (const [pc, p] of byPc) if (ids.has(p.id)) out.push({ code, pc });
    for (const [code, p] of this.functionBreakpoints) {
      if (!ids.has(p.id)) continue;
      const entry = this.tables().flatMap((points) => points.all()).find((q) => q.code === code && q.kind === StepKind.Creation);
      if (entry) out.push({ code, pc: entry.pc });
    }
    return out;
  }
  resume(): void { this.mode = { kind: 'run' }; this.stop = null; }
  stepIn(granularity: StepGranularity = 'statement'): void { this.mode = { kind: 'in', granularity }; this.stop = null; }
  stepOver(granularity: StepGranularity = 'statement'): void { this.stepFrom('over', granularity); }
  stepOut(granularity: StepGranularity = 'statement'): void { this.stepFrom('out', granularity); }

  private stepFrom(kind: 'over' | 'out', granularity: StepGranularity): void {
    const frame = this.stop?.frame;
    this.stop = null;
    if (!frame) { this.mode = { kind: 'in', granularity }; return; }
    this.mode = { kind, granularity, frame, depth: this.depthOf(frame) };
  }

  /** Index of `frame` among the JS frames (0 = bottom), or -1 when it is gone. */
  private depthOf(frame: Frame): number {
    let d = 0;
    for (const f of this.m.frames) {
      if (f.isNative) continue;
      if (f === frame) return d;
      d++;
    }
    return -1;
  }

  onStep(f: Frame, kind: number, pc: number): boolean {
    const step = this.m.steps;
    this.timeline?.recordStep(step, kind, f.code, pc, this.m.frames.length);
    this.unitsAtMoment = this.m.instructionsRun();
    const change = this.dataWatch?.check(f, pc);
    if (this.pendingChanges.length > 0) this.makeChangesAt(step);
    if (this.seekTarget >= 0) return this.onSeekStep(f, kind, pc, step, change);
    if (change) {
      if (!this.recorder) return this.halt('data', f, kind, undefined, false, change);
      this.recorder.hit(step, 'data', change.text);
    }
    if (!this.wantsSteps && !f.code.hasBreakpoints) return false;
    if (this.pauseRequested) return this.halt('pause', f, kind);
    const bp = this.breakpoints.get(f.code)?.get(pc) ?? (kind === StepKind.Creation ? this.functionBreakpoints.get(f.code) : undefined);
    // A breakpoint that says go on leaves the step in progress as it was; a scan notes the hit and goes on.
    if (bp !== undefined && (bp.shouldStop === undefined || bp.shouldStop(bp.id))) {
      if (this.recorder === null) return this.halt('breakpoint', f, kind, bp.id);
      this.recorder.hit(step, 'breakpoint');
    }
    const mode = this.mode;
    if (mode.kind === 'run' || mode.granularity === 'instruction') return false;
    if (kind === StepKind.Expression && mode.granularity !== 'expression') return false;
    if (mode.kind === 'in') return this.halt(this.stop === null && this.isEntry(f) ? 'entry' : 'step', f, kind);
    const depth = this.depthOf(mode.frame);
    const gone = depth < 0 && !isSuspendedAsync(mode.frame);
    if (mode.kind === 'over') {
      if (f === mode.frame || gone || (depth >= 0 && this.depthOf(f) < mode.depth)) return this.halt('step', f, kind);
      return false;
    }
    if (gone || (depth >= 0 && this.depthOf(f) < mode.depth)) return this.halt('step', f, kind);
    return false;
  }

  /** During a seek: stop at the target as a step stop (the entry stop at the program's first moment); a scan reports breakpoint hits. */
  private onSeekStep(f: Frame, kind: number, pc: number, step: number, change: DataChange | undefined): boolean {
    if (step === this.seekTarget) {
      this.seek(-1, false);
      return this.halt(this.isEntry(f) && step === 1 ? 'entry' : 'step', f, kind);
    }
    this.entered = true;
    if (this.recorder === null) return false;
    if (change) this.recorder.hit(step, 'data', change.text);
    const bp = this.breakpoints.get(f.code)?.get(pc) ?? (kind === StepKind.Creation ? this.functionBreakpoints.get(f.code) : undefined);
    if (bp !== undefined && (bp.shouldStop === undefined || bp.shouldStop(bp.id))) this.recorder.hit(step, 'breakpoint');
    return false;
  }

  /** True while a step by instruction is under way: the run goes one instruction at a time and asks afterInstruction. */
  get stepsByInstruction(): boolean {
    return this.mode.kind !== 'run' && this.mode.granularity === 'instruction';
  }

  /**
   * One instruction ran while stepping by instruction: stop in the top JS frame if the step
   * is done. In: at once. Over: once back in the stepping frame or below it (a call runs
   * to its end). Out: once below it.
   */
  afterInstruction(): boolean {
    const mode = this.mode;
    const top = this.topJsFrame();
    if (!top) return false;
    if (this.pauseRequested || mode.kind === 'in') return this.halt(this.pauseRequested ? 'pause' : 'step', top, StepKind.Statement, undefined, true);
    if (mode.kind === 'run') return false;
    const depth = this.depthOf(mode.frame);
    const gone = depth < 0 && !isSuspendedAsync(mode.frame);
    const topDepth = this.depthOf(top);
    const done = mode.kind === 'over' ? topDepth <= mode.depth : topDepth < mode.depth;
    return (gone || (depth >= 0 && done)) && this.halt('step', top, StepKind.Statement, undefined, true);
  }

  onDebugger(f: Frame): boolean {
    if (this.pendingChanges.length > 0) this.makeChangesAt(this.m.steps, this.unitsSinceMoment);
    if (this.seekTarget >= 0) return false;
    return this.halt('debugger', f, StepKind.Statement);
  }

  /** A long builtin between two slices: a pause stops in the JS frame that called it. */
  onNativeWait(): boolean {
    if (!this.pauseRequested) return false;
    const caller = this.topJsFrame();
    return caller !== undefined && this.halt('pause', caller, StepKind.Statement);
  }

  /** Stops at a throw when the exception mode asks for it (the VM holds the exception meanwhile). */
  onThrow(value: Value, caught: boolean): boolean {
    if (this.seekTarget >= 0) return false;
    if (this.exceptionMode === 'none' || (this.exceptionMode === 'uncaught' && caught)) return false;
    const frame = this.topJsFrame();
    if (!frame) return false;
    this.stop = { kind: 'exception', phase: 'execution', frame, thrown: { value, caught } };
    return true;
  }

  private topJsFrame(): Frame | undefined {
    const frames = this.m.frames;
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i];
      if (!f.isNative) return f;
    }
    return undefined;
  }

  /** Taking a task from a queue is a step point when stepping in or pausing (and a moment of the timeline). */
  atTask(label: string, mark?: Omit<TimelineMark, 'step' | 'label'>): boolean {
    const step = this.m.steps;
    if (mark) this.timeline?.recordTask(step, { ...mark, label });
    this.unitsAtMoment = this.m.instructionsRun();
    // The last statement of the task that ended has no step point after it in its frame.
    const change = this.dataWatch?.check(null, 0);
    if (change && this.recorder) this.recorder.hit(step, 'data', change.text);
    if (this.pendingChanges.length > 0) this.makeChangesAt(step);
    if (this.seekTarget >= 0) {
      if (step !== this.seekTarget) return false;
      this.seek(-1, false);
      this.stop = { kind: 'step', phase: 'task', frame: null, task: label };
      return true;
    }
    if (change && !this.recorder) return this.haltAtTask('data', label, change);
    const mode = this.mode;
    const steppingOutOfGone = (mode.kind === 'over' || mode.kind === 'out') && this.depthOf(mode.frame) < 0 && !isSuspendedAsync(mode.frame);
    if (!this.pauseRequested && mode.kind !== 'in' && !steppingOutOfGone) return false;
    return this.haltAtTask('step', label);
  }

  private haltAtTask(kind: 'step' | 'data', label: string, change?: DataChange): true {
    this.pauseRequested = false;
    this.mode = { kind: 'run' };
    this.stop = { kind, phase: 'task', frame: null, task: label, change };
    return true;
  }

  private entered = false;
  private isEntry(f: Frame): boolean {
    if (this.entered) return false;
    this.entered = true;
    return f.code.isProgram;
  }

  private halt(kind: StopKind, frame: Frame, stepKind: number, breakpointId?: number, byInstruction = false, change?: DataChange): true {
    this.pauseRequested = false;
    this.entered = true;
    this.mode = { kind: 'run' };
    this.stop = { kind, phase: stepKind === StepKind.Creation ? 'creation' : 'execution', frame, breakpointId };
    if (byInstruction) this.stop.byInstruction = true;
    if (change) this.stop.change = change;
    return true;
  }
}
