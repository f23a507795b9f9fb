// ArrayBuffer, typed array and DataView objects. Bytes live in a host ArrayBuffer that
// never leaves these classes: only host numbers and bigints cross into JS values.
import { HeapKind } from './account';
import { DEFAULT_FLAGS, Descriptor, JSObject, Prop, orderKeys } from './object';
import { PropertyKey, Value } from './values';

/** [[ArrayBufferData]]: the host bytes, charged to the heap account by the constructor. */
export class ArrayBufferObject extends JSObject {
  override className = 'ArrayBuffer';
  constructor(proto: JSObject | null, readonly data: ArrayBuffer) {
    super(proto);
  }
  get byteLength(): number { return this.data.byteLength; }
}

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
  static override heapKind = HeapKind.Array;

  constructor(proto: JSObject | null, readonly kind: ElementKind, readonly buffer: ArrayBufferObject, readonly byteOffset: number, readonly length: number) {
    super(proto);
    this.className = kind.name;
    this.view = new kind.host(buffer.data, byteOffset, length);
  }

  override get exotic(): boolean { return true; }
  get byteLength(): number { return this.length * this.kind.size; }

  /** https://tc39.es/ecma262/#sec-isvalidintegerindex */
  isValidIndex(n: number): boolean {
    return Number.isInteger(n) && !Object.is(n, -0) && n >= 0 && n < this.length;
  }

  get(i: number): Value { return this.view[i]; }

  /** Stores an already converted element; out-of-range writes are ignored, as the spec says. */
  setIndex(i: number, v: number | bigint): void {
    if (this.isValidIndex(i)) this.view[i] = v as never;
  }

  override getOwn(key: PropertyKey): Prop | undefined {
    const n = canonicalNumericIndex(key);
    if (n === undefined) return this.props.get(key);
    return this.isValidIndex(n) ? new Prop(this.view[n], ELEMENT_FLAGS) : undefined;
  }

  override lookup(key: PropertyKey): Prop | undefined {
    if (canonicalNumericIndex(key) !== undefined) return this.getOwn(key);
    return super.lookup(key);
  }

  override setOwnValue(key: PropertyKey, value: Value): boolean {
    const n = canonicalNumericIndex(key);
    if (n === undefined) return super.setOwnValue(key, value);
    this.setIndex(n, value as number | bigint);
    return true;
  }

  /** https://tc39.es/ecma262/#sec-typedarray-defineownproperty */
  override defineOwn(key: PropertyKey, desc: Descriptor): boolean {
    const n = canonicalNumericIndex(key);
    if (n === undefined) return super.defineOwn(key, desc);
    if (!this.isValidIndex(n)) return false;
    if (desc.configurable === false || desc.enumerable === false || 'get' in desc || 'set' in desc || desc.writable === false) return false;
    if ('value' in desc) this.setIndex(n, desc.value as number | bigint);
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
    for (const k of orderKeys(this.props.keys())) keys.push(k);
    return keys;
  }
}

/** A DataView: [[ViewedArrayBuffer]], [[ByteOffset]], [[ByteLength]] over a host DataView. */
export class DataViewObject extends JSObject {
  override className = 'DataView';
  readonly view: DataView;
  constructor(proto: JSObject | null, readonly buffer: ArrayBufferObject, readonly byteOffset: number, readonly byteLength: number) {
    super(proto);
    this.view = new DataView(buffer.data, byteOffset, byteLength);
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
