// How async functions and async generators leave and re-enter the stack: settling the
// caller's promise or the head request at return/throw, and suspending at await/yield.
import type { Value } from '../heap/values';
import { JSObject } from '../heap/object';
import { fulfillPromise, rejectPromise, resolvePromise } from '../realm/builtins/promiseOps';
import { AsyncGeneratorState, completeStep, drainCompleted } from './asyncGenerators';
import type { Frame } from './frame';
import { ResultMode } from './frame';
import type { AsyncFunctionState } from './generatorObjects';
import type { Machine } from './machine';

/** An async function returned or threw: settle its promise and hand control back. */
export function settleAsync(m: Machine, f: Frame, state: AsyncFunctionState, value: Value, rejected: boolean): void {
  state.state = 'completed';
  state.frame = null;
  const firstDelivery = !state.delivered;
  state.delivered = true;
  if (firstDelivery) m.deliver(state.promise, f.resultMode);
  if (rejected) rejectPromise(m.realm, state.promise, value);
  else if (!(value instanceof JSObject)) fulfillPromise(m.realm, state.promise, value);
  else {
    const realm = m.realm;
    m.runHelper((function* () { yield* resolvePromise(realm, state.promise, value); return undefined; })(), ResultMode.Discard);
    return;
  }
  if (!firstDelivery) m.deliver(undefined, ResultMode.Normal);
}

/** An async generator's body returned or threw: settle the head request and the rest. */
export function finishAsyncGenerator(m: Machine, g: AsyncGeneratorState, value: Value, rejected: boolean): void {
  g.state = 'completed';
  g.frame = null;
  completeStep(m.realm, g, value, true, rejected);
  drainCompleted(m.realm, g);
  m.deliver(undefined, ResultMode.Normal);
}

/**
 * `yield` in an async generator: settle the head request; keep running for a request
 * already queued, else suspend. True when the frame suspended.
 */
export function yieldAsync(m: Machine, f: Frame, g: AsyncGeneratorState, value: Value): boolean {
  completeStep(m.realm, g, value, false);
  const next = g.queue[0];
  if (next) {
    if (next.mode === 'next') f.stack.push(next.value);
    else f.pending = { kind: next.mode, value: next.value };
    return false;
  }
  g.state = 'suspendedYield';
  m.frames.pop();
  m.deliver(undefined, ResultMode.Normal);
  return true;
}

/** `yield*` in an async generator: like yieldAsync, but resumption pushes value and mode. */
export function yieldAsyncDelegate(m: Machine, f: Frame, g: AsyncGeneratorState, value: Value): boolean {
  completeStep(m.realm, g, value, false);
  const next = g.queue[0];
  if (next) {
    f.stack.push(next.value, next.mode === 'next' ? 0 : next.mode === 'throw' ? 1 : 2);
    return false;
  }
  g.state = 'suspendedYield';
  f.atDelegate = true;
  m.frames.pop();
  m.deliver(undefined, ResultMode.Normal);
  return true;
}

/** `await`: the frame waits for `promise`; its caller gets the function's promise the first time. */
export function suspendAsync(m: Machine, f: Frame, state: AsyncFunctionState | AsyncGeneratorState): void {
  m.frames.pop();
  if (state instanceof AsyncGeneratorState) {
    state.state = 'awaiting';
    m.deliver(undefined, ResultMode.Normal);
    return;
  }
  state.state = 'suspendedYield';
  if (!state.delivered) {
    state.delivered = true;
    m.deliver(state.promise, f.resultMode);
  } else m.deliver(undefined, ResultMode.Normal);
}
