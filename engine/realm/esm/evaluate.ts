// Evaluation in the spec's order (https://tc39.es/ecma262/#sec-moduleevaluation): dependencies
// first (post-order DFS), a strongly connected component finishing together, and modules with
// top-level await (or waiting for one) run as their promises settle, in the order they became
// async. A module's body is a JS call, so the debugger steps into it and stops in it.
import { JSThrow } from '../../errors/internal';
import type { PromiseObject } from '../../heap/slots';
import type { Value } from '../../heap/values';
import type { Gen } from '../../ops/convert';
import { fulfillPromise, newPromise, performPromiseThen, rejectPromise, type InternalHandler } from '../builtins/promiseOps';
import type { EsmLoader } from './loader';
import type { ModuleRecord } from './moduleRecord';

/** https://tc39.es/ecma262/#sec-moduleevaluation: the promise of `module`'s evaluation (its cycle's). */
export function* evaluate(loader: EsmLoader, module: ModuleRecord): Gen<PromiseObject> {
  const m = module.status === 'evaluating-async' || module.status === 'evaluated' ? module.cycleRoot : module;
  if (m.topLevelPromise) return m.topLevelPromise;
  const promise = newPromise(loader.realm);
  m.topLevelPromise = promise;
  const stack: ModuleRecord[] = [];
  try {
    yield* innerEvaluate(loader, m, stack, 0);
  } catch (e) {
    if (!(e instanceof JSThrow)) throw e;
    for (const s of stack) { s.status = 'evaluated'; s.evaluationError = { value: e.value }; }
    rejectPromise(loader.realm, promise, e.value);
    return promise;
  }
  if (m.asyncOrder === 0) fulfillPromise(loader.realm, promise, undefined);
  return promise;
}

/** https://tc39.es/ecma262/#sec-innermoduleevaluation */
function* innerEvaluate(loader: EsmLoader, m: ModuleRecord, stack: ModuleRecord[], index: number): Gen<number> {
  if (m.status === 'evaluating-async' || m.status === 'evaluated') {
    if (m.evaluationError) throw new JSThrow(m.evaluationError.value);
    return index;
  }
  if (m.status === 'evaluating') return index;
  m.status = 'evaluating';
  m.dfsIndex = m.dfsAncestorIndex = index;
  m.pendingAsync = 0;
  index++;
  stack.push(m);
  for (let required of m.requested) {
    index = yield* innerEvaluate(loader, required, stack, index);
    if (required.status === 'evaluating') m.dfsAncestorIndex = Math.min(m.dfsAncestorIndex, required.dfsAncestorIndex);
    else {
      required = required.cycleRoot;
      if (required.evaluationError) throw new JSThrow(required.evaluationError.value);
    }
    if (required.asyncOrder !== 0 && required.status !== 'evaluated') {
      m.pendingAsync++;
      required.asyncParents.push(m);
    }
  }
  if (m.pendingAsync > 0 || m.hasTopLevelAwait) {
    m.asyncOrder = ++loader.asyncCounter;
    if (m.pendingAsync === 0) yield* executeAsync(loader, m);
  } else yield* execute(m);
  if (m.dfsAncestorIndex === m.dfsIndex) {
    for (;;) {
      const s = stack.pop()!;
      s.status = s.asyncOrder !== 0 ? 'evaluating-async' : 'evaluated';
      s.cycleRoot = m;
      if (s === m) break;
    }
  }
  return index;
}

/** A module's code, run to its end: its body called with `this` undefined, or a synthetic module's bindings set. */
function* execute(m: ModuleRecord): Gen<void> {
  if (m.synthetic) { yield* m.synthetic.evaluate(m.env!); return; }
  yield { kind: 'call', fn: m.body!, thisArg: undefined, args: [] };
}

/** https://tc39.es/ecma262/#sec-execute-async-module: the async body runs; its promise's reactions carry on. */
function* executeAsync(loader: EsmLoader, m: ModuleRecord): Gen<void> {
  const promise = (yield { kind: 'call', fn: m.body!, thisArg: undefined, args: [] }) as PromiseObject;
  const onFulfilled: InternalHandler = { internal: () => fulfilled(loader, m), label: 'module evaluation', kind: 'await resumption', holds: [m] };
  const onRejected: InternalHandler = { internal: (e: Value) => rejected(loader, m, e), label: 'module evaluation', kind: 'await resumption', holds: [m] };
  performPromiseThen(loader.realm, promise, onFulfilled, onRejected, null);
}

/** https://tc39.es/ecma262/#sec-async-module-execution-fulfilled */
function* fulfilled(loader: EsmLoader, m: ModuleRecord): Gen<Value> {
  if (m.status === 'evaluated') return undefined;
  m.status = 'evaluated';
  if (m.topLevelPromise) fulfillPromise(loader.realm, m.topLevelPromise, undefined);
  const ready: ModuleRecord[] = [];
  gatherAvailableAncestors(m, ready);
  ready.sort((a, b) => a.asyncOrder - b.asyncOrder);
  for (const p of ready) {
    if (p.evaluationError) continue;
    if (p.hasTopLevelAwait) { yield* executeAsync(loader, p); continue; }
    try {
      yield* execute(p);
    } catch (e) {
      if (!(e instanceof JSThrow)) throw e;
      yield* rejected(loader, p, e.value);
      continue;
    }
    p.status = 'evaluated';
    if (p.topLevelPromise) fulfillPromise(loader.realm, p.topLevelPromise, undefined);
  }
  return undefined;
}

/** https://tc39.es/ecma262/#sec-gather-available-ancestors */
function gatherAvailableAncestors(m: ModuleRecord, out: ModuleRecord[]): void {
  for (const p of m.asyncParents) {
    if (out.includes(p) || p.cycleRoot.evaluationError) continue;
    p.pendingAsync--;
    if (p.pendingAsync === 0) {
      out.push(p);
      if (!p.hasTopLevelAwait) gatherAvailableAncestors(p, out);
    }
  }
}

/** https://tc39.es/ecma262/#sec-async-module-execution-rejected */
function* rejected(loader: EsmLoader, m: ModuleRecord, error: Value): Gen<Value> {
  if (m.status === 'evaluated') return undefined;
  m.evaluationError = { value: error };
  m.status = 'evaluated';
  for (const p of m.asyncParents) yield* rejected(loader, p, error);
  if (m.topLevelPromise) rejectPromise(loader.realm, m.topLevelPromise, error);
  return undefined;
}
