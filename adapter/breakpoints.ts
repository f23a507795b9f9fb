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
}

export interface LineRequest { line: number; column?: number; condition?: string; hitCondition?: string; logMessage?: string }
export interface FunctionRequest { name: string; condition?: string; hitCondition?: string }

/** Where a logpoint's message (or a failed condition's note) goes, with the breakpoint's place. */
export type HitOutput = (text: string, isError: boolean, place: { line: number; column: number }) => void;

export class BreakpointTable {
  private nextId = 1;
  private readonly lines = new Map<string, BreakpointEntry[]>();
  private functions: BreakpointEntry[] = [];
  private byEngineId = new Map<number, BreakpointEntry>();
  private dbg: EngineDebugger | undefined;
  private programKey: string | undefined;
  /** Which exceptions stop: the filters "uncaught" (on by default) and "all". */
  exceptionMode: ExceptionBreakMode = 'uncaught';

  constructor(private readonly output: HitOutput) {}

  /** A new run: applies everything set so far to its debugger. */
  attach(dbg: EngineDebugger, programPath: string): void {
    this.dbg = dbg;
    this.programKey = pathKey(programPath);
    this.byEngineId.clear();
    for (const e of [...this.functions, ...[...this.lines.values()].flat()]) e.hits = 0;
    dbg.exceptionMode = this.exceptionMode;
    this.applyLines();
    this.applyFunctions();
  }

  /** Replaces the line breakpoints of one source file. */
  setLineBreakpoints(sourcePath: string, requests: LineRequest[]): BreakpointEntry[] {
    const key = pathKey(sourcePath);
    const entries = requests.map((r): BreakpointEntry => ({
      id: this.nextId++, kind: 'line', line: r.line, column: r.column, condition: nonEmpty(r.condition),
      hitCondition: nonEmpty(r.hitCondition), logMessage: nonEmpty(r.logMessage), hits: 0, verified: false,
    }));
    this.lines.set(key, entries);
    if (key === this.programKey) this.applyLines();
    else for (const e of entries) e.message = this.programKey === undefined ? 'The program has not started yet.' : 'Glassbox runs one file: this is not the program being debugged.';
    return entries;
  }

  /** Replaces all function breakpoints. */
  setFunctionBreakpoints(requests: FunctionRequest[]): BreakpointEntry[] {
    this.functions = requests.map((r): BreakpointEntry => ({
      id: this.nextId++, kind: 'function', line: 0, name: r.name.trim(), condition: nonEmpty(r.condition),
      hitCondition: nonEmpty(r.hitCondition), hits: 0, verified: false,
    }));
    this.applyFunctions();
    return this.functions;
  }

  setExceptionFilters(filters: string[]): void {
    this.exceptionMode = filters.includes('all') ? 'all' : filters.includes('uncaught') ? 'uncaught' : 'none';
    if (this.dbg) this.dbg.exceptionMode = this.exceptionMode;
  }

  /** The client breakpoint behind an engine breakpoint id. */
  entryFor(engineId: number | undefined): BreakpointEntry | undefined {
    return engineId === undefined ? undefined : this.byEngineId.get(engineId);
  }

  /** The engine reached breakpoint `id` (and is paused there): its condition, hit count and log message decide. */
  private shouldStop(id: number): boolean {
    const entry = this.byEngineId.get(id);
    if (!entry || !this.dbg) return true;
    const verdict = judgeHit(entry, this.dbg);
    if (verdict.output) this.output(verdict.output.text, verdict.output.isError, { line: entry.actualLine ?? entry.line, column: entry.actualColumn ?? 1 });
    return verdict.stop;
  }

  private forget(kind: BreakpointEntry['kind']): void {
    for (const [id, e] of this.byEngineId) if (e.kind === kind) this.byEngineId.delete(id);
  }

  private applyLines(): void {
    const entries = this.programKey === undefined ? [] : this.lines.get(this.programKey) ?? [];
    if (!this.dbg) return;
    this.forget('line');
    const usable = entries.filter((e) => usableHitCondition(e));
    const placed = this.dbg.setBreakpoints(usable.map((e) => ({ line: e.line, column: e.column })), (id) => this.shouldStop(id));
    usable.forEach((e, i) => {
      const p = placed[i];
      Object.assign(e, { verified: p.verified, actualLine: p.line, actualColumn: p.column, message: p.verified ? undefined : 'No code at or after this line.' });
      if (p.verified) this.byEngineId.set(p.id, e);
    });
  }

  private applyFunctions(): void {
    if (!this.dbg) return;
    this.forget('function');
    const usable = this.functions.filter((e) => usableHitCondition(e));
    const placed = this.dbg.setFunctionBreakpoints(usable.map((e) => e.name ?? ''), (id) => this.shouldStop(id));
    usable.forEach((e, i) => {
      const p = placed[i];
      Object.assign(e, { verified: p.verified, actualLine: p.verified ? p.line : undefined, actualColumn: p.verified ? p.column : undefined });
      e.message = p.verified ? undefined : `No function named '${e.name}' in the program.`;
      if (p.verified) this.byEngineId.set(p.id, e);
    });
  }
}

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
