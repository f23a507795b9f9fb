// The event loop as plain data for the debugger's Event Loop view and `glassbox trace`:
// phase, virtual time, timers by due time and I/O in flight (`webApis`), the check queue of
// setImmediate callbacks (`macrotasks`), microtasks, nextTicks and FinalizationRegistry cleanups.
import type { CleanupJob, CloseJob, EventLoop, IoRequest, LoopPhase, MessageRoute, Microtask, MicrotaskKind, PortMessage, Task, Timer, TimerKind } from './eventLoop';
import { PromiseObject } from '../heap/slots';

/**
 * A timer, or (kind 'io') an I/O request whose `label` says what is in flight (`fs.readFile
 * data.txt`), or (kind 'message') another thread's message on its way (`message from worker
 * 1`), `due` when this loop may take it.
 */
export interface TimerView { id: number; kind: TimerKind | 'io' | 'message' | 'close'; name: string; line?: number; column?: number; file?: string; delay: number; due: number; interval: boolean; label?: string; route?: MessageRoute }
export interface JobView { kind: MicrotaskKind | 'nextTick' | 'finalization'; name: string; line?: number; column?: number; file?: string; promiseState?: string }
export interface TaskView { kind: 'timer' | 'immediate' | 'io' | 'microtask' | 'nextTick' | 'finalization' | 'message' | 'close' | 'script'; label: string; line?: number; column?: number }

export type LoopQueue = 'webApis' | 'macrotasks' | 'microtasks' | 'nextTicks' | 'cleanups';
export type EntryView = TimerView | JobView;

export interface LoopSnapshot {
  phase: LoopPhase;
  /** Virtual time in whole ms since the start; it moves during the script too (see workClock). */
  time: number;
  current: TaskView | null;
  webApis: TimerView[];
  macrotasks: TimerView[];
  microtasks: JobView[];
  nextTicks: JobView[];
  /** FinalizationRegistry cleanup tasks the collector queued. */
  cleanups: JobView[];
  /** Each queue's full length. */
  counts: Record<LoopQueue, number>;
  /**
   * Queues cut short (see snapshot's `edge`): `count` entries from queue index `at` are left
   * out, and the list holds the entries before and after them.
   */
  omitted: Partial<Record<LoopQueue, { at: number; count: number }>>;
}

function timerView(t: Timer): TimerView {
  return { id: t.id, kind: t.kind, name: t.name, line: t.line, column: t.column, file: t.file, delay: t.delay, due: t.due, interval: t.kind === 'interval' };
}

function ioView(r: IoRequest): TimerView {
  return { id: r.id, kind: 'io', name: r.name, line: r.line, column: r.column, file: r.file, delay: r.delay, due: r.due, interval: false, label: r.label };
}

function messageView(m: PortMessage, i: number): TimerView {
  // The sender's clock when it posted, in hundredths of a ms (timers' are whole ms).
  return { id: i + 1, kind: 'message', name: m.name, delay: 0, due: Math.round(m.at * 100) / 100, interval: false, label: m.name, ...(m.route ? { route: m.route } : {}) };
}

/** A closed handle's callback, waiting for the close phase (`MessagePort close`). */
function closeView(c: CloseJob, i: number): TimerView {
  return { id: i + 1, kind: 'close', name: c.name, line: c.line, column: c.column, file: c.file, delay: 0, due: 0, interval: false, label: c.label };
}

function jobView(j: Microtask): JobView {
  const promiseState = j.promise instanceof PromiseObject ? j.promise.state : undefined;
  return { kind: j.kind, name: j.name, line: j.line, column: j.column, file: j.file, promiseState };
}

/** How a task is named on the call stack and in stop descriptions. */
export function taskLabel(task: Task): string {
  switch (task.kind) {
    case 'timer': {
      const t = task.timer;
      const what = t.kind === 'immediate' ? `immediate #${t.id}` : `${t.kind === 'interval' ? 'interval' : 'timer'} #${t.id}`;
      return `${what} -> ${t.name}()`;
    }
    case 'microtask': return `microtask: ${task.job.kind} -> ${task.job.name}`;
    case 'cleanup': return `FinalizationRegistry cleanup -> ${task.job.name}()`;
    case 'message': return task.job.name;
    case 'tick': return `nextTick -> ${task.tick.name}()`;
    case 'io': return `${task.io.label} -> ${task.io.name}()`;
    case 'close': return `${task.job.label} -> ${task.job.name}()`;
  }
}

export function taskView(task: Task): TaskView {
  const label = taskLabel(task);
  switch (task.kind) {
    case 'timer': return { kind: task.timer.kind === 'immediate' ? 'immediate' : 'timer', label, line: task.timer.line, column: task.timer.column };
    case 'microtask': return { kind: 'microtask', label, line: task.job.line, column: task.job.column };
    case 'cleanup': return { kind: 'finalization', label };
    case 'message': return { kind: 'message', label };
    case 'tick': return { kind: 'nextTick', label, line: task.tick.line, column: task.tick.column };
    case 'io': return { kind: 'io', label, line: task.io.line, column: task.io.column };
    case 'close': return { kind: 'close', label, line: task.job.line, column: task.job.column };
  }
}

/** The timers in due-time order, sorted once per change of the loop (100,000 timers take ~50 ms). */
const sortedTimers = new WeakMap<EventLoop, { version: number; timers: Timer[] }>();

function timersInOrder(loop: EventLoop): Timer[] {
  const cached = sortedTimers.get(loop);
  if (cached?.version === loop.version) return cached.timers;
  const timers = [...loop.timers.values()].sort((a, b) => a.due - b.due || a.seq - b.seq);
  sortedTimers.set(loop, { version: loop.version, timers });
  return timers;
}

/** A queue's raw entries and how to view one, without copying the queue. */
function queueOf(loop: EventLoop, queue: LoopQueue): { length: number; view: (i: number) => EntryView } {
  switch (queue) {
    // Node keeps one list of timers by due time; the timers phase runs the due ones from it.
    // Then the I/O: completed (the poll phase takes it in order), then still in flight; then
    // other threads' messages, which the poll phase takes too.
    case 'webApis': {
      const due = loop.macrotasks.filter((t) => t.kind !== 'immediate');
      const timers = timersInOrder(loop);
      const io = [...loop.ioReady, ...loop.io];
      const nTimers = due.length + timers.length;
      const nIo = nTimers + io.length;
      const view = (i: number): TimerView =>
        i < due.length ? timerView(due[i]) : i < nTimers ? timerView(timers[i - due.length]) : i < nIo ? ioView(io[i - nTimers]) : messageView(loop.messages[i - nIo], i - nIo);
      return { length: nIo + loop.messages.length, view };
    }
    // The check queue: setImmediate callbacks wait here from the call on, for the check phase;
    // closed handles' callbacks (a MessagePort's 'close') after them, for the close phase.
    case 'macrotasks': {
      const taken = loop.macrotasks.filter((t) => t.kind === 'immediate');
      const waiting = [...taken, ...loop.immediates];
      const closing = [...loop.closeReady, ...loop.closing];
      return { length: waiting.length + closing.length, view: (i) => (i < waiting.length ? timerView(waiting[i]) : closeView(closing[i - waiting.length], i - waiting.length)) };
    }
    case 'microtasks': return { length: loop.microtasks.length, view: (i) => jobView(loop.microtasks[i]) };
    case 'nextTicks': return { length: loop.ticks.length, view: (i) => tickView(loop.ticks[i]) };
    case 'cleanups': return { length: loop.cleanups.length, view: (i) => cleanupView(loop.cleanups[i]) };
  }
}

function tickView(t: EventLoop['ticks'][number]): JobView {
  return { kind: 'nextTick', name: t.name, line: t.line, column: t.column, file: t.file };
}

function cleanupView(j: CleanupJob): JobView {
  return { kind: 'finalization', name: j.name, line: j.line, column: j.column, file: j.file };
}

/** Entries `start` to `start + count` of one queue, in the order they will run. */
export function queueEntries(loop: EventLoop, queue: LoopQueue, start: number, count: number): { total: number; entries: EntryView[] } {
  const q = queueOf(loop, queue);
  const entries: EntryView[] = [];
  for (let i = start; i < Math.min(q.length, start + count); i++) entries.push(q.view(i));
  return { total: q.length, entries };
}

const QUEUES: LoopQueue[] = ['webApis', 'macrotasks', 'microtasks', 'nextTicks', 'cleanups'];

/**
 * The loop's state. With `edge`, each queue lists at most its first and last `edge` entries
 * and says how many it left out, so a snapshot stays small with any number of timers.
 */
export function snapshot(loop: EventLoop, edge = Infinity): LoopSnapshot {
  const counts = {} as Record<LoopQueue, number>;
  const omitted: LoopSnapshot['omitted'] = {};
  const lists = {} as Record<LoopQueue, EntryView[]>;
  for (const name of QUEUES) {
    const q = queueOf(loop, name);
    counts[name] = q.length;
    const list: EntryView[] = [];
    if (q.length <= 2 * edge) for (let i = 0; i < q.length; i++) list.push(q.view(i));
    else {
      for (let i = 0; i < edge; i++) list.push(q.view(i));
      for (let i = q.length - edge; i < q.length; i++) list.push(q.view(i));
      omitted[name] = { at: edge, count: q.length - 2 * edge };
    }
    lists[name] = list;
  }
  return {
    phase: loop.phase,
    // Whole ms, as Date.now() and the timers read it.
    time: loop.loopTime(),
    current: loop.current ? taskView(loop.current) : loop.phase === 'script' ? { kind: 'script', label: 'main script' } : null,
    webApis: lists.webApis as TimerView[],
    macrotasks: lists.macrotasks as TimerView[],
    microtasks: lists.microtasks as JobView[],
    nextTicks: lists.nextTicks as JobView[],
    cleanups: lists.cleanups as JobView[],
    counts,
    omitted,
  };
}
