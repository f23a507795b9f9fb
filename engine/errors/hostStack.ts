// Host stack overflows: the engine's own recursion running out of host stack. Only where
// Glassbox knowingly recurses on user data (parsing and compiling deep source, a built-in
// walking a deep value) is it Node's RangeError; anywhere else it is a Glassbox bug.
import { NativeFunction, type JSFunction, type NativeGenImpl, type NativeSync } from '../heap/function';
import type { Gen } from '../ops/convert';
import type { Realm } from '../realm/realm';
import type { AnyFrame } from '../vm/frame';
import { GlassboxInternalError, GlassboxSyntaxError, JSThrow } from './internal';
import { Msg } from './messages';
import { FIRST_POSITION, type SourcePosition } from '../parse/position';
import { GlassboxUnsupported, UnsupportedSyntax } from './unsupported';

/** V8's RangeError for an exhausted stack; compared by text so the check itself cannot recurse. */
export function isHostStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message === Msg.StackOverflow;
}

/** The built-ins marked by deepWalk (their impl functions). */
const deepWalkers = new WeakSet<object>();

/**
 * Marks a built-in as walking a value as deep as the program made it (JSON, structuredClone,
 * join): running out of host stack in it, or in what it calls, is V8's RangeError.
 */
export function deepWalk<F extends NativeSync | NativeGenImpl>(impl: F): F {
  deepWalkers.add(impl);
  return impl;
}

/** Thrown up in place of the RangeError while the stack is still too deep to build it. */
class DeepWalkOverflow {}
const DEEP_WALK_OVERFLOW = new DeepWalkOverflow();

/**
 * One step down a proxy chain: a proxy's internal method recurses into its target, a proxy
 * again as deep as the program built the chain, as the spec (and V8) do: a deep walk.
 */
export function* proxyChainStep<T>(step: Gen<T>): Gen<T> {
  try {
    return yield* step;
  } catch (e) {
    throw isHostStackOverflow(e) ? DEEP_WALK_OVERFLOW : e;
  }
}

/** A deep walk runs on the host: a marked built-in among the natives above the topmost JS frame. */
function deepWalkRunning(frames: readonly AnyFrame[], sync: JSFunction | undefined): boolean {
  if (sync instanceof NativeFunction && deepWalkers.has(sync.impl)) return true;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i];
    if (!f.isNative) return false;
    if (f.fn instanceof NativeFunction && deepWalkers.has(f.fn.impl)) return true;
  }
  return false;
}

/**
 * Where a host exception leaves a built-in or an instruction (frames as they were, `sync`
 * the sync built-in called): a host stack overflow is the JS RangeError inside a deep walk
 * and an engine bug anywhere else. Returns what to throw.
 */
export function atBuiltinBoundary(realm: Realm, e: unknown, frames: readonly AnyFrame[], sync?: JSFunction): unknown {
  if (e !== DEEP_WALK_OVERFLOW) {
    if (!isHostStackOverflow(e)) return e;
    if (!deepWalkRunning(frames, sync)) return hostStackBug(e);
  }
  try {
    return new JSThrow(realm.makeError('RangeError', Msg.StackOverflow));
  } catch (again) {
    // Still too deep: the next boundary up, with more stack, tries again.
    if (isHostStackOverflow(again)) return DEEP_WALK_OVERFLOW;
    throw again;
  }
}

/**
 * A host stack overflow outside every deep walk: Glassbox recursed where it should not.
 * An engine bug, carrying the host frames that show where.
 */
export function hostStackBug(e: unknown): GlassboxInternalError {
  const frames = e instanceof Error && e.stack ? e.stack.split('\n').slice(1, 6).join('\n') : '';
  return new GlassboxInternalError(`host stack overflow outside a deep walk\n${frames}`, { cause: e });
}

/**
 * Source nested deeper than parsing or compiling can follow: Node's own
 * `RangeError: Maximum call stack size exceeded`, reported like a syntax error
 * (with a location, exit code 1, a catchable error in eval and new Function).
 */
export class CompileStackOverflow extends GlassboxSyntaxError {
  override name = 'RangeError';
  constructor(fileName: string, at: SourcePosition) {
    super(Msg.StackOverflow, fileName, at);
  }
}

/** Runs a compile step; a host stack overflow in it becomes a CompileStackOverflow at `where()`. */
export function overflowIsCompileError<T>(fileName: string, where: () => SourcePosition | undefined, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (!isHostStackOverflow(e)) throw e;
    throw new CompileStackOverflow(fileName, where() ?? FIRST_POSITION);
  }
}

/**
 * The JS error a compile error becomes when code made at run time (eval, new Function)
 * fails. Syntax Glassbox does not support is no JS error: it ends the run.
 */
export function compileErrorType(e: GlassboxSyntaxError): 'SyntaxError' | 'RangeError' {
  if (e instanceof UnsupportedSyntax) throw new GlassboxUnsupported(e.feature);
  return e instanceof CompileStackOverflow ? 'RangeError' : 'SyntaxError';
}
