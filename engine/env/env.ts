// A runtime environment record: slot values for one ScopeInfo plus the outer link.
// A slot holding TDZ is an uninitialized binding.
import type { Value } from '../heap/values';
import { TDZ } from '../heap/values';
import type { ScopeInfo } from './scope';
import { Bytes, HeapKind, account } from '../heap/account';
import type { JSObject } from '../heap/object';

export type Slot = Value | typeof TDZ;

export class Env {
  /** The heap measurement that last reached this environment. */
  heapMark = 0;
  /**
   * Bindings a sloppy direct eval declared here at run time (deletable, never a slot's
   * name); only function variable environments whose code contains a direct eval get them.
   */
  dynamic: Map<string, Slot> | null = null;
  /** The binding object of a `with` statement's object environment record. */
  object: JSObject | null = null;

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
    if (a.tracking) a.space.push(this);
  }

  /** A fresh copy for the next `for (let ...)` iteration. */
  copy(): Env {
    return new Env(this.scope, this.slots.slice(), this.outer);
  }

  /** https://tc39.es/ecma262/#sec-object-environment-records for `with (object)`. */
  static objectEnv(scope: ScopeInfo, object: JSObject, outer: Env): Env {
    const e = new Env(scope, [], outer);
    e.object = object;
    return e;
  }
}
