// What the Event Loop view draws, built from the adapter's `eventLoopChanged` snapshot and a
// DAP stackTrace. Pure: the wire data is treated as unknown JSON and checked field by field.

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
}

export type SessionStatus = 'none' | 'paused' | 'running' | 'ended';

export interface LoopModel {
  status: SessionStatus;
  phase?: string;
  phaseText?: string;
  time?: number;
  current?: string;
  stack: Entry[];
  webApis: Entry[];
  macrotasks: Entry[];
  microtasks: Entry[];
  nextTicks: Entry[];
}

type Json = Record<string, unknown>;

const PHASE_TEXT: Record<string, string> = {
  script: 'Running the main script',
  nextTicks: 'Draining the nextTick queue',
  microtasks: 'Draining the microtask queue',
  timers: 'Timers phase: running due timers',
  immediates: 'Check phase: running setImmediate callbacks',
  idle: 'Waiting for the next timer',
  done: 'Finished: nothing left to run',
};

export function emptyModel(status: SessionStatus = 'none'): LoopModel {
  return { status, stack: [], webApis: [], macrotasks: [], microtasks: [], nextTicks: [] };
}

/**
 * Builds the view model. `snapshot` is the engine's LoopSnapshot as sent over DAP (or a body
 * wrapping it as `{ snapshot }`), `frames` a stackTrace response body or its `stackFrames`,
 * `programPath` the file the loop entries link to (Glassbox runs one file).
 */
export function loopModel(snapshot: unknown, frames: unknown, status: SessionStatus, programPath?: string): LoopModel {
  const snap = record(record(snapshot)?.snapshot) ?? record(snapshot) ?? {};
  const link = (o: Json): SourceTarget | undefined => target(programPath, o.line, o.column);
  const phase = text(snap.phase);
  const current = record(snap.current);
  return {
    status,
    phase,
    phaseText: phase === undefined ? undefined : PHASE_TEXT[phase] ?? phase,
    time: number(snap.time),
    current: current ? text(current.label) : undefined,
    stack: stackEntries(frames),
    webApis: records(snap.webApis).map((t) => timerEntry(t, true, link(t))),
    macrotasks: records(snap.macrotasks).map((t) => timerEntry(t, false, link(t))),
    microtasks: records(snap.microtasks).map((j) => jobEntry(j, link(j))),
    nextTicks: records(snap.nextTicks).map((j) => ({ label: callee(j.name), detail: 'process.nextTick', line: number(j.line), target: link(j) })),
  };
}

function timerEntry(t: Json, waiting: boolean, at: SourceTarget | undefined): Entry {
  const id = number(t.id);
  const kind = text(t.kind) ?? 'timeout';
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

function jobEntry(j: Json, at: SourceTarget | undefined): Entry {
  const state = text(j.promiseState);
  const detail = [text(j.kind), state && `promise ${state}`].filter(Boolean).join(', ');
  return { label: callee(j.name), detail: detail || undefined, line: number(j.line), target: at };
}

function stackEntries(frames: unknown): Entry[] {
  const list = Array.isArray(frames) ? frames : records(record(frames)?.stackFrames);
  return list.map(record).filter((f): f is Json => f !== undefined).map((f) => {
    const line = number(f.line);
    const path = text(record(f.source)?.path);
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

function target(path: string | undefined, line: unknown, column: unknown): SourceTarget | undefined {
  const l = number(line);
  if (l === undefined || l < 1) return undefined;
  return { path, line: l, column: Math.max(1, number(column) ?? 1) };
}

function record(v: unknown): Json | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined;
}

function records(v: unknown): Json[] {
  return Array.isArray(v) ? v.map(record).filter((r): r is Json => r !== undefined) : [];
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

function number(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
