// Synchronous fast paths for Promise.prototype.then and Promise.resolve on %Promise% itself:
// no subclass, no proxy, `constructor` and @@species as the realm made them, so no user code runs.
import { NEEDS_GENERATOR, NativeFast } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { ProxyProp } from '../../heap/proxy';
import { Value, WellKnown } from '../../heap/values';
import type { Realm } from '../realm';
import { fulfillPromise, isPromise, newPromise, performPromiseThen } from './promiseOps';

/** True when `o.constructor` is a data property holding `ctor` (no getter, no proxy on the way). */
function constructorIs(o: JSObject, ctor: JSObject): boolean {
  const c = o.lookup('constructor');
  return c !== undefined && !(c instanceof ProxyProp) && !c.isAccessor && c.value === ctor;
}

/** The fast paths, given %Promise% once its @@species getter is installed. */
export function promiseFastPaths(realm: Realm, ctor: JSObject): { then: NativeFast; resolve: NativeFast } {
  const speciesGetter = ctor.getOwn(WellKnown.species)?.get;
  /** SpeciesConstructor(p, %Promise%) is %Promise% with no getter to run but the original one. */
  const speciesIsPromise = (p: JSObject): boolean => {
    if (!constructorIs(p, ctor)) return false;
    const s = ctor.getOwn(WellKnown.species);
    return s !== undefined && s.isAccessor && s.get === speciesGetter;
  };
  return {
    then(thisArg, args) {
      if (!isPromise(thisArg) || !speciesIsPromise(thisArg)) return NEEDS_GENERATOR;
      // thenCapability for %Promise%: the derived promise is settled directly.
      const promise = newPromise(realm);
      performPromiseThen(realm, thisArg, args[0] as JSObject | undefined, args[1] as JSObject | undefined, { promise, direct: true });
      return promise;
    },
    resolve(thisArg, args) {
      if (thisArg !== ctor) return NEEDS_GENERATOR;
      const x: Value = args[0];
      if (isPromise(x)) return constructorIs(x, ctor) ? x : NEEDS_GENERATOR;
      // A thenable's `then` is read (maybe a getter): only a primitive resolves here.
      if (x instanceof JSObject) return NEEDS_GENERATOR;
      const p = newPromise(realm);
      fulfillPromise(realm, p, x);
      return p;
    },
  };
}
