// The `timers` and `timers/promises` core modules: the realm's own timer functions (the ones
// the event loop installs as globals) and their promise forms (loop/timerPromises.ts).
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import type { Gen } from '../../ops/convert';
import { get } from '../../ops/object';
import type { Realm } from '../realm';
import { symbolFor } from '../builtins/Symbol';
import { requireCore } from './coreModules';

const TIMER_FUNCTIONS = ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval'] as const;

/** The realm's own timer functions, and `promises` (Node's `timers.promises`). */
export function* makeTimers(realm: Realm): Gen<JSObject> {
  const timers = realm.newObject();
  for (const name of TIMER_FUNCTIONS) timers.put(name, realm.intrinsic(`%${name}%`), DEFAULT_FLAGS);
  timers.put('promises', yield* requireCore(realm, 'timers/promises'), DEFAULT_FLAGS);
  return timers;
}

/** `setTimeout(delay, value)` and `setImmediate(value)` that fulfil a promise, as util.promisify gives them. */
export function* makeTimerPromises(realm: Realm): Gen<JSObject> {
  const custom = symbolFor(realm, 'nodejs.util.promisify.custom');
  const promises = realm.newObject();
  for (const name of ['setTimeout', 'setImmediate'] as const) {
    promises.put(name, yield* get(realm, realm.intrinsic(`%${name}%`), custom), DEFAULT_FLAGS);
  }
  return promises;
}
