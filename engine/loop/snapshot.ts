// The event loop as plain data for the debugger's Event Loop view and `glassbox trace`:
// phase, virtual time, Web APIs (timers), macrotasks, microtasks and nextTicks.
import type { EventLoop, LoopPhase, Microtask, MicrotaskKind, Task, Timer, TimerKind } from './eventLoop';
import { PromiseObject } from '../heap/slots';

export interface TimerView { id: number; kind: TimerKind; name: string; line?: number; column?: number; delay: number; due: number; interval: boolean }
export interface JobView { kind: MicrotaskKind | 'nextTick'; name: string; line?: number; column?: number; promiseState?: string }
export interface TaskView { kind: 'timer' | 'immediate' | 'microtask' | 'nextTick' | 'script'; label: string; line?: number; column?: number }

export interface LoopSnapshot {
  phase: LoopPhase;
  time: number;
  current: TaskView | null;
  webApis: TimerView[];
  macrotasks: TimerView[];
  microtasks: JobView[];
  nextTicks: JobView[];
}

function timerView(t: Timer): TimerView {
  return { id: t.id, kind: t.kind, name: t.name, line: t.line, column: t.column, delay: t.delay, due: t.due, interval: t.kind === 'interval' };
}

function jobView(j: Microtask): JobView {
  const promiseState = j.promise instanceof PromiseObject ? j.promise.state : undefined;
  return { kind: j.kind, name: j.name, line: j.line, column: j.column, promiseState };
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
    case 'tick': return `nextTick -> ${task.tick.name}()`;
  }
}

export function taskView(task: Task): TaskView {
  const label = taskLabel(task);
  switch (task.kind) {
    case 'timer': return { kind: task.timer.kind === 'immediate' ? 'immediate' : 'timer', label, line: task.timer.line, column: task.timer.column };
    case 'microtask': return { kind: 'microtask', label, line: task.job.line, column: task.job.column };
    case 'tick': return { kind: 'nextTick', label, line: task.tick.line, column: task.tick.column };
  }
}

export function snapshot(loop: EventLoop): LoopSnapshot {
  const timers = [...loop.timers.values()].sort((a, b) => a.due - b.due || a.seq - b.seq);
  return {
    phase: loop.phase,
    time: loop.now,
    current: loop.current ? taskView(loop.current) : loop.phase === 'script' ? { kind: 'script', label: 'main script' } : null,
    webApis: timers.map(timerView),
    macrotasks: [...loop.macrotasks, ...loop.immediates].map(timerView),
    microtasks: loop.microtasks.map(jobView),
    nextTicks: loop.ticks.map((t) => ({ kind: 'nextTick' as const, name: t.name, line: t.line, column: t.column })),
  };
}
