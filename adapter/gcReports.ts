// The collector as the session tells it: a Debug Console line per collection the program or
// the learner asked for, and with `stepIntoGc` two stops per collection, the mark phase and
// then the sweep, whose heap graphs colour the marked boxes and fade the swept ones.
import type { DebugProtocol } from '@vscode/debugprotocol';
import { describeGc, gcPhaseText, type EngineDebugger, type GcPhase, type GcReport } from '../engine';
import type { RunEvents, StopTexts } from './runEvents';
import type { StopText } from './stopDescriptions';
import type { TierSink } from './tierReports';

export class GcReports implements StopTexts {
  private dbg: EngineDebugger | undefined;
  private source: DebugProtocol.Source | undefined;
  /** A collection that ran since the last stop; the next pause tells its mark phase. */
  private pending: GcReport | undefined;
  /** The collection the current stop shows, and which phase of it. */
  private shownPhase: { report: GcReport; phase: GcPhase } | undefined;

  constructor(private readonly sink: TierSink, private readonly stepIntoGc: boolean) {}

  attach(dbg: EngineDebugger, source: DebugProtocol.Source): void {
    this.dbg = dbg;
    this.source = source;
  }

  /** The engine's listener (AgentOptions.onGc). */
  readonly onGc = (report: GcReport): void => {
    if (report.reason !== 'automatic' || this.stepIntoGc) this.sink.output(`GC ${describeGc(report)}`, 'console', undefined, this.source);
    // The Memory view's button collects while paused: its redraw shows the result, with no stop.
    if (!this.stepIntoGc || this.dbg === undefined || report.reason === 'debugger') return;
    this.pending = report;
    this.dbg.pause();
  };

  takeStopText(kind: string): StopText | undefined {
    if (kind !== 'pause' || this.pending === undefined) return undefined;
    this.shownPhase = { report: this.pending, phase: 'mark' };
    this.pending = undefined;
    return describeGcStop(this.shownPhase.report, 'mark');
  }

  /**
   * On a resume: after the mark phase's stop comes the sweep's, at the same place (the
   * collection ran whole before the first stop; nothing of the program runs between them).
   * True when `events` was told that stop, so the program must not resume.
   */
  stopAtSweep(events: RunEvents): boolean {
    const shown = this.shownPhase;
    this.shownPhase = undefined;
    if (shown?.phase !== 'mark') return false;
    this.shownPhase = { report: shown.report, phase: 'sweep' };
    events.restopped(describeGcStop(shown.report, 'sweep'));
    return true;
  }

  /** The collection the current stop shows, for the heap graph. */
  get shown(): { report: GcReport; phase: GcPhase } | undefined {
    return this.shownPhase;
  }
}

function describeGcStop(report: GcReport, phase: GcPhase): StopText {
  const text = gcPhaseText(report, phase);
  return { reason: 'garbage collection', description: `Paused in the collector · ${text}`, text };
}
