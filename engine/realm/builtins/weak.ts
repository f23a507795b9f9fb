// WeakMap and WeakSet: keys must be objects or non-registered symbols (CanBeHeldWeakly);
// the host WeakMap/WeakSet holds them, so entries cannot be enumerated, as in the spec.
import { Bytes, HeapKind, charge } from '../../heap/account';
import { NativeFunction } from '../../heap/function';
import { JSObject } from '../../heap/object';
import { WeakMapObject, WeakSetObject } from '../../heap/slots';
import { JSSymbol, Value } from '../../heap/values';
import { Msg } from '../../errors/messages';
import type { Realm } from '../realm';
import { fillFromIterable, requireNew, thisBrand } from './collectionSupport';
import { protoFromCtor, setToStringTag } from './objectSupport';

export function installWeakCollections(realm: Realm): void {
  const canBeHeldWeakly = weaklyHoldable(realm);
  installWeakMap(realm, canBeHeldWeakly);
  installWeakSet(realm, canBeHeldWeakly);
}

/**
 * https://tc39.es/ecma262/#sec-canbeheldweakly: objects, and symbols not made by
 * Symbol.for. The registry is private to Symbol.ts, so ask the original Symbol.keyFor.
 */
export function weaklyHoldable(realm: Realm): (v: Value) => v is JSObject | JSSymbol {
  const keyFor = realm.intrinsics.get('%Symbol%')?.getOwn('keyFor')?.value;
  return (v: Value): v is JSObject | JSSymbol => {
    if (v instanceof JSObject) return true;
    if (!(v instanceof JSSymbol)) return false;
    return !(keyFor instanceof NativeFunction && !keyFor.isGen && keyFor.impl(undefined, [v], undefined) !== undefined);
  };
}

function installWeakMap(realm: Realm, holdable: (v: Value) => v is JSObject | JSSymbol): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('WeakMap', 0, function* (_this, args, newTarget) {
    const nt = requireNew(realm, newTarget, 'WeakMap');
    const map = new WeakMapObject(protoFromCtor(nt, proto));
    if (args[0] === undefined || args[0] === null) return map;
    yield* fillFromIterable(realm, map, args[0], { adderName: 'set', entries: true, intrinsicAdder: setFn, add: (k, v) => add(map, k, v) });
    return map;
  }, { ctor: true, gen: true });
  realm.linkConstructor(ctor, proto);
  const thisMap = (v: Value, method: string) => thisBrand(realm, v, WeakMapObject, `WeakMap.prototype.${method}`);
  const add = (m: WeakMapObject, k: Value, v: Value) => {
    if (!holdable(k)) realm.throwError('TypeError', Msg.InvalidWeakMapKey);
    charge(HeapKind.Collection, Bytes.entry);
    m.data.set(k, v);
  };
  realm.method(proto, 'delete', 1, (thisArg, args) => {
    const m = thisMap(thisArg, 'delete');
    return holdable(args[0]) && m.data.delete(args[0]);
  });
  realm.method(proto, 'get', 1, (thisArg, args) => {
    const m = thisMap(thisArg, 'get');
    return holdable(args[0]) ? m.data.get(args[0]) : undefined;
  });
  const setFn = realm.method(proto, 'set', 2, (thisArg, args) => {
    const m = thisMap(thisArg, 'set');
    add(m, args[0], args[1]);
    return m;
  });
  realm.method(proto, 'has', 1, (thisArg, args) => {
    const m = thisMap(thisArg, 'has');
    return holdable(args[0]) && m.data.has(args[0]);
  });
  setToStringTag(proto, 'WeakMap');
  realm.defineGlobal('WeakMap', ctor);
}

function installWeakSet(realm: Realm, holdable: (v: Value) => v is JSObject | JSSymbol): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('WeakSet', 0, function* (_this, args, newTarget) {
    const nt = requireNew(realm, newTarget, 'WeakSet');
    const set = new WeakSetObject(protoFromCtor(nt, proto));
    if (args[0] === undefined || args[0] === null) return set;
    yield* fillFromIterable(realm, set, args[0], { adderName: 'add', entries: false, intrinsicAdder: addFn, add: (v) => add(set, v) });
    return set;
  }, { ctor: true, gen: true });
  realm.linkConstructor(ctor, proto);
  const thisSet = (v: Value, method: string) => thisBrand(realm, v, WeakSetObject, `WeakSet.prototype.${method}`);
  const add = (s: WeakSetObject, v: Value) => {
    if (!holdable(v)) realm.throwError('TypeError', Msg.InvalidWeakSetValue);
    charge(HeapKind.Collection, Bytes.entry);
    s.data.add(v);
  };
  realm.method(proto, 'delete', 1, (thisArg, args) => {
    const s = thisSet(thisArg, 'delete');
    return holdable(args[0]) && s.data.delete(args[0]);
  });
  realm.method(proto, 'has', 1, (thisArg, args) => {
    const s = thisSet(thisArg, 'has');
    return holdable(args[0]) && s.data.has(args[0]);
  });
  const addFn = realm.method(proto, 'add', 1, (thisArg, args) => {
    const s = thisSet(thisArg, 'add');
    add(s, args[0]);
    return s;
  });
  setToStringTag(proto, 'WeakSet');
  realm.defineGlobal('WeakSet', ctor);
}
