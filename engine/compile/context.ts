// Compile-time state: the scope chain (which bindings live in which environment), and
// per function the emitter plus the control stack used by break, continue and return.
import { FunctionCode, FunctionKind } from '../bytecode/code';
import type { JumpRecord } from '../bytecode/constants';
import { Op } from '../bytecode/opcodes';
import { BindingKind, ScopeInfo, ScopeKind } from '../env/scope';
import { GlassboxSyntaxError } from '../errors/internal';
import type { Node } from '../parse/ast';
import { Emitter } from './emitter';
import { fromAcorn } from '../parse/position';
import { UnsupportedSyntax } from '../errors/unsupported';

/** A compile-time scope; `materialized` scopes have a runtime Env. */
export class CScope {
  readonly info: ScopeInfo;
  constructor(kind: ScopeKind, readonly parent: CScope | null, readonly materialized: boolean, functionName = '') {
    this.info = new ScopeInfo(kind, functionName);
  }
}

export type Resolved =
  | { kind: 'local'; depth: number; slot: number; bindingKind: BindingKind }
  | { kind: 'global' }
  /** Past a `with` or a sloppy-eval variable scope: looked up by name at run time. */
  | { kind: 'dynamic' };

export interface ControlEntry {
  kind: 'loop' | 'switch' | 'label';
  labels: string[];
  breakRecord: JumpRecord;
  continueRecord?: JumpRecord;
  breakJumps: number[];
  continueJumps: number[];
}

export interface FileContext {
  fileName: string;
  source: string;
  /** Function bodies are compiled on their first call (lazyBody.ts). */
  lazy?: boolean;
  /** Inside a deferred body, which was already looked through for what the compiler refuses. */
  bodyChecked?: boolean;
}

export class FnContext {
  readonly em: Emitter;
  scope: CScope;
  readonly control: ControlEntry[] = [];
  handlerDepth = 0;
  stackDepth = 0;
  envDepth = 0;
  /** Inside a finally block (eval code: its statements do not change the completion value). */
  inFinally = 0;
  /** Labels seen right before the statement being compiled. */
  pendingLabels: string[] = [];

  constructor(
    readonly file: FileContext,
    readonly parent: FnContext | null,
    readonly code: FunctionCode,
    readonly funcScope: CScope,
  ) {
    this.em = new Emitter(code);
    this.scope = funcScope;
  }

  get strict(): boolean { return this.code.strict; }
  get kind(): FunctionKind { return this.code.kind; }

  /** https://tc39.es/ecma262/#sec-resolvebinding at compile time. */
  resolve(name: string): Resolved {
    let depth = 0;
    const userName = !ScopeInfo.isHidden(name) && name.charCodeAt(0) !== 35;
    for (let s: CScope | null = this.scope; s !== null; s = s.parent) {
      const slot = s.info.indexOf(name);
      if (slot >= 0) return { kind: 'local', depth, slot, bindingKind: s.info.kinds[slot] };
      if (s.info.dynamic && userName) return { kind: 'dynamic' };
      if (s.materialized) depth++;
    }
    return { kind: 'global' };
  }

  pushScope(kind: ScopeKind, names: [string, BindingKind][]): CScope {
    const s = new CScope(kind, this.scope, names.length > 0);
    for (const [n, k] of names) if (s.info.indexOf(n) < 0) s.info.add(n, k);
    this.scope = s;
    if (s.materialized) {
      this.em.emit(Op.PushEnv, this.em.constant(s.info));
      this.envDepth++;
    }
    return s;
  }

  popScope(): void {
    const s = this.scope;
    if (s.materialized) {
      this.em.emit(Op.PopEnv);
      this.envDepth--;
    }
    this.scope = s.parent!;
  }

  record(target = -1): JumpRecord {
    return { target, handlerDepth: this.handlerDepth, stackDepth: this.stackDepth, envDepth: this.envDepth };
  }

  /** Jumps to a recorded point, unwinding handlers, stack items and environments. */
  jumpTo(rec: JumpRecord): number {
    if (rec.handlerDepth === this.handlerDepth && rec.stackDepth === this.stackDepth && rec.envDepth === this.envDepth) {
      return this.em.jump(Op.Jump);
    }
    this.em.emit(Op.JumpUnwind, this.em.constant(rec));
    return -1;
  }

  error(node: Node, message: string): never {
    throw new GlassboxSyntaxError(message, this.file.fileName, fromAcorn(node.loc.start));
  }

  unsupported(node: Node, what: string): never {
    throw new UnsupportedSyntax(what, this.file.fileName, fromAcorn(node.loc.start));
  }

  sourceOf(node: Node): string {
    return this.file.source.slice(node.start, node.end);
  }
}
