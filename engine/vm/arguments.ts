// The `arguments` object: mapped in sloppy functions with simple parameters (writes to
// arguments[i] and to the parameter are the same binding), unmapped otherwise.
import type { Env } from '../env/env';
import { Msg } from '../errors/messages';
import { ACCESSOR, Descriptor, JSObject, METHOD_FLAGS, Prop } from '../heap/object';
import { PropertyKey, Value, WellKnown, arrayIndex } from '../heap/values';
import type { Closure } from '../heap/function';
import type { Realm } from '../realm/realm';
import { UNCACHED_ROOT_SHAPE } from '../heap/shape';

export class ArgumentsObject extends JSObject {
  override className = 'Arguments';
  /** Index -> parameter slot in `env`, for indices still mapped. */
  private mapped = new Map<number, number>();

  constructor(proto: JSObject, private env: Env | null) {
    super(proto);
  }

  override get exotic(): boolean { return true; }
  static override rootShape = UNCACHED_ROOT_SHAPE;

  map(index: number, slot: number): void {
    this.mapped.set(index, slot);
  }

  override getOwn(key: PropertyKey): Prop | undefined {
    const p = this.storedProp(key);
    const i = arrayIndex(key);
    if (p && i >= 0 && this.mapped.has(i)) p.value = this.env!.slots[this.mapped.get(i)!] as Value;
    return p;
  }

  override setOwnValue(key: PropertyKey, value: Value): boolean {
    const ok = super.setOwnValue(key, value);
    const i = arrayIndex(key);
    if (ok && i >= 0 && this.mapped.has(i)) this.env!.slots[this.mapped.get(i)!] = value;
    return ok;
  }

  /** https://tc39.es/ecma262/#sec-arguments-exotic-objects-defineownproperty-p-desc */
  override defineOwn(key: PropertyKey, desc: Descriptor): boolean {
    const i = arrayIndex(key);
    const slot = i >= 0 ? this.mapped.get(i) : undefined;
    if (slot === undefined) return super.defineOwn(key, desc);
    const isData = 'value' in desc || 'writable' in desc;
    const own = isData && !('value' in desc) && desc.writable === false ? { ...desc, value: this.env!.slots[slot] as Value } : desc;
    if (!super.defineOwn(key, own)) return false;
    if ('get' in desc || 'set' in desc) this.mapped.delete(i);
    else {
      if ('value' in desc) this.env!.slots[slot] = desc.value;
      if (desc.writable === false) this.mapped.delete(i);
    }
    return true;
  }

  override deleteOwn(key: PropertyKey): boolean {
    const ok = super.deleteOwn(key);
    if (ok) this.mapped.delete(arrayIndex(key));
    return ok;
  }
}

/** https://tc39.es/ecma262/#sec-createmappedargumentsobject and its unmapped sibling. */
export function makeArguments(realm: Realm, fn: Closure, args: Value[], env: Env): ArgumentsObject {
  const code = fn.code;
  const mapped = !code.strict && code.hasSimpleParams;
  const a = new ArgumentsObject(realm.ObjectPrototype, mapped ? env : null);
  args.forEach((v, i) => a.put(String(i), v));
  a.put('length', args.length, METHOD_FLAGS);
  const values = realm.intrinsics.get('%Array.prototype.values%');
  if (values) a.put(WellKnown.iterator, values, METHOD_FLAGS);
  if (mapped) {
    a.put('callee', fn, METHOD_FLAGS);
    const n = Math.min(args.length, code.paramSlots.length);
    for (let i = 0; i < n; i++) a.map(i, code.paramSlots[i]);
  } else {
    const thrower = realm.intrinsics.get('%ThrowTypeError%') ?? realm.newNative('', 0, () => realm.throwError('TypeError', Msg.StrictCallerArguments));
    a.putAccessor('callee', thrower, thrower, ACCESSOR);
  }
  return a;
}
