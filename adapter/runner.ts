// Drives an agent in slices so the adapter stays responsive: a slice of instructions, then a
// turn of the host's event loop (where a pause request can arrive). Knows no DAP, and
// decides no stop: the engine's controller does (stepping, breakpoint conditions).
import { ok as assert } from 'node:assert';
import type { EngineDebugger, Agent, RunOutcome, StepGranularity, StopView } from '../engine';

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
  private scheduled: { kind: 'immediate'; handle: NodeJS.Immediate } | { kind: 'timeout'; handle: NodeJS.Timeout } | undefined;

  constructor(private readonly run: Agent, private readonly dbg: EngineDebugger, private readonly host: RunnerHost) {}

  get isRunning(): boolean { return this.state === 'running' || this.state === 'waiting'; }
  get isPaused(): boolean { return this.state === 'paused'; }

  /** Starts the run as attached: stopOnEntry makes its first step point a stop. */
  start(): void {
    if (this.state !== 'paused') return;
    this.state = 'running';
    this.schedule();
  }

  /** Resumes a paused run with `command`. */
  resume(command: ResumeCommand): void {
    if (this.state === 'ended') return;
    if (command.kind === 'continue') this.dbg.continue();
    else if (command.kind === 'in') this.dbg.stepIn(command.granularity);
    else if (command.kind === 'over') this.dbg.stepOver(command.granularity);
    else this.dbg.stepOut(command.granularity);
    this.state = 'running';
    this.schedule();
  }

  /** Asks the run to stop at its next step point (at once when it only waits for timers). */
  pause(): void {
    if (this.state === 'running') this.dbg.pause();
    if (this.state !== 'waiting') return;
    this.cancel();
    this.state = 'paused';
    this.host.stopped({ kind: 'idle', msUntilNextTimer: this.run.msUntilNextTimer() });
  }

  /** Stops driving the run for good (terminate, restart, disconnect). */
  dispose(): void {
    this.state = 'ended';
    this.cancel();
  }

  private cancel(): void {
    const s = this.scheduled;
    this.scheduled = undefined;
    // Each kind with its own clear: clearImmediate on a Timeout corrupts Node's immediate queue.
    if (s?.kind === 'immediate') clearImmediate(s.handle);
    else if (s?.kind === 'timeout') clearTimeout(s.handle);
  }

  /** The next slice: at once after pending I/O (a pause request), or after `delayMs`. */
  private schedule(delayMs?: number): void {
    this.cancel();
    this.scheduled = delayMs === undefined
      ? { kind: 'immediate', handle: setImmediate(() => this.slice()) }
      : { kind: 'timeout', handle: setTimeout(() => this.slice(), delayMs) };
  }

  /** Any host exception while driving the run (the engine's or ours) ends it with a report. */
  private slice(): void {
    this.scheduled = undefined;
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
        return this.schedule(Math.max(1, this.run.msUntilNextTimer()));
      }
      if (result === 'done' || result === 'uncaught' || result === 'fatal') {
        this.dispose();
        return this.host.ended(this.run.outcome());
      }
      if (result === 'paused') return this.paused();
      if (Date.now() >= deadline) return this.schedule();
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
