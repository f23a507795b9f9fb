// The Boolean constructor and Boolean.prototype (https://tc39.es/ecma262/#sec-boolean-objects);
// the prototype is itself a Boolean wrapper holding false, as the spec says.
import { PrimitiveWrapper } from '../../heap/wrapper';
import { Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { toBoolean } from '../../ops/convert';
import type { Realm } from '../realm';
import { protoFromCtor } from './objectSupport';

export function installBoolean(realm: Realm): void {
  const proto = new PrimitiveWrapper(realm.ObjectPrototype, false, 'Boolean');
  realm.BooleanPrototype = proto;
  const ctor = realm.newNative('Boolean', 1, (_this, args, newTarget) => {
    const b = toBoolean(args[0]);
    if (newTarget === undefined) return b;
    return new PrimitiveWrapper(protoFromCtor(newTarget, proto), b, 'Boolean');
  }, { ctor: true });
  realm.defineConstructor(ctor, proto);
  realm.method(proto, 'toString', 0, (thisArg) => String(thisBooleanValue(realm, thisArg, 'Boolean.prototype.toString')));
  realm.method(proto, 'valueOf', 0, (thisArg) => thisBooleanValue(realm, thisArg, 'Boolean.prototype.valueOf'));
}

/** https://tc39.es/ecma262/#sec-thisbooleanvalue */
function thisBooleanValue(realm: Realm, v: Value, method: string): boolean {
  if (typeof v === 'boolean') return v;
  if (v instanceof PrimitiveWrapper && typeof v.primitive === 'boolean') return v.primitive;
  return realm.throwError('TypeError', formatMessage(Msg.RequiresThis, method, 'Boolean'));
}
