// The debugger's face of a run: control (breakpoints, stepping, pause), the stop reason,
// and inspection and evaluation of the paused state. The adapter uses only this, and gets
// plain data from it (views, handles, texts), never an engine Value.
import type { FunctionCode } from '../bytecode/code';
import { Env } from '../env/env';
import { toBoolean } from '../ops/convert';
import type { Machine } from '../vm/machine';
import { assign } from './assign';
import { BreakpointLocation, BreakpointRequest, Controller, ExceptionBreakMode, PendingChange, ShouldStop, StepGranularity, StopInfo } from './controller';
import { evaluateIn, EvalResult, exceptionText, runEvaluation, wasRefusedForSideEffect } from './evaluate';
import { codeDisplayName } from './displayName';
import type { HandleSpace } from './handleSpace';
import { ChildCounts, ChildPage, ChildView, DebuggerHost, FrameView, Inspector, ScopeView, ValueView } from './inspector';
import { CodeIndex, instructionPointer } from './codeIndex';
import { instructionRecords, instructionStarts, type DisassembleOptions, type InstructionRecord } from '../bytecode/disassemble';
import { frameSpan } from './frameView';
import { loadingLabel, moduleFrameName } from './moduleLoad';
import { rangeAt } from './location';
import { siteAnnotation } from '../vm/inlineCache';
import { HeapIds, buildHeapGraph, type HeapGraph } from './heapGraph';
import { gcPhaseText, type GcPhase } from './gcStory';
import type { GcReport } from '../heap/collector';
import type { TimelineLog, TimelineMark } from './timeline/log';
import type { ScanRecorder } from './timeline/scan';
import type { LoggedPlace } from './timeline/queries';
import { DataWatches, type DataTargetView, type DataWatchPlacement } from './dataWatch/dataWatch';
import { initialChain, type RowPlace } from './dataWatch/cellNames';

export type { DebuggerHost, ExceptionBreakMode };

export interface StopView {
  kind: StopInfo['kind'];
  phase: StopInfo['phase'];
  /** The function whose context is on top, and its parameter list as written. */
  functionName: string;
  params: string[];
  /** How the debugger names the function: its name, or for one without a name its source start. */
  displayName: string;
  isGlobal: boolean;
  /** At a required file's module function: the file as the program would name it (`./math.js`), so its creation phase reads "Loading ./math.js". */
  loading?: string;
  breakpointId?: number;
  /** For a stop before a task runs: which task ("timer #2 -> later()"). */
  task?: string;
  /** The moment: step points passed so far, tasks included (Machine.steps), the same in every replay. */
  step: number;
  /** For a data stop: the watched value's change, `total: 10 → NaN (line 14)`, and the dataId it was watched by. */
  change?: { text: string; dataId: string };
  /** `uncaught`: no handler will catch it (with exceptionMode 'all', a stop may be for a caught one). */
  exception?: ValueView & { text: string; uncaught: boolean };
}

/**
 * An evaluation as the adapter sees it: a view of the value, its text in a log message (a
 * string as it is, anything else its preview) and its truth as a condition; or the error's text.
 */
export type EvaluationView = { ok: true; value: ValueView; text: string; truthy: boolean } | { ok: false; error: string; sideEffect?: true };

/** Part of a function's bytecode as the Disassembly view shows it. */
export interface CodeDisassembly {
  /** The function as the call stack names it. */
  name: string;
  /** The instructions asked for. */
  instructions: InstructionRecord[];
}

/** One per run: its controller is the machine's debug hooks, its inspector makes the views. */
export class EngineDebugger {
  private readonly controller: Controller;
  private readonly inspector: Inspector;
  private readonly codes = new CodeIndex();
  /** Notes per instruction in disassembly (an inline cache's state); set by whoever keeps such state. */
  /** Notes after instructions in the Disassembly view: property sites' inline-cache states. */
  annotate: DisassembleOptions['annotate'] = siteAnnotation;
  private readonly heapIds = new HeapIds();
  /** The program frame's records when the debugger was attached: a data watch names them by hop (made before any replay numbers cells). */
  private readonly initialEnvs: Env[];

  /** The program's file name as the engine knows it (frames of other code name theirs). */
  private readonly programFile: string;

  constructor(private readonly m: Machine, program: FunctionCode, stopOnEntry: boolean, private readonly host: DebuggerHost, handles: HandleSpace) {
    this.programFile = program.fileName;
    this.controller = new Controller(m, program, stopOnEntry);
    this.inspector = new Inspector(m, host, handles);
    this.initialEnvs = initialChain(m);
  }

  /** Which exceptions stop the run: none, uncaught ones, or all. */
  get exceptionMode(): ExceptionBreakMode { return this.controller.exceptionMode; }
  set exceptionMode(mode: ExceptionBreakMode) { this.controller.exceptionMode = mode; }

  /** Replaces the line breakpoints of the program's file; `shouldStop` is asked at each hit, paused there (conditions, hit counts, logpoints). */
  setBreakpoints(requests: BreakpointRequest[], shouldStop?: ShouldStop): BreakpointLocation[] {
    return this.controller.setBreakpoints(requests, shouldStop && this.deciding(shouldStop)) ?? [];
  }

  /** Replaces the line breakpoints of a file the program requires (its absolute path); undefined while it is not loaded. */
  setBreakpointsIn(file: string, requests: BreakpointRequest[], shouldStop?: ShouldStop): BreakpointLocation[] | undefined {
    return this.controller.setBreakpoints(requests, shouldStop && this.deciding(shouldStop), file);
  }

  /** Told when a required file was compiled (its path), so its breakpoints can be placed. */
  onModuleLoaded: ((file: string) => void) | undefined;

  /** The agent compiled a required file: its code joins the places breakpoints go. */
  moduleLoaded(code: FunctionCode): void {
    this.controller.addModule(code);
    this.onModuleLoaded?.(code.fileName);
  }
  /** Breakpoints by function name, hit at the creation phase of each call. */
  setFunctionBreakpoints(names: string[], shouldStop?: ShouldStop): BreakpointLocation[] {
    return this.controller.setFunctionBreakpoints(names, shouldStop && this.deciding(shouldStop));
  }
  pause(): void { this.controller.pause(); }

  /** A breakpoint that lets the run go on leaves no handles behind: they belong to stops. */
  private deciding(shouldStop: ShouldStop): ShouldStop {
    return (id) => {
      const stop = shouldStop(id);
      if (!stop) this.inspector.reset();
      return stop;
    };
  }

  continue(): void { this.inspector.reset(); this.controller.resume(); }
  stepIn(g?: StepGranularity): void { this.inspector.reset(); this.controller.stepIn(g); }
  stepOver(g?: StepGranularity): void { this.inspector.reset(); this.controller.stepOver(g); }
  stepOut(g?: StepGranularity): void { this.inspector.reset(); this.controller.stepOut(g); }

  /** The agent asks this before each slice: a step by instruction runs one instruction at a time. */
  get stepsByInstruction(): boolean { return this.controller.stepsByInstruction; }
  /** After each instruction of a step by instruction: true when the run stops here. */
  afterInstruction(): boolean { return this.controller.afterInstruction(); }

  /** Why the run is paused, or null while it runs. */
  stop(): StopView | null {
    const s = this.controller.stop;
    if (!s) return null;
    const code = s.frame?.code;
    const loading = code && loadingLabel(code, this.programFile, this.host.programPath);
    const view: StopView = { kind: s.kind, phase: s.phase, functionName: code?.name ?? '', params: code?.paramNames ?? [], displayName: code ? codeDisplayName(code) : '', isGlobal: code?.isProgram === true && !loading, breakpointId: s.breakpointId, task: s.task, step: this.m.steps };
    if (loading) view.loading = loading;
    if (s.change) view.change = { text: s.change.text, dataId: s.change.dataId };
    if (s.thrown) view.exception = { ...this.inspector.view(s.thrown.value), text: exceptionText(s.thrown.value), uncaught: !s.thrown.caught };
    return view;
  }

  /**
   * The paused frames, innermost first, each with the instruction it is at. After a step by
   * instruction the top frame shows the place of the instruction it runs next.
   */
  frames(): FrameView[] {
    const stop = this.controller.stop;
    const js = this.inspector.jsFrames();
    const onTop = this.m.frames[this.m.frames.length - 1];
    return this.inspector.frames().map((view, i) => {
      const f = js[i];
      const pc = instructionPointer(f, i === 0 && f === onTop && stop?.kind !== 'exception');
      const placed = i === 0 && stop?.byInstruction ? { ...view, ...frameSpan(rangeAt(f.code, pc)) } : view;
      const withPointer = { ...placed, instruction: { code: this.codes.idOf(f), pc } };
      const loading = loadingLabel(f.code, this.programFile, this.host.programPath);
      if (f.code.fileName === this.programFile) return loading ? { ...withPointer, name: moduleFrameName(loading) } : withPointer;
      // Code from elsewhere (a required file, a core module's `node:events`, `new Function`, eval) names its own file.
      return loading ? { ...withPointer, name: moduleFrameName(loading), isGlobal: false, file: f.code.fileName } : { ...withPointer, file: f.code.fileName };
    });
  }

  /** Whether this run gave out a code number (in a frame's `instruction`). */
  hasCode(code: number): boolean { return this.codes.get(code) !== undefined; }

  /** A numbered code's length in words and the pc of each instruction, in order; undefined for a number this run never gave. */
  instructionLayout(code: number): { length: number; starts: number[] } | undefined {
    const entry = this.codes.get(code);
    return entry && { length: entry.code.ops.length, starts: instructionStarts(entry.code) };
  }

  /** The instructions of a numbered code with pcs from `from` to `to` (exclusive); `target` prints jump targets. */
  disassembly(code: number, from: number, to: number, target?: (pc: number) => string): CodeDisassembly | undefined {
    const entry = this.codes.get(code);
    if (!entry) return undefined;
    const records = instructionRecords(entry.code, { outer: entry.outer, annotate: this.annotate, target, from, to });
    return { name: codeDisplayName(entry.code), instructions: records };
  }

  scopes(frameIndex: number): ScopeView[] { return this.inspector.scopes(frameIndex); }
  /**
   * The heap reachable from the paused frames' bindings, the program's globals and pending
   * timers, as boxes and arrows (ids stable while an object lives); at a GC stop, with the
   * collection's swept boxes and marking order. `selectedFrame` (0 = innermost) is drawn first.
   */
  heapGraph(collection?: { report: GcReport; phase: GcPhase }, selectedFrame = 0): HeapGraph {
    const graph = buildHeapGraph(this.inspector.jsFrames(), this.m.rootEnv, this.heapIds, this.host.outerRoots(), collection?.report.freedCells, selectedFrame);
    if (!collection) return graph;
    const { report, phase } = collection;
    const drawn = new Set(graph.nodes.map((n) => n.id));
    const markOrder: number[] = [];
    for (const cell of report.markOrder) {
      const id = this.heapIds.peek(cell);
      if (id !== undefined && drawn.has(id)) markOrder.push(id);
    }
    const freed = graph.nodes.filter((n) => n.freed).map((n) => n.id);
    return { ...graph, gc: { phase, text: gcPhaseText(report, phase), markOrder, freed } };
  }
  /** A view (with a handle for the Variables pane) of the object or scope record a heapGraph node id names; the caller checks the id is in the current graph. */
  heapNodeView(id: number, label: string): ValueView | undefined {
    const cell = this.heapIds.cell(id);
    if (cell === undefined) return undefined;
    return cell instanceof Env ? { preview: label, type: 'scope', handle: this.inspector.envHandle(cell) } : this.inspector.view(cell);
  }
  /** One scope with the user's bindings of every context on the chain, innermost first (shadowed ones left out). */
  chainScope(frameIndex: number): ScopeView | undefined { return this.inspector.chainScope(frameIndex); }
  /** The spec's model of the chain: per execution context, LexicalEnvironment, VariableEnvironment, this and outer. */
  specScopes(frameIndex: number): ScopeView[] { return this.inspector.specScopes(frameIndex); }
  /** A page of a handle's children; all of them (indexed first) without a page. */
  children(handle: number, page?: ChildPage): ChildView[] { return this.inspector.children(handle, page); }
  /** Whether a handle belongs to the current stop (handles are never reused). */
  has(handle: number): boolean { return this.inspector.has(handle); }
  /** How many indexed and named children a handle has, without making them. */
  counts(handle: number): ChildCounts | undefined { return this.inspector.counts(handle); }
  /** How many indexed children a handle has (cheaper than counts: named children are not listed). */
  indexedCount(handle: number): number { return this.inspector.indexedCount(handle); }
  /** A handle for part of another's indexed or named children (a group of a big array). */
  group(handle: number, filter: 'indexed' | 'named', start: number, count: number): number { return this.inspector.group(handle, filter, start, count); }

  /** Runs a lazy getter shown as `(...)`. */
  invokeGetter(handle: number): EvaluationView {
    const t = this.inspector.target(handle);
    if (!t || t.kind !== 'getter') return { ok: false, error: 'not a getter' };
    return this.viewOf(runEvaluation(this.m, () => this.m.call(t.getter, t.obj, [])));
  }

  /** Evaluates in the scope of frame `frameIndex` (0 = innermost), or globally when there is none. */
  evaluate(source: string, frameIndex = 0, sideEffectFree = false): EvaluationView {
    return this.viewOf(this.evaluateValue(source, frameIndex, sideEffectFree));
  }

  /** Engine-internal (the adapter gets views): the evaluation's value itself. */
  private evaluateValue(source: string, frameIndex = 0, sideEffectFree = false): EvalResult {
    const f = this.inspector.jsFrames()[frameIndex];
    const env: Env = f ? f.env : this.m.rootEnv;
    return evaluateIn(this.m, env, source, sideEffectFree);
  }

  private viewOf(r: EvalResult): EvaluationView {
    if (!r.ok) return wasRefusedForSideEffect(r) ? { ok: false, error: exceptionText(r.error), sideEffect: true } : { ok: false, error: exceptionText(r.error) };
    const view = this.inspector.view(r.value);
    return { ok: true, value: view, text: typeof r.value === 'string' ? r.value : view.preview, truthy: toBoolean(r.value) };
  }

  /**
   * Assigns `source`, evaluated in frame `frameIndex`, to a binding in a scope handle or a
   * property of an object handle; answers the new value's view or why it was not assigned.
   */
  setVariable(handle: number, name: string, source: string, frameIndex = 0): { ok: true; value: ValueView } | { ok: false; error: string } {
    const r = this.evaluateValue(source, frameIndex);
    if (!r.ok) return { ok: false, error: exceptionText(r.error) };
    const problem = assign(this.m, this.inspector.target(handle), name, r.value);
    return problem === undefined ? { ok: true, value: this.inspector.view(r.value) } : { ok: false, error: problem };
  }

  /** The dataId for row `name` of a Variables handle (bindings and own data properties), or null and why not; `place`: where an object row was reached. */
  dataTarget(handle: number, name: string, place?: RowPlace): DataTargetView {
    return this.dataWatches().target(this.inspector.target(handle), name, this.host.userGlobalKeys(), place);
  }

  /**
   * Replaces all data watches. Installed before the run's first step (a replay), it numbers
   * cells so every dataId resolves as the run makes its cell; `stableDataIds` then gives
   * the anchored ones' stable names.
   */
  setDataWatches(ids: string[]): DataWatchPlacement[] {
    const w = this.dataWatches();
    const placed = w.set(ids);
    // With none, no check at each step point (and nothing of the run held by the watches).
    this.controller.setDataWatches(w.active ? w : null);
    return placed;
  }

  /** Anchored dataIds this run has resolved, with the stable dataId a fresh replay finds from the start. */
  stableDataIds(): Map<string, string> { return this.dataWatches().stableIds(); }

  private watchesNow: DataWatches | undefined;
  private dataWatches(): DataWatches {
    return (this.watchesNow ??= new DataWatches(this.m, this.initialEnvs, () => this.host.heapAccount()));
  }

  /** A task is about to run: a step point of its own when stepping in or pausing, and a mark of the timeline. */
  atTask(label: string, mark?: Omit<TimelineMark, 'step' | 'label'>): boolean {
    return this.controller.atTask(label, mark);
  }

  /** Records each later moment of the run (kind, place, depth, tasks) into `log`, for Step Back. */
  recordTimeline(log: TimelineLog): void { this.controller.recordInto(log); }
  /** Changes the learner made at moments ahead of this run, made when it reaches them (see Controller.setPendingChanges). */
  setPendingChanges(changes: PendingChange[]): void { this.controller.setPendingChanges(changes); }
  /** Engine-internal (Agent.seek drives it): a seek to moment `target`, -1 to end it. */
  seekMode(target: number, far: boolean): void { this.controller.seek(target, far); }
  /** During a scan replay, breakpoint and data stops go to `recorder` and the run goes on; null ends the scan. */
  set recorder(r: ScanRecorder | null) { this.controller.recorder = r; }
  /** The moment now (Machine.steps); with unitsSinceMoment, the exact position of a stop by instruction. */
  get moment(): number { return this.m.steps; }
  /** Instructions run since the current moment's step point (0 at a statement stop). */
  get unitsSinceMoment(): number { return this.controller.unitsSinceMoment; }
  /** Where the plain breakpoints (no condition asked) are placed, for the timeline's Reverse Continue. */
  breakpointPlaces(ids: ReadonlySet<number>): LoggedPlace[] { return this.controller.placesOf(ids); }

  /** Whether the top frame is at its creation phase (declarations instantiated, nothing run). */
  atCreation(): boolean {
    return this.controller.stop?.phase === 'creation';
  }
}
