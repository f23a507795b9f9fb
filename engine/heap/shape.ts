// Hidden classes: a shape maps an object's own property keys to slot indexes and flags.
// Objects that gain the same keys in the same order share one shape, found by following
// transitions from the empty shape, so a property site can cache (shape -> slot).
import { JSSymbol, type PropertyKey } from './values';

/** A deleted key's place in a dictionary shape (its slot stays, so deleting is O(1)); never a program's key. */
const DELETED_KEY = new JSSymbol('deleted');

/** Above this many keys a shape finds keys through a Map instead of a linear scan. */
const LINEAR_KEYS = 8;
/** An object with more keys than this leaves the shared tree for a dictionary shape. */
export const MAX_SHARED_KEYS = 128;

let nextShapeId = 0;

export class Shape {
  readonly id = nextShapeId++;
  /** Keys fixed once the shape exists unless it is a dictionary (one object's own, mutable). */
  readonly keys: PropertyKey[];
  readonly flags: number[];
  /** A property site may cache it: exact slots, and shared (never changed in place). */
  readonly cacheable: boolean;
  private index: Map<PropertyKey, number> | undefined = undefined;
  /** Adding `key` with the flags given: the next shape (flags-major so DEFAULT_FLAGS is one lookup). */
  private additions: Map<number, Map<PropertyKey, Shape>> | undefined = undefined;
  /** Changing one key's flags: the shape with the same keys, keyed by `slot * 64 + flags`. */
  private reconfigurations: Map<number, Shape> | undefined = undefined;
  /** The last addition made from this shape: most shapes have one, so most adds skip the maps. */
  private lastKey: PropertyKey | undefined = undefined;
  private lastFlags = 0;
  private lastNext: Shape | undefined = undefined;

  constructor(
    keys: PropertyKey[],
    flags: number[],
    /** The shape this one was reached from (null for the empty shape and dictionaries). */
    readonly parent: Shape | null,
    /** Owned by one object and changed in place: never cached by a property site. */
    readonly dictionary: boolean,
    /** Its objects' slots hold all their properties but an array's elements and length (not another exotic object's). */
    readonly slotsExact: boolean,
    /** Its objects keep `length` and index keys outside the slots (arrays, String wrappers): exact for other keys only. */
    readonly indexed: boolean,
  ) {
    this.cacheable = slotsExact && !dictionary;
    this.keys = keys;
    this.flags = flags;
    if (dictionary) this.rebuildIndex();
  }

  /** Dictionary shapes only: places of deleted keys not compacted yet. */
  holes = 0;

  /** Slots the shape lays out, deleted places included: the next key's slot index. */
  get size(): number { return this.keys.length; }

  /** How many properties the shape holds. */
  get count(): number { return this.keys.length - this.holes; }

  /** The keys in creation order, without deleted places (the array itself when there are none: do not change it). */
  liveKeys(): PropertyKey[] {
    return this.holes === 0 ? this.keys : this.keys.filter((k) => k !== DELETED_KEY);
  }

  /** Whether slot `i` holds a property (not a deleted place). */
  isLive(i: number): boolean {
    return this.keys[i] !== DELETED_KEY;
  }

  /** The slot of `key`, or -1. */
  indexOf(key: PropertyKey): number {
    const keys = this.keys;
    if (keys.length <= LINEAR_KEYS && !this.dictionary) {
      for (let i = 0; i < keys.length; i++) if (keys[i] === key) return i;
      return -1;
    }
    if (this.index === undefined) this.rebuildIndex();
    const i = this.index!.get(key);
    return i === undefined ? -1 : i;
  }

  /** The shape after adding `key` with `flags` (a shared transition, or this dictionary grown). */
  adding(key: PropertyKey, flags: number): Shape {
    if (this.dictionary) {
      this.index!.set(key, this.keys.length);
      this.keys.push(key);
      this.flags.push(flags);
      return this;
    }
    if (this.lastKey === key && this.lastFlags === flags) return this.lastNext!;
    if (this.keys.length >= MAX_SHARED_KEYS) return this.toDictionary().adding(key, flags);
    const byFlags = (this.additions ??= new Map()).get(flags) ?? new Map<PropertyKey, Shape>();
    if (byFlags.size === 0) this.additions.set(flags, byFlags);
    let next = byFlags.get(key);
    if (next === undefined) {
      next = new Shape([...this.keys, key], [...this.flags, flags], this, false, this.slotsExact, this.indexed);
      byFlags.set(key, next);
    }
    this.lastKey = key;
    this.lastFlags = flags;
    this.lastNext = next;
    return next;
  }

  /** The shape with slot `i`'s flags set to `flags`. */
  reconfiguring(i: number, flags: number): Shape {
    if (this.flags[i] === flags) return this;
    if (this.dictionary) { this.flags[i] = flags; return this; }
    const k = i * 64 + flags;
    let next = (this.reconfigurations ??= new Map()).get(k);
    if (next === undefined) {
      const f = [...this.flags];
      f[i] = flags;
      next = new Shape(this.keys, f, this, false, this.slotsExact, this.indexed);
      this.reconfigurations.set(k, next);
    }
    return next;
  }

  /**
   * The shape without slot `i`: removing the last key goes back to the parent, else a
   * dictionary where slot i becomes a deleted place (other slots keep their indexes).
   */
  removing(i: number): Shape {
    if (!this.dictionary && i === this.keys.length - 1 && this.parent !== null && this.parent.keys.length === i && this.sameFlagsAs(this.parent, i)) return this.parent;
    const d = this.dictionary ? this : this.toDictionary();
    d.index!.delete(d.keys[i]);
    d.keys[i] = DELETED_KEY;
    d.flags[i] = 0;
    d.holes++;
    return d;
  }

  /** A dictionary with many deleted places: whether its owner should compact it. */
  get wantsCompaction(): boolean {
    return this.holes > 8 && this.holes * 2 > this.keys.length;
  }

  /** Drops a dictionary's deleted places; returns `slots` laid out to match. */
  compact(slots: unknown[]): unknown[] {
    const out: unknown[] = [];
    let n = 0;
    for (let j = 0; j < this.keys.length; j++) {
      if (this.keys[j] === DELETED_KEY) continue;
      this.keys[n] = this.keys[j];
      this.flags[n] = this.flags[j];
      out.push(slots[j]);
      n++;
    }
    this.keys.length = n;
    this.flags.length = n;
    this.holes = 0;
    this.rebuildIndex();
    return out;
  }

  /** A copy of this shape that one object owns. */
  toDictionary(): Shape {
    return new Shape([...this.keys], [...this.flags], null, true, this.slotsExact, this.indexed);
  }

  /** The shapes from the empty one to this one, for the learner ({} -> {x} -> {x, y}). */
  chain(): Shape[] {
    const out: Shape[] = [];
    for (let s: Shape | null = this; s !== null; s = s.parent) out.push(s);
    return out.reverse();
  }

  private sameFlagsAs(other: Shape, n: number): boolean {
    for (let j = 0; j < n; j++) if (other.flags[j] !== this.flags[j]) return false;
    return true;
  }

  private rebuildIndex(): void {
    const m = new Map<PropertyKey, number>();
    for (let j = 0; j < this.keys.length; j++) if (this.keys[j] !== DELETED_KEY) m.set(this.keys[j], j);
    this.index = m;
  }
}

/** The shape every ordinary object starts with. */
export const EMPTY_SHAPE = new Shape([], [], null, false, true, false);
/** Arrays' and String wrappers' root: a site that cached a plain object's shape never mistakes one for it. */
export const INDEXED_ROOT_SHAPE = new Shape([], [], null, false, true, true);
/** The root of exotic objects whose own properties are not all in their slots: never cached. */
export const UNCACHED_ROOT_SHAPE = new Shape([], [], null, false, false, false);
