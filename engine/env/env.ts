// A runtime environment record: slot values for one ScopeInfo plus the outer link.
// A slot holding TDZ is an uninitialized binding.
import type { Value } from '../heap/values';
import { TDZ } from '../heap/values';
import type { ScopeInfo } from './scope';
import { Bytes, HeapKind, account } from '../heap/account';

export type Slot = Value | typeof TDZ;

export class Env {
  /** The heap measurement that last reached this environment. */
  heapMark = 0;

  constructor(
    readonly scope: ScopeInfo,
    readonly slots: Slot[],
    readonly outer: Env | null,
  ) {
    const a = account;
    const bytes = Bytes.environment + Bytes.slot * slots.length;
    a.counts[HeapKind.Environment]++;
    a.bytes[HeapKind.Environment] += bytes;
    a.since += bytes;
  }

  /** A fresh copy for the next `for (let ...)` iteration. */
  copy(): Env {
    return new Env(this.scope, this.slots.slice(), this.outer);
  }
}
