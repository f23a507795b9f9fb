// Data breakpoints over DAP ("Break on Value Change" in the Variables pane): dataBreakpointInfo
// asks the engine for a row's dataId, setDataBreakpoints installs the watches in the main
// agent's debugger, and a data stop is told with the change and the breakpoint it hit.
import type { DebugProtocol } from '@vscode/debugprotocol';
import { anchoredStep, type EngineDebugger } from '../engine';
import type { PausedRun } from './inspection';
import type { StopTexts } from './runEvents';
import type { StopText } from './stopDescriptions';

/** One client data breakpoint: the dataId the client holds, and the one the engine is given (a replay may learn a stable one). */
interface DataEntry {
  id: number; dataId: string; engineId: string; verified: boolean; message?: string;
  /** Why Glassbox does not place it at all (a condition, a read access). */
  refused?: string;
}

const ACCESS_TYPES: DebugProtocol.DataBreakpointAccessType[] = ['write'];

export class DataBreakpoints implements StopTexts {
  private entries: DataEntry[] = [];
  private nextId = 1;
  private dbg: EngineDebugger | undefined;

  /** The main agent's debugger: its watches are (re)installed there (a launch, a restart, a replayed agent). */
  attach(dbg: EngineDebugger): void {
    this.dbg = dbg;
    if (this.entries.length > 0) this.install();
  }


  /** Whether row `name` of `variablesReference` can be watched, and its dataId. */
  info(p: PausedRun | undefined, args: DebugProtocol.DataBreakpointInfoArguments): DebugProtocol.DataBreakpointInfoResponse['body'] {
    const refused = (description: string): DebugProtocol.DataBreakpointInfoResponse['body'] => ({ dataId: null, description });
    if (args.variablesReference === undefined) return refused(`Glassbox watches a variable or a property from the Variables pane, not an expression ('${args.name}').`);
    if (!p?.stop) return refused('The program is running: pause it to choose a value to watch.');
    if (!p.dbg.has(args.variablesReference)) return refused(`Unknown variablesReference ${args.variablesReference}: values from an earlier stop are gone once the program runs on.`);
    const t = p.dbg.dataTarget(args.variablesReference, args.name, p.variables.placeOf(args.variablesReference));
    return t.dataId === null ? refused(t.description) : { dataId: t.dataId, description: t.description, accessTypes: ACCESS_TYPES, canPersist: false };
  }

  /** Replaces all data breakpoints; what Glassbox cannot do (conditions, hit counts, reads) is refused with the reason. */
  set(asked: DebugProtocol.DataBreakpoint[]): DebugProtocol.Breakpoint[] {
    this.entries = asked.map((b) => {
      const refused = refusal(b);
      return { id: this.nextId++, dataId: b.dataId, engineId: b.dataId, verified: false, refused, message: refused };
    });
    this.install();
    return this.entries.map((e) => ({ id: e.id, verified: e.verified, message: e.message }));
  }

  /**
   * After a replay ran past the moments its anchored dataIds name: the engine's stable ids
   * from then on, so the next replay watches those values from the start of the run.
   */
  learnStableIds(dbg: EngineDebugger): void {
    const stable = dbg.stableDataIds();
    for (const e of this.entries) e.engineId = stable.get(e.engineId) ?? e.engineId;
  }

  /**
   * The latest moment a replay (with these watches installed before its first step) must
   * pass so that learnStableIds gives every watch a stable id; undefined when all are stable.
   * Reverse Continue needs stable ids: an anchored one is watched only from its moment on.
   */
  stableAfter(): number | undefined {
    const steps = this.engineIds().map(anchoredStep).filter((s): s is number => s !== undefined);
    return steps.length > 0 ? Math.max(...steps) : undefined;
  }

  /** Whether a replay scanning the past for changes is wanted (Reverse Continue): some watch is set. */
  wanted(): boolean {
    return this.engineIds().length > 0;
  }

  /** Before a replayed agent's first step: the watches, so each finds its cell as the replay makes it. */
  prepare(dbg: EngineDebugger): void {
    dbg.setDataWatches(this.engineIds());
  }

  /** After a replay: what it learned (stable ids for anchored ones). */
  cleanup(dbg: EngineDebugger): void {
    this.learnStableIds(dbg);
  }

  /** The engine dataIds of the verified watches, for a replayed agent's `setDataWatches` before its first step. */
  engineIds(): string[] {
    return this.entries.filter((e) => e.refused === undefined).map((e) => e.engineId);
  }

  /** A data stop names the change and the breakpoint it hit. */
  takeStopText(kind: string): StopText | undefined {
    const change = kind === 'data' ? this.dbg?.stop()?.change : undefined;
    if (!change) return undefined;
    const entry = this.entries.find((e) => e.engineId === change.dataId);
    return { reason: 'data breakpoint', description: `Paused on data breakpoint · ${change.text}`, text: change.text, hitBreakpointIds: entry ? [entry.id] : undefined };
  }

  private install(): void {
    const usable = this.entries.filter((e) => e.refused === undefined);
    const placed = this.dbg?.setDataWatches(usable.map((e) => e.engineId));
    usable.forEach((e, i) => {
      const p = placed?.[i];
      e.verified = p?.verified ?? false;
      e.message = p === undefined ? 'The program has not started yet.' : p.message;
    });
  }
}

/** Why Glassbox cannot place a data breakpoint as asked, or undefined when it can. */
function refusal(b: DebugProtocol.DataBreakpoint): string | undefined {
  if (b.accessType !== undefined && b.accessType !== 'write') return `Glassbox stops when a value changes, not when it is read ('${b.accessType}').`;
  if (b.condition?.trim()) return 'A data breakpoint cannot have a condition in Glassbox: it stops at every change.';
  if (b.hitCondition?.trim()) return 'A data breakpoint cannot have a hit count in Glassbox: it stops at every change.';
  return undefined;
}
