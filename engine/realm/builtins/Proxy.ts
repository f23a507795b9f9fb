// The Proxy constructor and Proxy.revocable (https://tc39.es/ecma262/#sec-proxy-objects).
// The proxies' internal methods are in ops/proxyTraps.ts.
import { isCallable } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { ProxyFunction, ProxyHooks, ProxyLike, ProxyObject } from '../../heap/proxy';
import { PropertyKey, Value } from '../../heap/values';
import { setFalsishMessage } from '../../ops/object';
import { proxyGet, proxySet } from '../../ops/proxyTraps';
import type { Realm } from '../realm';
import { GlassboxUnsupported } from '../../errors/unsupported';
import { Msg, formatMessage } from '../../errors/messages';

export function installProxy(realm: Realm): void {
  const hooks = proxyHooks(realm);
  const create = (target: Value, handler: Value): ProxyLike => {
    if (!(target instanceof JSObject) || !(handler instanceof JSObject)) {
      realm.throwError('TypeError', Msg.ProxyNonObject);
    }
    return isCallable(target) ? new ProxyFunction(target, handler, hooks) : new ProxyObject(target, handler, hooks);
  };
  const ctor = realm.newNative('Proxy', 2, (_this, args, newTarget) => {
    if (newTarget === undefined) realm.throwError('TypeError', formatMessage(Msg.ConstructorRequiresNew, 'Proxy'));
    return create(args[0], args[1]);
  }, { ctor: true });
  realm.method(ctor, 'revocable', 2, (_this, args) => {
    const proxy = create(args[0], args[1]);
    const revoke = realm.newNative('', 0, () => {
      proxy.proxyTarget = null;
      proxy.proxyHandler = null;
      return undefined;
    });
    revoke.holds = [proxy];
    const result = realm.newObject();
    result.put('proxy', proxy);
    result.put('revoke', revoke);
    return result;
  });
  realm.intrinsics.set('%Proxy%', ctor);
  realm.defineGlobal('Proxy', ctor);
}

/** The getter and setter a ProxyProp stands for, and the error for what Glassbox cannot route. */
function proxyHooks(realm: Realm): ProxyHooks {
  return {
    accessors(proxy: ProxyLike, key: PropertyKey): [JSObject, JSObject] {
      const get = realm.newNative('get', 0, function* (thisArg) {
        return yield* proxyGet(realm, proxy, key, thisArg);
      }, { gen: true });
      const set = realm.newNative('set', 1, function* (thisArg, args) {
        if (!(yield* proxySet(realm, proxy, key, args[0], thisArg))) realm.throwError('TypeError', setFalsishMessage(key));
        return undefined;
      }, { gen: true });
      return [get, set];
    },
    unsupported(operation: string): never {
      throw new GlassboxUnsupported(`a Proxy with ${operation}`);
    },
  };
}
