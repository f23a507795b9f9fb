// What the Event Loop view draws, built from the adapter's `eventLoopChanged` snapshot and a
// DAP stackTrace. Pure: the wire data (adapter/protocol.ts) is checked field by field.
import type { DebugProtocol } from '@vscode/debugprotocol';
import type { ChannelMessage, Lane } from './lanes';
import type { Timeline } from './timeline';
import { LOOP_PHASES, LOOP_QUEUES, type EventLoopSnapshot, type LoopJob, type LoopPhase, type LoopQueue, type LoopTask, type LoopTimer, type TimerKind } from '../../adapter/protocol';

/** A place to reveal when an entry is clicked; 1-based like the snapshot and VS Code's DAP client. */
export interface SourceTarget { path?: string; line: number; column: number }

/** One box in a column: a frame, a timer, a task or a job. */
export interface Entry {
  label: string;
  detail?: string;
  line?: number;
  target?: SourceTarget;
  /** A stack row that is a marker ("timer #1 -> tick()"), not a frame. */
  marker?: boolean;
  /** Another thread's message on its way (a Web APIs entry): with workers, the view draws it in the channel between the threads. */
  message?: boolean;
  /** A message's sender and receiver (Node's threadIds, 0 for main), where the adapter gives them. */
  route?: { from: number; to: number };
}

export type SessionStatus = 'none' | 'paused' | 'running' | 'ended';

/** Entries of a long queue not shown yet: `count` of them, belonging before entry `at`. */
export interface Gap { at: number; count: number }

export interface LoopModel {
  status: SessionStatus;
  phase?: LoopPhase;
  phaseText?: string;
  /** The stop's own text ("Creation phase of multiply(e, f): declarations hoisted"), where it can be read whole. */
  stopText?: string;
  /** The thread whose loop this is, when it is not the main one ("worker 1 (task.js)"). */
  thread?: string;
  time?: number;
  current?: string;
  stack: Entry[];
  webApis: Entry[];
  macrotasks: Entry[];
  microtasks: Entry[];
  nextTicks: Entry[];
  /** FinalizationRegistry cleanups the collector queued: tasks that run once nextTicks and microtasks are drained. */
  cleanups: Entry[];
  /** Long queues are sent cut short: their full lengths, and where entries are left out. */
  totals?: Partial<Record<LoopQueue, number>>;
  gaps?: Partial<Record<LoopQueue, Gap>>;
  /** The run's marks so far, for the timeline strip; absent when the adapter gives none. */
  timeline?: Timeline;
  /** With workers: every thread's loop side by side, and the messages between them (see lanes.ts). */
  lanes?: Lane[];
  channel?: ChannelMessage[];
}

/** What one loop shows: its phase, clock, call stack and queues (the whole view for one thread, a lane with workers). */
export type LoopLists = Pick<LoopModel, 'phase' | 'phaseText' | 'time' | 'current' | 'stack' | LoopQueue | 'totals' | 'gaps'>;

/** A wire object of type T whose fields are not checked yet: the names are the protocol's, the values unknown. */
type Unchecked<T> = { [K in keyof T]?: unknown };

const PHASE_TEXT: Record<LoopPhase, string> = {
  script: 'Running the main script',
  nextTicks: 'Draining the nextTick queue',
  microtasks: 'Draining the microtask queue',
  timers: 'Timers phase: running due timers',
  poll: 'Poll phase: running I/O callbacks and messages from other threads',
  immediates: 'Check phase: running setImmediate callbacks',
  close: 'Close phase: running the callbacks of closed handles',
  idle: 'Waiting for the next timer',
  done: 'Finished: nothing left to run',
};

export function emptyModel(status: SessionStatus = 'none'): LoopModel {
  return { status, stack: [], webApis: [], macrotasks: [], microtasks: [], nextTicks: [], cleanups: [] };
}

/**
 * Builds the view model. `snapshot` is an EventLoopSnapshot as the adapter sends it (or a body
 * wrapping it as `{ snapshot }`), `frames` a stackTrace response body or its `stackFrames`,
 * `programPath` the file the loop entries link to (Glassbox runs one file).
 */
export function loopModel(snapshot: unknown, frames: unknown, status: SessionStatus, programPath?: string): LoopModel {
  const snap = record<EventLoopSnapshot>(record<{ snapshot: EventLoopSnapshot }>(snapshot)?.snapshot) ?? record<EventLoopSnapshot>(snapshot) ?? {};
  const phase = LOOP_PHASES.find((p) => p === snap.phase);
  const current = record<LoopTask>(snap.current);
  return {
    ...cuts(snap),
    status,
    phase,
    phaseText: phase === undefined ? undefined : PHASE_TEXT[phase],
    time: number(snap.time),
    current: current ? text(current.label) : undefined,
    stack: stackEntries(frames),
    webApis: queueEntries('webApis', snap.webApis, programPath),
    macrotasks: queueEntries('macrotasks', snap.macrotasks, programPath),
    microtasks: queueEntries('microtasks', snap.microtasks, programPath),
    nextTicks: queueEntries('nextTicks', snap.nextTicks, programPath),
    cleanups: queueEntries('cleanups', snap.cleanups, programPath),
  };
}

/** The entries of one queue as the adapter sends them (a snapshot's list or an eventLoopEntries answer). */
export function queueEntries(queue: LoopQueue, list: unknown, programPath?: string): Entry[] {
  const link = (o: Unchecked<LoopTimer | LoopJob>): SourceTarget | undefined => target(fileOf(o.file, programPath), o.line, o.column);
  switch (queue) {
    case 'webApis': return records<LoopTimer>(list).map((t) => timerEntry(t, true, link(t)));
    case 'macrotasks': return records<LoopTimer>(list).map((t) => timerEntry(t, false, link(t)));
    case 'microtasks': return records<LoopJob>(list).map((j) => jobEntry(j, link(j)));
    case 'nextTicks': return records<LoopJob>(list).map((j) => ({ label: callee(j.name), detail: 'process.nextTick', line: number(j.line), target: link(j) }));
    case 'cleanups': return records<LoopJob>(list).map((j) => ({ label: callee(j.name), detail: 'FinalizationRegistry cleanup', line: number(j.line), target: link(j) }));
  }
}

/** Totals and gaps of queues the snapshot cut short; gaps that do not fit the lists are dropped. */
function cuts(snap: Unchecked<EventLoopSnapshot>): Pick<LoopModel, 'totals' | 'gaps'> {
  const totals: Partial<Record<LoopQueue, number>> = {};
  const gaps: Partial<Record<LoopQueue, Gap>> = {};
  const counts = record<EventLoopSnapshot['counts']>(snap.counts) ?? {};
  const omitted = record<EventLoopSnapshot['omitted']>(snap.omitted) ?? {};
  for (const q of LOOP_QUEUES) {
    const total = number(counts[q]);
    if (total !== undefined) totals[q] = total;
    const gap = record<{ at: number; count: number }>(omitted[q]);
    const at = number(gap?.at), count = number(gap?.count);
    const list = snap[q];
    const listed = Array.isArray(list) ? list.length : 0;
    if (at !== undefined && count !== undefined && count > 0 && at >= 0 && at <= listed) gaps[q] = { at, count };
  }
  // Left out altogether for a snapshot that says nothing of counts (an older adapter).
  return Object.keys(totals).length === 0 && Object.keys(gaps).length === 0 ? {} : { totals, gaps };
}

/**
 * The model with entries loaded into a queue's gap: `start` must be where the gap begins
 * (an answer for an older model is ignored), and the gap shrinks by what arrived.
 */
export function withEntries<M extends Pick<LoopModel, LoopQueue | 'gaps'>>(model: M, queue: LoopQueue, start: number, entries: Entry[]): M {
  const gap = model.gaps?.[queue];
  if (!gap || start !== gap.at || entries.length === 0) return model;
  const taken = entries.slice(0, gap.count);
  const list = [...model[queue]];
  list.splice(gap.at, 0, ...taken);
  const rest = gap.count - taken.length;
  const gaps = { ...model.gaps, [queue]: rest > 0 ? { at: gap.at + taken.length, count: rest } : undefined };
  return { ...model, [queue]: list, gaps };
}

function timerEntry(t: Unchecked<LoopTimer>, waiting: boolean, at: SourceTarget | undefined): Entry {
  if (t.kind === 'io') return ioEntry(t, at);
  if (t.kind === 'message') return messageEntry(t);
  if (t.kind === 'close') return { label: callee(t.name), detail: `${text(t.label) ?? 'a closed handle'}: runs in the close phase`, line: number(t.line), target: at };
  const id = number(t.id);
  const kind: TimerKind = t.kind === 'interval' || t.kind === 'immediate' ? t.kind : 'timeout';
  const api = kind === 'immediate' ? 'setImmediate' : kind === 'interval' ? 'setInterval' : 'setTimeout';
  const tag = id === undefined ? '' : ` #${id}`;
  const base = { label: callee(t.name), line: number(t.line), target: at };
  if (!waiting) return { ...base, detail: `from ${api}${tag}` };
  const delay = number(t.delay) ?? 0;
  const due = number(t.due);
  const when = due === undefined ? 'waiting' : `due at ${due} ms`;
  if (kind === 'immediate') return { ...base, detail: `${api}${tag}: runs in the check phase` };
  return { ...base, detail: `${api}${tag}, ${kind === 'interval' ? 'every ' : ''}${delay} ms: ${when}` };
}

/** Another thread's message on its way: the poll phase takes it from its time on (`message from worker 1 · arrives at 3 ms`). */
function messageEntry(t: Unchecked<LoopTimer>): Entry {
  const due = number(t.due);
  const route = record<{ from: number; to: number }>(t.route);
  const from = number(route?.from), to = number(route?.to);
  return {
    label: text(t.label) ?? 'message', detail: due === undefined ? 'taken in the poll phase' : `taken in the poll phase from ${due} ms`, message: true,
    ...(from === undefined || to === undefined ? {} : { route: { from, to } }),
  };
}

/** I/O in flight: what it is, its delay and when it completes (`fs.readFile data.txt, 1 ms: due at 2 ms`). */
function ioEntry(t: Unchecked<LoopTimer>, at: SourceTarget | undefined): Entry {
  const due = number(t.due);
  const when = due === undefined ? 'in flight' : `due at ${due} ms`;
  return { label: callee(t.name), detail: `${text(t.label) ?? 'I/O'}, ${number(t.delay) ?? 0} ms: ${when}`, line: number(t.line), target: at };
}

function jobEntry(j: Unchecked<LoopJob>, at: SourceTarget | undefined): Entry {
  const state = text(j.promiseState);
  const detail = [text(j.kind), state && `the promise is ${state}`].filter(Boolean).join(': ');
  return { label: callee(j.name), detail: detail || undefined, line: number(j.line), target: at };
}

function stackEntries(frames: unknown): Entry[] {
  const list = Array.isArray(frames) ? frames : record<DebugProtocol.StackTraceResponse['body']>(frames)?.stackFrames;
  return records<DebugProtocol.StackFrame>(list).map((f) => {
    const line = number(f.line);
    const path = text(record<DebugProtocol.Source>(f.source)?.path);
    const marker = f.presentationHint === 'label';
    const label = text(f.name) ?? '(anonymous)';
    if (marker || !line) return { label, marker: marker || undefined };
    return { label, line, target: target(path, line, f.column) };
  });
}

/** A callback as V8 names it; an anonymous function has no name. */
function callee(name: unknown): string {
  return text(name) || '(anonymous)';
}

/**
 * The file a callback's place is in: its own when the adapter names one (a required file's
 * absolute path), else the program's; null for code with no file to open (`node:events`).
 */
function fileOf(file: unknown, programPath: string | undefined): string | undefined | null {
  if (typeof file !== 'string') return programPath;
  return file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file) ? file : file.startsWith('node:') ? null : programPath;
}

function target(path: string | undefined | null, line: unknown, column: unknown): SourceTarget | undefined {
  if (path === null) return undefined;
  const l = number(line);
  if (l === undefined || l < 1) return undefined;
  return { path, line: l, column: Math.max(1, number(column) ?? 1) };
}

function record<T>(v: unknown): Unchecked<T> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Unchecked<T>) : undefined;
}

function records<T>(v: unknown): Unchecked<T>[] {
  return Array.isArray(v) ? v.map((item) => record<T>(item)).filter((r): r is Unchecked<T> => r !== undefined) : [];
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function number(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
