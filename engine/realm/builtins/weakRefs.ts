// WeakRef and FinalizationRegistry. Glassbox frees nothing the program can observe
// (the spec lets an engine keep any object alive), so a WeakRef holds its target
// strongly and deref() always returns it, and cleanup callbacks never run. That keeps
// every run deterministic; the registry itself holds its targets only weakly, so the
// heap measurement does not count them as live.
import { isCallable } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { JSSymbol, Value } from '../../heap/values';
import type { Realm } from '../realm';
import { requireNew, thisBrand } from './collectionSupport';
import { protoFromCtor, setToStringTag } from './objectSupport';
import { weaklyHoldable } from './weak';
import { Msg, formatMessage } from '../../errors/messages';

class WeakRefObject extends JSObject {
  override className = 'WeakRef';
  constructor(proto: JSObject | null, readonly target: JSObject | JSSymbol) {
    super(proto);
  }
}

interface Registration {
  target: WeakRef<JSObject | JSSymbol>;
  holdings: Value;
  token: WeakRef<JSObject | JSSymbol> | undefined;
}

class FinalizationRegistryObject extends JSObject {
  override className = 'FinalizationRegistry';
  readonly cells: Registration[] = [];
  constructor(proto: JSObject | null, readonly cleanup: JSObject) {
    super(proto);
  }
}

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
    return new WeakRefObject(protoFromCtor(nt, proto), args[0]);
  }, { ctor: true });
  realm.linkConstructor(ctor, proto);
  realm.method(proto, 'deref', 0, (thisArg) => thisBrand(realm, thisArg, WeakRefObject, 'WeakRef.prototype.deref').target);
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
    let tokenRef: WeakRef<JSObject | JSSymbol> | undefined;
    if (holdable(token)) tokenRef = new WeakRef(token);
    else if (token !== undefined) invalidToken(token);
    registry.cells.push({ target: new WeakRef(target), holdings, token: tokenRef });
    return undefined;
  });
  realm.method(proto, 'unregister', 1, (thisArg, args) => {
    const registry = thisRegistry(thisArg, 'unregister');
    const token = args[0];
    if (!holdable(token)) invalidToken(token);
    const before = registry.cells.length;
    const kept = registry.cells.filter((c) => c.token?.deref() !== token);
    registry.cells.splice(0, before, ...kept);
    return kept.length !== before;
  });
  setToStringTag(proto, 'FinalizationRegistry');
  realm.defineGlobal('FinalizationRegistry', ctor);
}

function describeToken(v: Value): string {
  return typeof v === 'symbol' || v instanceof JSSymbol ? v.toString() : String(v);
}
