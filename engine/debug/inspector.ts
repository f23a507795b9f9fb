// Plain-data views of a paused VM for the debugger: frames, each frame's scope chain
// with TDZ states, and object properties by handle (valid until the run resumes).
import type { Env } from '../env/env';
import { ScopeInfo } from '../env/scope';
import { Closure } from '../heap/function';
import { JSArray, JSObject } from '../heap/object';
import { MapObject, PromiseObject, SetObject } from '../heap/slots';
import { PrimitiveWrapper } from '../heap/wrapper';
import { HOLE, JSSymbol, TDZ, Value } from '../heap/values';
import type { Slot } from '../env/env';
import type { Frame } from '../vm/frame';
import { GeneratorObject, Machine } from '../vm/machine';
import { frameName, frameRange } from './location';
import { makeArguments } from '../vm/arguments';
import { preview, typeName } from './preview';

export type ScopeKindName = 'block' | 'local' | 'closure' | 'script' | 'global';
export type BindingState = 'initialized' | 'uninitialized' | 'const';

export interface ValueView { preview: string; type: string; handle: number }
export interface FrameView { index: number; name: string; line: number; column: number; endLine: number; endColumn: number; isGlobal: boolean; origin?: string; thisValue: ValueView }
export interface ScopeView { kind: ScopeKindName; name: string; handle: number; expensive: boolean }
export interface ChildView { name: string; value: ValueView; state?: BindingState; kind: 'binding' | 'property' | 'internal' | 'accessor'; readOnly?: boolean }

type Target =
  | { kind: 'object'; obj: JSObject }
  | { kind: 'env'; env: Env; extra?: JSObject; argumentsOf?: Frame }
  | { kind: 'builtins'; obj: JSObject }
  | { kind: 'list'; items: ChildView[] }
  | { kind: 'getter'; obj: Value; getter: JSObject };

export class Inspector {
  private handles = new Map<number, Target>();
  private next = 1;

  constructor(private readonly m: Machine, private readonly userGlobalKeys: () => Set<string>) {}

  /** Handles are only valid while paused; the run forgets them when it resumes. */
  reset(): void {
    this.handles.clear();
    this.next = 1;
  }

  private handle(t: Target): number {
    const h = this.next++;
    this.handles.set(h, t);
    return h;
  }

  view(v: Value | typeof TDZ): ValueView {
    const handle = v instanceof JSObject ? this.handle({ kind: 'object', obj: v }) : 0;
    return { preview: preview(v), type: typeName(v), handle };
  }

  /** JS frames, innermost first. */
  jsFrames(): Frame[] {
    return this.m.frames.filter((f): f is Frame => !f.isNative).reverse();
  }

  frames(): FrameView[] {
    const frames = this.jsFrames();
    return frames.map((f, index) => {
      const r = frameRange(f);
      const isGlobal = f.code.kind === 'script';
      return {
        index, name: isGlobal ? '(global)' : frameName(f) || '(anonymous)',
        ...frameSpan(r),
        isGlobal, origin: index === frames.length - 1 ? this.m.taskLabel : undefined, thisValue: this.view(thisOf(f)),
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
      const kind = scopeKind(e.scope, e === f.funcEnv, pastFunction);
      if (e === f.funcEnv) pastFunction = true;
      if (kind === 'global') {
        out.push({ kind, name: 'Global', handle: this.handle({ kind: 'env', env: e, extra: this.m.realm.global }), expensive: true });
        continue;
      }
      if (visibleSlots(e.scope).length === 0 && kind !== 'local') continue;
      const name = kind === 'closure' ? `Closure${e.scope.functionName ? ` (${e.scope.functionName})` : ''}` : kind[0].toUpperCase() + kind.slice(1);
      // A function that never names `arguments` has none in its environment; show it anyway (DESIGN 4).
      const argumentsOf = e === f.funcEnv && f.func && f.code.ownThis && !f.code.usesArguments ? f : undefined;
      out.push({ kind, name, handle: this.handle({ kind: 'env', env: e, argumentsOf }), expensive: false });
    }
    if (!out.some((s) => s.kind === 'global')) out.push({ kind: 'global', name: 'Global', handle: this.handle({ kind: 'builtins', obj: this.m.realm.global }), expensive: true });
    return out;
  }

  /** The children of a handle: bindings of a scope or properties of an object. */
  children(handle: number): ChildView[] {
    const t = this.handles.get(handle);
    if (!t) return [];
    switch (t.kind) {
      case 'env': return this.envChildren(t.env, t.extra, t.argumentsOf);
      case 'object': return this.objectChildren(t.obj);
      case 'builtins': return this.propertyChildren(t.obj, (k) => !this.userGlobalKeys().has(k));
      case 'list': return t.items;
      case 'getter': return [];
    }
  }

  /** The object or environment behind a handle (for setVariable and the event loop view). */
  target(handle: number): Target | undefined {
    return this.handles.get(handle);
  }

  private envChildren(env: Env, global?: JSObject, argumentsOf?: Frame): ChildView[] {
    const out: ChildView[] = [];
    for (const slot of visibleSlots(env.scope)) {
      const name = env.scope.names[slot];
      out.push(this.binding(name === '%this' ? 'this' : name, env.slots[slot], env.scope.isImmutable(slot)));
    }
    if (argumentsOf?.func) out.push(this.binding('arguments', makeArguments(this.m.realm, argumentsOf.func, argumentsOf.args, env), false));
    if (global) {
      const user = this.userGlobalKeys();
      out.push(...this.propertyChildren(global, (k) => user.has(k)));
      out.push({ name: '[[Built-ins]]', kind: 'internal', value: { preview: 'globalThis built-ins', type: 'object', handle: this.handle({ kind: 'builtins', obj: global }) } });
    }
    return out;
  }

  private binding(name: string, v: Slot, immutable: boolean): ChildView {
    const state: BindingState = v === TDZ ? 'uninitialized' : immutable ? 'const' : 'initialized';
    return { name, value: this.view(v as Value), state, kind: 'binding', readOnly: immutable || v === TDZ };
  }

  private propertyChildren(o: JSObject, include: (k: string) => boolean = () => true): ChildView[] {
    const out: ChildView[] = [];
    for (const k of o.ownKeys()) {
      if (!include(typeof k === 'string' ? k : `@@${k.description}`)) continue;
      const p = o.getOwn(k);
      if (!p) continue;
      const name = k instanceof JSSymbol ? `[${k.toString()}]` : k;
      if (p.isAccessor) {
        const h = p.get ? this.handle({ kind: 'getter', obj: o, getter: p.get }) : 0;
        out.push({ name, kind: 'accessor', value: { preview: p.get ? '(...)' : 'undefined', type: 'accessor', handle: h } });
      } else out.push({ name, kind: 'property', value: this.view(p.value), readOnly: !p.writable });
    }
    return out;
  }

  private objectChildren(o: JSObject): ChildView[] {
    const out: ChildView[] = [];
    if (o instanceof JSArray) {
      o.items.forEach((v, i) => { if (v !== HOLE) out.push({ name: String(i), kind: 'property', value: this.view(v as Value) }); });
      out.push(...this.propertyChildren(o, (k) => !/^\d+$/.test(k)));
    } else out.push(...this.propertyChildren(o));
    out.push(...this.internalSlots(o));
    out.push({ name: '[[Prototype]]', kind: 'internal', value: o.proto ? this.view(o.proto) : { preview: 'null', type: 'object', handle: 0 } });
    return out;
  }

  /** A pending promise's reactions: what runs when it settles. */
  private reactions(p: PromiseObject): ChildView {
    const items = (p.fulfillReactions as { handler: unknown }[]).map((r, i): ChildView => {
      const h = r.handler;
      const label = h instanceof JSObject ? preview(h as Value) : h && typeof h === 'object' && 'label' in h ? String((h as { label: string }).label) : '(pass-through)';
      return { name: String(i), kind: 'internal', value: { preview: label, type: 'function', handle: h instanceof JSObject ? this.view(h as Value).handle : 0 } };
    });
    return { name: '[[PromiseReactions]]', kind: 'internal', value: { preview: `Array(${items.length})`, type: 'object', handle: this.handle({ kind: 'list', items }) } };
  }

  private internal(name: string, v: Value): ChildView {
    return { name, kind: 'internal', value: this.view(v) };
  }

  private internalSlots(o: JSObject): ChildView[] {
    const out: ChildView[] = [];
    if (o instanceof Closure) {
      const chain: ChildView[] = [];
      for (let e: Env | null = o.env; e !== null && e !== this.m.rootEnv; e = e.outer) {
        if (visibleSlots(e.scope).length === 0 && e.scope.kind !== 'global') continue;
        const label = e.scope.kind === 'function' ? `Closure (${e.scope.functionName || 'anonymous'})` : e.scope.kind === 'global' ? 'Global' : e.scope.kind === 'script' ? 'Script' : 'Block';
        chain.push({ name: label, kind: 'internal', value: { preview: label, type: 'object', handle: this.handle({ kind: 'env', env: e }) } });
      }
      out.push({ name: '[[Environment]]', kind: 'internal', value: { preview: `Scopes[${chain.length}]`, type: 'object', handle: this.handle({ kind: 'list', items: chain }) } });
      if (o.homeObject) out.push(this.internal('[[HomeObject]]', o.homeObject));
    }
    if (o instanceof PromiseObject) {
      out.push(this.internal('[[PromiseState]]', o.state), this.internal('[[PromiseResult]]', o.result));
      if (o.state === 'pending') out.push(this.reactions(o));
    }
    if (o instanceof GeneratorObject) out.push(this.internal('[[GeneratorState]]', o.state));
    if (o instanceof PrimitiveWrapper) out.push(this.internal('[[PrimitiveValue]]', o.primitive));
    if (o instanceof MapObject || o instanceof SetObject) {
      const items: ChildView[] = [];
      let i = 0;
      if (o instanceof MapObject) for (const [k, v] of o.data) items.push({ name: String(i++), kind: 'property', value: { preview: `${preview(k, 0)} => ${preview(v, 0)}`, type: 'object', handle: this.handle({ kind: 'list', items: [this.internal('key', k), this.internal('value', v)] }) } });
      else for (const v of o.data) items.push({ name: String(i++), kind: 'property', value: this.view(v) });
      out.push({ name: '[[Entries]]', kind: 'internal', value: { preview: `Array(${items.length})`, type: 'object', handle: this.handle({ kind: 'list', items }) } });
    }
    return out;
  }
}

/**
 * Where a frame is, 1-based. A range over several lines (a whole function at its creation
 * phase, a long call) is shown from its first line only, so the editor does not select it all.
 */
function frameSpan(r: { line: number; column: number; endLine: number; endColumn: number } | undefined) {
  if (!r) return { line: 1, column: 1, endLine: 1, endColumn: 1 };
  const oneLine = r.endLine === r.line;
  return { line: r.line, column: r.column + 1, endLine: r.line, endColumn: oneLine ? r.endColumn + 1 : r.column + 1 };
}

/** Slots a user can name, plus `this` for function scopes. */
function visibleSlots(scope: ScopeInfo): number[] {
  const out: number[] = [];
  scope.names.forEach((n, i) => {
    if (n === '%this' || !ScopeInfo.isHidden(n) && !n.startsWith('#')) out.push(i);
  });
  return out;
}

function scopeKind(scope: ScopeInfo, isFrameFunction: boolean, pastFunction: boolean): ScopeKindName {
  if (scope.kind === 'global') return 'global';
  if (scope.kind === 'script') return 'script';
  if (isFrameFunction) return 'local';
  if (pastFunction) return 'closure';
  return 'block';
}

/** `this` of a frame: its own, or (arrows) the nearest enclosing function's. */
function thisOf(f: Frame): Value {
  for (let e: Env | null = f.funcEnv; e !== null; e = e.outer) {
    if (e.scope.names[0] !== '%this') continue;
    const v = e.slots[0];
    return v === TDZ ? undefined : (v as Value);
  }
  return undefined;
}
