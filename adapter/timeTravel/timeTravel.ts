// Time travel for a debugged run: the timeline log the main agent's debuggers record into,
// replays of the whole group (the program's agent and its workers) that reach an earlier (or
// later, already reached) moment of the main agent, and the forks (setVariable, REPL side
// effects) that every later replay applies again at their moment.
import { LastHit, TimelineLog, type Agent, type EngineDebugger, type HandleSpace, type PendingChange, type ScanRecorder } from '../../engine';
import type { AgentRecipe } from '../launch';
import type { Answer } from '../inspection';
import type { ConsoleLedger } from './consoleLedger';
import { positionOf, replayGroup, seekGroup, stepMain, type Position, type Replayed } from './groupReplay';

export { positionOf, type Position, type Replayed };

/** A change the learner made at a stop (an evaluation, a collection): made again by every replay that passes `at`. */
export type Change = (agent: Agent, dbg: EngineDebugger) => void;
interface ForkAction { at: Position; change: Change }

function isBefore(a: Position, b: Position): boolean {
  return a.step < b.step || (a.step === b.step && a.units < b.units);
}

/** Why Step Back and Reverse Continue are off with realTime. */
export const REAL_TIME_REFUSAL = 'Step Back needs a replayable run, and with "realTime": true timers wait for the wall clock, which does not come again. Launch without realTime to go back.';

export class TimeTravel {
  readonly log = new TimelineLog();
  private forks: ForkAction[] = [];
  /** True while a replay or scan runs: what it tells (tier events, collections, logpoints) was told already. */
  replaying = false;

  /** `ledger` numbers the console events of every agent of the run (the session prints through it). */
  constructor(private readonly recipe: AgentRecipe, private readonly handles: HandleSpace, readonly ledger: ConsoleLedger) {}

  /** Why this run cannot travel, if it cannot. */
  get refusal(): string | undefined {
    return this.recipe.options.realTime === true ? REAL_TIME_REFUSAL : undefined;
  }

  /** The latest moment the run has reached: past it nothing has happened yet. */
  get frontier(): number {
    return this.log.last;
  }

  /** `dbg` (the first agent's) records its moments into the log. */
  record(dbg: EngineDebugger): void {
    dbg.recordTimeline(this.log);
  }

  /**
   * A fresh group whose main agent is stopped at `to`, the forks before it applied on the
   * way; `prepare` runs on the main debugger before it starts (a scan's breakpoints).
   */
  replay(to: Position, prepare?: (dbg: EngineDebugger) => void): Answer<Replayed> {
    // Turns far from the target cannot pass it; if one ever did, a second replay watches every step point.
    for (const far of [true, false]) {
      const r = replayGroup(this.recipe, this.handles);
      r.dbg.recordTimeline(this.log);
      prepare?.(r.dbg);
      this.ledger.beginRun();
      this.replaying = true;
      try {
        if (this.reach(r, to, far)) return { ok: true, body: r };
      } finally {
        this.replaying = false;
      }
    }
    return { ok: false, message: `Glassbox could not reach step ${to.step} again: the replay ended before it. This is a bug in Glassbox; the session goes on where it was.` };
  }

  private reach(r: Replayed, to: Position, far: boolean): boolean {
    for (const f of this.forks) {
      if (isBefore(to, f.at)) break;
      if (!seekGroup(r, f.at, far)) return false;
      f.change(r.agent, r.dbg);
    }
    return seekGroup(r, to, far);
  }

  /**
   * Replays to moment `before` with `recorder` installed and `prepare` (placing breakpoints or
   * watches) done: the recorder hears every hit on the way. Nothing stays of that agent.
   */
  scan(before: number, recorder: ScanRecorder, prepare: (dbg: EngineDebugger) => void, cleanup: (dbg: EngineDebugger) => void): void {
    const prepared: EngineDebugger[] = [];
    this.replay({ step: before, units: 0 }, (dbg) => {
      prepared.push(dbg);
      prepare(dbg);
      dbg.recorder = recorder;
    });
    for (const dbg of prepared) cleanup(dbg);
  }

  /** The last hit of a scan before `before`. */
  lastScanHit(before: number, prepare: (dbg: EngineDebugger) => void, cleanup: (dbg: EngineDebugger) => void): LastHit {
    const hit = new LastHit(before);
    this.scan(before, hit, prepare, cleanup);
    return hit;
  }

  /**
   * The positions of the instructions after `from` (itself included) up to the first that
   * `stopAt` accepts, by a replay: where a step back by instruction can land.
   */
  instructionPlaces(from: Position, stopAt: (p: Position) => boolean): Position[] {
    const r = this.replay(from);
    if (!r.ok) return [];
    const dbg = r.body.dbg;
    const out: Position[] = [from];
    this.replaying = true;
    try {
      for (let i = 0; i < MAX_INSTRUCTIONS_BETWEEN; i++) {
        dbg.stepIn('instruction');
        if (!stepMain(r.body)) break;
        const p = positionOf(dbg);
        if (stopAt(p)) break;
        out.push(p);
      }
    } finally {
      this.replaying = false;
    }
    return out;
  }

  /**
   * The changes made after `from`, for a replayed agent stopped at
   * `from` to make when its run forwards reaches them: going forwards again is then the
   * future they started, as a replay to a later moment would make it.
   */
  changesAfter(from: Position, agent: Agent, dbg: EngineDebugger): PendingChange[] {
    return this.forks.filter((f) => isBefore(from, f.at)).map((f) => ({ ...f.at, make: () => f.change(agent, dbg) }));
  }

  /**
   * The learner changed the run at `at`: later replays make `change` again there. Before the
   * frontier it starts a new future: the log and the output past `at` are forgotten.
   * Returns true when it did.
   */
  fork(at: Position, change: Change): boolean {
    const newFuture = at.step < this.log.last;
    this.forks = this.forks.filter((f) => !isBefore(at, f.at));
    this.forks.push({ at, change });
    if (newFuture) {
      this.log.truncate(at.step);
      this.ledger.fork();
    }
    return newFuture;
  }
}

/** Instructions a step back by instruction looks at between two moments. */
const MAX_INSTRUCTIONS_BETWEEN = 100_000;
