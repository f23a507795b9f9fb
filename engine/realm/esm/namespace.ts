// The module namespace exotic object (https://tc39.es/ecma262/#sec-module-namespace-exotic-objects):
// null prototype, not extensible, the export names in code-unit order, each a live read of the
// exporting binding (ReferenceError in its TDZ), never writable from outside.
import { JSThrow } from '../../errors/internal';
import { Msg, formatMessage } from '../../errors/messages';
import { Descriptor, JSObject, Prop, WRITABLE, ENUMERABLE } from '../../heap/object';
import { UNCACHED_ROOT_SHAPE } from '../../heap/shape';
import { TDZ, WellKnown, type PropertyKey, type Value } from '../../heap/values';
import type { Realm } from '../realm';
import { ImportCell } from './moduleRecord';

/** Where an export's value lives: a binding of a module environment, or (export * as ns) a namespace. */
export type ExportBinding = ImportCell | JSObject;

export class ModuleNamespace extends JSObject {
  override className = 'Module';
  override get exotic(): boolean { return true; }
  static override rootShape = UNCACHED_ROOT_SHAPE;

  constructor(private readonly realm: Realm, readonly bindings: Map<string, ExportBinding>) {
    super(null);
  }

  /** Lays out the export names (sorted) once `bindings` is complete, and closes the object. */
  fill(): void {
    const names = [...this.bindings.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const n of names) this.put(n, undefined, WRITABLE | ENUMERABLE);
    this.put(WellKnown.toStringTag, 'Module', 0);
    this.extensible = false;
  }

  /** The export's current value, or TDZ while its module has not initialized it. */
  peek(name: string): Value | typeof TDZ {
    const b = this.bindings.get(name)!;
    return b instanceof ImportCell ? b.env.slots[b.slot] : b;
  }

  override getOwn(key: PropertyKey): Prop | undefined {
    const p = this.storedProp(key);
    if (p === undefined || typeof key !== 'string') return p;
    const v = this.peek(key);
    if (v === TDZ) throw new JSThrow(this.realm.makeError('ReferenceError', formatMessage(Msg.AccessBeforeInit, key)));
    p.value = v;
    return p;
  }

  override setOwnValue(): boolean {
    return false;
  }

  override createDataProperty(): boolean {
    return false;
  }

  /** https://tc39.es/ecma262/#sec-module-namespace-exotic-objects-defineownproperty-p-desc */
  override defineOwn(key: PropertyKey, desc: Descriptor): boolean {
    const current = this.getOwn(key);
    if (current === undefined) return false;
    if (typeof key !== 'string') return super.defineOwn(key, desc);
    if (desc.configurable === true || desc.enumerable === false || desc.writable === false || 'get' in desc || 'set' in desc) return false;
    return !('value' in desc) || Object.is(desc.value, current.value);
  }

  override deleteOwn(key: PropertyKey): boolean {
    return !this.hasStored(key);
  }

  override setProto(proto: JSObject | null): boolean {
    return proto === null;
  }

  override preventExtensions(): boolean {
    return true;
  }
}
