// The custom requests the extension's views send: the Event Loop view's state and entries (of
// the thread asked for, else the main one), timeline (and its marks' gotoMoment), the Memory
// view's heap graph (of the selected frame's thread), reveal and collection, and the hotness
// CodeLens. The session routes them here.
import { InvalidatedEvent } from '@vscode/debugadapter';
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { GcPhase, GcReport } from '../engine';
import type { Answer } from './inspection';
import { collectGarbage, heapGraphBody } from './memory';
import type { MemoryReveal } from './memoryReveal';
import {
  COLLECT_GARBAGE_REQUEST, EVENT_LOOP_ENTRIES_REQUEST, EVENT_LOOP_STATE_REQUEST, EVENT_LOOPS_REQUEST, GOTO_MOMENT_REQUEST, HEAP_GRAPH_REQUEST, HOTNESS_REQUEST,
  LOOP_EDGE, LOOP_ENTRIES_MAX, REVEAL_HEAP_OBJECT_REQUEST, TIMELINE_REQUEST,
  type CollectGarbageBody, type EventLoopEntriesArguments, type EventLoopStateArguments, type EventLoopEntriesBody, type EventLoopStateBody, type EventLoopsBody, type GotoMomentArguments,
  type ThreadLoop,
  type HeapGraphArguments, type HeapGraphBody, type RevealHeapObjectArguments, type TimelineBody,
} from './protocol';
import type { StopText } from './stopDescriptions';
import { MAIN_THREAD_ID, type AgentThread } from './threads';
import { hotnessBody } from './tierReports';
import type { TravelControl } from './timeTravel/travelControl';

/** What the view requests need of the session. */
export interface ViewRequestContext {
  main: AgentThread | undefined;
  /** The thread a frame id belongs to. */
  threadOfFrame(frameId: number): AgentThread | undefined;
  /** A thread by its id, while it runs. */
  thread(id: number): AgentThread | undefined;
  /** Every thread that runs, the main one first. */
  threads(): AgentThread[];
  /** The thread whose heap the Memory view shows (the one its last heapGraph was drawn from): reveals and collections go there. */
  memory: { id: number };
  travel: TravelControl | undefined;
  /** The collection a GC stop shows (stepIntoGc), if the run is at one. */
  gcShown: { report: GcReport; phase: GcPhase } | undefined;
  memoryReveal: MemoryReveal;
  respond(response: DebugProtocol.Response, body: unknown): void;
  fail(response: DebugProtocol.Response, message: string): void;
  sendEvent(event: DebugProtocol.Event): void;
  travelTo(response: DebugProtocol.Response, threadId: number, go: (c: TravelControl, t: AgentThread) => Answer<StopText>): void;
  /** A learner's change (Collect Garbage) started a new future: `told` says so. */
  toldChange(t: AgentThread, told: string | undefined): void;
}

/** At a stop of its own, or (all threads stop together) held where its last turn left it, frames and all. */
function paused(t: AgentThread): boolean {
  return t.dbg.stop() !== null || (t.stop !== undefined && t.dbg.frames().length > 0);
}

/** The thread the Memory view shows, while it runs; else the main thread. */
function memoryThread(ctx: ViewRequestContext): AgentThread | undefined {
  return ctx.thread(ctx.memory.id) ?? ctx.main;
}

function threadLoop(t: AgentThread): ThreadLoop {
  return { ...t.run.eventLoopSnapshot(LOOP_EDGE), threadId: t.id, thread: t.name };
}

type Handler = (ctx: ViewRequestContext, response: DebugProtocol.Response, args: unknown) => void;

const notRunning = 'The program is not running.';

const HANDLERS: Readonly<Record<string, Handler>> = {
  [TIMELINE_REQUEST]: (ctx, response) => {
    const body: TimelineBody = ctx.travel?.timelineBody(ctx.main) ?? null;
    ctx.respond(response, body);
  },
  [GOTO_MOMENT_REQUEST]: (ctx, response, args) => {
    const { step } = args as GotoMomentArguments;
    ctx.travelTo(response, MAIN_THREAD_ID, (c, t) => c.gotoMoment(t, step));
  },
  [HOTNESS_REQUEST]: (ctx, response) => ctx.respond(response, hotnessBody(ctx.main?.run, ctx.main?.source.path ?? '')),
  [HEAP_GRAPH_REQUEST]: (ctx, response, args) => {
    const frameId = (args as HeapGraphArguments | undefined)?.frameId;
    // Each thread has a heap of its own: the selected frame's thread is drawn.
    const t = (frameId === undefined ? undefined : ctx.threadOfFrame(frameId)) ?? ctx.main;
    if (t) ctx.memory.id = t.id;
    const body: HeapGraphBody = t && paused(t) ? heapGraphBody(t, t === ctx.main ? ctx.gcShown : undefined, frameId) : null;
    ctx.respond(response, body);
  },
  [REVEAL_HEAP_OBJECT_REQUEST]: (ctx, response, args) => {
    const t = memoryThread(ctx);
    if (!t) return ctx.fail(response, notRunning);
    const r = ctx.memoryReveal.reveal(t.dbg, (args as RevealHeapObjectArguments).id);
    if (!r.ok) return ctx.fail(response, r.message);
    ctx.respond(response, r.body);
    // 'stacks', not 'variables': VS Code then sets the frame again and expands its first scope, the revealed one.
    ctx.sendEvent(new InvalidatedEvent(['stacks'], t.id));
  },
  [COLLECT_GARBAGE_REQUEST]: (ctx, response) => {
    const t = memoryThread(ctx);
    if (!t || !paused(t)) return ctx.fail(response, 'Garbage can be collected only while the program is paused.');
    const body: CollectGarbageBody = collectGarbage(t);
    ctx.respond(response, body);
    ctx.toldChange(t, ctx.travel?.collected(t));
    ctx.sendEvent(new InvalidatedEvent(['variables']));
  },
  [EVENT_LOOP_STATE_REQUEST]: (ctx, response, args) => {
    const threadId = (args as EventLoopStateArguments | undefined)?.threadId;
    const t = (threadId === undefined ? undefined : ctx.thread(threadId)) ?? ctx.main;
    const body: EventLoopStateBody = t ? threadLoop(t) : null;
    ctx.respond(response, body);
  },
  [EVENT_LOOPS_REQUEST]: (ctx, response) => {
    const threads = ctx.threads();
    const body: EventLoopsBody = threads.length > 0 ? { loops: threads.map(threadLoop) } : null;
    ctx.respond(response, body);
  },
  [EVENT_LOOP_ENTRIES_REQUEST]: (ctx, response, args) => {
    const { queue, start, count, threadId } = args as EventLoopEntriesArguments;
    const t = (threadId === undefined ? undefined : ctx.thread(threadId)) ?? ctx.main;
    if (!t) return ctx.fail(response, notRunning);
    const body: EventLoopEntriesBody = { queue, start, ...t.run.eventLoopEntries(queue, start, Math.min(count, LOOP_ENTRIES_MAX)) };
    ctx.respond(response, body);
  },
};

/** Answers `command` if it is one of the views' requests; false when it is not. */
export function answerViewRequest(command: string, response: DebugProtocol.Response, args: unknown, ctx: ViewRequestContext): boolean {
  const handler = HANDLERS[command];
  if (!handler) return false;
  handler(ctx, response, args);
  return true;
}
