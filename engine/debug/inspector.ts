// Plain-data views of a paused VM for the debugger: frames, each frame's scope chain
// with TDZ states, and object properties by handle (valid until the run resumes).
import type { OuterRoot } from './heapGraph';
import type { HeapAccount } from '../heap/account';
import type { Env, Slot } from '../env/env';
import { ScopeInfo } from '../env/scope';
import type { Closure } from '../heap/function';
import { JSObject } from '../heap/object';
import { TDZ, Value } from '../heap/values';
import type { Frame } from '../vm/frame';
import type { Machine } from '../vm/machine';
import { makeArguments } from '../vm/arguments';
import { concat, EMPTY, keyed, listOf, objectLists, propertyChild, type ChildLists, type LazyList } from './childLists';
import { internalSlots, type SlotViewer } from './internalSlots';
import { debuggerFrameName, frameSpan, thisOf } from './frameView';
import type { HandleSpace } from './handleSpace';
import type { InstructionPointer } from './codeIndex';
import { frameRange } from './location';
import { specContexts, type BindingPart } from './specContexts';
import { preview, typeName } from './preview';
import { THIS_NAME } from '../env/specialSlots';

export type ScopeKindName = 'chain' | 'spec' | 'block' | 'with' | 'local' | 'closure' | 'script' | 'global';
export type BindingState = 'initialized' | 'uninitialized' | 'const';

export interface ValueView { preview: string; type: string; handle: number }
export interface FrameView {
  index: number; name: string; line: number; column: number; endLine: number; endColumn: number; isGlobal: boolean; origin?: string; thisValue: ValueView;
  /** Its code's number and the pc it is at (set by EngineDebugger.frames). */
  instruction?: InstructionPointer;
  /** Set when the frame runs code of another file than the program's: a core module (`node:events`), `new Function` or eval code. */
  file?: string;
}
export interface ScopeView { kind: ScopeKindName; name: string; handle: number; expensive: boolean }
export interface ChildView { name: string; value: ValueView; state?: BindingState; kind: 'binding' | 'property' | 'internal' | 'accessor'; readOnly?: boolean }

/** Which children a page asks for: indexed (elements), named (properties), or both (indexed first). */
export interface ChildPage { filter?: 'indexed' | 'named'; start?: number; count?: number }
export interface ChildCounts { indexed: number; named: number }

/** What the debugger needs of its run beside the machine: what the run knows and the VM does not. */
export interface DebuggerHost {
  /** Globals the program added (not there when the realm was made). */
  userGlobalKeys(): Set<string>;
  /** The task whose callback is running, as the call stack names it; undefined during the script. */
  taskLabel(): string | undefined;
  /** The heap diagram's roots besides the frames: the program's globals and pending timers. */
  outerRoots(): OuterRoot[];
  /** The run's heap account: data watches in a replay number the cells it makes. */
  heapAccount(): HeapAccount;
  /** The program's absolute path (required files are named relative to its folder). */
  readonly programPath: string;
}

export type Target =
  | { kind: 'object'; obj: JSObject; lists?: ChildLists }
  | { kind: 'env'; env: Env; extra?: JSObject; argumentsOf?: Frame; lists?: ChildLists }
  | { kind: 'builtins'; obj: JSObject; lists?: ChildLists }
  | { kind: 'bindings'; parts: BindingPart[]; global?: JSObject; builtins?: boolean; extra?: ChildView[]; lists?: ChildLists }
  | { kind: 'list'; lists: ChildLists }
  | { kind: 'getter'; obj: Value; getter: JSObject }
  | { kind: 'group'; of: number; filter: 'indexed' | 'named'; start: number; count: number };

type BindingsTarget = Extract<Target, { kind: 'bindings' }>;

/** How a function made at the top level shows the scope of Node's module wrapper function. */
const MODULE_CLOSURE = 'Closure (module wrapper)';
/** Chrome's name for a `with` statement's object environment. */
export const WITH_SCOPE = 'With Block';

/** The first scope's name: the user's bindings of every context on the chain. */
export const CHAIN_SCOPE = 'Scope chain';

export class Inspector implements SlotViewer {
  private handles = new Map<number, Target>();

  /**
   * Handle numbers come from `space`, shared by a session's agents and kept across restarts:
   * a handle from an earlier stop or another agent stays unknown instead of naming another value.
   */
  constructor(private readonly m: Machine, private readonly host: DebuggerHost, private readonly space: HandleSpace) {}

  /** Handles are only valid while paused; the run forgets them when it resumes. */
  reset(): void {
    this.handles.clear();
  }

  private handle(t: Target): number {
    const h = this.space.next();
    this.handles.set(h, t);
    return h;
  }

  view(v: Value | typeof TDZ): ValueView {
    const handle = v instanceof JSObject ? this.handle({ kind: 'object', obj: v }) : 0;
    return { preview: preview(v), type: typeName(v), handle };
  }

  listHandle(items: LazyList, indexed = false): number {
    return this.handle({ kind: 'list', lists: indexed ? { indexed: items, named: EMPTY } : { indexed: EMPTY, named: items } });
  }

  getterHandle(obj: JSObject, getter: JSObject): number {
    return this.handle({ kind: 'getter', obj, getter });
  }

  envHandle(env: Env): number {
    return this.handle({ kind: 'env', env });
  }

  shownEnvs(closure: Closure): { env: Env; label: string }[] {
    const out: { env: Env; label: string }[] = [];
    for (let e: Env | null = closure.env; e !== null && e !== this.m.rootEnv; e = e.outer) {
      if (e.object !== null) { out.push({ env: e, label: WITH_SCOPE }); continue; }
      if (visibleSlots(e.scope).length === 0 && !e.dynamic?.size && e.scope.kind !== 'global') continue;
      const label = e.scope.kind === 'module' ? MODULE_CLOSURE : e.scope.kind === 'function' ? `Closure (${e.scope.functionName || 'anonymous'})` : e.scope.kind === 'global' ? 'Global' : e.scope.kind === 'script' ? 'Script' : 'Block';
      out.push({ env: e, label });
    }
    return out;
  }

  /** JS frames, innermost first. */
  jsFrames(): Frame[] {
    return this.m.frames.filter((f): f is Frame => !f.isNative).reverse();
  }

  frames(): FrameView[] {
    const frames = this.jsFrames();
    return frames.map((f, index) => {
      const r = frameRange(f);
      const isGlobal = f.code.isProgram;
      return {
        index, name: isGlobal ? '(global)' : debuggerFrameName(f),
        ...frameSpan(r),
        isGlobal, origin: index === frames.length - 1 ? this.host.taskLabel() : undefined, thisValue: this.view(thisOf(f)),
      };
    });
  }

  /** The frame's scope chain from inner to outer, with Chrome's scope names. */
  scopes(frameIndex: number): ScopeView[] {
    const f = this.jsFrames()[frameIndex];
    if (!f) return [];
    const out: ScopeView[] = [];
    let pastFunction = false;
    for (let e: Env | null = f.env; e !== null && e !== this.m.rootEnv; e = e.outer) {
      if (e.object !== null) {
        out.push({ kind: 'with', name: WITH_SCOPE, handle: this.handle({ kind: 'object', obj: e.object }), expensive: false });
        continue;
      }
      const kind = scopeKind(e.scope, e === f.funcEnv, pastFunction);
      if (e === f.funcEnv) pastFunction = true;
      if (kind === 'global') {
        out.push({ kind, name: 'Global', handle: this.handle({ kind: 'env', env: e, extra: this.m.realm.global }), expensive: true });
        continue;
      }
      if (visibleSlots(e.scope).length === 0 && !e.dynamic?.size && kind !== 'local') continue;
      const name = kind === 'closure' ? closureName(e.scope) : kind[0].toUpperCase() + kind.slice(1);
      // A function that never names `arguments` has none in its environment; show it anyway (DESIGN 4).
      const argumentsOf = e === f.funcEnv && madeArgumentsShown(f) ? f : undefined;
      out.push({ kind, name, handle: this.handle({ kind: 'env', env: e, argumentsOf }), expensive: false });
    }
    if (!out.some((s) => s.kind === 'global')) out.push({ kind: 'global', name: 'Global', handle: this.handle(this.globalObjectTarget()), expensive: true });
    return out;
  }

  /** The global object alone (a CommonJS program has no global environment of its own): the program's properties, then the built-ins. */
  private globalObjectTarget(): BindingsTarget {
    return { kind: 'bindings', parts: [], global: this.m.realm.global, builtins: true };
  }

  /** The user's bindings of every context on the frame's chain in one scope; undefined when there are none. */
  chainScope(frameIndex: number): ScopeView | undefined {
    const f = this.jsFrames()[frameIndex];
    if (!f) return undefined;
    const parts: BindingPart[] = [];
    for (let e: Env | null = f.env; e !== null && e !== this.m.rootEnv; e = e.outer) parts.push({ env: e });
    const chain: Target = { kind: 'bindings', parts, global: this.m.realm.global };
    if (this.lists(chain).named.length === 0) return undefined;
    return { kind: 'chain', name: CHAIN_SCOPE, handle: this.handle(chain), expensive: false };
  }

  /** The spec's model: per execution context its LexicalEnvironment, VariableEnvironment, and this with outer. */
  specScopes(frameIndex: number): ScopeView[] {
    const f = this.jsFrames()[frameIndex];
    if (!f) return [];
    const contexts = specContexts(f.env, this.m.rootEnv);
    return contexts.flatMap((c, i) => {
      const global = c.isGlobal ? this.m.realm.global : undefined;
      // A function that never names `arguments` has none in its environment; show it anyway (DESIGN 4).
      const args = i === 0 && madeArgumentsShown(f) ? [this.binding('arguments', makeArguments(this.m.realm, f.func!, f.args, f.funcEnv!), false)] : [];
      const lexical: BindingsTarget = { kind: 'bindings', parts: c.lexical };
      const variable: BindingsTarget = { kind: 'bindings', parts: c.variable, global, builtins: c.isGlobal, extra: args };
      const thisSlot = c.thisEnv?.scope.indexOf(THIS_NAME) ?? -1;
      const thisValue = c.thisEnv && thisSlot >= 0 ? this.binding('this', c.thisEnv.slots[thisSlot], true) : c.isGlobal ? this.binding('this', this.m.realm.global, true) : internalChild('this', 'an arrow function has none: it uses the this of where it was made');
      const outer = internalChild('outer', contexts[i + 1] ? `the environment of ${contexts[i + 1].label}` : 'null: the global environment is the last');
      // An empty component is marked expensive so VS Code expands the first one with bindings.
      const scope = (name: string, t: BindingsTarget): ScopeView => ({ kind: 'spec', name: `${c.label}: ${name}`, handle: this.handle(t), expensive: this.lists(t).named.length === 0 });
      return [
        scope('LexicalEnvironment (let, const, class)', lexical),
        scope(c.isGlobal ? 'VariableEnvironment (var and function declarations, on the global object)' : 'VariableEnvironment (parameters, arguments, var and function declarations)', variable),
        { kind: 'spec' as const, name: `${c.label}: this and outer`, handle: this.listHandle(listOf([thisValue, outer])), expensive: false },
      ];
    });
  }

  /** Whether `handle` names something in the current stop. */
  has(handle: number): boolean {
    return this.handles.has(handle);
  }

  /** How many indexed and named children a handle has, without making them. */
  counts(handle: number): ChildCounts | undefined {
    const t = this.handles.get(handle);
    if (!t) return undefined;
    if (t.kind === 'group') return t.filter === 'indexed' ? { indexed: t.count, named: 0 } : { indexed: 0, named: t.count };
    const lists = this.lists(t);
    return { indexed: lists.indexed.length, named: lists.named.length };
  }

  /** How many indexed children (elements, entries, characters) a handle has: cheap, for paging hints. */
  indexedCount(handle: number): number {
    const t = this.handles.get(handle);
    if (!t) return 0;
    if (t.kind === 'group') return t.filter === 'indexed' ? t.count : 0;
    return this.lists(t).indexed.length;
  }

  /** A page of a handle's children (all of them without a page): bindings, properties, elements. */
  children(handle: number, page: ChildPage = {}): ChildView[] {
    const t = this.handles.get(handle);
    if (!t) return [];
    if (t.kind === 'group') {
      if (page.filter !== undefined && page.filter !== t.filter) return [];
      const start = t.start + (page.start ?? 0);
      const end = t.start + Math.min(t.count, (page.start ?? 0) + (page.count ?? t.count));
      return this.children(t.of, { filter: t.filter, start, count: Math.max(0, end - start) });
    }
    const lists = this.lists(t);
    const list = page.filter === 'indexed' ? lists.indexed : page.filter === 'named' ? lists.named : concat(lists.indexed, lists.named);
    const start = page.start ?? 0;
    return list.slice(start, page.count === undefined || page.count === 0 ? list.length : start + page.count);
  }

  /** A handle standing for `count` of a handle's indexed or named children from `start` (a group of a big value). */
  group(handle: number, filter: 'indexed' | 'named', start: number, count: number): number {
    return this.handle({ kind: 'group', of: handle, filter, start, count });
  }

  /** The object or environment behind a handle (for setVariable and the event loop view). */
  target(handle: number): Target | undefined {
    return this.handles.get(handle);
  }

  private lists(t: Exclude<Target, { kind: 'group' }>): ChildLists {
    switch (t.kind) {
      case 'list': return t.lists;
      case 'getter': return { indexed: EMPTY, named: EMPTY };
      case 'object': return (t.lists ??= objectLists(t.obj, this, () => internalSlots(t.obj, this)));
      case 'builtins': return (t.lists ??= { indexed: EMPTY, named: this.globalProperties(t.obj, false) });
      case 'env':
        if (t.env.object !== null) return (t.lists ??= objectLists(t.env.object, this, () => internalSlots(t.env.object!, this)));
        return (t.lists ??= { indexed: EMPTY, named: this.envChildren(t.env, t.extra, t.argumentsOf) });
      case 'bindings': return (t.lists ??= { indexed: EMPTY, named: this.bindingsChildren(t) });
    }
  }

  private envChildren(env: Env, global?: JSObject, argumentsOf?: Frame): LazyList {
    const bindings = keyed(visibleSlots(env.scope), (slot) => {
      const name = env.scope.names[slot];
      return this.binding(name === THIS_NAME ? 'this' : name, env.slots[slot], env.scope.isImmutable(slot));
    });
    const extra: ChildView[] = this.evalDeclared(env, new Set());
    if (argumentsOf?.func) extra.push(this.binding('arguments', makeArguments(this.m.realm, argumentsOf.func, argumentsOf.args, env), false));
    if (!global) return concat(bindings, listOf(extra));
    const builtins: ChildView = { name: '[[Built-ins]]', kind: 'internal', value: { preview: 'globalThis built-ins', type: 'object', handle: this.handle({ kind: 'builtins', obj: global }) } };
    return concat(bindings, listOf(extra), this.globalProperties(global, true), listOf([builtins]));
  }

  /** The chosen bindings, innermost first; a shadowed outer one is left out as the code cannot reach it. */
  private bindingsChildren(t: BindingsTarget): LazyList {
    const seen = new Set<string>();
    const out: ChildView[] = [];
    for (const { env, kinds } of t.parts) {
      if (env.object !== null) {
        for (const k of env.object.ownKeys()) {
          if (typeof k !== 'string' || seen.has(k)) continue;
          seen.add(k);
          out.push(propertyChild(env.object, k, this));
        }
        continue;
      }
      for (const slot of visibleSlots(env.scope)) {
        const name = env.scope.names[slot];
        if (name === THIS_NAME || seen.has(name) || (kinds && !kinds.has(env.scope.kinds[slot]))) continue;
        seen.add(name);
        out.push(this.binding(name, env.slots[slot], env.scope.isImmutable(slot)));
      }
      if (!kinds || kinds.has('var')) out.push(...this.evalDeclared(env, seen));
    }
    out.push(...(t.extra ?? []));
    const global = t.global;
    if (!global) return listOf(out);
    const own = this.host.userGlobalKeys();
    const keys = global.ownKeys().filter((k) => typeof k === 'string' && own.has(k) && !seen.has(k));
    const builtins: ChildView[] = t.builtins ? [{ name: '[[Built-ins]]', kind: 'internal', value: { preview: 'globalThis built-ins', type: 'object', handle: this.handle({ kind: 'builtins', obj: global }) } }] : [];
    return concat(listOf(out), keyed(keys, (k) => propertyChild(global, k, this)), listOf(builtins));
  }

  /** The global object's properties: the program's own (`user`), or the built-ins. */
  private globalProperties(global: JSObject, user: boolean): LazyList {
    const own = this.host.userGlobalKeys();
    const keys = global.ownKeys().filter((k) => own.has(typeof k === 'string' ? k : `@@${k.description}`) === user);
    return keyed(keys, (k) => propertyChild(global, k, this));
  }

  /** Bindings a sloppy direct eval added to a variable environment, not yet in `seen`. */
  private evalDeclared(env: Env, seen: Set<string>): ChildView[] {
    const out: ChildView[] = [];
    for (const [name, v] of env.dynamic ?? []) {
      if (seen.has(name)) continue;
      seen.add(name);
      out.push(this.binding(name, v, false));
    }
    return out;
  }

  private binding(name: string, v: Slot, immutable: boolean): ChildView {
    const state: BindingState = v === TDZ ? 'uninitialized' : immutable ? 'const' : 'initialized';
    return { name, value: this.view(v as Value), state, kind: 'binding', readOnly: immutable || v === TDZ };
  }
}

/**
 * Slots a user can name, plus `this` for function scopes. In Node's module wrapper the
 * program's own declarations come first; `this`, the parameters and `arguments` are Node's.
 */
export function visibleSlots(scope: ScopeInfo): number[] {
  const out: number[] = [];
  scope.names.forEach((n, i) => {
    if (n === THIS_NAME || !ScopeInfo.isHidden(n) && !n.startsWith('#')) out.push(i);
  });
  if (scope.kind !== 'module') return out;
  const isNodes = (slot: number) => { const k = scope.kinds[slot]; return k === 'this' || k === 'param' || k === 'arguments'; };
  return [...out.filter((s) => !isNodes(s)), ...out.filter(isNodes)];
}

function scopeKind(scope: ScopeInfo, isFrameFunction: boolean, pastFunction: boolean): ScopeKindName {
  if (scope.kind === 'global') return 'global';
  if (scope.kind === 'script') return 'script';
  if (isFrameFunction) return 'local';
  if (pastFunction) return 'closure';
  return 'block';
}

/** Chrome's name for an outer function's scope; the module wrapper is named for what it is. */
function closureName(scope: ScopeInfo): string {
  if (scope.kind === 'module') return MODULE_CLOSURE;
  return `Closure${scope.functionName ? ` (${scope.functionName})` : ''}`;
}

/** A function that never names `arguments` has none in its environment, unless its own binding has that name. */
function madeArgumentsShown(f: Frame): boolean {
  return !!f.func && f.code.ownThis && !f.code.usesArguments && f.code.scope.indexOf('arguments') < 0;
}

/** A row that is not a binding: the spec's `this` of an arrow, or `outer`. */
function internalChild(name: string, text: string): ChildView {
  return { name, kind: 'internal', value: { preview: text, type: '', handle: 0 } };
}
