// `util.types` (and `require('util/types')`): predicates on a value's internal slots, the
// same slots the inspector reads, so `types.isMap(x)` agrees with what console.log shows.
import { ArrayBufferObject, DataViewObject, TypedArrayObject } from '../../heap/binary';
import { Closure } from '../../heap/function';
import { DEFAULT_FLAGS, JSObject } from '../../heap/object';
import { ProxyFunction, ProxyObject } from '../../heap/proxy';
import { DateObject, ErrorObject, MapObject, PromiseObject, RegExpObject, SetObject, WeakMapObject, WeakSetObject } from '../../heap/slots';
import { JSSymbol, type Value } from '../../heap/values';
import { PrimitiveWrapper } from '../../heap/wrapper';
import type { Gen } from '../../ops/convert';
import { GeneratorObject } from '../../vm/generatorObjects';
import type { Realm } from '../realm';
import { CursorIterator } from '../builtins/Iterator';

type Predicate = (v: JSObject) => boolean;

const TYPED_ARRAY_ORDER = ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array', 'Int8Array', 'Int16Array', 'Int32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array'];

/** A function's own code: a bound function is neither async nor a generator function, as in V8. */
const closureOf = (v: JSObject): Closure | undefined => (v instanceof Closure ? v : undefined);
const boxed = (test: (p: unknown) => boolean): Predicate => (v) => v instanceof PrimitiveWrapper && test(v.primitive);

/** Glassbox has no such objects (no addons, ES module namespaces, SharedArrayBuffer or crypto keys). */
const NEVER: Predicate = () => false;
const iteratorTagged = (tag: string): Predicate => (v) => v instanceof CursorIterator && v.tag === tag;

/** In Node's order, so `Object.keys(util.types)` lists what Node lists. */
const PREDICATES: Readonly<Record<string, Predicate>> = {
  isExternal: NEVER,
  isDate: (v) => v instanceof DateObject,
  isArgumentsObject: (v) => v.className === 'Arguments',
  isBigIntObject: boxed((p) => typeof p === 'bigint'),
  isBooleanObject: boxed((p) => typeof p === 'boolean'),
  isNumberObject: boxed((p) => typeof p === 'number'),
  isStringObject: boxed((p) => typeof p === 'string'),
  isSymbolObject: boxed((p) => p instanceof JSSymbol),
  isNativeError: (v) => v instanceof ErrorObject,
  isRegExp: (v) => v instanceof RegExpObject,
  isAsyncFunction: (v) => closureOf(v)?.code.isAsync === true,
  isGeneratorFunction: (v) => closureOf(v)?.code.isGenerator === true,
  isGeneratorObject: (v) => v instanceof GeneratorObject && v.className !== 'AsyncFunction',
  isPromise: (v) => v instanceof PromiseObject,
  isMap: (v) => v instanceof MapObject,
  isSet: (v) => v instanceof SetObject,
  isMapIterator: iteratorTagged('Map Iterator'),
  isSetIterator: iteratorTagged('Set Iterator'),
  isWeakMap: (v) => v instanceof WeakMapObject,
  isWeakSet: (v) => v instanceof WeakSetObject,
  isArrayBuffer: (v) => v instanceof ArrayBufferObject,
  isDataView: (v) => v instanceof DataViewObject,
  isSharedArrayBuffer: NEVER,
  isProxy: (v) => v instanceof ProxyObject || v instanceof ProxyFunction,
  isModuleNamespaceObject: NEVER,
  isAnyArrayBuffer: (v) => v instanceof ArrayBufferObject,
  isBoxedPrimitive: (v) => v instanceof PrimitiveWrapper,
  isArrayBufferView: (v) => v instanceof TypedArrayObject || v instanceof DataViewObject,
  isTypedArray: (v) => v instanceof TypedArrayObject,
  ...Object.fromEntries(TYPED_ARRAY_ORDER.map((name): [string, Predicate] => [`is${name}`, (v) => v instanceof TypedArrayObject && v.kind.name === name])),
  isKeyObject: NEVER,
  isCryptoKey: NEVER,
};

/** util.types: one native per predicate; a primitive is never any of them. */
export function* makeUtilTypes(realm: Realm): Gen<JSObject> {
  yield* [];
  const types = realm.newObject();
  for (const [name, test] of Object.entries(PREDICATES)) {
    types.put(name, realm.newNative(name, 1, (_this, args) => {
      const v: Value = args[0];
      return v instanceof JSObject && test(v);
    }), DEFAULT_FLAGS);
  }
  return types;
}
