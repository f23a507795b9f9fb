// SetIntegrityLevel and TestIntegrityLevel (freeze, seal, isFrozen, isSealed). An array's
// elements share one set of attributes (JSArray.elementFlags, plus per-index exceptions).
import { CONFIGURABLE, Descriptor, JSArray, JSObject, WRITABLE, orderKeys } from '../../heap/object';
import type { Gen } from '../../ops/convert';
import * as I from '../../ops/internal';
import { keyText } from '../../ops/object';
import type { Realm } from '../realm';
import { Msg, formatMessage } from '../../errors/messages';

export type IntegrityLevel = 'sealed' | 'frozen';

/** https://tc39.es/ecma262/#sec-setintegritylevel */
export function setIntegrityLevel(o: JSObject, level: IntegrityLevel): void {
  const frozen = level === 'frozen';
  o.preventExtensions();
  let keys;
  if (o instanceof JSArray) {
    const clear = CONFIGURABLE | (frozen ? WRITABLE : 0);
    o.clearElementFlags(clear);
    if (frozen) o.lengthWritable = false;
    keys = orderKeys(o.storedKeys());
  } else keys = o.ownKeys();
  for (const key of keys) {
    const p = o.getOwn(key);
    if (p === undefined) continue;
    o.defineOwn(key, frozen && !p.isAccessor ? { configurable: false, writable: false } : { configurable: false });
  }
}

/** https://tc39.es/ecma262/#sec-testintegritylevel */
export function testIntegrityLevel(o: JSObject, level: IntegrityLevel): boolean {
  if (o.extensible) return false;
  for (const key of o.ownKeys()) {
    const p = o.getOwn(key);
    if (p === undefined) continue;
    if (p.configurable) return false;
    if (level === 'frozen' && !p.isAccessor && p.writable) return false;
  }
  return true;
}

/** SetIntegrityLevel on a proxy: the same steps through its traps. */
export function* setIntegrityLevelOfProxy(realm: Realm, o: JSObject, level: IntegrityLevel): Gen<void> {
  if (!(yield* I.preventExtensions(realm, o))) realm.throwError('TypeError', formatMessage(Msg.ProxyTrapFalsish, 'preventExtensions'));
  for (const key of yield* I.ownPropertyKeys(realm, o)) {
    let desc: Descriptor = { configurable: false };
    if (level === 'frozen') {
      const p = yield* I.getOwnProperty(realm, o, key);
      if (p === undefined) continue;
      if (!p.isAccessor) desc = { configurable: false, writable: false };
    }
    if (!(yield* I.defineOwnProperty(realm, o, key, desc))) {
      realm.throwError('TypeError', formatMessage(Msg.ProxyTrapFalsishFor, 'defineProperty', keyText(key)));
    }
  }
}

/** TestIntegrityLevel on a proxy. */
export function* testIntegrityLevelOfProxy(realm: Realm, o: JSObject, level: IntegrityLevel): Gen<boolean> {
  if (yield* I.isExtensible(realm, o)) return false;
  for (const key of yield* I.ownPropertyKeys(realm, o)) {
    const p = yield* I.getOwnProperty(realm, o, key);
    if (p === undefined) continue;
    if (p.configurable) return false;
    if (level === 'frozen' && !p.isAccessor && p.writable) return false;
  }
  return true;
}
