// A replay of a run's whole AgentGroup: the program's agent and the workers it starts, made
// again from the launch's recipe and run in the same turns (the interleaving depends on the
// program only) until the main agent reaches a position. Knows no DAP.
import type { Agent, AgentGroup, EngineDebugger, HandleSpace } from '../../engine';
import { remakeGroup, type AgentRecipe } from '../launch';

/** A place in the main agent's run: a moment (Machine.steps) and the instructions run since its step point. */
export interface Position { step: number; units: number }

/** A group made again: its main agent and debugger, and each worker's debugger, which stops nowhere until `wake`. */
export interface Replayed {
  readonly group: AgentGroup;
  readonly agent: Agent;
  readonly dbg: EngineDebugger;
  readonly workers: EngineDebugger[];
}

/** A seek to a moment no run reaches: a worker's debugger under it stops nowhere (no breakpoint, `debugger` or exception stop). */
const NOWHERE = Number.POSITIVE_INFINITY;

/** Moments between a seek's target and where the main agent starts to watch every step point (as Agent.seek). */
const SEEK_NEAR = 256;
/** Instructions per turn near the target. */
const SEEK_SLICE = 1_000_000;
/** Turns a step of the main agent by one instruction waits for the others (a worker's long loop) before giving up. */
const MAX_TURNS_PER_INSTRUCTION = 10_000;

/** A fresh group from `recipe` with a debugger on every agent; the workers' debuggers stop nowhere. */
export function replayGroup(recipe: AgentRecipe, handles: HandleSpace): Replayed {
  const group = remakeGroup(recipe);
  const workers: EngineDebugger[] = [];
  group.hooks.agentStarted = (m) => {
    const dbg = m.agent.attachDebugger(false, handles);
    dbg.seekMode(NOWHERE, true);
    workers.push(dbg);
  };
  const agent = group.main.agent;
  return { group, agent, dbg: agent.attachDebugger(false, handles), workers };
}

/** The workers' debuggers stop again as a live run's do: the replayed group is the run now. */
export function wake(r: Replayed): void {
  for (const dbg of r.workers) dbg.seekMode(-1, false);
}

export function positionOf(dbg: EngineDebugger): Position {
  return { step: dbg.moment, units: dbg.unitsSinceMoment };
}

/**
 * Runs the group on until the main agent stops at `to` (it is at or before it), as
 * Agent.seek does for a lone agent: turns far from the target cannot pass it (each
 * instruction passes at most one step point and a task costs 10), then the main agent
 * watches every step point, then steps `to.units` single instructions. False when the run
 * ended before, or `far` turns passed the target (then a fresh replay seeks with `far` off).
 */
export function seekGroup(r: Replayed, to: Position, far: boolean): boolean {
  const { dbg, group } = r;
  const here = positionOf(dbg);
  if (here.step === to.step && here.units === to.units && dbg.stop()) return true;
  dbg.continue();
  if (dbg.moment > to.step) return false;
  while (dbg.moment < to.step) {
    const gap = to.step - dbg.moment;
    const slice = far && gap > SEEK_NEAR ? gap - SEEK_NEAR / 2 : 0;
    dbg.seekMode(to.step, slice > 0);
    const s = group.step(slice > 0 ? slice : SEEK_SLICE);
    const fails = s.kind === 'ended' || s.result === 'waiting' || (s.result === 'paused' && s.member !== group.main);
    if (fails) { dbg.seekMode(-1, false); return false; }
    if (s.result === 'paused') break;
    if (dbg.moment >= to.step) { dbg.seekMode(-1, false); return false; }
  }
  while (dbg.unitsSinceMoment < to.units) {
    dbg.stepIn('instruction');
    if (!stepMain(r)) return false;
  }
  return dbg.moment === to.step;
}

/** Turns until the main agent pauses (its debugger set to stop, a step by instruction): false when the run ends or it never does. */
export function stepMain(r: Replayed): boolean {
  for (let i = 0; i < MAX_TURNS_PER_INSTRUCTION; i++) {
    const s = r.group.step(SEEK_SLICE);
    if (s.kind === 'ended' || s.result === 'waiting') return false;
    if (s.result === 'paused') return s.member === r.group.main;
  }
  return false;
}
