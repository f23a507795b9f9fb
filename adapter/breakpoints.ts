// Breakpoints as the client set them (line and function breakpoints with conditions, hit
// counts and log messages) and their application to the engine, which knows places and
// asks at each hit whether to stop (the answer comes from breakpointConditions.ts).
import * as path from 'node:path';
import type { EngineDebugger, ExceptionBreakMode } from '../engine';
import { judgeHit, parseHitCondition } from './breakpointConditions';

/** One client breakpoint, in the engine's coordinates (1-based lines and columns). */
export interface BreakpointEntry {
  /** The id the client sees; stays the same when a restart re-applies it. */
  id: number;
  kind: 'line' | 'function';
  /** Line breakpoints: where it was asked for. Function breakpoints: the name. */
  line: number;
  column?: number;
  name?: string;
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
  hits: number;
  /** Where the engine put it. */
  verified: boolean;
  actualLine?: number;
  actualColumn?: number;
  message?: string;
  /** A line breakpoint's file (pathKey of its path). */
  fileKey?: string;
}

export interface LineRequest { line: number; column?: number; condition?: string; hitCondition?: string; logMessage?: string }
export interface FunctionRequest { name: string; condition?: string; hitCondition?: string }

/** Where a logpoint's message (or a failed condition's note) goes, with the breakpoint's place. */
export type HitOutput = (text: string, isError: boolean, place: { line: number; column: number }) => void;

/** One agent's debugger and the client breakpoints placed in it (engine ids are per debugger). */
interface Attachment {
  dbg: EngineDebugger;
  /** The agent's program: line breakpoints of this file go to this debugger. */
  programKey: string;
  byEngineId: Map<number, BreakpointEntry>;
}

/** Breakpoints whose verification changed after they were set (a required file loaded: its path). */
export type BreakpointsChanged = (entries: BreakpointEntry[], sourcePath: string) => void;

export class BreakpointTable {
  private nextId = 1;
  private readonly lines = new Map<string, BreakpointEntry[]>();
  /** Each file's path as the client gave it, by pathKey. */
  private readonly paths = new Map<string, string>();
  /** Told when a required file's loading verified (or moved) its breakpoints. */
  changed: BreakpointsChanged | undefined;
  /** Told of each required file an agent compiled (its path), before its breakpoints are placed. */
  fileLoaded: ((file: string) => void) | undefined;
  private functions: BreakpointEntry[] = [];
  /** Every agent of the run (the program's own, and each worker), in the order they started. */
  private attachments: Attachment[] = [];
  /** Which exceptions stop: the filters "uncaught" (on by default) and "all". */
  exceptionMode: ExceptionBreakMode = 'uncaught';

  constructor(private readonly output: HitOutput) {}

  /** An agent started: applies everything set so far to its debugger. */
  attach(dbg: EngineDebugger, programPath: string): void {
    const att: Attachment = { dbg, programKey: pathKey(programPath), byEngineId: new Map() };
    this.attachments.push(att);
    dbg.exceptionMode = this.exceptionMode;
    // A required file compiled: its breakpoints are placed now.
    dbg.onModuleLoaded = (file) => this.moduleLoaded(att, file);
    // A worker's file was a file no agent ran until now: it is loaded, and its breakpoints are verified as it starts.
    if (this.attachments.length > 1 && path.isAbsolute(programPath)) this.fileLoaded?.(programPath);
    const own = this.lines.get(att.programKey) ?? [];
    const before = own.map((e) => e.verified);
    this.applyLines(att);
    this.applyFunctions(att);
    const moved = own.filter((e, i) => e.verified !== before[i]);
    if (this.attachments.length > 1 && moved.length > 0) this.changed?.(moved, this.paths.get(att.programKey) ?? programPath);
  }

  private moduleLoaded(att: Attachment, file: string): void {
    this.fileLoaded?.(file);
    const key = pathKey(file);
    const state = (e: BreakpointEntry) => `${e.verified} ${e.actualLine} ${e.actualColumn}`;
    // Function breakpoints may name a function of the new file.
    const functionsBefore = this.functions.map(state);
    if (this.functions.length > 0) this.applyFunctions(att);
    const lines = this.lines.get(key) ?? [];
    const linesBefore = lines.map(state);
    if (lines.length > 0) this.applyFile(att, key);
    const moved = [...this.functions.filter((e, i) => state(e) !== functionsBefore[i]), ...lines.filter((e, i) => state(e) !== linesBefore[i])];
    if (moved.length > 0) this.changed?.(moved, this.paths.get(key) ?? file);
  }

  /** An agent is gone (a replay took its place): its debugger gets no more breakpoints. */
  detach(dbg: EngineDebugger): void {
    this.attachments = this.attachments.filter((a) => a.dbg !== dbg);
  }

  /** `dbg`'s engine breakpoint ids: plain ones (they always stop) and those a condition or hit count judges (logpoints never stop). */
  idsOf(dbg: EngineDebugger): { plain: Set<number>; judged: Set<number> } {
    const plain = new Set<number>(), judged = new Set<number>();
    for (const [id, e] of this.attachments.find((a) => a.dbg === dbg)?.byEngineId ?? []) {
      if (e.logMessage !== undefined) continue;
      (e.condition === undefined && e.hitCondition === undefined ? plain : judged).add(id);
    }
    return { plain, judged };
  }

  /** Hit counts start again for a scan replay (it passes every hit from the start); the function returned puts them back. */
  freshHits(): () => void {
    const all = [...this.functions, ...[...this.lines.values()].flat()];
    const saved = all.map((e) => e.hits);
    for (const e of all) e.hits = 0;
    return () => all.forEach((e, i) => { e.hits = saved[i]; });
  }

  /** The run ended or restarts: forgets its agents, and hit counts start again. */
  detachAll(): void {
    this.attachments = [];
    for (const e of [...this.functions, ...[...this.lines.values()].flat()]) e.hits = 0;
  }

  /** Replaces the line breakpoints of one source file. */
  setLineBreakpoints(sourcePath: string, requests: LineRequest[]): BreakpointEntry[] {
    const key = pathKey(sourcePath);
    const entries = requests.map((r): BreakpointEntry => ({
      id: this.nextId++, kind: 'line', line: r.line, column: r.column, condition: nonEmpty(r.condition),
      hitCondition: nonEmpty(r.hitCondition), logMessage: nonEmpty(r.logMessage), hits: 0, verified: false, fileKey: key,
    }));
    this.lines.set(key, entries);
    this.paths.set(key, path.resolve(sourcePath));
    for (const att of this.attachments) this.applyFile(att, key);
    if (this.attachments.length === 0) for (const e of entries) e.message = 'The program has not started yet.';
    return entries;
  }

  /** Replaces all function breakpoints (in every agent). */
  setFunctionBreakpoints(requests: FunctionRequest[]): BreakpointEntry[] {
    this.functions = requests.map((r): BreakpointEntry => ({
      id: this.nextId++, kind: 'function', line: 0, name: r.name.trim(), condition: nonEmpty(r.condition),
      hitCondition: nonEmpty(r.hitCondition), hits: 0, verified: false,
    }));
    for (const att of this.attachments) this.applyFunctions(att);
    return this.functions;
  }

  setExceptionFilters(filters: string[]): void {
    this.exceptionMode = filters.includes('all') ? 'all' : filters.includes('uncaught') ? 'uncaught' : 'none';
    for (const att of this.attachments) att.dbg.exceptionMode = this.exceptionMode;
  }

  /** The client breakpoint behind breakpoint `engineId` of debugger `dbg`. */
  entryFor(dbg: EngineDebugger, engineId: number | undefined): BreakpointEntry | undefined {
    if (engineId === undefined) return undefined;
    return this.attachments.find((a) => a.dbg === dbg)?.byEngineId.get(engineId);
  }

  /** The engine reached breakpoint `id` (and is paused there): its condition, hit count and log message decide. */
  private shouldStop(att: Attachment, id: number): boolean {
    const entry = att.byEngineId.get(id);
    if (!entry) return true;
    const verdict = judgeHit(entry, att.dbg);
    if (verdict.output) this.output(verdict.output.text, verdict.output.isError, { line: entry.actualLine ?? entry.line, column: entry.actualColumn ?? 1 });
    return verdict.stop;
  }

  /** Forgets `att`'s engine ids of one kind (of line breakpoints: of file `fileKey` only). */
  private forget(att: Attachment, kind: BreakpointEntry['kind'], fileKey?: string): void {
    for (const [id, e] of att.byEngineId) if (e.kind === kind && (fileKey === undefined || e.fileKey === fileKey)) att.byEngineId.delete(id);
  }

  private applyLines(att: Attachment): void {
    for (const key of this.lines.keys()) this.applyFile(att, key);
  }

  /** Places the line breakpoints of file `key` in `att`'s debugger: the program's, or a required file's once it is loaded. */
  private applyFile(att: Attachment, key: string): void {
    this.forget(att, 'line', key);
    const usable = (this.lines.get(key) ?? []).filter((e) => usableHitCondition(e));
    const requests = usable.map((e) => ({ line: e.line, column: e.column }));
    const judge = (id: number) => this.shouldStop(att, id);
    const placed = key === att.programKey ? att.dbg.setBreakpoints(requests, judge) : att.dbg.setBreakpointsIn(this.paths.get(key) ?? key, requests, judge);
    if (!placed) {
      // Not loaded in this agent: the entry keeps what another agent (whose file it is, or which loaded it) made of it.
      for (const e of usable) if (!e.verified) e.message = NOT_LOADED;
      return;
    }
    usable.forEach((e, i) => {
      const p = placed[i];
      Object.assign(e, { verified: p.verified, actualLine: p.line, actualColumn: p.column, message: p.verified ? undefined : 'No code at or after this line.' });
      if (p.verified) att.byEngineId.set(p.id, e);
    });
  }

  /** A function breakpoint is verified when some agent has a function of that name. */
  private applyFunctions(att: Attachment): void {
    this.forget(att, 'function');
    const usable = this.functions.filter((e) => usableHitCondition(e));
    const placed = att.dbg.setFunctionBreakpoints(usable.map((e) => e.name ?? ''), (id) => this.shouldStop(att, id));
    usable.forEach((e, i) => {
      const p = placed[i];
      // An earlier agent placed it: a worker without that function leaves it verified.
      if (!p.verified && e.verified && att !== this.attachments[0]) return;
      Object.assign(e, { verified: p.verified, actualLine: p.verified ? p.line : undefined, actualColumn: p.verified ? p.column : undefined });
      e.message = p.verified ? undefined : `No function named '${e.name}' in the program.`;
      if (p.verified) att.byEngineId.set(p.id, e);
    });
  }
}

/** Why a breakpoint in another file than the program is not verified yet. */
const NOT_LOADED = 'Not loaded yet: this breakpoint is placed when the program requires this file.';

/** Marks an entry with a hit condition Glassbox cannot read as unverified. */
function usableHitCondition(e: BreakpointEntry): boolean {
  if (e.hitCondition === undefined || parseHitCondition(e.hitCondition)) return true;
  Object.assign(e, { verified: false, message: `Hit count '${e.hitCondition}' is not understood: use a number such as 3, >3, >=3, <3, ==3 or %3.` });
  return false;
}

function nonEmpty(s: string | undefined): string | undefined {
  return s !== undefined && s.trim() !== '' ? s : undefined;
}

/** Paths compare as the file system does: case-insensitively on Windows and macOS. */
export function pathKey(p: string): string {
  const abs = path.resolve(p);
  return process.platform === 'win32' || process.platform === 'darwin' ? abs.toLowerCase() : abs;
}
