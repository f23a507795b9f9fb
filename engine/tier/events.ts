// The tier's events, as the engine gives them to its embedder (AgentOptions.onTierEvent),
// and their one-line text for the Debug Console and `glassbox trace`.
import { Msg, formatMessage } from '../errors/messages';
import type { DeoptReason } from './record';

export type TierEvent =
  | { kind: 'optimized'; name: string; line: number; calls: number; backEdges: number; trigger: 'calls' | 'backEdges' }
  | { kind: 'deoptimized'; name: string; line: number; reason: DeoptReason; deopts: number; final: boolean };

const REASON_TEXT: { [R in DeoptReason]: string } = {
  notANumber: Msg.DeoptNotANumber,
  wrongShape: Msg.DeoptWrongShape,
};

export function deoptReasonText(reason: DeoptReason): string {
  return REASON_TEXT[reason];
}

/** `multiply: optimized after 1,000 calls`, `multiply: deoptimized: not a number at line 12`. */
export function describeTierEvent(e: TierEvent): string {
  if (e.kind === 'optimized') {
    const after = e.trigger === 'calls'
      ? (e.calls === 1 ? Msg.TierAfterOneCall : formatMessage(Msg.TierAfterCalls, count(e.calls)))
      : (e.backEdges === 1 ? Msg.TierAfterOneLoop : formatMessage(Msg.TierAfterLoops, count(e.backEdges)));
    return formatMessage(Msg.TierOptimized, e.name, after);
  }
  const text = formatMessage(Msg.TierDeoptimized, e.name, REASON_TEXT[e.reason], e.line);
  return e.final ? formatMessage(Msg.TierDeoptFinal, text) : text;
}

/** Counts as the learner reads them: 1,000. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
