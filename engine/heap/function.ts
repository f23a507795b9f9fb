// Function objects: bytecode closures, natives written in TypeScript, and bound
// functions. Natives that may run user code are generators yielding call requests.
import type { FunctionCode } from '../bytecode/code';
import type { Env } from '../env/env';
import { JSObject } from './object';
import { Bytes, HeapKind, account } from './account';
import type { Value } from './values';

/** What a generator native yields to ask the VM to run user code without host recursion. */
export type Request =
  | { kind: 'call'; fn: Value; thisArg: Value; args: Value[] }
  | { kind: 'construct'; fn: Value; args: Value[]; newTarget: Value }
  | { kind: 'resume'; generator: JSObject; mode: 'next' | 'throw' | 'return'; value: Value }
  /** A long native loop charges `cost` instructions; past the slice's budget it waits for the next slice. */
  | { kind: 'tick'; cost: number };

export type NativeGen = Generator<Request, Value, Value>;
export type NativeSync = (thisArg: Value, args: Value[], newTarget: JSObject | undefined) => Value;
export type NativeGenImpl = (thisArg: Value, args: Value[], newTarget: JSObject | undefined) => NativeGen;

/** What a fast path returns when its case may run user code: the generator impl runs instead. */
export const NEEDS_GENERATOR: unique symbol = Symbol('needs generator');
/**
 * A generator native's synchronous attempt at the common case. It returns NEEDS_GENERATOR
 * before any observable effect when the case might run user code (a getter, a proxy, valueOf).
 */
export type NativeFast = (thisArg: Value, args: Value[]) => Value | typeof NEEDS_GENERATOR;

export abstract class JSFunction extends JSObject {
  override className = 'Function';
  static override heapKind = HeapKind.Function;

  constructor(proto: JSObject | null) {
    super(proto);
    // A function's own fields on top of the object header JSObject charged.
    account.since += Bytes.function - Bytes.object;
    account.bytes[HeapKind.Function] += Bytes.function - Bytes.object;
  }
  abstract readonly isConstructor: boolean;
}

export class NativeFunction extends JSFunction {
  /** Values its host closure captured (a resolving function's promise): the collector follows them. */
  holds: unknown[] | undefined = undefined;
  constructor(
    proto: JSObject | null,
    readonly impl: NativeSync | NativeGenImpl,
    /** impl returns a generator: run it as a frame. */
    readonly isGen: boolean,
    readonly isConstructor: boolean,
    /** For a generator native called without `new`: tried first, see NativeFast. */
    readonly fast: NativeFast | null = null,
  ) {
    super(proto);
  }
}


export class Closure extends JSFunction {
  homeObject: JSObject | undefined = undefined;
  /** A class's instance field initializer, run with `this` = the new instance. */
  fieldInit: Closure | undefined = undefined;
  isConstructor: boolean;

  constructor(proto: JSObject | null, readonly code: FunctionCode, readonly env: Env) {
    super(proto);
    this.isConstructor = code.kind === 'normal' && !code.isGenerator && !code.isAsync || code.isClassConstructor;
  }
}

export class BoundFunction extends JSFunction {
  constructor(
    proto: JSObject | null,
    readonly target: JSFunction,
    readonly boundThis: Value,
    readonly boundArgs: Value[],
  ) {
    super(proto);
  }
  get isConstructor(): boolean {
    let t: JSFunction = this.target;
    while (t instanceof BoundFunction) t = t.target;
    return t.isConstructor;
  }
}

export function isCallable(v: unknown): v is JSFunction {
  return v instanceof JSFunction;
}

export function isConstructor(v: unknown): v is JSFunction {
  return v instanceof JSFunction && v.isConstructor;
}
