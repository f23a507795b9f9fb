// The Event Loop view of a program with workers: one lane per thread, each its own loop
// (phase, clock, call stack, queues), and the channel between them: the messages posted and
// not yet taken by their receiver's poll phase. Pure, like model.ts.
import type { ThreadLoop } from '../../adapter/protocol';
import { loopModel, type Entry, type Gap, type LoopLists, type LoopModel, type SessionStatus } from './model';

/** One thread's loop. */
export interface Lane extends LoopLists {
  threadId: number;
  /** "main", "worker 1 (task.js)". */
  thread: string;
  /** The thread the view follows: the stopped one, or the one selected in the Call Stack. */
  selected: boolean;
}

/** A message on its way: `lane` is the index of the receiver's lane. */
export interface ChannelMessage extends Entry {
  to: string;
  lane: number;
}

/** A thread's loop as the adapter sent it (a ThreadLoop, not checked yet), with its stack trace. */
export interface ThreadState { loop: unknown; frames: unknown }

/**
 * The lanes and the channel of `threads` (the main thread's first). Each receiver's messages
 * move from its Web APIs into the channel, unless that queue was cut short (then they stay,
 * so the "… N more" row still fetches the right entries).
 */
export function lanesModel(threads: ThreadState[], selected: number | undefined, status: SessionStatus, programPath?: string): Pick<LoopModel, 'lanes' | 'channel'> {
  const channel: ChannelMessage[] = [];
  const lanes = threads.map(({ loop, frames }, i): Lane => {
    const { phase, phaseText, time, current, stack, webApis, macrotasks, microtasks, nextTicks, cleanups, totals, gaps } = loopModel(loop, frames, status, programPath);
    const named = (typeof loop === 'object' && loop !== null ? loop : {}) as { [K in keyof ThreadLoop]?: unknown };
    const threadId = typeof named.threadId === 'number' ? named.threadId : i + 1;
    const thread = typeof named.thread === 'string' ? named.thread : i === 0 ? 'main' : `thread ${threadId}`;
    const lane: Lane = { threadId, thread, selected: threadId === selected, phase, phaseText, time, current, stack, webApis, macrotasks, microtasks, nextTicks, cleanups, totals, gaps };
    if (gaps?.webApis) return lane;
    const messages = webApis.filter((e) => e.message);
    channel.push(...messages.map((m) => ({ ...m, to: thread, lane: i })));
    return { ...lane, webApis: webApis.filter((e) => !e.message), totals: lessWebApis(totals, messages.length) };
  });
  if (!lanes.some((l) => l.selected) && lanes.length > 0) lanes[0].selected = true;
  return { lanes, channel };
}

function lessWebApis(totals: LoopLists['totals'], moved: number): LoopLists['totals'] {
  if (!totals || moved === 0 || totals.webApis === undefined) return totals;
  return { ...totals, webApis: totals.webApis - moved };
}

/** The lane of thread `threadId` with a queue's gap filled by `fill`; the lanes unchanged when there is no such lane. */
export function withLane(lanes: Lane[], threadId: number, fill: (lane: Lane) => Lane): Lane[] {
  return lanes.map((l) => (l.threadId === threadId ? fill(l) : l));
}

/** A lane's gap in `queue`, for fetching more of it. */
export function laneGap(lanes: Lane[] | undefined, threadId: number, queue: keyof NonNullable<LoopLists['gaps']>): Gap | undefined {
  return lanes?.find((l) => l.threadId === threadId)?.gaps?.[queue];
}
