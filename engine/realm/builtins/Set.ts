// The Set constructor, Set.prototype and %SetIteratorPrototype%. Values live in the
// SetObject's host Set, whose iteration order and liveness match the spec's.
import { Bytes, HeapKind, charge } from '../../heap/account';
import { isCallable } from '../../heap/function';
import { JSObject, METHOD_FLAGS } from '../../heap/object';
import { SetObject } from '../../heap/slots';
import { Value, WellKnown } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import type { Realm } from '../realm';
import { defineCursorPrototype, typeAndValue } from './Iterator';
import {
  CollectionCursor, collectionStep, createCollectionIterator, fillFromIterable, installSpecies, normalizeKey,
  requireNew, thisBrand,
} from './collectionSupport';
import { protoFromCtor, setToStringTag } from './objectSupport';

export function installSet(realm: Realm): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('Set', 0, function* (_this, args, newTarget) {
    const set = new SetObject(protoFromCtor(requireNew(realm, newTarget, 'Set'), proto));
    if (args[0] === undefined || args[0] === null) return set;
    yield* fillFromIterable(realm, set, args[0], {
      adderName: 'add', entries: false, intrinsicAdder: realm.intrinsic('%Set.prototype.add%'),
      add: (v) => { charge(HeapKind.Collection, Bytes.entry); set.data.add(normalizeKey(v)); },
    });
    return set;
  }, { ctor: true, gen: true });
  realm.linkConstructor(ctor, proto);
  installSetPrototype(realm, proto);
  installSpecies(realm, ctor);
  realm.defineGlobal('Set', ctor);
}

/** Set.prototype in V8's property order. */
function installSetPrototype(realm: Realm, proto: JSObject): void {
  const thisSet = (v: Value, method: string) => thisBrand(realm, v, SetObject, `Set.prototype.${method}`);
  realm.method(proto, 'has', 1, (thisArg, args) => thisSet(thisArg, 'has').data.has(normalizeKey(args[0])));
  const addFn = realm.method(proto, 'add', 1, (thisArg, args) => {
    const s = thisSet(thisArg, 'add');
    charge(HeapKind.Collection, Bytes.entry);
    s.data.add(normalizeKey(args[0]));
    return s;
  });
  realm.method(proto, 'delete', 1, (thisArg, args) => thisSet(thisArg, 'delete').data.delete(normalizeKey(args[0])));
  realm.method(proto, 'clear', 0, (thisArg) => {
    thisSet(thisArg, 'clear').data.clear();
    return undefined;
  });
  const iterProto = defineCursorPrototype<CollectionCursor>(realm, 'Set Iterator', (s) => collectionStep(realm, s));
  realm.intrinsics.set('%SetIteratorPrototype%', iterProto);
  const iterate = (kind: 'values' | 'entries') => (thisArg: Value) =>
    createCollectionIterator(iterProto, 'Set Iterator', thisSet(thisArg, kind).data, kind);
  realm.method(proto, 'entries', 0, iterate('entries'));
  realm.method(proto, 'forEach', 1, function* (thisArg, args) {
    const s = thisSet(thisArg, 'forEach');
    const f = args[0];
    if (!isCallable(f)) realm.throwError('TypeError', formatMessage(Msg.NotFunction, typeAndValue(f)));
    // A host Set iterator sees values added and deleted during the loop, as the spec requires.
    for (const v of s.data) yield { kind: 'call', fn: f, thisArg: args[1], args: [v, v, s] };
    return undefined;
  }, { gen: true });
  realm.accessor(proto, 'size', (thisArg) => thisBrand(realm, thisArg, SetObject, 'get Set.prototype.size').data.size);
  const values = realm.method(proto, 'values', 0, iterate('values'));
  // keys and [Symbol.iterator] are the same function object as values.
  proto.put('keys', values, METHOD_FLAGS);
  setToStringTag(proto, 'Set');
  proto.put(WellKnown.iterator, values, METHOD_FLAGS);
  realm.intrinsics.set('%Set.prototype.add%', addFn);
}
