// The Map constructor, Map.groupBy, Map.prototype and %MapIteratorPrototype%. Entries live
// in the MapObject's host Map, whose iteration order and liveness match the spec's.
import { Bytes, HeapKind, charge } from '../../heap/account';
import { isCallable } from '../../heap/function';
import { JSObject, METHOD_FLAGS } from '../../heap/object';
import { MapObject } from '../../heap/slots';
import { Value, WellKnown } from '../../heap/values';
import { JSThrow } from '../../errors/internal';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen } from '../../ops/convert';
import { iteratorCloseQuietly, iteratorStep } from '../../ops/iteration';
import type { Realm } from '../realm';
import { defineCursorPrototype, getIteratorOrThrow, typeAndValue } from './Iterator';
import {
  CollectionCursor, CollectionKind, collectionStep, createCollectionIterator, fillFromIterable, installSpecies, normalizeKey,
  requireNew, thisBrand,
} from './collectionSupport';
import { describeValue, protoFromCtor, setToStringTag } from './objectSupport';

export function installMap(realm: Realm): void {
  const proto = realm.newObject();
  const ctor = realm.newNative('Map', 0, function* (_this, args, newTarget) {
    const map = new MapObject(protoFromCtor(requireNew(realm, newTarget, 'Map'), proto));
    if (args[0] === undefined || args[0] === null) return map;
    yield* fillFromIterable(realm, map, args[0], {
      adderName: 'set', entries: true, intrinsicAdder: realm.intrinsic('%Map.prototype.set%'),
      add: (k, v) => { charge(HeapKind.Collection, Bytes.entry); map.data.set(normalizeKey(k), v); },
    });
    return map;
  }, { ctor: true, gen: true });
  realm.linkConstructor(ctor, proto);
  installMapPrototype(realm, proto);
  realm.method(ctor, 'groupBy', 2, (_this, args) => mapGroupBy(realm, args[0], args[1]), { gen: true });
  installSpecies(realm, ctor);
  realm.defineGlobal('Map', ctor);
}

/** Map.prototype in V8's property order. */
function installMapPrototype(realm: Realm, proto: JSObject): void {
  const thisMap = (v: Value, method: string) => thisBrand(realm, v, MapObject, `Map.prototype.${method}`);
  realm.method(proto, 'get', 1, (thisArg, args) => thisMap(thisArg, 'get').data.get(normalizeKey(args[0])));
  const setFn = realm.method(proto, 'set', 2, (thisArg, args) => {
    const m = thisMap(thisArg, 'set');
    charge(HeapKind.Collection, Bytes.entry);
    m.data.set(normalizeKey(args[0]), args[1]);
    return m;
  });
  realm.method(proto, 'has', 1, (thisArg, args) => thisMap(thisArg, 'has').data.has(normalizeKey(args[0])));
  realm.method(proto, 'delete', 1, (thisArg, args) => thisMap(thisArg, 'delete').data.delete(normalizeKey(args[0])));
  realm.method(proto, 'clear', 0, (thisArg) => {
    thisMap(thisArg, 'clear').data.clear();
    return undefined;
  });
  const iterProto = defineCursorPrototype<CollectionCursor>(realm, 'Map Iterator', (s) => collectionStep(realm, s));
  realm.intrinsics.set('%MapIteratorPrototype%', iterProto);
  const iterate = (kind: CollectionKind) => (thisArg: Value) =>
    createCollectionIterator(iterProto, 'Map Iterator', thisMap(thisArg, kind).data, kind);
  const entries = realm.method(proto, 'entries', 0, iterate('entries'));
  realm.method(proto, 'forEach', 1, function* (thisArg, args) {
    const m = thisMap(thisArg, 'forEach');
    const f = args[0];
    if (!isCallable(f)) realm.throwError('TypeError', formatMessage(Msg.NotFunction, typeAndValue(f)));
    // A host Map iterator sees entries added and deleted during the loop, as the spec requires.
    for (const [k, v] of m.data) yield { kind: 'call', fn: f, thisArg: args[1], args: [v, k, m] };
    return undefined;
  }, { gen: true });
  realm.method(proto, 'keys', 0, iterate('keys'));
  realm.accessor(proto, 'size', (thisArg) => thisBrand(realm, thisArg, MapObject, 'get Map.prototype.size').data.size);
  realm.method(proto, 'values', 0, iterate('values'));
  setToStringTag(proto, 'Map');
  proto.put(WellKnown.iterator, entries, METHOD_FLAGS);
  realm.intrinsics.set('%Map.prototype.set%', setFn);
}

/** https://tc39.es/ecma262/#sec-map.groupby (not in Node 20, which predates it). */
function* mapGroupBy(realm: Realm, items: Value, callback: Value): Gen<Value> {
  if (items === undefined || items === null) realm.throwError('TypeError', formatMessage(Msg.CalledOnNullish, 'Map.groupBy'));
  if (!isCallable(callback)) realm.throwError('TypeError', formatMessage(Msg.NotFunction, describeValue(callback)));
  const groups = new Map<Value, Value[]>();
  const rec = yield* getIteratorOrThrow(realm, items);
  for (let k = 0; ; k++) {
    const step = yield* iteratorStep(realm, rec);
    if (step.done) break;
    let key: Value;
    try {
      key = yield { kind: 'call', fn: callback, thisArg: undefined, args: [step.value, k] };
    } catch (e) {
      if (e instanceof JSThrow) yield* iteratorCloseQuietly(realm, rec);
      throw e;
    }
    key = normalizeKey(key);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [step.value]);
    else group.push(step.value);
  }
  const map = new MapObject(realm.intrinsic('%Map.prototype%'));
  for (const [key, values] of groups) map.data.set(key, realm.newArray(values));
  return map;
}
