// The Symbol function (callable, never constructible), the realm's Symbol.for registry,
// the well-known symbols as statics, and Symbol.prototype.
import { CONFIGURABLE, CONSTANT_FLAGS, JSObject } from '../../heap/object';
import { PrimitiveWrapper } from '../../heap/wrapper';
import { JSSymbol, Value, WellKnown } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { toString } from '../../ops/convert';
import type { Realm } from '../realm';
import { describeValue, setToStringTag } from './objectSupport';

/** V8's order of the well-known symbols on the Symbol constructor. */
const WELL_KNOWN_ORDER: (keyof typeof WellKnown)[] = [
  'asyncIterator', 'hasInstance', 'isConcatSpreadable', 'iterator', 'match', 'matchAll',
  'replace', 'search', 'species', 'split', 'toPrimitive', 'toStringTag', 'unscopables',
];

export function installSymbol(realm: Realm): void {
  const proto = new JSObject(realm.ObjectPrototype);
  realm.SymbolPrototype = proto;
  const ctor = realm.newNative('Symbol', 0, function* (_this, args, newTarget) {
    if (newTarget !== undefined) realm.throwError('TypeError', formatMessage(Msg.NotConstructor, 'Symbol'));
    return new JSSymbol(args[0] === undefined ? undefined : yield* toString(realm, args[0]));
  }, { gen: true, ctor: true });
  realm.defineConstructor(ctor, proto);
  installRegistry(realm, ctor);
  for (const name of WELL_KNOWN_ORDER) ctor.put(name, WellKnown[name], CONSTANT_FLAGS);
  installPrototype(realm, proto);
}

/** Each realm's Symbol.for registry, kept both ways. */
const registries = new WeakMap<Realm, { byKey: Map<string, JSSymbol>; keyOf: Map<JSSymbol, string> }>();

function registryOf(realm: Realm): { byKey: Map<string, JSSymbol>; keyOf: Map<JSSymbol, string> } {
  let r = registries.get(realm);
  if (r === undefined) {
    r = { byKey: new Map(), keyOf: new Map() };
    registries.set(realm, r);
  }
  return r;
}

/** `Symbol.for(key)` for the host: Node's well-known registered symbols (util.inspect.custom...). */
export function symbolFor(realm: Realm, key: string): JSSymbol {
  const { byKey, keyOf } = registryOf(realm);
  let sym = byKey.get(key);
  if (sym === undefined) {
    sym = new JSSymbol(key);
    byKey.set(key, sym);
    keyOf.set(sym, key);
  }
  return sym;
}

/** https://tc39.es/ecma262/#sec-symbol.for: one registry per realm. */
function installRegistry(realm: Realm, ctor: JSObject): void {
  const { keyOf } = registryOf(realm);
  realm.method(ctor, 'for', 1, function* (_this, args) {
    return symbolFor(realm, yield* toString(realm, args[0]));
  }, { gen: true });
  realm.method(ctor, 'keyFor', 1, (_this, args) => {
    const sym = args[0];
    if (!(sym instanceof JSSymbol)) realm.throwError('TypeError', formatMessage(Msg.NotASymbol, describeValue(sym)));
    return keyOf.get(sym);
  });
}

function installPrototype(realm: Realm, proto: JSObject): void {
  realm.method(proto, 'toString', 0, (thisArg) => thisSymbolValue(realm, thisArg, 'Symbol.prototype.toString').toString());
  realm.method(proto, 'valueOf', 0, (thisArg) => thisSymbolValue(realm, thisArg, 'Symbol.prototype.valueOf'));
  realm.accessor(proto, 'description', (thisArg) => thisSymbolValue(realm, thisArg, 'Symbol.prototype.description').description);
  const toPrimitive = realm.method(proto, WellKnown.toPrimitive, 1,
    (thisArg) => thisSymbolValue(realm, thisArg, 'Symbol.prototype [ @@toPrimitive ]'));
  proto.put(WellKnown.toPrimitive, toPrimitive, CONFIGURABLE);
  setToStringTag(proto, 'Symbol');
}

/** https://tc39.es/ecma262/#sec-thissymbolvalue */
function thisSymbolValue(realm: Realm, v: Value, method: string): JSSymbol {
  if (v instanceof JSSymbol) return v;
  if (v instanceof PrimitiveWrapper && v.primitive instanceof JSSymbol) return v.primitive;
  return realm.throwError('TypeError', formatMessage(Msg.RequiresThis, method, 'Symbol'));
}
