// An agent: one machine (its frame stack), one event loop, the realm made for it, and its
// debugger, driven in slices: the script, then tasks in Node's order until nothing is left.
// Everything outside the engine reaches it through its host (host.ts) and this class's methods.
import type { FunctionCode } from '../bytecode/code';
import { compileProgram, rootScope } from '../compile/program';
import { EngineDebugger } from '../debug/engineDebugger';
import { HandleSpace } from '../debug/handleSpace';
import { HeapExhausted, JSThrow } from '../errors/internal';
import { GlassboxUnsupported, unsupportedReport } from '../errors/unsupported';
import { DEFAULT_MAX_HEAP_MB } from '../heap/defaults';
import { HeapLimit, HeapStats } from '../heap/heapLimit';
import type { PromiseObject } from '../heap/slots';
import type { Value } from '../heap/values';
import { EventLoop, type PortMessage, Task } from '../loop/eventLoop';
import { PortHub } from './messagePortHub';
import { portEventOf } from '../realm/node/messagePort';
import { installLoopBuiltins } from '../loop/loopBuiltins';
import { installPerformance } from '../loop/performance';
import { installFsContext } from '../realm/node/fsContext';
import { outerRoots } from '../debug/outerRoots';
import { LoopQueue, LoopSnapshot, queueEntries, snapshot, taskLabel, taskView } from '../loop/snapshot';
import { CALLBACK_INSTRUCTIONS, CLOCK_READ_INSTRUCTIONS, workMs } from '../loop/workClock';
import { makeModuleScope, type ModuleScope } from '../realm/commonjs';
import type { EsmLoader } from '../realm/esm/loader';
import { compileProgramFile, type PackageTypes } from '../realm/esm/format';
import { createEsmLoader, settleUnfinishedMain, startMainModule } from '../realm/esm/runtime';
import { createRealm } from '../realm/createRealm';
import { beforeExitEmitter, currentExitCode, exitEmitter, ProcessExit, setProgramPath } from '../realm/builtins/process';
import type { Realm } from '../realm/realm';
import { installAsyncGenerators, installAsyncIteratorPrototype } from '../vm/asyncGenerators';
import { ResultMode } from '../vm/frame';
import { installGenerators } from '../vm/generators';
import { execute } from '../vm/interpreter';
import { inspect } from '../inspect/inspect';
import { JSObject } from '../heap/object';
import { Machine } from '../vm/machine';
import type { AgentEvent, Host } from './host';
import { agentEventLabel, bindAgentLinks, dispatchAgentEvent, installWorkerGlobals } from '../realm/node/workerThreads';
import { serialize, type SerializedValue } from '../realm/node/workerThreadsClone';
import type { AgentOptions, RunOutcome, StepResult } from './options';
import { outcomeOf } from './outcome';
import { programFrame } from './programFrame';
import { FunctionHotness, hotnessOf } from '../tier/hotness';
import { Tiering, tierThresholds } from '../tier/tiering';
import { realmServices } from './realmServices';
import { cleanupJob, installGc } from './garbageCollection';
import type { GcReport } from '../heap/collector';

export class Agent {
  private readonly realm: Realm;
  private readonly machine: Machine;
  /** The virtual clock moves with the instructions run (see workClock). */
  private readonly loop = new EventLoop(() => workMs(this.machine.instructionsRun()));
  private readonly program: FunctionCode;
  private readonly wallClock: () => number;
  private readonly realStart: number;
  private readonly unhandled = new Set<PromiseObject>();
  private readonly initialGlobals: Set<string>;
  private debuggerInstance: EngineDebugger | undefined;
  private scriptFinished = false;
  /** The CommonJS module the program runs as (none as a Script), or the require cache of an ES module program's CommonJS imports. */
  private moduleScope: ModuleScope | undefined;
  /** The ES modules of the program (its main one, imported and import()ed ones). */
  private readonly esm: EsmLoader;
  private task: Task | null = null;
  /** The instruction count of the next safe point for a collection. */
  private nextSafePoint = SAFE_POINT_INSTRUCTIONS;
  /** Set when an unhandled rejection ended the run. */
  private rejection: { value: Value } | null = null;
  private readonly heap: HeapLimit;
  /** Set when the heap limit ended the run. */
  private fatal: HeapExhausted | null = null;
  /** Set when the program reached a feature Glassbox does not implement. */
  private unsupported: string | null = null;
  /** Set when process.exit() ended the run (no task runs after it). */
  private exited = false;
  /** Set once the 'exit' event's task is queued: when it is done, so is the run. */
  private exitEmitted = false;
  /** Set when 'beforeExit' was emitted and no new timer ran since: the loop staying empty ends the run. */
  private beforeExitEmitted = false;
  /** The exception that ended the run while the 'exit' listeners run after it (as Node runs them). */
  private uncaughtBeforeExit: { value: Value } | null = null;
  /** In an AgentGroup: the virtual time past which this agent may not start a task (another agent's turn comes first). */
  private horizon: (() => number) | undefined;

  /** Compiles `source` (throws GlassboxSyntaxError) and makes the realm, the machine and the first frame. */
  constructor(source: string, private readonly options: AgentOptions, private readonly host: Host) {
    this.wallClock = host.wallClock ?? Date.now;
    this.realStart = this.wallClock();
    const startTime = Math.floor(host.startTime ?? this.realStart);
    this.heap = new HeapLimit(options.maxHeapMB ?? DEFAULT_MAX_HEAP_MB, {
      roots: () => this.heapRoots(),
      queueCleanup: (registry) => this.loop.enqueueCleanup(cleanupJob(registry)),
      onGc: options.onGc,
      poison: options.gcPoison,
    }, options.gcBudgetBytes);
    this.heap.activate();
    const modulePath = options.modulePath ?? options.fileName;
    const packageTypes: PackageTypes = new Map();
    const main = options.script ? { code: compileProgram(source, options.fileName, 'script') } : compileProgramFile(source, options.fileName, modulePath, (p) => host.readFile?.(p) ?? { kind: 'missing' }, packageTypes);
    const mainModule = main.module;
    this.program = main.code;
    const parts = {
      machine: () => this.machine, realm: () => this.realm, loop: this.loop, unhandled: this.unhandled, readClock: () => this.readClock(), startTime,
      moduleCompiled: (code: FunctionCode) => this.debuggerInstance?.moduleLoaded(code),
    };
    this.realm = createRealm(realmServices(parts, host));
    setProgramPath(this.realm, options.modulePath ?? options.fileName);
    // Alone (no group), the agent's ports all end in itself.
    const hub = host.ports ?? new PortHub((_, e) => this.deliver(e, false));
    bindAgentLinks(this.realm, { host, loop: this.loop, hub, threadId: host.parent?.threadId ?? 0 });
    installWorkerGlobals(this.realm);
    installGenerators(this.realm);
    installAsyncIteratorPrototype(this.realm);
    installAsyncGenerators(this.realm);
    installLoopBuiltins(this.realm, this.loop);
    installPerformance(this.realm, startTime, () => this.readClock());
    installFsContext(this.realm, this.loop, host, options.ioDelay);
    if (options.exposeGc) installGc(this.realm, () => this.heap.collect('gc()'));
    this.heap.makeResidentPermanent(options.gcPoison === true || options.trackCells === true);
    this.machine = new Machine(this.realm, options.maxCallDepth ?? 10000, rootScope().info);
    this.machine.tier = new Tiering(tierThresholds(options.tiering), options.onTierEvent ?? null);
    if (options.onEventLoopChange) this.loop.onChange = options.onEventLoopChange;
    this.esm = createEsmLoader(this.realm, {
      newEnv: (scope) => this.machine.newEnv(scope, this.machine.rootEnv),
      makeClosure: (code, env) => this.machine.makeClosure(code, env),
      moduleCompiled: (code) => this.debuggerInstance?.moduleLoaded(code),
      commonjs: () => (this.moduleScope ??= makeModuleScope(this.realm, modulePath)),
      packageTypes,
    });
    // The program's file name may be relative: import() and import.meta resolve from its path.
    this.esm.pathOfFile.set(options.fileName, modulePath);
    if (mainModule) {
      // As Node: the main ES module's files are read as I/O, then a job evaluates it (runtime.ts).
      startMainModule(this.esm, modulePath, mainModule);
    } else {
      const first = programFrame(this.machine, this.realm, this.program, modulePath);
      this.moduleScope = first.moduleScope;
      this.machine.frames.push(first.frame);
    }
    this.initialGlobals = new Set([...this.realm.global.storedKeys()].filter((k): k is string => typeof k === 'string'));
    this.measureHeap();
  }

  /** Where marking starts: the realm, the machine's frames and environments, the loop's queues, the debugger. */
  private heapRoots(): unknown[] {
    return [this.realm, this.machine, this.loop, this.task, this.rejection, this.uncaughtBeforeExit, [...this.unhandled], this.debuggerInstance, this.moduleScope, this.esm];
  }

  /**
   * A full collection now (the debugger's "Collect garbage", callable while paused): cleared
   * WeakRefs and cleanup tasks follow as after gc(); past the limit the run's next step is 'fatal'.
   */
  collectGarbage(): GcReport {
    this.heap.activate();
    try {
      return this.heap.collect('debugger');
    } catch (e) {
      if (!(e instanceof HeapExhausted)) throw e;
      this.fatal ??= e;
      return this.heap.lastReport!;
    }
  }

  /** The heap account: live figures per kind from the last measurement, plus what was allocated since. */
  heapStats(): HeapStats {
    return this.heap.stats();
  }

  /** Calls, loop back-edges and tier of each function that ran (the hotness CodeLens). */
  hotness(): FunctionHotness[] {
    return hotnessOf(this.program, this.machine.tier.thresholds);
  }

  /** Marks the live heap now (for a view's refresh); past the limit the run's next step is 'fatal'. */
  measureHeap(): HeapStats {
    this.heap.activate();
    try {
      this.heap.measure();
    } catch (e) {
      if (!(e instanceof HeapExhausted)) throw e;
      this.fatal ??= e;
    }
    return this.heap.stats();
  }

  /** Virtual ms since the start; the read itself costs time (see workClock). */
  private readClock(): number {
    const t = this.loop.now;
    this.machine.charge(CLOCK_READ_INSTRUCTIONS);
    return t;
  }

  /**
   * Arms the debugger: breakpoints, stepping and inspection (stopOnEntry stops at the global
   * creation phase). Its handles come from `handles`: a session passes one space to all its agents.
   */
  attachDebugger(stopOnEntry: boolean, handles = new HandleSpace()): EngineDebugger {
    this.debuggerInstance ??= new EngineDebugger(this.machine, this.program, stopOnEntry, {
      userGlobalKeys: () => this.userGlobalKeys(),
      taskLabel: () => (this.task ? taskLabel(this.task) : undefined),
      outerRoots: () => outerRoots(this.realm.global, this.userGlobalKeys(), this.loop, this.task),
      heapAccount: () => this.heap.account,
      programPath: this.options.modulePath ?? this.options.fileName,
    }, handles);
    return this.debuggerInstance;
  }

  /** Globals the program added (not there when the realm was made). */
  private userGlobalKeys(): Set<string> {
    const out = new Set<string>();
    for (const k of this.realm.global.storedKeys()) if (typeof k === 'string' && !this.initialGlobals.has(k)) out.add(k);
    return out;
  }

  /** The loop's state; with `edge`, at most that many entries at each end of every queue. */
  eventLoopSnapshot(edge?: number): LoopSnapshot {
    return snapshot(this.loop, edge);
  }

  /** Entries `start` to `start + count` of one queue, for a view that shows a long queue in parts. */
  eventLoopEntries(queue: LoopQueue, start: number, count: number): ReturnType<typeof queueEntries> {
    return queueEntries(this.loop, queue, start, count);
  }

  /** Milliseconds until a real-time timer is due (after 'waiting'). */
  msUntilNextTimer(): number {
    return this.loop.msUntilNextTimer();
  }

  /** Runs one slice: the VM for up to `budget` instructions, taking tasks as stacks empty. */
  step(budget = this.options.sliceSize ?? 100_000): StepResult {
    if (this.fatal || this.unsupported) return 'fatal';
    if (this.exited) return 'done';
    this.heap.activate();
    try {
      const r = this.runSlice(budget);
      return r === 'uncaught' ? this.exitAfterUncaught() : r;
    } catch (e) {
      if (e instanceof GlassboxUnsupported) { this.unsupported = unsupportedReport(e, this.machine.frames); return 'fatal'; }
      if (e instanceof ProcessExit) { this.exited = true; return 'done'; }
      if (!(e instanceof HeapExhausted)) throw e;
      this.fatal = e;
      return 'fatal';
    }
  }

  /**
   * After an uncaught exception or rejection Node still runs the process.on('exit') listeners, with
   * exit code 1; the run then ends with that exception (or with one a listener throws).
   */
  private exitAfterUncaught(): StepResult {
    if (this.exitEmitted) return 'uncaught';
    const emit = exitEmitter(this.realm, 1);
    if (!emit) return 'uncaught';
    this.exitEmitted = true;
    this.uncaughtBeforeExit = this.machine.uncaught;
    this.machine.uncaught = null;
    this.machine.call(emit, undefined, []);
    return 'slice';
  }

  private runSlice(budget: number): StepResult {
    const m = this.machine;
    for (let left = budget; left > 0; ) {
      if (m.frames.length === 0 || m.instructionsRun() >= this.nextSafePoint) this.safePoint();
      if (m.frames.length === 0) {
        const next = this.nextTask();
        if (next !== 'started') return next;
        // A built-in callback (JSON.parse as a timer, a listener's rethrow) can throw before any frame runs.
        if (m.uncaught) return 'uncaught';
        left -= 10;
        if (this.debuggerInstance?.atTask(taskLabel(this.task!), markOf(this.task!))) return 'paused';
        continue;
      }
      // Stepping by instruction: one instruction at a time, the debugger deciding after each.
      const dbg = this.debuggerInstance;
      const one = dbg?.stepsByInstruction === true;
      // A run ends its execute at each safe point, however its slices are cut.
      const cap = one ? 1 : Math.min(left, Math.max(1, this.nextSafePoint - m.instructionsRun()));
      const r = execute(m, cap);
      left -= cap - m.budget;
      if (r === 'uncaught') return 'uncaught';
      if (one && r === 'slice') { if (dbg.afterInstruction()) return 'paused'; continue; }
      if (r !== 'done' && r !== 'slice') return r;
    }
    return 'slice';
  }

  /**
   * Where an automatic collection may happen: between tasks and at every multiple of
   * SAFE_POINT_INSTRUCTIONS, so at the same moments in every run of the program, however
   * the embedder slices it and wherever the debugger pauses it (a replay collects, and so
   * clears WeakRefs and queues cleanups, exactly where the first run did).
   */
  private safePoint(): void {
    this.nextSafePoint = (Math.floor(this.machine.instructionsRun() / SAFE_POINT_INSTRUCTIONS) + 1) * SAFE_POINT_INSTRUCTIONS;
    this.heap.check();
  }

  /** Between tasks: finish the last one, check rejections, take the next one. */
  private nextTask(): 'started' | StepResult {
    const loop = this.loop;
    if (this.task) { loop.taskDone(this.task); this.task = null; }
    // After the 'exit' listeners nothing runs, as in Node.
    if (this.exitEmitted) return this.uncaughtBeforeExit || this.rejection ? 'uncaught' : 'done';
    if (!this.scriptFinished) { this.scriptFinished = true; this.moduleScope?.markLoaded(); loop.scriptDone(); }
    if (!loop.hasJobs() && this.unhandled.size > 0) {
      const [p] = this.unhandled;
      this.rejection = { value: p.result };
      return 'uncaught';
    }
    // ClearKeptObjects: a job's WeakRef targets stay alive until its microtasks are drained.
    if (!loop.hasJobs()) this.heap.account.keptAlive.clear();
    // Alone in its group (no other agent, no worker to wait for), an agent never looks at its timers here.
    const horizon = this.horizon?.() ?? Infinity;
    if (horizon !== Infinity || loop.refs > 0) {
      const ready = loop.nextReadyTime();
      if (ready === Infinity ? loop.refs > 0 : ready > horizon) return 'blocked';
    }
    if (this.host.realTime) loop.advanceTo(this.wallClock() - this.realStart);
    if (this.host.realTime && loop.msUntilNextTimer() > 0) return 'waiting';
    let task = loop.next();
    if (task?.kind === 'timer') this.beforeExitEmitted = false;
    if (!task) {
      // Out of work: 'beforeExit' listeners may add some; else the 'exit' listeners run, each as a task of their own.
      const before = this.beforeExitEmitted ? undefined : beforeExitEmitter(this.realm);
      // The 'exit' event carries the code of this moment; a main module still awaiting then makes it 13.
      const eventCode = before ? undefined : currentExitCode(this.realm);
      if (!before) settleUnfinishedMain(this.esm);
      const emit = before ?? exitEmitter(this.realm, undefined, eventCode);
      if (!emit) return 'done';
      if (before) this.beforeExitEmitted = true;
      else this.exitEmitted = true;
      loop.enqueueTick({ callback: emit, args: [], name: before ? "process.emit('beforeExit')" : "process.emit('exit')" });
      task = loop.next()!;
    }
    this.task = task;
    if (task.kind !== 'tick' && task.kind !== 'microtask') this.machine.charge(CALLBACK_INSTRUCTIONS);
    this.machine.steps++;
    this.options.onTask?.(taskLabel(task));
    this.startTask(task);
    return 'started';
  }

  private startTask(task: Task): void {
    const m = this.machine;
    try {
      if (task.kind === 'timer') m.call(task.timer.callback, task.timer.handle, task.timer.args);
      else if (task.kind === 'tick') m.call(task.tick.callback, undefined, task.tick.args);
      else if (task.kind === 'io') m.runHelper(task.io.run(), ResultMode.Discard);
      else m.runHelper(task.job.run(), ResultMode.Discard);
    } catch (e) {
      if (!(e instanceof JSThrow)) throw e;
      m.throwValue(e.value);
    }
  }

  /**
   * Replays to moment `target` (Machine.steps) and stops there, then `units` more
   * instructions one at a time (a stop by instruction); nothing else stops on the way. The
   * agent must be fresh, with its debugger attached. False when the run ended before, or
   * when `far` slices passed the target (then a fresh agent seeks again with `far` off).
   */
  seek(target: number, units = 0, far = true): boolean {
    const dbg = this.debuggerInstance;
    if (!dbg || this.machine.steps > target) return false;
    while (this.machine.steps < target) {
      const gap = target - this.machine.steps;
      const slice = far && gap > SEEK_NEAR ? gap - SEEK_NEAR / 2 : 0;
      // Each instruction passes at most one step point and a task costs 10: `slice` instructions stay short of the target.
      dbg.seekMode(target, slice > 0);
      const r = this.step(slice > 0 ? slice : SEEK_SLICE);
      if (r === 'paused') break;
      if (r !== 'slice' || this.machine.steps >= target) { dbg.seekMode(-1, false); return false; }
    }
    while (dbg.unitsSinceMoment < units) {
      dbg.stepIn('instruction');
      if (this.step(1) !== 'paused') return false;
    }
    return this.machine.steps === target;
  }

  /** Joins an AgentGroup: tasks wait for `horizon` (see nextTask), the clock starts at the parent's `startAt`. */
  joinGroup(horizon: () => number, startAt = 0): void {
    this.horizon = horizon;
    this.loop.advanceTo(startAt);
  }

  /**
   * The virtual time of this agent's next work: now while a task or the script runs, or when
   * its run is over (its next step ends it); else its loop's next ready time; Infinity while
   * it only waits for another agent's message.
   */
  readyAt(): number {
    // A task whose frames are done is still to be finished (an interval waits again then).
    if (this.machine.frames.length > 0 || this.task || !this.scriptFinished || this.fatal || this.unsupported) return this.loop.now;
    const t = this.loop.nextReadyTime();
    return t === Infinity && this.loop.refs === 0 ? this.loop.now : t;
  }

  /** The virtual clock (ms since the start). */
  get clock(): number {
    return this.loop.now;
  }

  /** Another agent's event arrives as a task on this agent's loop (Node's poll phase). */
  deliver(e: AgentEvent, fromChild: boolean): void {
    const realm = this.realm;
    const to = this.host.parent?.threadId ?? 0;
    const via = 'via' in e ? e.via : fromChild ? `worker ${e.from}` : 'parentPort';
    const message: PortMessage = { kind: 'message', name: agentEventLabel(e, fromChild), at: e.at, holds: [], run: () => dispatchAgentEvent(realm, e), route: { from: e.from, to, via } };
    if (e.kind === 'port' || e.kind === 'portClose') portEventOf.set(message, e);
    this.loop.enqueueMessage(message);
  }

  /** A value of this agent's heap as a clone another agent can make (a worker's uncaught error for its parent's 'error'). */
  cloneOut(v: Value): SerializedValue {
    try {
      return serialize(this.realm, v);
    } catch (e) {
      // Not cloneable (a function, a symbol thrown): the parent gets its inspected text, as Node's does.
      if (e instanceof JSThrow || e instanceof GlassboxUnsupported) return { root: { p: v instanceof JSObject ? inspect(this.realm, v) : String(v) }, records: [] };
      throw e;
    }
  }

  /** The outcome once step() returned 'done', 'uncaught' or 'fatal'. */
  outcome(): RunOutcome {
    const uncaught = this.machine.uncaught ?? this.uncaughtBeforeExit;
    return outcomeOf(this.realm, { fatal: this.fatal, unsupported: this.unsupported, uncaught, rejection: this.rejection });
  }

  /**
   * Runs the program to its end with no debugger (real-time timers block the thread while
   * waiting); `betweenSlices` runs before each slice (the CLI passes output on there).
   */
  runToEnd(betweenSlices?: () => void): RunOutcome {
    for (;;) {
      betweenSlices?.();
      const r = this.step();
      if (r === 'done' || r === 'uncaught' || r === 'fatal') return this.outcome();
      if (r === 'waiting') sleep(this.msUntilNextTimer());
    }
  }
}

/** Instructions between two of the collector's safe points (see Agent.safePoint). */
const SAFE_POINT_INSTRUCTIONS = 10_000;

/** Moments between a seek's target and where it starts to watch every step point. */
const SEEK_NEAR = 256;
/** Instructions per slice of a seek near its target. */
const SEEK_SLICE = 1_000_000;

/** A task's mark on the timeline: its kind on the Event Loop view's strip, and its line. */
function markOf(task: Task): { kind: 'task' | 'microtask' | 'tick'; line?: number } {
  const view = taskView(task);
  const kind = view.kind === 'microtask' ? 'microtask' : view.kind === 'nextTick' ? 'tick' : 'task';
  return { kind, line: view.line };
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(1, ms));
}
