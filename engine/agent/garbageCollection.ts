// What an agent adds for its collector: the global `gc` of `node --expose-gc`, and the task
// that calls a FinalizationRegistry's cleanup callback for its cleared registrations.
import type { NativeGen } from '../heap/function';
import { ENUMERABLE, WRITABLE } from '../heap/object';
import { functionDisplayName } from '../debug/displayName';
import type { FinalizationRegistryObject } from '../heap/weakCells';
import type { CleanupJob } from '../loop/eventLoop';
import type { Realm } from '../realm/realm';

/** `gc()` as `node --expose-gc` offers it: a full collection, then undefined; an enumerable, non-configurable global. */
export function installGc(realm: Realm, collect: () => void): void {
  const gc = realm.newNative('gc', 0, () => {
    collect();
    return undefined;
  });
  realm.global.put('gc', gc, WRITABLE | ENUMERABLE);
}

/**
 * https://tc39.es/ecma262/#sec-cleanup-finalization-registry as one task: the callback runs
 * once per cleared registration, the latest first as in V8, with its holdings.
 */
export function cleanupJob(registry: FinalizationRegistryObject): CleanupJob {
  return {
    kind: 'finalization',
    name: functionDisplayName(registry.cleanup),
    registry,
    run: function* (): NativeGen {
      registry.cleanupQueued = false;
      for (let cell = registry.cleared.pop(); cell !== undefined; cell = registry.cleared.pop()) {
        yield { kind: 'call', fn: registry.cleanup, thisArg: undefined, args: [cell.holdings] };
      }
      return undefined;
    },
  };
}
