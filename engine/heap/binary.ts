// ArrayBuffer, typed array and DataView objects. Bytes live in a host ArrayBuffer that
// never leaves these classes: only host numbers and bigints cross into JS values.
import { DEFAULT_FLAGS, Descriptor, JSObject, Prop, orderKeys } from './object';
import { PropertyKey, Value } from './values';
import { RealmlessJSError } from '../errors/internal';
import { Msg, formatMessage } from '../errors/messages';
import { GlassboxUnsupported } from '../errors/unsupported';
import { UNCACHED_ROOT_SHAPE } from './shape';

/**
 * [[ArrayBufferData]]: the host bytes, charged to the heap account by the constructor. A
 * resizable buffer is a resizable host buffer, whose views the host keeps in step.
 */
export class ArrayBufferObject extends JSObject {
  override className = 'ArrayBuffer';
  constructor(proto: JSObject | null, readonly data: ArrayBuffer) {
    super(proto);
  }
  get byteLength(): number { return this.data.byteLength; }
  get resizable(): boolean { return (this.data as unknown as HostResizable).resizable; }
  get maxByteLength(): number { return (this.data as unknown as HostResizable).maxByteLength; }
  /** Resizes in place; the caller has validated and charged the new length. */
  resize(n: number): void { (this.data as unknown as HostResizable).resize(n); }
}

/** The host's ES2024 ArrayBuffer members, which this TypeScript lib does not declare. */
interface HostResizable { resizable: boolean; maxByteLength: number; resize(n: number): void }

type HostView = Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array
  | Float32Array | Float64Array | BigInt64Array | BigUint64Array;
type HostViewCtor = new (buffer: ArrayBuffer, byteOffset: number, length: number) => HostView;

/** One row of https://tc39.es/ecma262/#table-the-typedarray-constructors. */
export interface ElementKind {
  name: string;
  size: number;
  bigint: boolean;
  host: HostViewCtor;
}

export const ELEMENT_KINDS: readonly ElementKind[] = [
  { name: 'Int8Array', size: 1, bigint: false, host: Int8Array },
  { name: 'Uint8Array', size: 1, bigint: false, host: Uint8Array },
  { name: 'Uint8ClampedArray', size: 1, bigint: false, host: Uint8ClampedArray },
  { name: 'Int16Array', size: 2, bigint: false, host: Int16Array },
  { name: 'Uint16Array', size: 2, bigint: false, host: Uint16Array },
  { name: 'Int32Array', size: 4, bigint: false, host: Int32Array },
  { name: 'Uint32Array', size: 4, bigint: false, host: Uint32Array },
  { name: 'Float32Array', size: 4, bigint: false, host: Float32Array },
  { name: 'Float64Array', size: 8, bigint: false, host: Float64Array },
  { name: 'BigInt64Array', size: 8, bigint: true, host: BigInt64Array },
  { name: 'BigUint64Array', size: 8, bigint: true, host: BigUint64Array },
];

/** https://tc39.es/ecma262/#sec-canonicalnumericindexstring: the number, or undefined. */
export function canonicalNumericIndex(key: PropertyKey): number | undefined {
  if (typeof key !== 'string') return undefined;
  if (key === '-0') return -0;
  const n = Number(key);
  return String(n) === key ? n : undefined;
}

const ELEMENT_FLAGS = DEFAULT_FLAGS;

/**
 * An integer-indexed exotic object (https://tc39.es/ecma262/#sec-typedarray-exotic-objects).
 * Numeric keys never reach `props` nor the prototype chain; values written through
 * setOwnValue/defineOwn are already converted (Number or BigInt) by the callers that may run user code.
 */
export class TypedArrayObject extends JSObject {
  readonly view: HostView;

  /** `fixedLength` undefined: a length-tracking view of a resizable buffer. */
  constructor(proto: JSObject | null, readonly kind: ElementKind, readonly buffer: ArrayBufferObject, readonly byteOffset: number, readonly fixedLength: number | undefined) {
    super(proto);
    this.className = kind.name;
    this.view = fixedLength === undefined
      ? new (kind.host as unknown as new (b: ArrayBuffer, o: number) => HostView)(buffer.data, byteOffset)
      : new kind.host(buffer.data, byteOffset, fixedLength);
  }

  override get exotic(): boolean { return true; }
  static override rootShape = UNCACHED_ROOT_SHAPE;
  /** https://tc39.es/ecma262/#sec-typedarraylength: 0 when out of bounds (the host view says so). */
  get length(): number { return this.view.length; }
  get byteLength(): number { return this.view.byteLength; }

  /** https://tc39.es/ecma262/#sec-istypedarrayoutofbounds (after a resizable buffer shrank). */
  isOutOfBounds(): boolean {
    const bufLen = this.buffer.byteLength;
    if (this.fixedLength === undefined) return this.byteOffset > bufLen;
    return this.byteOffset + this.fixedLength * this.kind.size > bufLen;
  }

  /** https://tc39.es/ecma262/#sec-isvalidintegerindex */
  isValidIndex(n: number): boolean {
    return Number.isInteger(n) && !Object.is(n, -0) && n >= 0 && n < this.length;
  }

  get(i: number): Value { return this.view[i]; }

  /** Stores an already converted element; out-of-range writes are ignored, as the spec says. */
  setIndex(i: number, v: number | bigint): void {
    if (this.isValidIndex(i)) this.view[i] = v as never;
  }

  /** Stores a value some caller did not convert (defineProperty, a foreign receiver's set). */
  private setUnconverted(i: number, v: Value): void {
    this.setIndex(i, coerceElement(this.kind, v));
  }

  override getOwn(key: PropertyKey): Prop | undefined {
    const n = canonicalNumericIndex(key);
    if (n === undefined) return this.storedProp(key);
    return this.isValidIndex(n) ? new Prop(this.view[n], ELEMENT_FLAGS) : undefined;
  }

  override lookup(key: PropertyKey): Prop | undefined {
    if (canonicalNumericIndex(key) !== undefined) return this.getOwn(key);
    return super.lookup(key);
  }

  override setOwnValue(key: PropertyKey, value: Value): boolean {
    const n = canonicalNumericIndex(key);
    if (n === undefined) return super.setOwnValue(key, value);
    this.setUnconverted(n, value);
    return true;
  }

  /** https://tc39.es/ecma262/#sec-typedarray-defineownproperty */
  override defineOwn(key: PropertyKey, desc: Descriptor): boolean {
    const n = canonicalNumericIndex(key);
    if (n === undefined) return super.defineOwn(key, desc);
    if (!this.isValidIndex(n)) return false;
    if (desc.configurable === false || desc.enumerable === false || 'get' in desc || 'set' in desc || desc.writable === false) return false;
    if ('value' in desc) this.setUnconverted(n, desc.value);
    return true;
  }

  override deleteOwn(key: PropertyKey): boolean {
    const n = canonicalNumericIndex(key);
    if (n === undefined) return super.deleteOwn(key);
    return !this.isValidIndex(n);
  }

  override ownKeys(): PropertyKey[] {
    const keys: PropertyKey[] = [];
    for (let i = 0; i < this.length; i++) keys.push(String(i));
    for (const k of orderKeys(this.storedKeys())) keys.push(k);
    return keys;
  }
}

/**
 * ToNumber or ToBigInt of a value that needs no user code. The VM and the built-ins convert
 * first (valueOf may run); only defineProperty and foreign receivers arrive here unconverted.
 */
export function coerceElement(kind: ElementKind, v: Value): number | bigint {
  if (typeof v === (kind.bigint ? 'bigint' : 'number')) return v as number | bigint;
  if (v instanceof JSObject) throw new GlassboxUnsupported('converting an object to a typed array element here', 'assign it with [] instead');
  if (!kind.bigint) {
    if (typeof v === 'bigint') throw new RealmlessJSError('TypeError', Msg.BigIntToNumber);
    if (typeof v === 'object' && v !== null) throw new RealmlessJSError('TypeError', Msg.SymbolToNumber);
    return Number(v);
  }
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'string') {
    try { return BigInt(v); } catch { throw new RealmlessJSError('TypeError', formatMessage(Msg.BigIntConvert, v)); }
  }
  throw new RealmlessJSError('TypeError', formatMessage(Msg.BigIntConvert, typeof v === 'object' && v !== null ? 'Symbol()' : String(v)));
}

/** A DataView: [[ViewedArrayBuffer]], [[ByteOffset]], [[ByteLength]] (undefined: tracks a resizable buffer). */
export class DataViewObject extends JSObject {
  override className = 'DataView';
  readonly view: DataView;
  constructor(proto: JSObject | null, readonly buffer: ArrayBufferObject, readonly byteOffset: number, readonly fixedLength: number | undefined) {
    super(proto);
    this.view = fixedLength === undefined ? new DataView(buffer.data, byteOffset) : new DataView(buffer.data, byteOffset, fixedLength);
  }

  /** The view's length, 0 when out of bounds. */
  get byteLength(): number { return this.viewLength() ?? 0; }

  /** https://tc39.es/ecma262/#sec-getviewbytelength, or undefined when out of bounds. */
  viewLength(): number | undefined {
    const bufLen = this.buffer.byteLength;
    if (this.fixedLength === undefined) return this.byteOffset > bufLen ? undefined : bufLen - this.byteOffset;
    return this.byteOffset + this.fixedLength > bufLen ? undefined : this.fixedLength;
  }
}

/** A TextEncoder (utf-8 only, so no slots). */
export class TextEncoderObject extends JSObject {
  override className = 'TextEncoder';
}

/** A TextDecoder's options; its encoding is always utf-8. */
export class TextDecoderObject extends JSObject {
  override className = 'TextDecoder';
  constructor(proto: JSObject, readonly fatal: boolean, readonly ignoreBOM: boolean) {
    super(proto);
  }
}
