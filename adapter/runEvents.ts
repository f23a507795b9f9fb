// What the client is told as the run goes: stopped events naming the phase, the Event Loop
// snapshot after each stop, and at the end the uncaught error and exit code.
import { Event, StoppedEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { RunOutcome } from '../engine';
import type { BreakpointEntry, BreakpointTable } from './breakpoints';
import type { PausedRun } from './inspection';
import type { OutputCategory } from './output';
import { EVENT_LOOP_CHANGED_EVENT, LOOP_EDGE, type EventLoopChangedBody } from './protocol';
import type { RunnerHost, RunnerStop } from './runner';
import type { Place } from './stackTrace';
import { describeHeapFatal, describeStop, describeUncaughtEnd, type StopText } from './stopDescriptions';

/** The exit code reported when Glassbox itself failed (sysexits' EX_SOFTWARE, as the CLI). */
export const INTERNAL_ERROR_EXIT_CODE = 70;

/** What RunEvents needs of the session. */
export interface EventSink {
  sendEvent(event: DebugProtocol.Event): void;
  output(text: string, category: OutputCategory, place?: Place, source?: DebugProtocol.Source): void;
  /** The session is over; `exitCode` undefined when it was terminated. */
  end(exitCode: number | undefined): void;
  /** After each stop's events (the timeline's redraw). */
  stoppedAt?(threadId: number): void;
}

/** Describes a stop in place of describeStop, once (TierReports: a pause at a deoptimization). */
export interface StopTexts { takeStopText(kind: string): StopText | undefined }

/** The first of `sources` that describes a stop describes it. */
export function firstStopText(...sources: StopTexts[]): StopTexts {
  return { takeStopText: (kind) => sources.reduce<StopText | undefined>((found, s) => found ?? s.takeStopText(kind), undefined) };
}

export class RunEvents implements RunnerHost {
  /** The last stop was at an uncaught exception, so the run's end needs no stop of its own. */
  private shownUncaught = false;

  /** `threadId`: the DAP thread of the agent behind `run`, named in its stopped events; `stopTexts` may describe a pause (a deopt's). */
  constructor(private readonly run: PausedRun, private readonly threadId: number, private readonly threadName: string, private readonly breakpoints: BreakpointTable, private readonly sink: EventSink, private readonly stopTexts?: StopTexts) {}

  stopped(stop: RunnerStop): void {
    this.run.stop = stop;
    this.run.variables.reset();
    const engineStop = stop.kind === 'engine' ? stop.stop : undefined;
    this.shownUncaught = engineStop?.kind === 'exception' && engineStop.exception?.uncaught !== false;
    const entry = this.breakpoints.entryFor(this.run.dbg, engineStop?.breakpointId);
    const text = engineStop === undefined ? undefined : this.stopTexts?.takeStopText(engineStop.kind);
    this.sendStopped(text ?? describeStop(stop, entry?.kind === 'function'), entry);
  }

  /** A stop of the adapter's own at the engine's current stop (a collection's second phase): the run did not move. */
  restopped(text: StopText): void {
    this.run.variables.reset();
    this.sendStopped(text);
  }

  private sendStopped(text: StopText, entry?: BreakpointEntry): void {
    const event = new StoppedEvent(text.reason, this.threadId, text.text) as DebugProtocol.StoppedEvent;
    Object.assign(event.body, { description: text.description, allThreadsStopped: true, hitBreakpointIds: text.hitBreakpointIds ?? (entry ? [entry.id] : undefined) });
    this.sink.sendEvent(event);
    const loop: EventLoopChangedBody = { ...this.run.run.eventLoopSnapshot(LOOP_EDGE), threadId: this.threadId, thread: this.threadName };
    this.sink.sendEvent(new Event(EVENT_LOOP_CHANGED_EVENT, loop) as DebugProtocol.Event);
    this.sink.stoppedAt?.(this.threadId);
  }

  ended(outcome: RunOutcome): void {
    if (outcome.kind === 'fatal') {
      // The heap limit: stop where the program was (its frames are intact); the next resume ends the session.
      this.run.postMortem = outcome;
      this.run.stop = { kind: 'idle', msUntilNextTimer: 0 };
      this.sendStopped(describeHeapFatal(this.run.run.heapStats().limitBytes, outcome.liveBytes));
      return;
    }
    if (outcome.kind === 'uncaught' && this.breakpoints.exceptionMode !== 'none' && !this.shownUncaught) {
      // Nothing was left to stop in (an unhandled rejection): show the exception before the end.
      this.run.postMortem = outcome;
      this.run.stop = { kind: 'idle', msUntilNextTimer: 0 };
      this.sendStopped(describeUncaughtEnd(outcome.report));
      return;
    }
    this.finish(outcome);
  }

  /** Reports how the run ended and ends the session. */
  finish(outcome: RunOutcome): void {
    if (outcome.kind !== 'completed') this.sink.output(outcome.report, 'stderr');
    this.sink.end(outcome.kind === 'uncaught' ? 1 : outcome.exitCode);
  }

  failed(err: unknown): void {
    reportInternalError(this.sink, err);
  }
}

/** A host exception escaped the engine: a Glassbox bug. Says so and ends the session. */
export function reportInternalError(sink: EventSink, err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  sink.output(`Glassbox internal error: ${message}\nThis is a bug in Glassbox, not in your program; the run cannot go on.`, 'stderr');
  sink.end(INTERNAL_ERROR_EXIT_CODE);
}
