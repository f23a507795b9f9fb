// Ordinary objects and their own-property storage (the spec's ordinary internal methods
// that never run user code). Accessors are stored here but called by ops/, not here.
import { HOLE, JSSymbol, PropertyKey, Value, arrayIndex } from './values';
import { GlassboxUnsupported } from '../errors/unsupported';
import { Bytes, HeapKind, account, reserve } from './account';
import { INDEXED_ROOT_SHAPE, EMPTY_SHAPE, Shape } from './shape';

export const WRITABLE = 1;
export const ENUMERABLE = 2;
export const CONFIGURABLE = 4;
export const ACCESSOR = 8;
/** A slot whose value is made on first use (see LazyValue); never set on a Prop. */
export const LAZY = 16;
/** Flags of a property made by assignment or an object literal. */
export const DEFAULT_FLAGS = WRITABLE | ENUMERABLE | CONFIGURABLE;
/** Flags of a built-in method: writable, configurable, not enumerable. */
export const METHOD_FLAGS = WRITABLE | CONFIGURABLE;
/** Flags of a built-in constant (Math.PI, Symbol.iterator, a class's prototype): none set. */
export const CONSTANT_FLAGS = 0;

/** A property found by a lookup: a data property (value) or an accessor (get/set), per its flags. For a property in slots it is a copy: write through the object's methods. */
export class Prop {
  constructor(
    public value: Value,
    public flags: number,
    public get: JSObject | undefined = undefined,
    public set: JSObject | undefined = undefined,
  ) {}
  get isAccessor(): boolean { return (this.flags & ACCESSOR) !== 0; }
  get writable(): boolean { return (this.flags & WRITABLE) !== 0; }
  get enumerable(): boolean { return (this.flags & ENUMERABLE) !== 0; }
  get configurable(): boolean { return (this.flags & CONFIGURABLE) !== 0; }
}

/** An accessor property's functions, as its slot holds them. */
export class AccessorPair {
  constructor(readonly get: JSObject | undefined, readonly set: JSObject | undefined) {}
}

/**
 * A slot whose value is made on first use (a function's `prototype`): the slot's flags
 * carry LAZY, so every fast path, which only takes plain data slots, leaves it alone.
 */
export class LazyValue {
  constructor(readonly make: (owner: JSObject) => Value) {}
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

/** The slots of an object with no properties yet; never written (growing makes a new array). */
const NO_SLOTS: unknown[] = [];

/**
 * An ordinary object. Its own properties live in `slots`, laid out by its `shape` (see
 * shape.ts). `className` is what the inspector and Object.prototype.toString use to tell
 * built-in kinds apart; subclasses add internal slots.
 */
export class JSObject {
  shape: Shape;
  /** Slot i holds the value of shape.keys[i] (an AccessorPair or LazyValue per its flags); may be longer than the shape. */
  slots: unknown[] = NO_SLOTS;
  extensible = true;
  // These two are defaults on JSObject.prototype (set below), so a plain object carries
  // neither field: 16 bytes less per object. Subclasses and writes make own fields.
  className!: string;
  privates!: Map<PrivateName, PrivateElement> | undefined;
  /** The heap measurement that last reached this object (a mark bit that needs no clearing). */
  heapMark = 0;
  /** True for objects whose own properties are not all in their slots (arrays, arguments...). */
  get exotic(): boolean { return false; }
  /** The heap account's kind for instances of this class. */
  static heapKind = HeapKind.Object;
  /** The shape instances of this class start from (exotic classes: one no site caches). */
  static rootShape: Shape = EMPTY_SHAPE;

  constructor(public proto: JSObject | null) {
    const a = account;
    const cls = new.target as typeof JSObject;
    this.shape = cls.rootShape;
    const kind = cls.heapKind;
    a.counts[kind]++;
    a.bytes[kind] += Bytes.object;
    a.since += Bytes.object;
    if (a.tracking) a.space.push(this);
  }

  getOwn(key: PropertyKey): Prop | undefined {
    return this.storedProp(key);
  }

  /** The property held in this object's slots (not an exotic one's elements). */
  protected storedProp(key: PropertyKey): Prop | undefined {
    const i = this.shape.indexOf(key);
    if (i < 0) return undefined;
    let flags = this.shape.flags[i];
    if (flags & LAZY) flags = this.materialize(i);
    const v = this.slots[i];
    if (flags & ACCESSOR) return new Prop(undefined, flags, (v as AccessorPair).get, (v as AccessorPair).set);
    return new Prop(v as Value, flags);
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
    this.store(key, flags, value);
  }

  /** Adds or replaces an accessor property without checks. */
  putAccessor(key: PropertyKey, get: JSObject | undefined, set: JSObject | undefined, flags = CONFIGURABLE): void {
    this.store(key, flags | ACCESSOR, new AccessorPair(get, set));
  }

  /** Adds or replaces a property whose value `lazy` makes when it is first used. */
  putLazy(key: PropertyKey, lazy: LazyValue, flags: number): void {
    this.store(key, flags | LAZY, lazy);
  }

  /** Gives a new object a whole shape at once (functions' length/name/prototype). */
  adoptShape(shape: Shape, slots: unknown[]): void {
    this.shape = shape;
    this.slots = slots;
    account.since += Bytes.property * shape.size;
    account.bytes[HeapKind.Object] += Bytes.property * shape.size;
  }

  /** Writes an own writable data property or creates one; false when not allowed. */
  setOwnValue(key: PropertyKey, value: Value): boolean {
    const i = this.shape.indexOf(key);
    if (i >= 0) {
      let flags = this.shape.flags[i];
      if (flags & LAZY) flags = this.materialize(i);
      if ((flags & (WRITABLE | ACCESSOR)) !== WRITABLE) return false;
      this.slots[i] = value;
      return true;
    }
    if (!this.extensible) return false;
    this.addSlot(key, DEFAULT_FLAGS, value);
    return true;
  }

  /** https://tc39.es/ecma262/#sec-createdataproperty, without a descriptor object for a plain object's new key. */
  createDataProperty(key: PropertyKey, value: Value): boolean {
    if (this.extensible && this.shape.slotsExact && !this.exotic && this.shape.indexOf(key) < 0) {
      this.addSlot(key, DEFAULT_FLAGS, value);
      return true;
    }
    return this.defineOwn(key, { value, writable: true, enumerable: true, configurable: true });
  }

  /** https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor */
  defineOwn(key: PropertyKey, desc: Descriptor): boolean {
    const next = applyDescriptor(this.getOwn(key), desc, this.extensible);
    if (next === null) return false;
    this.storeProp(key, next);
    return true;
  }

  deleteOwn(key: PropertyKey): boolean {
    const shape = this.shape;
    const i = shape.indexOf(key);
    if (i < 0) return true;
    if (!(shape.flags[i] & CONFIGURABLE)) return false;
    // Either way slot i is free: the parent shape ends before it, a dictionary marks it deleted.
    this.shape = shape.removing(i);
    this.slots[i] = undefined;
    if (this.shape.wantsCompaction) this.slots = this.shape.compact(this.slots);
    return true;
  }

  /** https://tc39.es/ecma262/#sec-ordinaryownpropertykeys */
  ownKeys(): PropertyKey[] {
    return orderKeys(this.shape.liveKeys());
  }

  /** The keys held in this object's slots, in creation order (a copy). */
  storedKeys(): PropertyKey[] {
    return this.shape.liveKeys().slice();
  }

  hasStored(key: PropertyKey): boolean {
    return this.shape.indexOf(key) >= 0;
  }

  get storedCount(): number {
    return this.shape.count;
  }

  /** Every value this object's slots hold (accessors' functions included), for heap walks. */
  storedValues(): unknown[] {
    const out: unknown[] = [];
    const { flags } = this.shape;
    for (let i = 0; i < flags.length; i++) {
      if (!this.shape.isLive(i)) continue;
      const v = this.slots[i];
      if (flags[i] & ACCESSOR) out.push((v as AccessorPair).get, (v as AccessorPair).set);
      else if (!(flags[i] & LAZY)) out.push(v);
    }
    return out;
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

  /** Overwrites a stored data property's value whatever its flags (engine-made values such as an error's stack text). */
  protected rewriteStoredValue(key: PropertyKey, value: Value): void {
    const i = this.shape.indexOf(key);
    if (i >= 0 && !(this.shape.flags[i] & (ACCESSOR | LAZY))) this.slots[i] = value;
  }

  /** Lays the stored properties out again in `order` (every stored key, once), so listings match V8's. */
  reorderStored(order: PropertyKey[]): void {
    const props = order.map((k) => [k, this.storedProp(k)!] as const);
    this.shape = (this.constructor as typeof JSObject).rootShape;
    this.slots = NO_SLOTS;
    for (const [k, p] of props) this.storeProp(k, p);
  }

  /** Writes a whole property record into the slots. */
  protected storeProp(key: PropertyKey, p: Prop): void {
    this.store(key, p.flags, p.flags & ACCESSOR ? new AccessorPair(p.get, p.set) : p.value);
  }

  private store(key: PropertyKey, flags: number, v: unknown): void {
    const i = this.shape.indexOf(key);
    if (i < 0) { this.addSlot(key, flags, v); return; }
    this.shape = this.shape.reconfiguring(i, flags);
    this.slots[i] = v;
  }

  /** Adds a new key: the shape follows its transition and the slots grow when full. */
  private addSlot(key: PropertyKey, flags: number, v: unknown): void {
    this.appendSlot(this.shape.adding(key, flags), v);
  }

  /** Stores `v` in the next slot and takes `next`, the shape with one more key (an inline cache's add). */
  appendSlot(next: Shape, v: unknown): void {
    const n = next.size - 1;
    let s = this.slots;
    if (n >= s.length) {
      const grown = n < 2 ? [undefined, undefined] : n < 4 ? [undefined, undefined, undefined, undefined] : new Array(n * 2);
      for (let j = 0; j < n; j++) grown[j] = s[j];
      this.slots = s = grown;
    }
    s[n] = v;
    this.shape = next;
    const a = account;
    a.since += Bytes.property;
    a.bytes[HeapKind.Object] += Bytes.property;
  }

  /** Makes a LazyValue's value; returns the slot's flags without LAZY. */
  private materialize(i: number): number {
    const flags = this.shape.flags[i] & ~LAZY;
    const value = (this.slots[i] as LazyValue).make(this);
    this.shape = this.shape.reconfiguring(i, flags);
    this.slots[i] = value;
    return flags;
  }
}

JSObject.prototype.className = 'Object';
JSObject.prototype.privates = undefined;

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
  if (ints.length === 0 && symbols.length === 0) return strings;
  ints.sort((a, b) => a - b);
  return [...ints.map(String), ...strings, ...symbols];
}

/**
 * https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor: the property `key`
 * becomes (a new record), or null when the change is not allowed.
 */
export function applyDescriptor(current: Prop | undefined, desc: Descriptor, extensible: boolean): Prop | null {
  const isAccessor = 'get' in desc || 'set' in desc;
  if (current === undefined) {
    if (!extensible) return null;
    const flags = (desc.enumerable ? ENUMERABLE : 0) | (desc.configurable ? CONFIGURABLE : 0);
    if (isAccessor) return new Prop(undefined, flags | ACCESSOR, desc.get, desc.set);
    return new Prop(desc.value, flags | (desc.writable ? WRITABLE : 0));
  }
  if (!current.configurable) {
    if (desc.configurable) return null;
    if (desc.enumerable !== undefined && desc.enumerable !== current.enumerable) return null;
    if (isAccessor !== current.isAccessor && (isAccessor || 'value' in desc || 'writable' in desc)) return null;
    if (current.isAccessor) {
      if ('get' in desc && desc.get !== current.get) return null;
      if ('set' in desc && desc.set !== current.set) return null;
    } else if (!current.writable) {
      if (desc.writable) return null;
      if ('value' in desc && !Object.is(desc.value, current.value)) return null;
    }
  }
  const next = new Prop(current.value, current.flags, current.get, current.set);
  let flags = current.flags;
  if (desc.enumerable !== undefined) flags = desc.enumerable ? flags | ENUMERABLE : flags & ~ENUMERABLE;
  if (desc.configurable !== undefined) flags = desc.configurable ? flags | CONFIGURABLE : flags & ~CONFIGURABLE;
  if (isAccessor) {
    if (!current.isAccessor) { next.value = undefined; next.get = undefined; next.set = undefined; flags &= ~WRITABLE; }
    next.flags = flags | ACCESSOR;
    if ('get' in desc) next.get = desc.get;
    if ('set' in desc) next.set = desc.set;
  } else if ('value' in desc || 'writable' in desc) {
    if (current.isAccessor) { next.get = undefined; next.set = undefined; next.value = undefined; flags &= ~ACCESSOR; }
    if (desc.writable !== undefined) flags = desc.writable ? flags | WRITABLE : flags & ~WRITABLE;
    if ('value' in desc) next.value = desc.value;
    next.flags = flags;
  } else next.flags = flags;
  return next;
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
  static override rootShape = INDEXED_ROOT_SHAPE;

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
    return this.storedProp(key);
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
    if (i > items.length + 10_000_000) throw new GlassboxUnsupported('sparse arrays this large');
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
    if (n > this.items.length + 10_000_000) throw new GlassboxUnsupported('sparse arrays this large');
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
    const p = applyDescriptor(this.getOwn(key), desc, this.extensible);
    if (p === null) return false;
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
    for (const k of orderKeys(this.shape.liveKeys())) keys.push(k);
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
