// Drives an agent in slices so the adapter stays responsive: a slice of instructions, then a
// turn of the host's event loop (where a pause request can arrive). Knows no DAP, and
// decides no stop: the engine's controller does (stepping, breakpoint conditions).
import { ok as assert } from 'node:assert';
import type { EngineDebugger, Agent, RunOutcome, StepGranularity, StopView } from '../engine';
import { NextTurn } from './nextTurn';

/** Instructions per slice: small enough that a pause lands within a few milliseconds. */
export const SLICE_INSTRUCTIONS = 20_000;
/** How long slices run back to back before the host's event loop gets a turn. */
const TURN_MS = 5;

export type ResumeCommand = { kind: 'continue' } | { kind: 'in' | 'over' | 'out'; granularity: StepGranularity };

/** Why the runner stopped: at an engine step point, or paused while real-time timers wait. */
export type RunnerStop = { kind: 'engine'; stop: StopView } | { kind: 'idle'; msUntilNextTimer: number };

export interface RunnerHost {
  stopped(stop: RunnerStop): void;
  ended(outcome: RunOutcome): void;
  /** A host exception escaped the engine: a Glassbox bug; the run is over. */
  failed(err: unknown): void;
}

export class Runner {
  private state: 'paused' | 'running' | 'waiting' | 'ended' = 'paused';
  private readonly next = new NextTurn(() => this.slice());

  constructor(private readonly run: Agent, private readonly dbg: EngineDebugger, private readonly host: RunnerHost) {}

  get isRunning(): boolean { return this.state === 'running' || this.state === 'waiting'; }
  get isPaused(): boolean { return this.state === 'paused'; }

  /** Starts the run as attached: stopOnEntry makes its first step point a stop. */
  start(): void {
    if (this.state !== 'paused') return;
    this.state = 'running';
    this.next.schedule();
  }

  /** Resumes a paused run with `command`. */
  resume(command: ResumeCommand): void {
    if (this.state === 'ended') return;
    if (command.kind === 'continue') this.dbg.continue();
    else if (command.kind === 'in') this.dbg.stepIn(command.granularity);
    else if (command.kind === 'over') this.dbg.stepOver(command.granularity);
    else this.dbg.stepOut(command.granularity);
    this.state = 'running';
    this.next.schedule();
  }

  /** Asks the run to stop at its next step point (at once when it only waits for timers). */
  pause(): void {
    if (this.state === 'running') this.dbg.pause();
    if (this.state !== 'waiting') return;
    this.next.cancel();
    this.state = 'paused';
    this.host.stopped({ kind: 'idle', msUntilNextTimer: this.run.msUntilNextTimer() });
  }

  /** Stops driving the run for good (terminate, restart, disconnect). */
  dispose(): void {
    this.state = 'ended';
    this.next.cancel();
  }

  /** Any host exception while driving the run (the engine's or ours) ends it with a report. */
  private slice(): void {
    if (this.state === 'waiting') this.state = 'running';
    if (this.state !== 'running') return;
    try {
      this.runSlice();
    } catch (err) {
      this.dispose();
      this.host.failed(err);
    }
  }

  /** Runs slices for up to TURN_MS, then yields a turn of the host's event loop. */
  private runSlice(): void {
    const deadline = Date.now() + TURN_MS;
    for (;;) {
      const result = this.run.step(SLICE_INSTRUCTIONS);
      if (result === 'waiting') {
        this.state = 'waiting';
        return this.next.schedule(Math.max(1, this.run.msUntilNextTimer()));
      }
      if (result === 'done' || result === 'uncaught' || result === 'fatal') {
        this.dispose();
        return this.host.ended(this.run.outcome());
      }
      if (result === 'paused') return this.paused();
      if (Date.now() >= deadline) return this.next.schedule();
    }
  }

  /** The engine stopped at a step point, a throw or a task: report it. */
  private paused(): void {
    const stop = this.dbg.stop();
    assert(stop, 'the engine paused without a stop');
    this.state = 'paused';
    this.host.stopped({ kind: 'engine', stop });
  }
}
