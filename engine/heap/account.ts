// The heap account: what the program allocated, in the engine's own bytes, per kind, and
// the space of every object and environment allocated in it (what the collector sweeps).
// Allocation sites bump these counters inline; a collection resets them to live figures.
import type { Env } from '../env/env';
import type { JSObject } from './object';

/** Kinds of heap cell, as a later heap view and collector name them. */
export const enum HeapKind { Object, Array, Function, Collection, Environment, String }
export const HEAP_KIND_NAMES = ['object', 'array', 'function', 'collection', 'environment', 'string'] as const;
export type HeapKindName = (typeof HEAP_KIND_NAMES)[number];

/**
 * The byte model, roughly V8's on 64-bit: an object header of 3 words plus one word per
 * own property; arrays add one word per element slot (holes included); functions carry
 * the closure's fields; an environment is a header plus one word per binding; a
 * Map/Set entry is 3 words; a string is a header plus one byte per code unit.
 */
export const Bytes = {
  object: 24,
  property: 8,
  array: 32,
  element: 8,
  function: 64,
  environment: 16,
  slot: 8,
  entry: 24,
  string: 16,
  /** What `a + b` costs when V8 makes a rope (ConsString) instead of copying. */
  concat: 32,
} as const;

const MB = 1024 * 1024;
/** A heap cell: what the space holds and the collector frees. */
export type HeapCell = JSObject | Env;

/** Garbage allowed between two measurements when the live heap is small. */
const MIN_BUDGET = 16 * MB;

export class HeapAccount {
  readonly counts = new Float64Array(HEAP_KIND_NAMES.length);
  readonly bytes = new Float64Array(HEAP_KIND_NAMES.length);
  /** Bytes allocated since the last measurement. */
  since = 0;
  /** Live bytes found by the last measurement. */
  live = 0;
  /** `since` beyond this asks for a measurement (see the agent's heap check). */
  threshold: number;
  measurements = 0;
  /** What builtins are still filling (a spread's list, Array.from's array): live, though no root reaches them yet. */
  readonly pinned = new Set<object>();
  /** Measures the live heap when a reservation passes the budget (the agent installs it). */
  onOverBudget: ((need: number) => void) | null = null;
  /** Every object and environment allocated here and not swept yet, in allocation order. */
  space: HeapCell[] = [];
  /**
   * Whether new cells join the space. Always while the realm is made (its cells become
   * permanent roots); after that only when swept cells must be known one by one (poisoning,
   * the debugger's GC stops): holding every young cell would make the host keep them all
   * until a sweep, which tripled the time of call-heavy programs. Untracked, a sweep's
   * figures come from the account, and the host frees what the mark did not reach.
   */
  tracking = true;
  /**
   * The first cells of the space that are never swept: the realm's own (intrinsics, and the
   * prototypes and natives its builtins keep in host closures, where no mark can see them).
   */
  permanent = 0;
  /** Collections so far, and the bytes their sweeps freed. */
  collections = 0;
  freedBytes = 0;
  /** Set when a measurement found the budget spent: the next safe point collects. */
  sweepDue = false;
  /** ArrayBuffer contents among the live bytes (process.memoryUsage's `arrayBuffers`). */
  bufferBytes = 0;
  /** Targets of WeakRefs made or dereferenced in the current job: live until its microtasks drain (ClearKeptObjects). */
  readonly keptAlive = new Set<object>();

  /** `budgetBytes`: a fixed allocation budget between collections instead of the adaptive one. */
  constructor(readonly limitBytes: number, private readonly budgetBytes?: number) {
    this.threshold = this.nextThreshold();
  }

  /** Budget before the next measurement: grows with the live heap, shrinks near the limit. */
  nextThreshold(): number {
    if (this.budgetBytes !== undefined) return this.budgetBytes;
    const room = this.limitBytes - this.live;
    const floor = Math.max(MB, this.limitBytes / 64);
    return Math.max(floor, Math.min(Math.max(MIN_BUDGET, this.live), room));
  }

  /** Replaces the account with a measurement's or a collection's live figures. */
  reset(counts: ArrayLike<number>, bytes: ArrayLike<number>, bufferBytes = this.bufferBytes): void {
    this.bufferBytes = bufferBytes;
    let total = 0;
    for (let k = 0; k < this.counts.length; k++) {
      this.counts[k] = counts[k];
      this.bytes[k] = bytes[k];
      total += bytes[k];
    }
    this.live = total;
    this.since = 0;
    this.measurements++;
    this.threshold = this.nextThreshold();
  }
}

/**
 * The account allocations are charged to: the agent being stepped. A module variable, not
 * a parameter, so that `new JSObject()` anywhere costs a counter bump and nothing more.
 */
export let account = new HeapAccount(Number.POSITIVE_INFINITY);

export function useAccount(a: HeapAccount): void {
  account = a;
}

/**
 * Counts `x` as live while a builtin fills it from an iterator that may never end; the
 * caller deletes it from the returned account's `pinned` when done (in a finally).
 */
export function pin(x: object): HeapAccount {
  const a = account;
  a.pinned.add(x);
  return a;
}

/** Charges one small allocation of `kind` (a Map/Set entry...); measures when the budget is spent. */
export function charge(kind: HeapKind, bytes: number): void {
  const a = account;
  a.since += bytes;
  a.bytes[kind] += bytes;
  if (a.since > a.threshold) a.onOverBudget?.(0);
}

/**
 * Charges `bytes` a builtin is about to allocate in one call, before the host allocates
 * them: past the budget the heap is measured, and past the limit the run ends (HeapExhausted).
 */
export function reserve(kind: HeapKind, bytes: number): void {
  const a = account;
  a.since += bytes;
  a.bytes[kind] += bytes;
  if (a.since > a.threshold || a.live + bytes > a.limitBytes) a.onOverBudget?.(bytes);
}
