// The objects that hold others weakly: WeakRef and FinalizationRegistry. Their targets are
// not followed by the collector's mark; after a mark, weakSweep.ts clears or queues them.
import type { JSFunction } from './function';
import { JSObject } from './object';
import type { JSSymbol, Value } from './values';

/** What can be held weakly (https://tc39.es/ecma262/#sec-canbeheldweakly). */
export type WeakTarget = JSObject | JSSymbol;

export class WeakRefObject extends JSObject {
  override className = 'WeakRef';
  /** Undefined once the collector found the target dead. */
  target: WeakTarget | undefined;
  constructor(proto: JSObject | null, target: WeakTarget) {
    super(proto);
    this.target = target;
  }
}

/** One `register(target, holdings, token)`: holdings are strong, target and token weak. */
export interface Registration {
  /** Undefined once the collector found the target dead (the cell is then in `cleared`). */
  target: WeakTarget | undefined;
  holdings: Value;
  token: WeakTarget | undefined;
}

export class FinalizationRegistryObject extends JSObject {
  override className = 'FinalizationRegistry';
  /** Live registrations, in registration order. */
  cells: Registration[] = [];
  /** Registrations whose target died, waiting for the cleanup task (https://tc39.es/ecma262/#sec-cleanup-finalization-registry). */
  cleared: Registration[] = [];
  /** A cleanup task for this registry is queued and has not run yet. */
  cleanupQueued = false;
  constructor(proto: JSObject | null, readonly cleanup: JSFunction) {
    super(proto);
  }
}
