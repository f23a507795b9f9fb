// Drives a run's AgentGroup (the program and its workers) in slices, as Runner drives one
// agent: turns of the group, then a turn of the host's event loop. All-stop: when one thread
// stops (a breakpoint, a step, a pause), every thread stops with it (allThreadsStopped), and
// any resume lets them all run again; a step moves only the stepped thread's debugger to a
// step mode, the others run on until a stop of theirs (a breakpoint) or the step's end.
import { ok as assert } from 'node:assert';
import type { AgentGroup, GroupMember } from '../engine';
import type { ResumeCommand, RunnerHost } from './runner';
import type { PausedRun } from './inspection';
import { NextTurn } from './nextTurn';

/** Instructions per turn: small enough that a pause lands within a few milliseconds. */
const TURN_INSTRUCTIONS = 20_000;
/** How long turns run back to back before the host's event loop gets a turn. */
const TURN_MS = 5;

/** How a thread's requests reach the runner (Runner has the same shape for a lone agent). */
export interface ThreadControl {
  readonly isRunning: boolean;
  readonly isPaused: boolean;
  start(): void;
  resume(command: ResumeCommand): void;
  pause(): void;
  dispose(): void;
}

/** What the group runner needs of a thread. */
export interface GroupThread extends PausedRun {
  events: RunnerHost;
}

export class GroupRunner {
  private state: 'paused' | 'running' | 'waiting' | 'ended' = 'paused';
  /** The agent whose real-time timers the run waits for (state 'waiting'). */
  private waitingFor: GroupMember | undefined;
  private readonly next = new NextTurn(() => this.turns());

  /** `threadOf` finds a member's thread (the adapter adds a worker's thread when the group starts it). */
  constructor(private readonly group: AgentGroup, private readonly threadOf: (m: GroupMember) => GroupThread | undefined) {}

  /** The control a thread's requests use: every thread of the group shares this runner. */
  control(thread: GroupThread): ThreadControl {
    const runner = this;
    return {
      get isRunning() { return runner.state === 'running' || runner.state === 'waiting'; },
      get isPaused() { return runner.state === 'paused'; },
      start: () => this.start(),
      resume: (command) => this.resume(thread, command),
      pause: () => this.pause(),
      dispose: () => this.dispose(),
    };
  }

  start(): void {
    if (this.state !== 'paused') return;
    this.state = 'running';
    this.next.schedule();
  }

  /** Resumes every thread; `thread` with `command` (a step), the others as they were. */
  resume(thread: GroupThread, command: ResumeCommand): void {
    if (this.state === 'ended') return;
    const dbg = thread.dbg;
    if (command.kind === 'continue') for (const t of this.threads()) t.dbg.continue();
    else if (command.kind === 'in') dbg.stepIn(command.granularity);
    else if (command.kind === 'over') dbg.stepOver(command.granularity);
    else dbg.stepOut(command.granularity);
    for (const t of this.threads()) { t.stop = undefined; t.variables.reset(); }
    this.state = 'running';
    this.next.schedule();
  }

  /** Asks every thread to stop at its next step point: the first to reach one stops them all; at once while real-time timers wait. */
  pause(): void {
    if (this.state === 'running') for (const t of this.threads()) t.dbg.pause();
    const m = this.waitingFor;
    if (this.state !== 'waiting' || !m) return;
    this.next.cancel();
    this.state = 'paused';
    const t = this.threadOf(m);
    for (const o of this.threads()) if (o !== t) { o.stop = { kind: 'idle', msUntilNextTimer: 0 }; o.variables.reset(); }
    t?.events.stopped({ kind: 'idle', msUntilNextTimer: m.agent.msUntilNextTimer() });
  }

  dispose(): void {
    this.state = 'ended';
    this.next.cancel();
  }

  private threads(): GroupThread[] {
    return this.group.live().flatMap((m) => this.threadOf(m) ?? []);
  }

  /** Turns for up to TURN_MS; any host exception ends the run with a report. */
  private turns(): void {
    if (this.state === 'waiting') this.state = 'running';
    if (this.state !== 'running') return;
    const main = this.threadOf(this.group.main);
    try {
      const deadline = Date.now() + TURN_MS;
      for (;;) {
        const s = this.group.step(TURN_INSTRUCTIONS);
        if (s.kind === 'ended') { this.dispose(); return main?.events.ended(s.outcome); }
        if (s.result === 'paused') return this.stopped(s.member);
        // Real-time timers: wait for the wall clock (the other agents wait too).
        if (s.result === 'waiting') {
          this.state = 'waiting';
          this.waitingFor = s.member;
          return this.next.schedule(Math.max(1, s.member.agent.msUntilNextTimer()));
        }
        if (Date.now() >= deadline) return this.next.schedule();
      }
    } catch (err) {
      this.dispose();
      main?.events.failed(err);
    }
  }

  /** `m` stopped at a step point: its thread reports the stop; the others are paused where their last turn left them. */
  private stopped(m: GroupMember): void {
    const t = this.threadOf(m);
    const stop = t?.dbg.stop();
    assert(t && stop, 'the engine paused without a stop');
    this.state = 'paused';
    for (const o of this.threads()) if (o !== t) { o.stop = { kind: 'idle', msUntilNextTimer: 0 }; o.variables.reset(); }
    t.events.stopped({ kind: 'engine', stop });
  }
}
