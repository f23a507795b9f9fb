// timers/promises' setTimeout and setImmediate, as Node exposes them on the global functions:
// `setTimeout[Symbol.for('nodejs.util.promisify.custom')]`, the form util.promisify returns.
import { ENUMERABLE, JSObject } from '../heap/object';
import { Value } from '../heap/values';
import { Gen } from '../ops/convert';
import type { Realm } from '../realm/realm';
import { fulfillPromise, newPromise } from '../realm/builtins/promiseOps';
import { symbolFor } from '../realm/builtins/Symbol';

/** Schedules `callback` as setTimeout/setImmediate would, with the arguments they take. */
export type Schedule = (kind: 'timeout' | 'immediate', args: Value[]) => Gen<Value>;

/**
 * Gives `setTimeoutFn` and `setImmediateFn` Node's enumerable, non-configurable getter for the
 * promise form: `(delay, value)` and `(value)` fulfil with `value` when the timer fires.
 * Node's third `options` argument (signal, ref) is not read.
 */
export function installTimerPromises(realm: Realm, schedule: Schedule, setTimeoutFn: JSObject, setImmediateFn: JSObject): void {
  const custom = symbolFor(realm, 'nodejs.util.promisify.custom');
  for (const [target, kind, length] of [[setTimeoutFn, 'timeout', 2], [setImmediateFn, 'immediate', 1]] as const) {
    const name = kind === 'timeout' ? 'setTimeout' : 'setImmediate';
    const promised = realm.newNative(name, length, function* (_this, args): Gen<Value> {
      const p = newPromise(realm);
      const value = kind === 'timeout' ? args[1] : args[0];
      const fire = realm.newNative('', 0, () => {
        fulfillPromise(realm, p, value);
        return undefined;
      });
      fire.holds = [p, value];
      yield* schedule(kind, kind === 'timeout' ? [fire, args[0]] : [fire]);
      return p;
    }, { gen: true });
    const get = realm.newNative('get', 0, () => promised);
    target.putAccessor(custom, get, undefined, ENUMERABLE);
  }
}
