// SetIntegrityLevel and TestIntegrityLevel (freeze, seal, isFrozen, isSealed). An array's
// elements share one set of attributes (JSArray.elementFlags, plus per-index exceptions).
import { CONFIGURABLE, JSArray, JSObject, WRITABLE, orderKeys } from '../../heap/object';

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
    keys = orderKeys(o.props.keys());
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
