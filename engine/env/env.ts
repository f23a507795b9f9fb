// A runtime environment record: slot values for one ScopeInfo plus the outer link.
// A slot holding TDZ is an uninitialized binding.
import type { Value } from '../heap/values';
import { TDZ } from '../heap/values';
import type { ScopeInfo } from './scope';

export type Slot = Value | typeof TDZ;

export class Env {
  constructor(
    readonly scope: ScopeInfo,
    readonly slots: Slot[],
    readonly outer: Env | null,
  ) {}

  /** A fresh copy for the next `for (let ...)` iteration. */
  copy(): Env {
    return new Env(this.scope, this.slots.slice(), this.outer);
  }
}
