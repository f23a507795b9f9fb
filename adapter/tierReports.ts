// What the learner sees of the second tier in a debug session: each optimization and
// deoptimization as a custom event and a Debug Console line, a stop at a deoptimization
// when the launch asked for one, and the hotness of every function for the CodeLens.
import { Event } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import { deoptReasonText, describeTierEvent, type Agent, type EngineDebugger, type TierEvent, type TierThresholds } from '../engine';
import type { OutputCategory } from './output';
import { TIER_EVENT, type GlassboxLaunchArguments, type HotnessBody, type TierEventBody } from './protocol';
import type { Place } from './stackTrace';
import { describeDeoptStop, type StopText } from './stopDescriptions';

export interface TierSink {
  sendEvent(event: DebugProtocol.Event): void;
  output(text: string, category: OutputCategory, place?: Place, source?: DebugProtocol.Source): void;
}

/** The engine's `tiering` option for a launch configuration. */
export function tieringOption(args: GlassboxLaunchArguments): Partial<TierThresholds> | false {
  if (args.tiering === false) return false;
  return { calls: args.hotCalls, backEdges: args.hotLoopIterations };
}

export class TierReports {
  private dbg: EngineDebugger | undefined;
  private source: DebugProtocol.Source | undefined;
  /** The deoptimization the debugger was asked to stop at: it describes the next pause. */
  private pendingStop: StopText | undefined;

  constructor(private readonly sink: TierSink, private readonly stopOnDeopt: boolean) {}

  /** The thread's debugger and program source, once the agent is a thread. */
  attach(dbg: EngineDebugger, source: DebugProtocol.Source): void {
    this.dbg = dbg;
    this.source = source;
  }

  /** The engine's listener (AgentOptions.onTierEvent): true asks it to stop at this deopt. */
  readonly onTierEvent = (e: TierEvent): boolean => {
    const text = describeTierEvent(e);
    const body: TierEventBody = { kind: e.kind, name: e.name, line: e.line, text, reason: e.kind === 'deoptimized' ? deoptReasonText(e.reason) : undefined };
    this.sink.sendEvent(new Event(TIER_EVENT, body) as DebugProtocol.Event);
    this.sink.output(text, 'console', { line: e.line, column: 1 }, this.source);
    if (e.kind !== 'deoptimized' || !this.stopOnDeopt || this.dbg === undefined) return false;
    this.dbg.pause();
    this.pendingStop = describeDeoptStop(text, body.reason ?? '');
    return true;
  };

  /** How to describe a pause: the deoptimization it stopped at, once. */
  takeStopText(kind: string): StopText | undefined {
    const text = kind === 'pause' ? this.pendingStop : undefined;
    this.pendingStop = undefined;
    return text;
  }
}

/** The hotness request's answer for the program run by `agent`. */
export function hotnessBody(agent: Agent | undefined, path: string): HotnessBody {
  return { path, functions: agent?.hotness() ?? [] };
}
