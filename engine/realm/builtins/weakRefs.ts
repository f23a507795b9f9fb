// WeakRef and FinalizationRegistry. The collector (heap/collector.ts) clears a WeakRef whose
// target died and queues a registry's cleanup task; here a target made into a WeakRef or
// dereferenced is kept alive until the current job's microtasks are drained, as the spec's
// AddToKeptObjects asks, so deref() answers the same within one job.
import { account } from '../../heap/account';
import { isCallable } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { FinalizationRegistryObject, WeakRefObject, WeakTarget } from '../../heap/weakCells';
import { JSSymbol, Value } from '../../heap/values';
import type { Realm } from '../realm';
import { requireNew, thisBrand } from './collectionSupport';
import { protoFromCtor, setToStringTag } from './objectSupport';
import { weaklyHoldable } from './weak';
import { Msg, formatMessage } from '../../errors/messages';

export function installWeakRefs(realm: Realm): void {
  const holdable = weaklyHoldable(realm);
  installWeakRef(realm, holdable);
  installFinalizationRegistry(realm, holdable);
}

function installWeakRef(realm: Realm, holdable: (v: Value) => v is JSObject | JSSymbol): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('WeakRef', 1, (_this, args, newTarget) => {
    const nt = requireNew(realm, newTarget, 'WeakRef');
    if (!holdable(args[0])) realm.throwError('TypeError', Msg.WeakRefTarget);
    // https://tc39.es/ecma262/#sec-addtokeptobjects
    account.keptAlive.add(args[0]);
    return new WeakRefObject(protoFromCtor(nt, proto), args[0]);
  }, { ctor: true });
  realm.linkConstructor(ctor, proto);
  realm.method(proto, 'deref', 0, (thisArg) => {
    const target = thisBrand(realm, thisArg, WeakRefObject, 'WeakRef.prototype.deref').target;
    if (target !== undefined) account.keptAlive.add(target);
    return target;
  });
  setToStringTag(proto, 'WeakRef');
  realm.defineGlobal('WeakRef', ctor);
}

function installFinalizationRegistry(realm: Realm, holdable: (v: Value) => v is JSObject | JSSymbol): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('FinalizationRegistry', 1, (_this, args, newTarget) => {
    const nt = requireNew(realm, newTarget, 'FinalizationRegistry');
    const cleanup = args[0];
    if (!(cleanup instanceof JSObject) || !isCallable(cleanup)) {
      realm.throwError('TypeError', Msg.CleanupNotCallable);
    }
    return new FinalizationRegistryObject(protoFromCtor(nt, proto), cleanup);
  }, { ctor: true });
  realm.linkConstructor(ctor, proto);
  const thisRegistry = (v: Value, method: string) =>
    thisBrand(realm, v, FinalizationRegistryObject, `FinalizationRegistry.prototype.${method}`);
  const invalidToken = (v: Value): never =>
    realm.throwError('TypeError', formatMessage(Msg.InvalidUnregisterToken, describeToken(v)));
  realm.method(proto, 'register', 2, (thisArg, args) => {
    const registry = thisRegistry(thisArg, 'register');
    const [target, holdings, token] = args;
    if (!holdable(target)) realm.throwError('TypeError', Msg.RegisterTarget);
    if (Object.is(target, holdings)) {
      realm.throwError('TypeError', Msg.RegisterTargetIsHoldings);
    }
    let tokenRef: WeakTarget | undefined;
    if (holdable(token)) tokenRef = token;
    else if (token !== undefined) invalidToken(token);
    registry.cells.push({ target, holdings, token: tokenRef });
    return undefined;
  });
  realm.method(proto, 'unregister', 1, (thisArg, args) => {
    const registry = thisRegistry(thisArg, 'unregister');
    const token = args[0];
    if (!holdable(token)) invalidToken(token);
    // Cleared registrations whose cleanup has not run yet are unregistered too.
    const before = registry.cells.length + registry.cleared.length;
    registry.cells = registry.cells.filter((c) => c.token !== token);
    registry.cleared = registry.cleared.filter((c) => c.token !== token);
    return registry.cells.length + registry.cleared.length !== before;
  });
  setToStringTag(proto, 'FinalizationRegistry');
  realm.defineGlobal('FinalizationRegistry', ctor);
}

function describeToken(v: Value): string {
  return typeof v === 'symbol' || v instanceof JSSymbol ? v.toString() : String(v);
}
