// The DAP side of time travel: where Step Back, Reverse Continue, Jump to Cursor and
// gotoMoment go (from the timeline log, or a scan replay), and putting the replayed group's
// agents in the threads' places. Each answers a stop text to send after the request's response.
import { MomentKind, lastAtLine, lastAtPlace, previousStop, type EngineDebugger, type StepGranularity } from '../../engine';
import type { BreakpointTable } from '../breakpoints';
import type { Answer } from '../inspection';
import type { TimelineBody } from '../protocol';
import { phaseDescription, type StopText } from '../stopDescriptions';
import { WORKER_TRAVEL_REFUSAL, type AgentThread, type AgentThreads } from '../threads';
import { wake } from './groupReplay';
import { laterOutputText } from './consoleLedger';
import { positionOf, type Change, type Position, type TimeTravel } from './timeTravel';

/** A reason for Reverse Continue to scan the past by replay (live conditions, data breakpoints). */
export interface ScanSetup {
  wanted(dbg: EngineDebugger): boolean;
  prepare(dbg: EngineDebugger): void;
  cleanup(dbg: EngineDebugger): void;
}

export class TravelControl {
  /** Reverse Continue's scans: conditional breakpoints here; data breakpoints add theirs. */
  readonly scans: ScanSetup[] = [];
  /** Runs before each replayed agent's first step (the data breakpoints' watches). */
  prepareReplay: ((dbg: EngineDebugger) => void) | undefined;
  /** What changed a worker's run (a side effect, a collection), once one did: replays cannot make it again. */
  private workerChange: string | undefined;

  constructor(readonly travel: TimeTravel, private readonly threads: AgentThreads, breakpoints: BreakpointTable) {
    let restoreHits: (() => void) | undefined;
    this.scans.push({
      wanted: (dbg) => breakpoints.idsOf(dbg).judged.size > 0,
      prepare: (dbg) => {
        restoreHits ??= breakpoints.freshHits();
        breakpoints.attach(dbg, threads.main?.programPath ?? '');
      },
      cleanup: (dbg) => {
        breakpoints.detach(dbg);
        restoreHits?.();
        restoreHits = undefined;
      },
    });
  }

  /** Why `t` cannot travel now, if it cannot. */
  refusal(t: AgentThread): string | undefined {
    if (t !== this.threads.main) return WORKER_TRAVEL_REFUSAL;
    if (this.travel.refusal !== undefined) return this.travel.refusal;
    if (this.workerChange !== undefined) return workerChangeRefusal(this.workerChange);
    if (!t.runner.isPaused || t.postMortem) return 'Pause the program first: going back starts from a stop.';
    return undefined;
  }

  /** The separator line after going back, when printed output has not happened yet at the moment shown. */
  laterOutputLine(t: AgentThread): string | undefined {
    const ahead = this.travel.ledger.linesAhead;
    return ahead > 0 ? laterOutputText(ahead, t.dbg.moment) : undefined;
  }

  /**
   * The learner changed the run at `t`'s stop (setVariable, a REPL side effect): replays make
   * the change again. Before the frontier it starts a new future: the text that says so, once per fork.
   */
  changed(t: AgentThread, frameIndex: number, expression: string): string | undefined {
    return this.forked(t, `\`${expression}\``, (_, dbg) => dbg.evaluate(expression, frameIndex));
  }

  /** The learner's Collect Garbage at `t`'s stop: it clears WeakRefs and queues cleanups, so replays collect there too. */
  collected(t: AgentThread): string | undefined {
    return this.forked(t, 'Collect Garbage', (agent) => agent.collectGarbage());
  }

  private forked(t: AgentThread, what: string, change: Change): string | undefined {
    if (this.travel.refusal !== undefined) return undefined;
    // A worker's moments are not the timeline's: its change has no place a replay could make it at.
    if (t !== this.threads.main) {
      if (this.workerChange !== undefined) return undefined;
      this.workerChange = what;
      return `${what} changed ${t.name}'s run, and a replay remakes the workers without it: going back is off for the rest of this run (a restart turns it on again).`;
    }
    const at = positionOf(t.dbg);
    const newFuture = this.travel.fork(at, change);
    // The changes that were ahead belonged to the future this one replaces.
    t.dbg.setPendingChanges([]);
    if (!newFuture) return undefined;
    return `A new future starts here (step ${at.step}): ${what} changed the run, so what followed before is forgotten; stepping on runs the new one.`;
  }

  /** Step Back: the previous statement stop (stepping over calls), or the previous instruction. */
  stepBack(t: AgentThread, granularity: StepGranularity): Answer<StopText> {
    const here = positionOf(t.dbg);
    const log = this.travel.log;
    let to: Position | undefined;
    if (granularity === 'instruction') to = this.previousInstruction(here);
    else if (here.units > 0 && log.kindAt(here.step) !== MomentKind.Expression) to = { step: here.step, units: 0 };
    else to = at(previousStop(log, here.step));
    if (!to) return { ok: false, message: this.noEarlier(here.step) };
    return this.go(t, to, 'step', `Stepped back to step ${to.step}${to.units > 0 ? ` (+${to.units} instructions)` : ''}`);
  }

  /** Reverse Continue: the last breakpoint hit (or scan hit) before now, else the start. */
  reverseContinue(t: AgentThread): Answer<StopText> {
    const here = positionOf(t.dbg);
    const before = here.units > 0 ? here.step + 1 : here.step;
    const log = this.travel.log;
    let step = lastAtPlace(log, t.dbg.breakpointPlaces(this.threads.plainBreakpoints(t.dbg)), before) ?? -1;
    let text: string | undefined;
    let reason = 'breakpoint';
    // The log keeps the last moments only: past its start, plain breakpoints are looked for by a scan too.
    const dropped = step < 0 && log.first > 1;
    for (const s of this.scans.filter((x) => x.wanted(t.dbg) || (dropped && x === this.scans[0]))) {
      const hit = this.travel.lastScanHit(before, (d) => s.prepare(d), (d) => s.cleanup(d));
      if (hit.step > step) { step = hit.step; text = hit.text; reason = hit.kind === 'data' ? 'data breakpoint' : 'breakpoint'; }
    }
    if (step >= 0) return this.go(t, { step, units: 0 }, reason, `Reverse Continue: ${text ?? 'breakpoint hit'} at step ${step}`);
    const start = log.first;
    if (here.step <= start && here.units === 0) return { ok: false, message: this.noEarlier(here.step) };
    return this.go(t, { step: start, units: 0 }, 'entry', start === 1 ? 'Reverse Continue: no earlier breakpoint hit, back at the start' : `Reverse Continue: no earlier breakpoint hit, back at step ${start} (the oldest moment kept)`);
  }

  /** Jump to Cursor backwards: the most recent earlier moment at `line`. */
  goto(t: AgentThread, line: number): Answer<StopText> {
    const here = positionOf(t.dbg);
    const step = lastAtLine(this.travel.log, t.programPath, line, here.units > 0 ? here.step + 1 : here.step);
    if (step === undefined) return { ok: false, message: `Line ${line} has not run before step ${here.step}: Jump to Cursor goes back to the last time a line ran. To go forwards, use Run to Cursor.` };
    return this.go(t, { step, units: 0 }, 'goto', `Went back to line ${line}, step ${step}`);
  }

  /** A moment the run has reached, before or after the current one (a mark of the Event Loop view's strip). */
  gotoMoment(t: AgentThread, step: number): Answer<StopText> {
    const log = this.travel.log;
    if (step > log.last) return { ok: false, message: `Step ${step} has not happened yet: the run has reached step ${log.last}.` };
    if (step < log.first) return { ok: false, message: `Step ${step} is older than the moments kept (from step ${log.first}).` };
    if (log.kindAt(step) === MomentKind.None) return { ok: false, message: `Step ${step} is not a moment the debugger can stop at.` };
    const back = step < t.dbg.moment;
    return this.go(t, { step, units: 0 }, 'goto', `${back ? 'Went back' : 'Went forward'} to step ${step}`);
  }

  /** The TIMELINE_REQUEST body for `t` (the main thread), null while it runs. */
  timelineBody(t: AgentThread | undefined): TimelineBody {
    if (!t?.stop) return null;
    return { marks: [...this.travel.log.marks()], current: t.dbg.moment, frontier: this.travel.frontier };
  }

  private noEarlier(step: number): string {
    const log = this.travel.log;
    return log.first > 1 ? `Nothing earlier is kept: the timeline keeps the last ${log.capacity.toLocaleString('en-US')} steps (from step ${log.first}).` : `This is the start of the run (step ${step}): there is nothing earlier.`;
  }

  /** The instruction just before `here`, found by replaying the moment it is in (or the one before). */
  private previousInstruction(here: Position): Position | undefined {
    if (here.units > 0) return this.travel.instructionPlaces({ step: here.step, units: 0 }, (p) => p.step > here.step || p.units >= here.units).pop();
    if (here.step - 1 < this.travel.log.first) return undefined;
    return this.travel.instructionPlaces({ step: here.step - 1, units: 0 }, (p) => p.step >= here.step).pop();
  }

  /** Replays the group to `to` and puts its agents in the threads' places (`t` is the main one); the stop's text. */
  private go(t: AgentThread, to: Position, reason: string, what: string): Answer<StopText> {
    const r = this.travel.replay(to, this.prepareReplay);
    if (!r.ok) return r;
    wake(r.body);
    this.threads.replaceGroup(r.body.group, r.body.dbg);
    r.body.dbg.setPendingChanges(this.travel.changesAfter(to, r.body.agent, r.body.dbg));
    const stop = r.body.dbg.stop();
    return { ok: true, body: { reason, description: stop ? `${what} · ${phaseDescription(stop)}` : what } };
  }
}

function at(step: number | undefined): Position | undefined {
  return step === undefined ? undefined : { step, units: 0 };
}

/** Why going back is off once the learner changed a worker's run. */
export function workerChangeRefusal(what: string): string {
  return `Going back is off: ${what} changed a worker's run, and a replay would remake the workers without that change. Restart the session to go back again.`;
}
