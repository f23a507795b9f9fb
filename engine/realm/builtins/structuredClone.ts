// structuredClone as Node 20 (V8's serializer) does it: plain data, Map, Set, Date, RegExp,
// errors, buffers and views, wrappers; cycles and shared references kept. Getters are
// user code, read through the VM; functions, symbols and other objects are a DataCloneError.
import { ArrayBufferObject, DataViewObject, TypedArrayObject } from '../../heap/binary';
import { isCallable } from '../../heap/function';
import { JSArray, JSObject,  METHOD_FLAGS, WRITABLE } from '../../heap/object';
import { DateObject, ErrorObject, MapObject, RegExpObject, SetObject } from '../../heap/slots';
import { PrimitiveWrapper } from '../../heap/wrapper';
import { HOLE, JSSymbol, Value } from '../../heap/values';
import { GlassboxUnsupported } from '../../errors/unsupported';
import { Gen, toString, wrapPrimitive } from '../../ops/convert';
import { get, lengthOfArrayLike } from '../../ops/object';
import type { ErrorType, Realm } from '../realm';
import { allocateBuffer } from './binarySupport';
import { functionSourceText } from './Function';
import { describeValue } from './objectSupport';
import { throwDOMException } from './DOMException';
import { throwNodeError } from './webSupport';
import { deepWalk } from '../../errors/hostStack';
import { Msg } from '../../errors/messages';
import { DOMMsg, NodeMsg } from '../../errors/nodeMessages';
import { blobCloneOf } from '../node/buffer';

const ERROR_NAMES = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError']);

export function installStructuredClone(realm: Realm): void {
  // The clone walks the value as deep as the program made it.
  realm.method(realm.global, 'structuredClone', 2, deepWalk(function* (_t, args) {
    if (args.length === 0) throwNodeError(realm, NodeMsg.MissingArgs, 'value argument');
    const options = args[1];
    if (options instanceof JSObject) {
      const transfer = yield* get(realm, options, 'transfer');
      if (transfer instanceof JSObject && (yield* lengthOfArrayLike(realm, transfer)) > 0) {
        throw new GlassboxUnsupported('the transfer option of structuredClone');
      }
    }
    return yield* cloneValue(realm, args[0], new Map());
  }), { gen: true });
}

function notCloneable(realm: Realm, v: Value): never {
  const text = v instanceof JSSymbol ? v.toString() : isCallable(v) ? functionSourceText(v) : describeValue(v);
  return throwDOMException(realm, DOMMsg.NotCloneable, text);
}

function* cloneValue(realm: Realm, v: Value, memory: Map<JSObject, JSObject>): Gen<Value> {
  if (v instanceof JSSymbol) return notCloneable(realm, v);
  if (!(v instanceof JSObject)) return v;
  const seen = memory.get(v);
  if (seen !== undefined) return seen;
  if (isCallable(v)) return notCloneable(realm, v);
  const leaf = cloneLeaf(realm, v, memory);
  if (leaf !== undefined) { memory.set(v, leaf); return leaf; }
  if (v instanceof MapObject) {
    const out = new MapObject(realm.intrinsic('%Map.prototype%'));
    memory.set(v, out);
    for (const [k, x] of [...v.data]) out.data.set(yield* cloneValue(realm, k, memory), yield* cloneValue(realm, x, memory));
    return out;
  }
  if (v instanceof SetObject) {
    const out = new SetObject(realm.intrinsic('%Set.prototype%'));
    memory.set(v, out);
    for (const k of [...v.data]) out.data.add(yield* cloneValue(realm, k, memory));
    return out;
  }
  if (v instanceof ErrorObject) return yield* cloneError(realm, v, memory);
  if (v instanceof JSArray) {
    const out = realm.newArray(v.items.map(() => HOLE) as never);
    memory.set(v, out);
    yield* copyOwnData(realm, v, out, memory);
    return out;
  }
  if (v.className !== 'Object' && v.className !== 'Arguments') return notCloneable(realm, v);
  const blobClone = blobCloneOf(realm, v);
  if (blobClone !== undefined) {
    const blob = yield { kind: 'call', fn: blobClone, thisArg: undefined, args: [v] };
    if (blob instanceof JSObject) memory.set(v, blob);
    return blob;
  }
  const out = realm.newObject();
  memory.set(v, out);
  yield* copyOwnData(realm, v, out, memory);
  return out;
}

/** Objects cloned without reading properties: dates, regexps, wrappers, buffers and views. */
function cloneLeaf(realm: Realm, v: JSObject, memory: Map<JSObject, JSObject>): JSObject | undefined {
  if (v instanceof DateObject) return new DateObject(realm.intrinsic('%Date.prototype%'), v.time);
  if (v instanceof RegExpObject) {
    const r = new RegExpObject(realm.intrinsic('%RegExp.prototype%'), v.source, v.flags, new RegExp(v.matcher.source, v.matcher.flags));
    r.put('lastIndex', 0, WRITABLE);
    return r;
  }
  if (v instanceof PrimitiveWrapper) {
    if (v.primitive instanceof JSSymbol) return notCloneable(realm, v);
    return wrapPrimitive(realm, v.primitive);
  }
  if (v instanceof ArrayBufferObject) return cloneBuffer(realm, v, memory);
  if (v instanceof TypedArrayObject) {
    const buffer = cloneBuffer(realm, v.buffer, memory);
    return new TypedArrayObject(realm.intrinsic(`%${v.kind.name}.prototype%`), v.kind, buffer, v.byteOffset, v.fixedLength);
  }
  if (v instanceof DataViewObject) {
    return new DataViewObject(realm.intrinsic('%DataView.prototype%'), cloneBuffer(realm, v.buffer, memory), v.byteOffset, v.fixedLength);
  }
  return undefined;
}

/** A buffer is copied once, however many views of it the value holds. */
function cloneBuffer(realm: Realm, b: ArrayBufferObject, memory: Map<JSObject, JSObject>): ArrayBufferObject {
  const seen = memory.get(b);
  if (seen instanceof ArrayBufferObject) return seen;
  const out = allocateBuffer(realm, realm.intrinsic('%ArrayBuffer.prototype%'), b.byteLength, b.resizable ? b.maxByteLength : undefined);
  new Uint8Array(out.data).set(new Uint8Array(b.data));
  memory.set(b, out);
  return out;
}

/** Own enumerable string keys, read with [[Get]] (getters run) and cloned in order. */
function* copyOwnData(realm: Realm, from: JSObject, to: JSObject, memory: Map<JSObject, JSObject>): Gen<void> {
  for (const key of from.ownKeys()) {
    if (typeof key !== 'string') continue;
    const p = from.getOwn(key);
    if (p === undefined || !p.enumerable) continue;
    const value = yield* get(realm, from, key);
    to.setOwnValue(key, yield* cloneValue(realm, value, memory));
  }
}

/** V8 keeps an error's standard name, message, stack and cause; its other properties are lost. */
function* cloneError(realm: Realm, e: JSObject, memory: Map<JSObject, JSObject>): Gen<JSObject> {
  const nameValue = yield* get(realm, e, 'name');
  const name = typeof nameValue === 'string' && ERROR_NAMES.has(nameValue) ? nameValue as ErrorType : 'Error';
  const out = realm.makeError(name, Msg.NoMessage);
  out.deleteOwn('message');
  memory.set(e, out);
  const stack = e.getOwn('stack');
  if (stack !== undefined && !stack.isAccessor && typeof stack.value === 'string') out.setOwnValue('stack', stack.value);
  const message = e.getOwn('message');
  if (message !== undefined) out.put('message', yield* toString(realm, yield* get(realm, e, 'message')), METHOD_FLAGS);
  if (e.getOwn('cause') !== undefined) out.put('cause', yield* cloneValue(realm, yield* get(realm, e, 'cause'), memory), METHOD_FLAGS);
  return out;
}
