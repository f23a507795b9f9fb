// Execution contexts on the engine's own stack: bytecode frames and native frames (a
// generator native waiting for a call it requested). Plain fields, no behaviour.
import type { FunctionCode } from '../bytecode/code';
import type { Env } from '../env/env';
import type { Closure, JSFunction, NativeGen } from '../heap/function';
import type { JSObject } from '../heap/object';
import type { Value } from '../heap/values';
import { account } from '../heap/account';

/** What happens to a frame's completion value when it returns. */
export const enum ResultMode {
  /** Pushed to the caller (or sent to the waiting native). */
  Normal,
  /** Dropped (field initializers run before a constructor body). */
  Discard,
  /** `new` of a base constructor: a non-object result is replaced by `this`. */
  Construct,
  /** `super(...)`: the result also becomes the caller's `this`, then fields initialize. */
  SuperCall,
}

/** A pending throw or return to perform when a resumed generator frame runs next. */
export interface PendingCompletion { kind: 'throw' | 'return'; value: Value }

/** An active try block: where to go on throw (catch) or on any exit (finally). */
export interface Handler {
  catchPc: number;
  finallyPc: number;
  stackDepth: number;
  envDepth: number;
}

/** Extra data for frames started by `super(...)`. */
export interface SuperCallInfo {
  thisEnv: Env;
  /** The derived class whose fields initialize once `this` exists. */
  derived: Closure;
}

export class Frame {
  readonly isNative = false;
  pc = 0;
  /** The instructions this frame runs: its code's optimized copy or its plain ops (same layout: deopt swaps them). */
  ops: number[];
  readonly stack: unknown[] = [];
  readonly handlers: Handler[] = [];
  envDepth = 0;
  /** Set while a generator owns this frame. */
  generator: JSObject | null = null;
  /** Suspended at yield* (resumption pushes value and mode instead of acting). */
  atDelegate = false;
  superCall: SuperCallInfo | null = null;
  /** A completion waiting until this frame is on top again (a generator resumed with throw or return). */
  pending: PendingCompletion | null = null;

  constructor(
    readonly code: FunctionCode,
    public env: Env,
    readonly func: Closure | null,
    readonly args: Value[],
    public resultMode: ResultMode,
    /** The function environment (holding this/new.target) at envDepth 0. */
    readonly funcEnv: Env,
  ) {
    this.ops = code.optimized ?? code.ops;
  }
}

export class NativeFrame {
  readonly isNative = true;
  superCall: SuperCallInfo | null = null;
  /** The heap space's length when it started: what it allocated since may live only in its host locals (the collector keeps it). */
  spaceMark = account.space.length;
  /** Its this and arguments, which only its generator's locals hold otherwise. */
  holds: unknown[] | null = null;
  constructor(
    readonly gen: NativeGen,
    readonly fn: JSFunction | null,
    readonly name: string,
    public resultMode: ResultMode,
  ) {}
}

export type AnyFrame = Frame | NativeFrame;
