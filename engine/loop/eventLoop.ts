// The event loop as plain data, in Node's order: after the script and after every
// macrotask, drain nextTicks then microtasks until both are empty; each turn runs the timers
// phase (due timers), the poll phase (I/O that completed), the check phase (immediates) and
// the close phase (the callbacks of handles closed during the turn).
// A virtual clock drives timers and I/O: it moves with the work the program does and jumps
// ahead when the loop only waits.
import type { JSFunction, NativeGen } from '../heap/function';
import type { JSObject } from '../heap/object';
import type { Value } from '../heap/values';

export type TimerKind = 'timeout' | 'interval' | 'immediate';
export type MicrotaskKind = 'promise reaction' | 'await resumption' | 'thenable job' | 'queueMicrotask';
export type LoopPhase = 'script' | 'nextTicks' | 'microtasks' | 'timers' | 'poll' | 'immediates' | 'close' | 'idle' | 'done';

/** Where a callback is defined: its line and column, in `file` (the code's file name: the program's, a required file's path, `node:events`). */
export interface SourceLink { line?: number; column?: number; file?: string }

export interface Timer extends SourceLink {
  id: number;
  kind: TimerKind;
  callback: JSFunction;
  args: Value[];
  delay: number;
  due: number;
  seq: number;
  /** Whole ms when its callback last started: an interval's next period counts from there, as in Node. */
  started: number;
  /** The callback's name as V8 would show it. */
  name: string;
  cleared: boolean;
  /** The JS object handed to the program (Node's Timeout/Immediate). */
  handle: JSObject | undefined;
  /** An unref'd timer (AbortSignal.timeout's) does not keep the program alive. */
  unref?: boolean;
}

export interface Microtask extends SourceLink {
  kind: MicrotaskKind;
  name: string;
  /** The promise this job settles or reacts to, when there is one. */
  promise?: JSObject;
  /** What `run`'s host closure captured: the collector marks it (a closure's captures are invisible to it). */
  holds: unknown[];
  run: () => NativeGen;
}

/** A FinalizationRegistry's cleanup: a task of its own after the current job's microtasks, as V8 posts it. */
export interface CleanupJob extends SourceLink {
  kind: 'finalization';
  /** The cleanup callback's name. */
  name: string;
  /** The registry whose cleared registrations it reports (it holds the callback and the holdings). */
  registry: JSObject;
  run: () => NativeGen;
}

/** An I/O request in flight (an fs callback): it completes at `due` and its callback runs in the poll phase. */
export interface IoRequest extends SourceLink {
  id: number;
  /** What is in flight, as the Event Loop view names it: `fs.readFile data.txt`. */
  label: string;
  /** The callback's name as V8 would show it. */
  name: string;
  delay: number;
  due: number;
  seq: number;
  /** What `run`'s host closure captured (the callback, the result): the collector marks it. */
  holds: unknown[];
  run: () => NativeGen;
}

/**
 * The callback of a handle that was closed (libuv's uv_close callback, e.g. a MessagePort's
 * 'close'): it runs in the close phase that ends the loop's turn, after the check phase.
 */
export interface CloseJob extends SourceLink {
  kind: 'close';
  /** What was closed, as the Event Loop view names it: `parentPort close`. */
  label: string;
  /** The callback's name. */
  name: string;
  /** What `run`'s host closure captured: the collector marks it. */
  holds: unknown[];
  run: () => NativeGen;
}

export interface Tick extends SourceLink {
  callback: JSFunction;
  args: Value[];
  name: string;
}

/**
 * A message from another agent (a worker's postMessage, 'online', 'error', 'exit'). Node takes
 * them as I/O, in the poll phase (between timers and check); one is never taken before `at`,
 * the sender's clock when it was sent.
 */
export interface PortMessage extends SourceLink {
  kind: 'message';
  /** What the Event Loop view and the call stack show: `message from worker 1`. */
  name: string;
  at: number;
  /** What `run`'s host closure captured: the collector marks it. */
  holds: unknown[];
  run: () => NativeGen;
  /** Who sent it to whom, and through what (the Event Loop view draws it between the threads). */
  route?: MessageRoute;
}

/** A message's way: the sender's and the receiver's threadId, and the channel (`parentPort`, `channel 1 port2 to port1`, `BroadcastChannel 'news'`). */
export interface MessageRoute { from: number; to: number; via: string }

export type Task =
  | { kind: 'timer'; timer: Timer }
  | { kind: 'message'; job: PortMessage }
  | { kind: 'microtask'; job: Microtask }
  | { kind: 'cleanup'; job: CleanupJob }
  | { kind: 'tick'; tick: Tick }
  | { kind: 'io'; io: IoRequest }
  | { kind: 'close'; job: CloseJob };

export class EventLoop {
  /** The clock read `base` ms when `work()` read `baseWork` ms (see now). */
  private base = 0;
  private baseWork = 0;

  /** `work` gives the virtual ms of work done so far (the agent derives it from instructions run). */
  constructor(private readonly work: () => number = () => 0) {}

  /** Virtual milliseconds since the program started: the time jumped while waiting plus the work done since. */
  get now(): number {
    return this.base + (this.work() - this.baseWork);
  }

  /** Waits until `t` (ms): the clock never goes back. */
  advanceTo(t: number): void {
    const w = this.work();
    if (t <= this.base + (w - this.baseWork)) return;
    this.base = t;
    this.baseWork = w;
    this.changed();
  }

  phase: LoopPhase = 'script';
  /** Web APIs: timers waiting for their time (and immediates waiting for the check phase). */
  readonly timers = new Map<number, Timer>();
  readonly immediates: Timer[] = [];
  /** Macrotasks of the running phase, in the order they will run. */
  readonly macrotasks: Timer[] = [];
  /** Web APIs: I/O in flight, in the order it was asked for. */
  readonly io: IoRequest[] = [];
  /** I/O that completed, taken by the running poll phase in order. */
  readonly ioReady: IoRequest[] = [];
  /** Callbacks of handles closed since the last close phase, in the order they were closed. */
  readonly closing: CloseJob[] = [];
  /** The close callbacks the running close phase takes (a handle closed during it waits for the next turn's, as in libuv). */
  readonly closeReady: CloseJob[] = [];
  readonly microtasks: Microtask[] = [];
  readonly ticks: Tick[] = [];
  /** FinalizationRegistry cleanups the collector queued: they run once nextTicks and microtasks are drained. */
  readonly cleanups: CleanupJob[] = [];
  current: Task | null = null;
  /** Called after every change to a queue, the clock or the phase (the debugger's views listen). */
  onChange: (() => void) | null = null;
  /** Bumped on every change, so views can cache what they derive (the timers' order). */
  version = 0;
  private nextId = 1;
  private seq = 0;
  private stage: 'timers' | 'poll' | 'check' | 'close' = 'close';
  private nextIoId = 1;
  /** False until the loop's first turn: I/O asked for before it counts from that turn's start. */
  private turning = false;
  /** Messages from other agents, in the order they were sent (see PortMessage). */
  readonly messages: PortMessage[] = [];
  /** Handles that keep the loop waiting for messages when nothing else is left (a live worker, a listening parentPort). */
  refs = 0;

  enqueueMessage(message: PortMessage): void {
    this.messages.push(message);
    this.changed();
  }

  /**
   * The virtual time when this loop next has a task to run without a message it does not
   * have yet: now when one is ready, else the first timer or message; Infinity when none.
   */
  nextReadyTime(): number {
    if (this.hasJobs() || this.cleanups.length || this.macrotasks.length || this.immediates.length || this.ioReady.length || this.closing.length || this.closeReady.length) return this.now;
    let t = Infinity;
    for (const timer of this.timers.values()) if (!timer.unref) t = Math.min(t, timer.due);
    if (this.messages.length) t = Math.min(t, this.messages[0].at);
    t = Math.min(t, this.nextIoDue());
    return t === Infinity ? t : Math.max(this.now, t);
  }

  addTimer(kind: TimerKind, callback: JSFunction, args: Value[], delay: number, name: string, link: SourceLink): Timer {
    const t: Timer = { id: this.nextId++, kind, callback, args, delay, due: this.loopTime() + delay, seq: this.seq++, started: 0, name, cleared: false, handle: undefined, ...link };
    if (kind === 'immediate') this.immediates.push(t);
    else this.timers.set(t.id, t);
    this.changed();
    return t;
  }

  /**
   * Puts an I/O request in flight; it completes `delay` ms from now (from the loop's first turn
   * when asked for by the script, as Node's first poll comes after the script's 1 ms).
   */
  addIo(request: Omit<IoRequest, 'id' | 'due' | 'seq'>): IoRequest {
    const from = this.turning ? this.loopTime() : Math.max(this.loopTime(), 1);
    const io: IoRequest = { ...request, id: this.nextIoId++, due: from + request.delay, seq: this.seq++ };
    this.io.push(io);
    this.changed();
    return io;
  }

  /** A handle was closed: its callback waits for the close phase of this turn (of the first turn when closed by the script). */
  enqueueClose(job: CloseJob): void {
    this.closing.push(job);
    this.changed();
  }

  enqueueMicrotask(job: Microtask): void {
    this.microtasks.push(job);
    this.changed();
  }

  enqueueCleanup(job: CleanupJob): void {
    this.cleanups.push(job);
    this.changed();
  }

  enqueueTick(tick: Tick): void {
    this.ticks.push(tick);
    this.changed();
  }

  clearTimer(t: Timer): void {
    t.cleared = true;
    this.timers.delete(t.id);
    for (const list of [this.immediates, this.macrotasks]) {
      const i = list.indexOf(t);
      if (i >= 0) list.splice(i, 1);
    }
    this.changed();
  }

  /** Node's loop starts a little after the script, so a 1 ms timer is due by then (documented choice). */
  private startDelay = 0;

  /** The script ran; its microtasks drain at time 0, and the loop's first turn starts 1 ms later. */
  scriptDone(): void {
    this.startDelay = 1;
    this.stage = 'close';
  }

  /** True when a nextTick or microtask is waiting (they run before any macrotask). */
  hasJobs(): boolean {
    return this.ticks.length > 0 || this.microtasks.length > 0;
  }

  /** Takes the next task to run, moving through Node's phases and the clock; null when done. */
  next(): Task | null {
    const task = this.take();
    this.changed();
    return task;
  }

  private take(): Task | null {
    // V8 drains every microtask (new ones included) before Node looks at nextTicks again.
    if (this.phase === 'microtasks' && this.microtasks.length) return (this.current = { kind: 'microtask', job: this.microtasks.shift()! });
    if (this.ticks.length) { this.phase = 'nextTicks'; return (this.current = { kind: 'tick', tick: this.ticks.shift()! }); }
    if (this.microtasks.length) { this.phase = 'microtasks'; return (this.current = { kind: 'microtask', job: this.microtasks.shift()! }); }
    // V8 posts a cleanup as a task of its own: Node runs it before the next macrotask.
    if (this.cleanups.length) return (this.current = { kind: 'cleanup', job: this.cleanups.shift()! });
    for (let guard = 0; guard < 8; guard++) {
      const message = this.stage === 'poll' && this.messages.length && this.messages[0].at <= this.now ? this.messages.shift() : undefined;
      if (message) { this.phase = 'poll'; return (this.current = { kind: 'message', job: message }); }
      const t = this.macrotasks.shift();
      if (t) {
        this.phase = t.kind === 'immediate' ? 'immediates' : 'timers';
        t.started = this.loopTime();
        return (this.current = { kind: 'timer', timer: t });
      }
      const io = this.ioReady.shift();
      if (io) {
        this.phase = 'poll';
        return (this.current = { kind: 'io', io });
      }
      const closed = this.closeReady.shift();
      if (closed) {
        this.phase = 'close';
        return (this.current = { kind: 'close', job: closed });
      }
      if (!this.advancePhase()) break;
    }
    this.current = null;
    this.phase = this.refs > 0 ? 'idle' : 'done';
    return null;
  }

  /** Fills the macrotask queue for the next phase; false when nothing is left anywhere. */
  private advancePhase(): boolean {
    if (this.stage === 'timers') {
      this.stage = 'poll';
      this.poll();
      return true;
    }
    if (this.stage === 'poll') {
      this.stage = 'check';
      this.macrotasks.push(...this.immediates.splice(0));
      return true;
    }
    if (this.stage === 'check') {
      this.stage = 'close';
      this.closeReady.push(...this.closing.splice(0));
      return true;
    }
    if (this.immediates.length === 0 && this.io.length === 0 && !this.hasRefTimer() && this.messages.length === 0 && this.closing.length === 0) return false;
    this.advanceTo(this.now + this.startDelay);
    this.startDelay = 0;
    this.turning = true;
    this.stage = 'timers';
    const due = [...this.timers.values()].sort((a, b) => a.due - b.due || a.seq - b.seq);
    // With nothing else to do the loop waits for the first timer or message, unless I/O completes before it (the poll phase waits for that).
    const waitUntil = Math.min(due.length ? due[0].due : Infinity, this.messages.length ? this.messages[0].at : Infinity);
    if (!this.checkOrCloseWaiting() && waitUntil !== Infinity && !(this.nextIoDue() < waitUntil)) this.advanceTo(waitUntil);
    const now = this.now;
    for (const t of due) {
      if (t.due > now) break;
      this.timers.delete(t.id);
      this.macrotasks.push(t);
    }
    return true;
  }

  /**
   * The poll phase takes the I/O that completed. With no immediate or close callback waiting it blocks, as
   * libuv's poll does, until the next I/O completes, unless a timer is due before.
   */
  private poll(): void {
    const nextIo = this.nextIoDue();
    const nextMessage = this.messages.length ? this.messages[0].at : Infinity;
    if (!this.checkOrCloseWaiting() && nextIo !== Infinity && nextIo <= Math.min(this.nextTimerDue(), nextMessage)) this.advanceTo(nextIo);
    const now = this.now;
    const done = this.io.filter((r) => r.due <= now).sort((a, b) => a.due - b.due || a.seq - b.seq);
    if (done.length === 0) return;
    for (const r of done) this.io.splice(this.io.indexOf(r), 1);
    this.ioReady.push(...done);
  }

  /** An immediate or a close callback waiting: libuv's poll then does not block (its timeout is 0). */
  private checkOrCloseWaiting(): boolean {
    return this.immediates.length > 0 || this.closing.length > 0;
  }

  private nextIoDue(): number {
    let min = Infinity;
    for (const r of this.io) min = Math.min(min, r.due);
    return min;
  }

  private nextTimerDue(): number {
    let min = Infinity;
    for (const t of this.timers.values()) if (!t.unref) min = Math.min(min, t.due);
    return min;
  }

  /** True while a timer that keeps the program alive is waiting. */
  private hasRefTimer(): boolean {
    for (const t of this.timers.values()) if (!t.unref) return true;
    return false;
  }

  /** After a timer's callback: an interval that was not cleared waits again. */
  taskDone(task: Task): void {
    if (task.kind === 'timer' && task.timer.kind === 'interval' && !task.timer.cleared) {
      const t = task.timer;
      t.due = t.started + t.delay;
      t.seq = this.seq++;
      this.timers.set(t.id, t);
    }
    this.current = null;
    this.changed();
  }

  /** Whole milliseconds, as libuv's loop time that Node's timers start from (and Date.now()). */
  loopTime(): number {
    return Math.floor(this.now);
  }

  private changed(): void {
    this.version++;
    this.onChange?.();
  }

  /** Milliseconds until the next timer is due (for real-time waiting), or -1. */
  msUntilNextTimer(): number {
    if (this.hasJobs() || this.cleanups.length || this.macrotasks.length || this.immediates.length || this.ioReady.length || this.messages.length || this.closing.length || this.closeReady.length) return 0;
    let min = this.nextIoDue();
    for (const t of this.timers.values()) min = Math.min(min, t.due);
    return min === Infinity ? -1 : Math.max(0, min - this.now);
  }
}
