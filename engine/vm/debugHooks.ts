// The VM's side of the debugger contract: what the machine asks at its hook points. The
// debugger (engine/debug) implements it; the VM knows no breakpoints, steps or stops.
import type { Value } from '../heap/values';
import type { Frame } from './frame';

/** Installed as `Machine.debug`; with none installed, each hook point costs one null check. */
export interface DebugHooks {
  /** At a step point, when watchesSteps or the function has a breakpoint (code.hasBreakpoints); true pauses the run there. */
  onStep(f: Frame, kind: number, pc: number): boolean;
  /** onStep is wanted at every step point, not only in functions with breakpoints. */
  readonly watchesSteps: boolean;
  /** At a `debugger` statement; true pauses the run there. */
  onDebugger(f: Frame, pc: number): boolean;
  /** Before a long builtin's next slice (see the 'tick' request); true pauses the run there. */
  onNativeWait(): boolean;
  /** Before an exception unwinds (`caught`: some frame will catch it); true pauses the run at the throw. */
  onThrow(value: Value, caught: boolean): boolean;
  /** The exception the run is paused at, not unwound yet: the VM holds it here and throws it on when the run resumes. */
  pausedThrow: { value: Value } | null;
  /** True while a side-effect-free evaluation (a hover) runs: every call and construction throws instead. */
  readonly refusesCalls: boolean;
}
