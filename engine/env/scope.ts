// Compile-time description of one environment: its kind and its bindings in slot order.
// Shared by the compiler (slot resolution) and the debugger (names and TDZ states).

export type ScopeKind = 'function' | 'block' | 'catch' | 'script' | 'global' | 'class' | 'eval';
export type BindingKind =
  | 'var' | 'let' | 'const' | 'class' | 'function' | 'param' | 'catch'
  | 'arguments' | 'this' | 'callee' | 'newTarget' | 'home' | 'private';

export class ScopeInfo {
  readonly names: string[] = [];
  readonly kinds: BindingKind[] = [];
  constructor(readonly kind: ScopeKind, readonly functionName = '') {}

  indexOf(name: string): number {
    return this.names.indexOf(name);
  }

  add(name: string, kind: BindingKind): number {
    this.names.push(name);
    this.kinds.push(kind);
    return this.names.length - 1;
  }

  /** Bindings that user code cannot name (`this`, `new.target`, ...) start with '%'. */
  static isHidden(name: string): boolean {
    return name.charCodeAt(0) === 37;
  }

  isImmutable(slot: number): boolean {
    const k = this.kinds[slot];
    return k === 'const' || k === 'callee';
  }
}
