// Ordinary objects and their own-property storage (the spec's ordinary internal methods
// that never run user code). Accessors are stored here but called by ops/, not here.
import { HOLE, JSSymbol, PropertyKey, Value, arrayIndex } from './values';
import { GlassboxUnsupported } from '../errors/internal';
import { Bytes, HeapKind, account, reserve } from './account';

export const WRITABLE = 1;
export const ENUMERABLE = 2;
export const CONFIGURABLE = 4;
export const ACCESSOR = 8;
/** Flags of a property made by assignment or an object literal. */
export const DEFAULT_FLAGS = WRITABLE | ENUMERABLE | CONFIGURABLE;
/** Flags of a built-in method: writable, configurable, not enumerable. */
export const METHOD_FLAGS = WRITABLE | CONFIGURABLE;
/** Flags of a built-in constant (Math.PI, Symbol.iterator, a class's prototype): none set. */
export const CONSTANT_FLAGS = 0;

/** One own property: a data property (value) or an accessor (get/set), per its flags. */
export class Prop {
  constructor(
    public value: Value,
    public flags: number,
    public get: JSObject | undefined = undefined,
    public set: JSObject | undefined = undefined,
  ) {
    // Charged to 'object' until a measurement finds the owner's kind.
    account.since += Bytes.property;
    account.bytes[HeapKind.Object] += Bytes.property;
  }
  get isAccessor(): boolean { return (this.flags & ACCESSOR) !== 0; }
  get writable(): boolean { return (this.flags & WRITABLE) !== 0; }
  get enumerable(): boolean { return (this.flags & ENUMERABLE) !== 0; }
  get configurable(): boolean { return (this.flags & CONFIGURABLE) !== 0; }
}

/** A property descriptor as Object.defineProperty takes it; absent fields stay absent. */
export interface Descriptor {
  value?: Value;
  writable?: boolean;
  get?: JSObject | undefined;
  set?: JSObject | undefined;
  enumerable?: boolean;
  configurable?: boolean;
}

/**
 * An ordinary object. `className` is what the inspector and Object.prototype.toString
 * use to tell built-in kinds apart; subclasses add internal slots.
 */
/** A class's `#name`: a unique key that lives outside the property map. */
export class PrivateName {
  constructor(
    readonly description: string,
    /** For private methods and accessors: the class name V8 uses in brand-check errors. */
    readonly methodOf?: string,
  ) {}
}

/** A private field, method or accessor on one object. */
export interface PrivateElement {
  kind: 'field' | 'method' | 'accessor';
  value: Value;
  get?: JSObject;
  set?: JSObject;
}

export class JSObject {
  props = new Map<PropertyKey, Prop>();
  extensible = true;
  className = 'Object';
  privates: Map<PrivateName, PrivateElement> | undefined = undefined;
  /** The heap measurement that last reached this object (a mark bit that needs no clearing). */
  heapMark = 0;
  /** True for objects whose own properties are not all in `props` (arrays, arguments...). */
  get exotic(): boolean { return false; }
  /** The heap account's kind for instances of this class. */
  static heapKind = HeapKind.Object;

  constructor(public proto: JSObject | null) {
    const a = account;
    const kind = (new.target as typeof JSObject).heapKind;
    a.counts[kind]++;
    a.bytes[kind] += Bytes.object;
    a.since += Bytes.object;
  }

  getOwn(key: PropertyKey): Prop | undefined {
    return this.props.get(key);
  }

  /** The property found on this object or its prototype chain. */
  lookup(key: PropertyKey): Prop | undefined {
    let o: JSObject | null = this;
    while (o !== null) {
      const p = o.getOwn(key);
      if (p !== undefined) return p;
      o = o.proto;
    }
    return undefined;
  }

  /** Adds or replaces a data property without checks; for building objects. */
  put(key: PropertyKey, value: Value, flags = DEFAULT_FLAGS): void {
    this.props.set(key, new Prop(value, flags));
  }

  /** Writes an own writable data property or creates one; false when not allowed. */
  setOwnValue(key: PropertyKey, value: Value): boolean {
    const p = this.props.get(key);
    if (p !== undefined) {
      if ((p.flags & (WRITABLE | ACCESSOR)) !== WRITABLE) return false;
      p.value = value;
      return true;
    }
    if (!this.extensible) return false;
    this.props.set(key, new Prop(value, DEFAULT_FLAGS));
    return true;
  }

  /** https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor */
  defineOwn(key: PropertyKey, desc: Descriptor): boolean {
    return applyDescriptor(this.props, key, this.getOwn(key), desc, this.extensible);
  }

  deleteOwn(key: PropertyKey): boolean {
    const p = this.props.get(key);
    if (p === undefined) return true;
    if (!p.configurable) return false;
    this.props.delete(key);
    return true;
  }

  /** https://tc39.es/ecma262/#sec-ordinaryownpropertykeys */
  ownKeys(): PropertyKey[] {
    return orderKeys(this.props.keys());
  }

  preventExtensions(): boolean {
    this.extensible = false;
    return true;
  }

  /** https://tc39.es/ecma262/#sec-ordinarysetprototypeof */
  setProto(proto: JSObject | null): boolean {
    if (proto === this.proto) return true;
    if (!this.extensible) return false;
    for (let p = proto; p !== null; p = p.proto) if (p === this) return false;
    this.proto = proto;
    return true;
  }
}

/** Integer keys ascending, then strings, then symbols, each in creation order. */
export function orderKeys(keys: Iterable<PropertyKey>): PropertyKey[] {
  const ints: number[] = [];
  const strings: string[] = [];
  const symbols: JSSymbol[] = [];
  for (const k of keys) {
    if (typeof k !== 'string') symbols.push(k);
    else if (arrayIndex(k) >= 0) ints.push(Number(k));
    else strings.push(k);
  }
  ints.sort((a, b) => a - b);
  return [...ints.map(String), ...strings, ...symbols];
}

export function applyDescriptor(
  props: Map<PropertyKey, Prop>, key: PropertyKey, current: Prop | undefined,
  desc: Descriptor, extensible: boolean,
): boolean {
  const isAccessor = 'get' in desc || 'set' in desc;
  if (current === undefined) {
    if (!extensible) return false;
    let flags = (desc.enumerable ? ENUMERABLE : 0) | (desc.configurable ? CONFIGURABLE : 0);
    if (isAccessor) props.set(key, new Prop(undefined, flags | ACCESSOR, desc.get, desc.set));
    else {
      if (desc.writable) flags |= WRITABLE;
      props.set(key, new Prop(desc.value, flags));
    }
    return true;
  }
  if (!current.configurable) {
    if (desc.configurable) return false;
    if (desc.enumerable !== undefined && desc.enumerable !== current.enumerable) return false;
    if (isAccessor !== current.isAccessor && (isAccessor || 'value' in desc || 'writable' in desc)) return false;
    if (current.isAccessor) {
      if ('get' in desc && desc.get !== current.get) return false;
      if ('set' in desc && desc.set !== current.set) return false;
    } else if (!current.writable) {
      if (desc.writable) return false;
      if ('value' in desc && !Object.is(desc.value, current.value)) return false;
    }
  }
  let flags = current.flags;
  if (desc.enumerable !== undefined) flags = desc.enumerable ? flags | ENUMERABLE : flags & ~ENUMERABLE;
  if (desc.configurable !== undefined) flags = desc.configurable ? flags | CONFIGURABLE : flags & ~CONFIGURABLE;
  if (isAccessor) {
    if (!current.isAccessor) { current.value = undefined; current.get = undefined; current.set = undefined; flags &= ~WRITABLE; }
    current.flags = flags | ACCESSOR;
    if ('get' in desc) current.get = desc.get;
    if ('set' in desc) current.set = desc.set;
  } else if ('value' in desc || 'writable' in desc) {
    if (current.isAccessor) { current.get = undefined; current.set = undefined; current.value = undefined; flags &= ~ACCESSOR; }
    if (desc.writable !== undefined) flags = desc.writable ? flags | WRITABLE : flags & ~WRITABLE;
    if ('value' in desc) current.value = desc.value;
    current.flags = flags;
  } else current.flags = flags;
  return true;
}

/**
 * An Array exotic object. Elements live densely in `items` (HOLE marks a hole) while
 * they are plain data properties; `elementFlags` narrows them after freeze/seal. An
 * accessor element is a HOLE in `items` plus an entry in `accessors`, so every fast path
 * that reads `items` falls back to the generic path there.
 */
export class JSArray extends JSObject {
  items: (Value | typeof HOLE)[];
  lengthWritable = true;
  elementFlags = DEFAULT_FLAGS;
  /**
   * Elements whose attributes differ from elementFlags (rare: defineProperty on an index).
   * Every accessor element has an entry, so `attrs === undefined` rules accessors out.
   */
  attrs: Map<number, number> | undefined = undefined;
  /** Accessor elements (their `items` slot is HOLE); undefined while there are none. */
  accessors: Map<number, Prop> | undefined = undefined;

  override get exotic(): boolean { return true; }
  static override heapKind = HeapKind.Array;

  constructor(proto: JSObject | null, items: (Value | typeof HOLE)[] = []) {
    super(proto);
    this.className = 'Array';
    this.items = items;
    chargeElements(items.length);
  }

  override getOwn(key: PropertyKey): Prop | undefined {
    if (key === 'length') return new Prop(this.items.length, this.lengthWritable ? WRITABLE : 0);
    const i = arrayIndex(key);
    if (i >= 0) {
      if (i >= this.items.length) return undefined;
      const v = this.items[i];
      return v === HOLE ? this.accessors?.get(i) : new Prop(v, this.flagsAt(i));
    }
    return this.props.get(key);
  }

  override setOwnValue(key: PropertyKey, value: Value): boolean {
    const i = arrayIndex(key);
    if (i >= 0) return this.setIndex(i, value);
    if (key === 'length') return this.setLength(value);
    return super.setOwnValue(key, value);
  }

  flagsAt(i: number): number {
    return this.attrs?.get(i) ?? this.elementFlags;
  }

  setIndex(i: number, value: Value): boolean {
    const items = this.items;
    if (i < items.length) {
      if (items[i] === HOLE) { if (!this.extensible || this.accessors?.has(i)) return false; }
      else if (!(this.flagsAt(i) & WRITABLE)) return false;
      items[i] = value;
      return true;
    }
    if (!this.extensible || !this.lengthWritable) return false;
    if (i > items.length + 10_000_000) throw new GlassboxUnsupported('Glassbox does not support sparse arrays this large yet');
    if (i > items.length) reserve(HeapKind.Array, Bytes.element * (i - items.length));
    while (items.length < i) items.push(HOLE);
    items.push(value);
    chargeElements(1);
    return true;
  }

  /**
   * https://tc39.es/ecma262/#sec-arraysetlength for an already validated length. A
   * non-configurable element stops the truncation just above it, and the answer is false.
   */
  setLength(value: Value): boolean {
    const n = value as number;
    if (!this.lengthWritable) return n === this.items.length;
    if (n < this.items.length) {
      const keep = this.firstKeptLength(n);
      if (this.attrs) for (const i of this.attrs.keys()) if (i >= keep) this.attrs.delete(i);
      if (this.accessors) {
        for (const i of this.accessors.keys()) if (i >= keep) this.accessors.delete(i);
        if (this.accessors.size === 0) this.accessors = undefined;
      }
      this.items.length = keep;
      return keep === n;
    }
    if (n > this.items.length + 10_000_000) throw new GlassboxUnsupported('Glassbox does not support sparse arrays this large yet');
    reserve(HeapKind.Array, Bytes.element * (n - this.items.length));
    while (this.items.length < n) this.items.push(HOLE);
    return true;
  }

  /** The length truncating to `n` reaches: one above the last non-configurable element. */
  private firstKeptLength(n: number): number {
    if ((this.elementFlags & CONFIGURABLE) && this.attrs === undefined) return n;
    for (let i = this.items.length - 1; i >= n; i--) {
      if (this.items[i] === HOLE && !this.accessors?.has(i)) continue;
      if (!(this.flagsAt(i) & CONFIGURABLE)) return i + 1;
    }
    return n;
  }

  /** https://tc39.es/ecma262/#sec-array-exotic-objects-defineownproperty-p-desc */
  override defineOwn(key: PropertyKey, desc: Descriptor): boolean {
    if (key === 'length') return this.defineLength(desc);
    const i = arrayIndex(key);
    if (i < 0) return super.defineOwn(key, desc);
    if (i >= this.items.length && !this.lengthWritable) return false;
    const current = this.getOwn(key);
    const scratch = new Map<PropertyKey, Prop>();
    if (current) scratch.set(key, current);
    if (!applyDescriptor(scratch, key, current, desc, this.extensible)) return false;
    const p = scratch.get(key)!;
    if (i >= this.items.length) this.setLength(i + 1);
    if (p.isAccessor) {
      this.items[i] = HOLE;
      (this.accessors ??= new Map()).set(i, p);
    } else {
      this.items[i] = p.value;
      this.dropAccessor(i);
    }
    if (p.flags === this.elementFlags) this.attrs?.delete(i);
    else (this.attrs ??= new Map()).set(i, p.flags);
    if (this.attrs?.size === 0) this.attrs = undefined;
    return true;
  }

  /** `length` takes no accessor, enumerable or configurable; the value was validated by the caller. */
  private defineLength(desc: Descriptor): boolean {
    if (desc.configurable || desc.enumerable || 'get' in desc || 'set' in desc) return false;
    if (!this.lengthWritable) {
      if (desc.writable) return false;
      return !('value' in desc) || desc.value === this.items.length;
    }
    const ok = !('value' in desc) || this.setLength(desc.value);
    if (desc.writable === false) this.lengthWritable = false;
    return ok;
  }

  private dropAccessor(i: number): void {
    if (this.accessors?.delete(i) && this.accessors.size === 0) this.accessors = undefined;
  }

  override deleteOwn(key: PropertyKey): boolean {
    const i = arrayIndex(key);
    if (key === 'length') return false;
    if (i < 0) return super.deleteOwn(key);
    if (i < this.items.length && (this.items[i] !== HOLE || this.accessors?.has(i))) {
      if (!(this.flagsAt(i) & CONFIGURABLE)) return false;
      this.items[i] = HOLE;
      this.dropAccessor(i);
      this.attrs?.delete(i);
      if (this.attrs?.size === 0) this.attrs = undefined;
    }
    return true;
  }

  /** Seal or freeze: `clear` leaves every element's attributes, accessors' included. */
  clearElementFlags(clear: number): void {
    this.elementFlags &= ~clear;
    if (this.attrs) for (const [i, fl] of this.attrs) this.attrs.set(i, fl & ~clear);
    if (this.accessors) for (const p of this.accessors.values()) p.flags &= ~(clear & CONFIGURABLE);
  }

  override ownKeys(): PropertyKey[] {
    const keys: PropertyKey[] = [];
    const acc = this.accessors;
    for (let i = 0; i < this.items.length; i++) if (this.items[i] !== HOLE || acc?.has(i)) keys.push(String(i));
    keys.push('length');
    for (const k of orderKeys(this.props.keys())) keys.push(k);
    return keys;
  }
}

/** Charges `n` new element slots before they are made; the push and spread paths call it. */
export function chargeElements(n: number): void {
  const a = account;
  const bytes = Bytes.element * n;
  a.since += bytes;
  a.bytes[HeapKind.Array] += bytes;
  if (a.since > a.threshold || a.live + bytes > a.limitBytes) a.onOverBudget?.(bytes);
}
