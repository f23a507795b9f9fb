// The structured clone across agents: `serialize` walks a value in the sender's realm into host
// records (plain data, cycles and shared references as record numbers), `materialize` makes it
// again in the receiver's realm with that realm's prototypes. No engine value crosses heaps,
// which is why a posted object arrives as a copy. Transferred ArrayBuffers move their bytes:
// the sender's buffer is detached (byteLength 0), as V8 does.
import { ArrayBufferObject, DataViewObject, ELEMENT_KINDS, TypedArrayObject } from '../../heap/binary';
import { isCallable } from '../../heap/function';
import { JSArray, JSObject, METHOD_FLAGS, WRITABLE } from '../../heap/object';
import { DateObject, ErrorObject, MapObject, RegExpObject, SetObject } from '../../heap/slots';
import { PrimitiveWrapper } from '../../heap/wrapper';
import { HOLE, JSSymbol, type Value } from '../../heap/values';
import { GlassboxUnsupported } from '../../errors/unsupported';
import { formatMessage, Msg } from '../../errors/messages';
import { DOMMsg, NodeMsg } from '../../errors/nodeMessages';
import { throwNodeError } from '../builtins/webSupport';
import { wrapPrimitive } from '../../ops/convert';
import type { ErrorType, Realm } from '../realm';
import { functionSourceText } from '../builtins/Function';
import { describeValue } from '../builtins/objectSupport';
import { throwDOMException } from '../builtins/DOMException';
import { blobCloneOf } from './buffer';

type Plain = undefined | null | boolean | number | string | bigint;
/** A value in a serialized clone: a primitive, or the number of a record. */
export type CloneNode = { p: Plain } | { ref: number };

export type CloneRecord =
  | { t: 'object'; entries: [string, CloneNode][] }
  | { t: 'array'; length: number; entries: [string, CloneNode][] }
  | { t: 'map'; entries: [CloneNode, CloneNode][] }
  | { t: 'set'; items: CloneNode[] }
  | { t: 'date'; time: number }
  | { t: 'regexp'; source: string; flags: string }
  | { t: 'wrapper'; value: Plain }
  | { t: 'buffer'; bytes: ArrayBuffer }
  | { t: 'typed'; kind: string; buffer: number; byteOffset: number; length: number | undefined }
  | { t: 'dataview'; buffer: number; byteOffset: number; length: number | undefined }
  | { t: 'error'; name: ErrorType; message: string | undefined; stack: string | undefined; cause?: CloneNode }
  /** A MessagePort in the transfer list: it moves to the receiver (`id`: the PortHub's). */
  | { t: 'port'; id: number };

/** The sender's MessagePorts: which objects are ports (their hub id), and those the transfer list moves. */
export interface PortsOut { idOf(o: JSObject): number | undefined; moving: ReadonlySet<JSObject> }

/** A structured clone between realms; records are filled before the records that refer to them are done. */
export interface SerializedValue { root: CloneNode; records: CloneRecord[] }

const ERROR_NAMES = new Set(['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError']);

/** Serializes `v` in `realm`; buffers in `transfer` move (and are detached), others are copied. */
export function serialize(realm: Realm, v: Value, transfer: ArrayBufferObject[] = [], ports?: PortsOut): SerializedValue {
  const records: CloneRecord[] = [];
  const seen = new Map<JSObject, number>();
  const moved = new Set(transfer);

  const add = (o: JSObject, r: CloneRecord): number => { records.push(r); seen.set(o, records.length - 1); return records.length - 1; };
  const node = (x: Value): CloneNode => {
    if (x instanceof JSSymbol) notCloneable(realm, x);
    if (!(x instanceof JSObject)) return { p: x };
    const known = seen.get(x);
    if (known !== undefined) return { ref: known };
    return { ref: record(x) };
  };
  const bufferRef = (b: ArrayBufferObject): number => seen.get(b) ?? add(b, { t: 'buffer', bytes: moved.has(b) ? takeBytes(b) : b.data.slice(0) });
  const ownData = (o: JSObject): [string, CloneNode][] => {
    const out: [string, CloneNode][] = [];
    for (const key of o.ownKeys()) {
      if (typeof key !== 'string') continue;
      const p = o.getOwn(key);
      if (p === undefined || !p.enumerable) continue;
      if (p.isAccessor) throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedCloneGetter, key));
      out.push([key, node(p.value as Value)]);
    }
    return out;
  };
  const record = (o: JSObject): number => {
    const port = ports?.idOf(o);
    if (port !== undefined) {
      if (!ports!.moving.has(o)) throwNodeError(realm, NodeMsg.MissingTransferable);
      return add(o, { t: 'port', id: port });
    }
    if (isCallable(o)) notCloneable(realm, o);
    if (o instanceof DateObject) return add(o, { t: 'date', time: o.time });
    if (o instanceof RegExpObject) return add(o, { t: 'regexp', source: o.source, flags: o.flags });
    if (o instanceof PrimitiveWrapper) {
      if (o.primitive instanceof JSSymbol) notCloneable(realm, o);
      return add(o, { t: 'wrapper', value: o.primitive as Plain });
    }
    if (o instanceof ArrayBufferObject) return bufferRef(o);
    if (o instanceof TypedArrayObject) return add(o, { t: 'typed', kind: o.kind.name, buffer: bufferRef(o.buffer), byteOffset: o.byteOffset, length: o.fixedLength });
    if (o instanceof DataViewObject) return add(o, { t: 'dataview', buffer: bufferRef(o.buffer), byteOffset: o.byteOffset, length: o.fixedLength });
    if (o instanceof MapObject) {
      const r: CloneRecord = { t: 'map', entries: [] };
      const n = add(o, r);
      for (const [k, x] of [...o.data]) r.entries.push([node(k as Value), node(x as Value)]);
      return n;
    }
    if (o instanceof SetObject) {
      const r: CloneRecord = { t: 'set', items: [] };
      const n = add(o, r);
      for (const k of [...o.data]) r.items.push(node(k as Value));
      return n;
    }
    if (o instanceof ErrorObject || o.className === 'Error') return errorRecord(o);
    if (o instanceof JSArray) {
      const r: CloneRecord = { t: 'array', length: o.items.length, entries: [] };
      const n = add(o, r);
      r.entries = ownData(o);
      return n;
    }
    if (o.className !== 'Object' && o.className !== 'Arguments') notCloneable(realm, o);
    if (blobCloneOf(realm, o) !== undefined) throw new GlassboxUnsupported(formatMessage(Msg.UnsupportedCloneBlob));
    const r: CloneRecord = { t: 'object', entries: [] };
    const n = add(o, r);
    r.entries = ownData(o);
    return n;
  };
  /** V8 keeps an error's standard name, message, stack and cause. */
  const errorRecord = (e: JSObject): number => {
    const nameValue = dataOf(e, 'name');
    const r: CloneRecord = {
      t: 'error', name: (typeof nameValue === 'string' && ERROR_NAMES.has(nameValue) ? nameValue : 'Error') as ErrorType,
      message: stringOf(dataOf(e, 'message')), stack: stringOf(dataOf(e, 'stack')),
    };
    const n = add(e, r);
    if (e.getOwn('cause') !== undefined) r.cause = node(dataOf(e, 'cause'));
    return n;
  };

  const root = node(v);
  // A listed buffer the value does not reach is detached all the same.
  for (const b of moved) if (b.data.byteLength > 0) takeBytes(b);
  return { root, records };
}

/** The ids of the MessagePorts a clone moves. */
export function portsIn(s: SerializedValue): number[] {
  return s.records.flatMap((r) => (r.t === 'port' ? [r.id] : []));
}

/** Makes the serialized value in `realm`; `ports` has the receiver's object for each port it moves. */
export function materialize(realm: Realm, s: SerializedValue, ports?: ReadonlyMap<number, JSObject>): Value {
  const made: (JSObject | undefined)[] = new Array(s.records.length);
  const value = (n: CloneNode): Value => ('p' in n ? n.p : made[n.ref] ?? make(n.ref));
  const make = (i: number): JSObject => {
    const r = s.records[i];
    const o = r.t === 'port' ? ports!.get(r.id)! : shell(realm, r, (b) => (made[b] ?? make(b)) as ArrayBufferObject);
    made[i] = o;
    fill(realm, o, r, value);
    return o;
  };
  return value(s.root);
}

/** The object a record becomes, before its contents (so that cycles find it). */
function shell(realm: Realm, r: Exclude<CloneRecord, { t: 'port' }>, buffer: (n: number) => ArrayBufferObject): JSObject {
  switch (r.t) {
    case 'object': return realm.newObject();
    case 'array': return realm.newArray(new Array(r.length).fill(HOLE) as never);
    case 'map': return new MapObject(realm.intrinsic('%Map.prototype%'));
    case 'set': return new SetObject(realm.intrinsic('%Set.prototype%'));
    case 'date': return new DateObject(realm.intrinsic('%Date.prototype%'), r.time);
    case 'regexp': {
      const re = new RegExpObject(realm.intrinsic('%RegExp.prototype%'), r.source, r.flags, new RegExp(r.source, r.flags));
      re.put('lastIndex', 0, WRITABLE);
      return re;
    }
    case 'wrapper': return wrapPrimitive(realm, r.value as Exclude<Plain, undefined | null>);
    case 'buffer': return new ArrayBufferObject(realm.intrinsic('%ArrayBuffer.prototype%'), r.bytes.slice(0));
    case 'typed': {
      const kind = ELEMENT_KINDS.find((k) => k.name === r.kind)!;
      return new TypedArrayObject(realm.intrinsic(`%${kind.name}.prototype%`), kind, buffer(r.buffer), r.byteOffset, r.length);
    }
    case 'dataview': return new DataViewObject(realm.intrinsic('%DataView.prototype%'), buffer(r.buffer), r.byteOffset, r.length);
    case 'error': {
      const e = realm.makeError(r.name, Msg.NoMessage);
      e.deleteOwn('message');
      if (r.stack !== undefined) e.setOwnValue('stack', r.stack);
      if (r.message !== undefined) e.put('message', r.message, METHOD_FLAGS);
      return e;
    }
  }
}

function fill(realm: Realm, o: JSObject, r: CloneRecord, value: (n: CloneNode) => Value): void {
  if (r.t === 'object' || r.t === 'array') for (const [k, n] of r.entries) o.setOwnValue(k, value(n));
  else if (r.t === 'map') for (const [k, x] of r.entries) (o as MapObject).data.set(value(k), value(x));
  else if (r.t === 'set') for (const k of r.items) (o as SetObject).data.add(value(k));
  else if (r.t === 'error' && r.cause) o.put('cause', value(r.cause), METHOD_FLAGS);
}

function dataOf(o: JSObject, key: string): Value {
  for (let at: JSObject | null = o; at; at = at.proto) {
    const p = at.getOwn(key);
    if (p) return p.isAccessor ? undefined : p.value as Value;
  }
  return undefined;
}

function stringOf(v: Value): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The buffer's bytes go with the message: the host's own transfer detaches the sender's buffer. */
function takeBytes(b: ArrayBufferObject): ArrayBuffer {
  return structuredClone(b.data, { transfer: [b.data] });
}

function notCloneable(realm: Realm, v: Value): never {
  const text = v instanceof JSSymbol ? v.toString() : isCallable(v) ? functionSourceText(v) : describeValue(v);
  return throwDOMException(realm, DOMMsg.NotCloneable, text);
}
