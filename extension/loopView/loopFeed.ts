// Feeds the Event Loop view from Glassbox debug sessions: the adapter's `eventLoopChanged`
// event (sent after every stop) and `eventLoopState` request give the loop, a DAP
// stackTrace gives the call stack; `eventLoopEntries` fills in long queues on demand;
// `glassbox.timelineChanged` / `timeline` give the strip, whose clicks send `gotoMoment`; a
// tracker notices when the program runs on.
import * as vscode from 'vscode';
import {
  DEBUG_TYPE, EVENT_LOOP_CHANGED_EVENT, EVENT_LOOP_ENTRIES_REQUEST, EVENT_LOOP_STATE_REQUEST, EVENT_LOOPS_REQUEST, GOTO_MOMENT_REQUEST, LOOP_ENTRIES_MAX, TIMELINE_CHANGED_EVENT, TIMELINE_REQUEST,
  type EventLoopChangedBody, type EventLoopEntriesArguments, type EventLoopEntriesBody, type EventLoopsBody, type EventLoopStateArguments, type EventLoopStateBody, type GotoMomentArguments, type LoopQueue,
  type TimelineBody,
} from '../../adapter/protocol';
import { programPath } from '../debugConfig';
import { laneGap, lanesModel, withLane, type ThreadState } from './lanes';
import { emptyModel, loopModel, queueEntries, withEntries, type LoopModel, type SessionStatus } from './model';
import { timelineFrom, type Timeline } from './timeline';
import type { EventLoopViewProvider } from './viewProvider';

/** Entries fetched per click on "… N more". */
const MORE_PAGE = Math.min(200, LOOP_ENTRIES_MAX);

const RESUMING = new Set(['continue', 'next', 'stepIn', 'stepOut', 'stepBack', 'reverseContinue', 'goto', 'restartFrame']);

export class LoopFeed implements vscode.Disposable {
  /** The session on show; events from others wait until it is no longer the active one. */
  private shown: string | undefined;
  private readonly status = new Map<string, SessionStatus>();
  /** Each session's last stop description, as its `stopped` event said it. */
  private readonly stopTexts = new Map<string, string>();
  /** Each session's worker threads, as its `thread` events told them: with workers, the view draws every thread's loop. */
  private readonly workers = new Map<string, Set<number>>();
  /** Each session's timeline, as its last `glassbox.timelineChanged` (or `timeline` answer) gave it. */
  private readonly timelines = new Map<string, Timeline>();
  /** Bumped per refresh, so a slow answer never overwrites a newer stop. */
  private generation = 0;
  private readonly subscriptions: vscode.Disposable[];

  /** The session whose loop is on show, for fetching more of a long queue. */
  private shownSession: vscode.DebugSession | undefined;
  /** The thread whose loop is on show (each thread has its own): the stopped one, or the one selected in the Call Stack. */
  private shownThread: number | undefined;

  constructor(private readonly view: EventLoopViewProvider) {
    view.onMore = (queue, threadId) => void this.more(queue, threadId);
    view.onGoto = (step) => void this.goto(step);
    this.subscriptions = [
      vscode.debug.onDidReceiveDebugSessionCustomEvent((e) => {
        if (e.session.type !== DEBUG_TYPE) return;
        if (e.event === EVENT_LOOP_CHANGED_EVENT) void this.refresh(e.session, e.body as EventLoopChangedBody);
        if (e.event === TIMELINE_CHANGED_EVENT) this.timelineChanged(e.session, e.body as TimelineBody);
      }),
      vscode.debug.onDidChangeActiveDebugSession((s) => {
        if (s?.type === DEBUG_TYPE && s.id !== this.shown) void this.refresh(s);
      }),
      // Another thread selected in the Call Stack: show its loop.
      vscode.debug.onDidChangeActiveStackItem((item) => {
        if (item && item.session.type === DEBUG_TYPE && item.session.id === this.shown && item.threadId !== this.shownThread) void this.refresh(item.session, undefined, item.threadId);
      }),
      vscode.debug.onDidStartDebugSession((s) => this.started(s)),
      vscode.debug.onDidTerminateDebugSession((s) => this.ended(s)),
      vscode.debug.registerDebugAdapterTrackerFactory(DEBUG_TYPE, { createDebugAdapterTracker: (s) => this.tracker(s) }),
    ];
  }

  /** Asks the session for the loop (of `threadId`, else of the thread selected in the Call Stack) and the stack, and shows them. */
  async refresh(session: vscode.DebugSession, snapshot?: EventLoopChangedBody, threadId?: number): Promise<void> {
    if (!this.accepts(session)) return;
    const generation = ++this.generation;
    const item = vscode.debug.activeStackItem;
    const args: EventLoopStateArguments = { threadId: threadId ?? (item?.session.id === session.id ? item.threadId : undefined) };
    const loop = snapshot ?? (await request<EventLoopStateBody>(session, EVENT_LOOP_STATE_REQUEST, args));
    // Without an event (the view opened, another session became active), the timeline is asked for too.
    if (!snapshot) this.keepTimeline(session, await request<TimelineBody>(session, TIMELINE_REQUEST));
    const status = this.status.get(session.id) ?? 'paused';
    const frames = status === 'paused' ? await stackFrames(session, loop?.threadId) : [];
    if (generation !== this.generation || !this.accepts(session)) return;
    this.shown = session.id;
    this.shownSession = session;
    this.shownThread = loop?.threadId;
    const program = programPath(session.configuration, session.workspaceFolder?.uri.fsPath);
    const stopText = status === 'paused' ? this.stopTexts.get(session.id) : undefined;
    const thread = loop?.thread !== undefined && loop.thread !== 'main' ? loop.thread : undefined;
    const lanes = (this.workers.get(session.id)?.size ?? 0) > 0 ? await this.lanes(session, status, loop?.threadId, program) : {};
    if (generation !== this.generation || !this.accepts(session)) return;
    this.view.show({ ...loopModel(loop, frames, status, program), stopText, thread, timeline: this.timelines.get(session.id), ...lanes });
  }

  /** Every thread's loop and stack, side by side, the one on show (`selected`) outlined. */
  private async lanes(session: vscode.DebugSession, status: SessionStatus, selected: number | undefined, program: string | undefined): Promise<Pick<LoopModel, 'lanes' | 'channel'>> {
    const body = await request<EventLoopsBody>(session, EVENT_LOOPS_REQUEST);
    if (!body || body.loops.length < 2) return {};
    const threads: ThreadState[] = [];
    for (const loop of body.loops) threads.push({ loop, frames: status === 'paused' ? await stackFrames(session, loop.threadId) : [] });
    return lanesModel(threads, selected, status, program);
  }

  private timelineChanged(session: vscode.DebugSession, body: TimelineBody): void {
    this.keepTimeline(session, body);
    if (session.id === this.shown) this.view.show({ ...this.view.current, timeline: this.timelines.get(session.id) });
  }

  private keepTimeline(session: vscode.DebugSession, body: unknown): void {
    const timeline = timelineFrom(body);
    if (timeline) this.timelines.set(session.id, timeline);
  }

  /** A click on the strip: the session on show goes to that moment (its stop redraws the view). */
  async goto(step: number): Promise<void> {
    const session = this.shownSession;
    if (!session || session.id !== this.shown || this.status.get(session.id) !== 'paused') return;
    const args: GotoMomentArguments = { step };
    try {
      await session.customRequest(GOTO_MOMENT_REQUEST, args);
    } catch (err) {
      void vscode.window.showWarningMessage(`Glassbox: cannot go to step ${step}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** Fetches the next entries of a queue the snapshot cut short (of lane `threadId`'s loop, with workers), and shows them in its gap. */
  async more(queue: LoopQueue, threadId?: number): Promise<void> {
    const session = this.shownSession;
    const current = this.view.current;
    const gap = threadId === undefined ? current.gaps?.[queue] : laneGap(current.lanes, threadId, queue);
    if (!session || session.id !== this.shown || !gap) return;
    const generation = this.generation;
    const count = Math.min(gap.count, MORE_PAGE);
    const args: EventLoopEntriesArguments = { queue, start: gap.at, count, threadId: threadId ?? this.shownThread };
    const body = await request<EventLoopEntriesBody>(session, EVENT_LOOP_ENTRIES_REQUEST, args);
    // A newer stop has redrawn the view: its own gaps stand.
    if (generation !== this.generation || body?.start !== gap.at) return;
    const program = programPath(session.configuration, session.workspaceFolder?.uri.fsPath);
    const entries = queueEntries(queue, body.entries, program);
    if (threadId === undefined || !current.lanes) return this.view.show(withEntries(current, queue, gap.at, entries));
    this.view.show({ ...current, lanes: withLane(current.lanes, threadId, (l) => withEntries(l, queue, gap.at, entries)) });
  }

  private accepts(session: vscode.DebugSession): boolean {
    const active = vscode.debug.activeDebugSession;
    return !active || active.type !== DEBUG_TYPE || active.id === session.id;
  }

  private started(session: vscode.DebugSession): void {
    if (session.type !== DEBUG_TYPE || !this.accepts(session)) return;
    this.shown = session.id;
    // The inline adapter's first stop can reach the tracker before this start event does.
    if (this.status.has(session.id)) {
      void this.refresh(session);
      return;
    }
    this.status.set(session.id, 'running');
    this.generation++;
    this.view.show(emptyModel('running'));
  }

  private ended(session: vscode.DebugSession): void {
    this.status.delete(session.id);
    this.workers.delete(session.id);
    this.stopTexts.delete(session.id);
    this.timelines.delete(session.id);
    if (session.id !== this.shown) return;
    this.generation++;
    this.view.show({ ...this.view.current, status: 'ended', stopText: undefined });
  }

  private tracker(session: vscode.DebugSession): vscode.DebugAdapterTracker {
    const set = (status: SessionStatus) => {
      this.status.set(session.id, status);
      // A stop redraws through eventLoopChanged; running on only dims what is shown.
      if (status === 'running' && session.id === this.shown && this.view.current.status === 'paused') {
        this.view.show({ ...this.view.current, status, stopText: undefined });
      }
    };
    return {
      onWillReceiveMessage: (m: { type?: string; command?: string }) => {
        if (m.type === 'request' && m.command && RESUMING.has(m.command)) set('running');
      },
      onDidSendMessage: (m: { type?: string; event?: string; body?: { description?: unknown; reason?: unknown; threadId?: unknown } }) => {
        if (m.type === 'event' && m.event === 'thread') this.threadEvent(session, m.body?.reason, m.body?.threadId);
        if (m.type === 'event' && m.event === 'stopped') {
          if (typeof m.body?.description === 'string') this.stopTexts.set(session.id, m.body.description);
          set('paused');
        }
        else if (m.type === 'event' && m.event === 'continued') set('running');
      },
    };
  }

  private threadEvent(session: vscode.DebugSession, reason: unknown, threadId: unknown): void {
    if (typeof threadId !== 'number') return;
    const known = this.workers.get(session.id) ?? new Set<number>();
    this.workers.set(session.id, known);
    if (reason === 'started') known.add(threadId);
    if (reason === 'exited') known.delete(threadId);
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
  }
}

/** A request's body, typed as the protocol declares it; undefined when it failed. */
export async function request<Body>(session: vscode.DebugSession, command: string, args?: unknown): Promise<Body | undefined> {
  try {
    return (await session.customRequest(command, args)) as Body;
  } catch {
    // The session may be ending, or not stopped: show what there is.
    return undefined;
  }
}

/** The stack of thread `threadId`, or of the session's first thread (the main one). */
export async function stackFrames(session: vscode.DebugSession, threadId?: number): Promise<unknown> {
  if (threadId === undefined) {
    const threads = await request<{ threads?: { id?: unknown }[] }>(session, 'threads');
    threadId = typeof threads?.threads?.[0]?.id === 'number' ? threads.threads[0].id : 1;
  }
  return request(session, 'stackTrace', { threadId, startFrame: 0, levels: 200 });
}
