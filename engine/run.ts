// A run of one program: compiles it, builds the realm, VM and event loop, and drives
// them in slices: the script, then tasks in Node's order until nothing is left.
import type { FunctionCode } from './bytecode/code';
import { compileFunctionSource, compileEvalCode, compileProgram, rootScope } from './compile/program';
import { GlassboxSyntaxError, HeapExhausted, JSThrow } from './errors/internal';
import { compileErrorType } from './errors/hostStack';
import { DEFAULT_MAX_HEAP_MB } from './heap/defaults';
import { HeapLimit, HeapStats } from './heap/heapLimit';
import { Closure } from './heap/function';
import { JSObject } from './heap/object';
import { PromiseObject } from './heap/slots';
import { Value } from './heap/values';
import { createRealm } from './realm/createRealm';
import { makeModuleScope, ModuleScope } from './realm/commonjs';
import { ConsoleLevel, Realm, RealmHost } from './realm/realm';
import { seededRandom } from './realm/random';
import { frameRange, stackLines } from './debug/location';
import { describeUncaught } from './debug/uncaught';
import { EngineDebugger } from './debug/engineDebugger';
import { EventLoop, Task } from './loop/eventLoop';
import { installLoopBuiltins } from './loop/loopBuiltins';
import { installPerformance } from './loop/performance';
import { CLOCK_READ_INSTRUCTIONS, epochMs, workMs } from './loop/workClock';
import { LoopQueue, LoopSnapshot, queueEntries, snapshot, taskLabel } from './loop/snapshot';
import { Frame, ResultMode } from './vm/frame';
import { installGenerators } from './vm/generators';
import { installAsyncGenerators, installAsyncIteratorPrototype } from './vm/asyncGenerators';
import { execute, SliceResult } from './vm/interpreter';
import { Machine } from './vm/machine';

export interface ConsoleEvent {
  level: ConsoleLevel;
  text: string;
  /** 1-based line and column of the console call, when known. */
  line?: number;
  column?: number;
}

export interface EngineOptions {
  fileName: string;
  /** Seed for Math.random (default 1). */
  seed?: number;
  /** The clock's start in whole ms since the epoch, for Date (default: the host's time at start). */
  startTime?: number;
  /** Frames allowed before `RangeError: Maximum call stack size exceeded` (default 10000). */
  maxCallDepth?: number;
  /** Instructions per slice before the VM yields to the host. */
  sliceSize?: number;
  /** Timers wait for real time instead of the virtual clock jumping ahead. */
  realTime?: boolean;
  /** Live accounted heap allowed before Node's fatal "Reached heap limit" (default 1024). */
  maxHeapMB?: number;
  /** Run the file as a Script (global var bindings, `this` is globalThis) instead of as Node's CommonJS module. */
  script?: boolean;
  /** The program's absolute path, for `__filename` and `module` (default: fileName). */
  modulePath?: string;
  onConsole?: (e: ConsoleEvent) => void;
  /** Called whenever a task is taken from a queue onto the call stack. */
  onTask?: (label: string) => void;
  /** Called whenever the event loop's queues, clock or phase change (see eventLoopSnapshot()). */
  onEventLoopChange?: () => void;
}

export type RunOutcome =
  | { kind: 'completed'; exitCode: number }
  | { kind: 'uncaught'; report: string; value: Value }
  /** The engine's own limit ended the run as V8's would: no JS code saw it. */
  | { kind: 'fatal'; report: string; exitCode: 134; liveBytes: number };

/**
 * What a slice ended with; 'waiting' means real-time timers are not due yet (see
 * msUntilNextTimer); 'fatal' means the heap limit ended the run, frames left as they were.
 */
export type StepResult = SliceResult | 'waiting' | 'fatal';

export { DEFAULT_MAX_HEAP_MB };

export class Run {
  readonly realm: Realm;
  readonly machine: Machine;
  /** The virtual clock moves with the instructions run (see workClock). */
  readonly loop = new EventLoop(() => workMs(this.machine.instructionsRun()));
  readonly program: FunctionCode;
  private readonly options: EngineOptions;
  private readonly startTime: number;
  private readonly realStart = Date.now();
  private readonly unhandled = new Set<PromiseObject>();
  private initialGlobals: Set<string>;
  private debuggerInstance: EngineDebugger | undefined;
  private scriptFinished = false;
  /** The CommonJS module the program runs as (none as a Script). */
  private readonly moduleScope: ModuleScope | undefined;
  private task: Task | null = null;
  /** Set when an unhandled rejection ended the run. */
  private rejection: { value: Value } | null = null;
  private readonly heap: HeapLimit;
  /** Set when the heap limit ended the run. */
  private fatal: HeapExhausted | null = null;

  constructor(source: string, options: EngineOptions) {
    this.options = options;
    this.startTime = Math.floor(options.startTime ?? Date.now());
    this.heap = new HeapLimit(options.maxHeapMB ?? DEFAULT_MAX_HEAP_MB, () => this.heapRoots());
    this.heap.activate();
    const code = compileProgram(source, options.fileName, options.script ? 'script' : 'module');
    this.program = code;
    this.realm = createRealm(this.realmHost(seededRandom(options.seed ?? 1)));
    installGenerators(this.realm);
    installAsyncIteratorPrototype(this.realm);
    installAsyncGenerators(this.realm);
    installLoopBuiltins(this.realm, this.loop);
    installPerformance(this.realm, this.startTime, () => this.readClock());
    this.machine = new Machine(this.realm, options.maxCallDepth ?? 10000, rootScope().info);
    if (options.onEventLoopChange) this.loop.onChange = options.onEventLoopChange;
    if (code.kind === 'module') {
      this.moduleScope = makeModuleScope(this.realm, options.modulePath ?? options.fileName);
      this.machine.frames.push(this.moduleFrame(code, this.moduleScope));
    } else {
      const env = this.machine.newEnv(code.scope, this.machine.rootEnv);
      env.slots[0] = this.realm.global;
      this.machine.frames.push(new Frame(code, env, null, [], ResultMode.Normal, env));
    }
    this.initialGlobals = new Set([...this.realm.global.props.keys()].filter((k): k is string => typeof k === 'string'));
    this.measureHeap();
  }

  /** Node's call of the module wrapper: `this` is module.exports, the arguments are the module's scope. */
  private moduleFrame(code: FunctionCode, scope: ModuleScope): Frame {
    const wrapper = this.machine.makeClosure(code, this.machine.rootEnv);
    const env = this.machine.newEnv(code.scope, this.machine.rootEnv);
    env.slots[0] = scope.args[0];
    env.slots[1] = wrapper;
    code.paramSlots.forEach((slot, i) => { env.slots[slot] = scope.args[i]; });
    return new Frame(code, env, wrapper, scope.args, ResultMode.Normal, env);
  }

  /** Where marking starts: the realm, the machine's frames and environments, the loop's queues, the debugger. */
  private heapRoots(): unknown[] {
    return [this.realm, this.machine, this.loop, this.task, this.rejection, [...this.unhandled], this.debuggerInstance];
  }

  /** The heap account: live figures per kind from the last measurement, plus what was allocated since. */
  heapStats(): HeapStats {
    return this.heap.stats();
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

  private realmHost(random: () => number): RealmHost {
    return {
      console: (level, text) => this.emitConsole(level, text),
      captureStack: () => stackLines(this.machine.frames),
      compileFunction: (kind, params, body) => this.compileDynamic(() => compileFunctionSource(kind, params, body, 'anonymous')),
      compileEval: (src) => this.compileDynamic(() => compileEvalCode(src, 'eval')),
      now: () => epochMs(this.startTime, this.readClock()),
      random,
      enqueueMicrotask: (job) => this.loop.enqueueMicrotask(job),
      trackRejection: (p, op) => { if (op === 'reject') this.unhandled.add(p as PromiseObject); else this.unhandled.delete(p as PromiseObject); },
    };
  }

  /** Virtual ms since the start; the read itself costs time (see workClock). */
  private readClock(): number {
    const t = this.loop.now;
    this.machine.charge(CLOCK_READ_INSTRUCTIONS);
    return t;
  }

  private emitConsole(level: ConsoleLevel, text: string): void {
    const top = [...this.machine.frames].reverse().find((f): f is Frame => !f.isNative);
    const r = top ? frameRange(top) : undefined;
    this.options.onConsole?.({ level, text, line: r?.line, column: r ? r.column + 1 : undefined });
  }

  /** Compiles code made at run time; its syntax errors become JS SyntaxErrors. */
  private compileDynamic(compile: () => FunctionCode): Closure {
    try {
      return this.machine.makeClosure(compile(), this.machine.rootEnv);
    } catch (e) {
      if (e instanceof GlassboxSyntaxError) throw new JSThrow(this.realm.makeError(compileErrorType(e), e.message));
      throw e;
    }
  }

  /** Arms the debugger: breakpoints, stepping and inspection (stopOnEntry stops at the global creation phase). */
  attachDebugger(stopOnEntry: boolean): EngineDebugger {
    this.debuggerInstance ??= new EngineDebugger(this.machine, this.program, stopOnEntry, {
      userGlobalKeys: () => this.userGlobalKeys(),
      taskLabel: () => (this.task ? taskLabel(this.task) : undefined),
    });
    return this.debuggerInstance;
  }

  /** Globals the program added (not there when the realm was made). */
  private userGlobalKeys(): Set<string> {
    const out = new Set<string>();
    for (const k of this.realm.global.props.keys()) if (typeof k === 'string' && !this.initialGlobals.has(k)) out.add(k);
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
    if (this.fatal) return 'fatal';
    this.heap.activate();
    try {
      return this.runSlice(budget);
    } catch (e) {
      if (!(e instanceof HeapExhausted)) throw e;
      this.fatal = e;
      return 'fatal';
    }
  }

  private runSlice(budget: number): StepResult {
    const m = this.machine;
    for (let left = budget; left > 0; ) {
      this.heap.check();
      if (m.frames.length === 0) {
        const next = this.nextTask();
        if (next !== 'started') return next;
        // A built-in callback (JSON.parse as a timer, a listener's rethrow) can throw before any frame runs.
        if (m.uncaught) return this.stopWithUncaught();
        left -= 10;
        if (this.debuggerInstance?.atTask(taskLabel(this.task!))) return 'paused';
        continue;
      }
      const r = execute(m, left);
      left = m.budget;
      if (r === 'uncaught') return this.stopWithUncaught();
      if (r !== 'done') return r;
    }
    this.heap.check();
    return 'slice';
  }

  /** Between tasks: finish the last one, check rejections, take the next one. */
  private nextTask(): 'started' | StepResult {
    const loop = this.loop;
    if (this.task) { loop.taskDone(this.task); this.task = null; }
    if (!this.scriptFinished) { this.scriptFinished = true; this.moduleScope?.markLoaded(); loop.scriptDone(); }
    if (!loop.hasJobs() && this.unhandled.size > 0) {
      const [p] = this.unhandled;
      this.rejection = { value: p.result };
      return 'uncaught';
    }
    if (this.options.realTime) loop.advanceTo(Date.now() - this.realStart);
    if (this.options.realTime && loop.msUntilNextTimer() > 0) return 'waiting';
    const task = loop.next();
    if (!task) return 'done';
    this.task = task;
    this.options.onTask?.(taskLabel(task));
    this.startTask(task);
    return 'started';
  }

  private startTask(task: Task): void {
    const m = this.machine;
    try {
      if (task.kind === 'timer') m.call(task.timer.callback, task.timer.handle, task.timer.args);
      else if (task.kind === 'tick') m.call(task.tick.callback, undefined, task.tick.args);
      else m.runHelper(task.job.run(), ResultMode.Discard);
    } catch (e) {
      if (!(e instanceof JSThrow)) throw e;
      m.throwValue(e.value);
    }
  }

  private stopWithUncaught(): StepResult {
    return 'uncaught';
  }

  /** The outcome once step() returned 'done', 'uncaught' or 'fatal'. */
  outcome(): RunOutcome {
    if (this.fatal) return { kind: 'fatal', report: this.fatal.message, exitCode: 134, liveBytes: this.fatal.liveBytes };
    const u = this.machine.uncaught ?? this.rejection;
    if (!u) return { kind: 'completed', exitCode: this.programExitCode() };
    const report = this.rejection && !this.machine.uncaught ? describeUncaught(this.realm, u.value, true) : describeUncaught(this.realm, u.value);
    return { kind: 'uncaught', value: u.value, report };
  }

  /** `process.exitCode` as the program left it (0 when unset). */
  private programExitCode(): number {
    const proc = this.realm.global.getOwn('process')?.value;
    const code = proc instanceof JSObject ? proc.getOwn('exitCode')?.value : undefined;
    return typeof code === 'number' && Number.isInteger(code) ? code : 0;
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

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(1, ms));
}
