// Boxed primitives (`new Number(3)`, `Object('ab')`): an object with a [[PrimitiveValue]]
// slot. String wrappers also expose their characters and length as own properties.
import { CONSTANT_FLAGS, ENUMERABLE, JSObject, Prop, orderKeys } from './object';
import { Primitive, PropertyKey, arrayIndex } from './values';
import { INDEXED_ROOT_SHAPE } from './shape';

export class PrimitiveWrapper extends JSObject {
  constructor(proto: JSObject | null, readonly primitive: Primitive, className: string) {
    super(proto);
    this.className = className;
  }

  override get exotic(): boolean { return true; }
  static override rootShape = INDEXED_ROOT_SHAPE;

  override getOwn(key: PropertyKey): Prop | undefined {
    if (typeof this.primitive === 'string') {
      if (key === 'length') return new Prop(this.primitive.length, CONSTANT_FLAGS);
      const i = arrayIndex(key);
      if (i >= 0 && i < this.primitive.length) return new Prop(this.primitive[i], ENUMERABLE);
    }
    return super.getOwn(key);
  }

  override setOwnValue(key: PropertyKey, value: import('./values').Value): boolean {
    if (typeof this.primitive === 'string' && (key === 'length' || (arrayIndex(key) >= 0 && arrayIndex(key) < this.primitive.length))) return false;
    return super.setOwnValue(key, value);
  }

  /** A string's characters and length are non-configurable. */
  override deleteOwn(key: PropertyKey): boolean {
    if (typeof this.primitive === 'string' && (key === 'length' || (arrayIndex(key) >= 0 && arrayIndex(key) < this.primitive.length))) return false;
    return super.deleteOwn(key);
  }

  override ownKeys(): PropertyKey[] {
    if (typeof this.primitive !== 'string') return super.ownKeys();
    const keys: PropertyKey[] = [];
    for (let i = 0; i < this.primitive.length; i++) keys.push(String(i));
    keys.push('length');
    return keys.concat(orderKeys(this.storedKeys()));
  }
}
