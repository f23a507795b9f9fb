// %TypedArray%.prototype: the accessors, and the methods from typedArrayAccess.ts and
// typedArrayCallbacks.ts in V8's property order.
import { TypedArrayObject } from '../../heap/binary';
import { JSObject, METHOD_FLAGS } from '../../heap/object';
import type { NativeGenImpl, NativeSync } from '../../heap/function';
import { Value, WellKnown } from '../../heap/values';
import { assert } from '../../errors/internal';
import type { Realm } from '../realm';
import { MethodDef, MethodTable } from './arraySupport';
import { thisTypedArray } from './binarySupport';
import { typedArrayAccessMethods } from './typedArrayAccess';
import { typedArrayCallbackMethods } from './typedArrayCallbacks';
import { Msg, formatMessage } from '../../errors/messages';

const METHOD_ORDER = [
  'entries', 'keys', 'values', 'at', 'copyWithin', 'every', 'fill', 'filter', 'find', 'findIndex', 'findLast',
  'findLastIndex', 'forEach', 'includes', 'indexOf', 'join', 'lastIndexOf', 'map', 'reverse', 'reduce',
  'reduceRight', 'set', 'slice', 'some', 'sort', 'subarray', 'toLocaleString', 'toString', 'toReversed',
  'toSorted', 'with',
];

export function installTypedArrayPrototype(realm: Realm, proto: JSObject): void {
  const getter = (name: string, v8Name: string, read: (o: TypedArrayObject) => Value) =>
    realm.accessor(proto, name, (t) => read(thisTypedArray(realm, t, `get ${v8Name}.prototype.${name}`)));
  getter('buffer', '%TypedArray%', (o) => o.buffer);
  getter('byteLength', 'TypedArray', (o) => o.byteLength);
  getter('byteOffset', 'TypedArray', (o) => (o.isOutOfBounds() ? 0 : o.byteOffset));
  getter('length', 'TypedArray', (o) => o.length);
  const table: MethodTable = { ...typedArrayAccessMethods(realm), ...typedArrayCallbackMethods(realm) };
  for (const name of METHOD_ORDER) {
    if (name === 'toString') {
      // The same function object as Array.prototype.toString, as the spec says.
      proto.put(name, realm.intrinsic('%Array.prototype.toString%'), METHOD_FLAGS);
      continue;
    }
    const def = table[name];
    assert(def !== undefined, `%TypedArray%.prototype.${name} has no implementation`);
    realm.method(proto, name, def.length, inBounds(realm, name, def), { gen: def.gen });
  }
  proto.put(WellKnown.iterator, proto.getOwn('values')!.value, METHOD_FLAGS);
  realm.accessor(proto, WellKnown.toStringTag, (t) => (t instanceof TypedArrayObject ? t.kind.name : undefined));
}

/**
 * The out-of-bounds half of ValidateTypedArray, for every method: a view whose resizable
 * buffer shrank under it is a TypeError (V8 words it as a detached buffer).
 */
function inBounds(realm: Realm, name: string, def: MethodDef): NativeSync | NativeGenImpl {
  const check = (t: Value): void => {
    if (t instanceof TypedArrayObject && t.isOutOfBounds()) realm.throwError('TypeError', formatMessage(Msg.DetachedOperation, '%TypedArray%.prototype.' + name));
  };
  if (!def.gen) {
    const fn = def.fn as NativeSync;
    return (t, args, nt) => { check(t); return fn(t, args, nt); };
  }
  const fn = def.fn as NativeGenImpl;
  return function* (t, args, nt) { check(t); return yield* fn(t, args, nt); };
}
