// Compile-time description of one environment: its kind and its bindings in slot order.
// Shared by the compiler (slot resolution) and the debugger (names and TDZ states).
import type { Slot } from './env';

/** 'module' is the function Node wraps a CommonJS file in; 'esmodule' an ES module's environment. */
export type ScopeKind = 'function' | 'module' | 'esmodule' | 'block' | 'catch' | 'script' | 'global' | 'class' | 'eval' | 'with';
export type BindingKind =
  | 'var' | 'let' | 'const' | 'class' | 'function' | 'param' | 'catch'
  | 'arguments' | 'this' | 'callee' | 'newTarget' | 'home' | 'private'
  /** An ES module's named import: its slot holds an ImportCell (a live view of the exporter's binding). */
  | 'import';

export class ScopeInfo {
  readonly names: string[] = [];
  readonly kinds: BindingKind[] = [];
  /** Name to its first slot: a scope may hold 100,000 bindings, so no linear search. */
  private readonly slotOf = new Map<string, number>();
  /**
   * Names that reach past this scope must be looked up by name at run time: a `with`
   * scope, or the variable scope of code holding a sloppy direct eval (which may add vars).
   */
  dynamic = false;
  /** A function's parameter scope when its body has a scope of its own (parameter expressions). */
  paramScope = false;
  /** A new environment's slots, lexical bindings in the TDZ: made at its first use, then copied. */
  initialSlots: Slot[] | undefined = undefined;
  constructor(readonly kind: ScopeKind, readonly functionName = '') {}

  indexOf(name: string): number {
    return this.slotOf.get(name) ?? -1;
  }

  add(name: string, kind: BindingKind): number {
    const slot = this.names.push(name) - 1;
    this.kinds.push(kind);
    if (!this.slotOf.has(name)) this.slotOf.set(name, slot);
    return slot;
  }

  /** Bindings that user code cannot name (`this`, `new.target`, ...) start with '%'. */
  static isHidden(name: string): boolean {
    return name.charCodeAt(0) === 37;
  }

  isImmutable(slot: number): boolean {
    const k = this.kinds[slot];
    return k === 'const' || k === 'callee' || k === 'import';
  }
}
