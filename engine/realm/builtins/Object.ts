// The Object constructor (https://tc39.es/ecma262/#sec-object-constructor); its
// prototype methods and statics live in objectPrototype.ts and objectStatics.ts.
import { JSObject } from '../../heap/object';
import { toObject } from '../../ops/convert';
import type { Realm } from '../realm';
import { installObjectPrototype } from './objectPrototype';
import { installObjectStatics } from './objectStatics';
import { protoFromCtor } from './objectSupport';

export function installObject(realm: Realm): void {
  const ctor = realm.newNative('Object', 1, (_this, args, newTarget) => {
    // 1. A subclass (`class A extends Object`) gets an object with its own prototype.
    if (newTarget !== undefined && newTarget !== ctor) return new JSObject(protoFromCtor(newTarget, realm.ObjectPrototype));
    const value = args[0];
    if (value === undefined || value === null) return realm.newObject();
    return toObject(realm, value);
  }, { ctor: true });
  realm.defineConstructor(ctor, realm.ObjectPrototype);
  installObjectPrototype(realm);
  installObjectStatics(realm, ctor);
}
