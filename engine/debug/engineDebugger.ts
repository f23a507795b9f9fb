// The debugger's face of a run: control (breakpoints, stepping, pause), the stop
// reason, and inspection and evaluation of the paused state. The adapter uses only this.
import type { FunctionCode } from '../bytecode/code';
import type { Env } from '../env/env';
import { TDZ, Value } from '../heap/values';
import { JSArray, JSObject } from '../heap/object';
import type { Frame } from '../vm/frame';
import type { Machine } from '../vm/machine';
import { BreakpointLocation, BreakpointRequest, Controller, StepGranularity, StopInfo } from './controller';
import { evaluateIn, EvalResult, runIsolated } from './evaluate';
import { codeDisplayName } from './displayName';
import type { HandleSpace } from './handleSpace';
import { ChildCounts, ChildPage, ChildView, FrameView, Inspector, ScopeView, ValueView } from './inspector';
import { ResultMode } from '../vm/frame';
import { THIS_NAME } from '../env/specialSlots';

export type ExceptionBreakMode = 'none' | 'uncaught' | 'all';

export interface StopView {
  kind: StopInfo['kind'];
  phase: StopInfo['phase'];
  /** The function whose context is on top, and its parameter list as written. */
  functionName: string;
  params: string[];
  /** How the debugger names the function: its name, or for one without a name its source start. */
  displayName: string;
  isGlobal: boolean;
  breakpointId?: number;
  /** For a stop before a task runs: which task ("timer #2 -> later()"). */
  task?: string;
  /** `uncaught`: no handler will catch it (with exceptionMode 'all', a stop may be for a caught one). */
  exception?: ValueView & { text: string; uncaught: boolean };
}

export class EngineDebugger {
  private readonly controller: Controller;
  private readonly inspector: Inspector;
  exceptionMode: ExceptionBreakMode = 'uncaught';
  private thrown: { value: Value; frame: Frame; caught: boolean } | null = null;

  constructor(private readonly m: Machine, program: FunctionCode, stopOnEntry: boolean, userGlobalKeys: () => Set<string>, handles: HandleSpace) {
    this.controller = new Controller(m, program, stopOnEntry);
    this.inspector = new Inspector(m, userGlobalKeys, handles);
    m.onThrow = (value, caught) => this.onThrow(value, caught);
  }

  private onThrow(value: Value, caught: boolean): boolean {
    if (this.exceptionMode === 'none' || (this.exceptionMode === 'uncaught' && caught)) return false;
    const frame = this.inspector.jsFrames()[0];
    if (!frame) return false;
    this.thrown = { value, frame, caught };
    this.controller.stop = { kind: 'exception', phase: 'execution', frame };
    return true;
  }

  setBreakpoints(requests: BreakpointRequest[]): BreakpointLocation[] { return this.controller.setBreakpoints(requests); }
  /** Breakpoints by function name, hit at the creation phase of each call. */
  setFunctionBreakpoints(names: string[]): BreakpointLocation[] { return this.controller.setFunctionBreakpoints(names); }
  pause(): void { this.controller.pause(); }

  private resumed(): void {
    this.inspector.reset();
    this.thrown = null;
  }
  continue(): void { this.resumed(); this.controller.resume(); }
  stepIn(g?: StepGranularity): void { this.resumed(); this.controller.stepIn(g); }
  stepOver(g?: StepGranularity): void { this.resumed(); this.controller.stepOver(g); }
  stepOut(g?: StepGranularity): void { this.resumed(); this.controller.stepOut(g); }

  /** Why the run is paused, or null while it runs. */
  stop(): StopView | null {
    const s = this.controller.stop;
    if (!s) return null;
    const code = s.frame?.code;
    const view: StopView = { kind: s.kind, phase: s.phase, functionName: code?.name ?? '', params: code?.paramNames ?? [], displayName: code ? codeDisplayName(code) : '', isGlobal: code?.isProgram === true, breakpointId: s.breakpointId, task: s.task };
    if (this.thrown) view.exception = { ...this.inspector.view(this.thrown.value), text: exceptionText(this.thrown.value), uncaught: !this.thrown.caught };
    return view;
  }

  frames(): FrameView[] { return this.inspector.frames(); }
  scopes(frameIndex: number): ScopeView[] { return this.inspector.scopes(frameIndex); }
  /** One scope with the user's bindings of every context on the chain, innermost first (shadowed ones left out). */
  chainScope(frameIndex: number): ScopeView | undefined { return this.inspector.chainScope(frameIndex); }
  /** The spec's model of the chain: per execution context, LexicalEnvironment, VariableEnvironment, this and outer. */
  specScopes(frameIndex: number): ScopeView[] { return this.inspector.specScopes(frameIndex); }
  /** A page of a handle's children; all of them (indexed first) without a page. */
  children(handle: number, page?: ChildPage): ChildView[] { return this.inspector.children(handle, page); }
  /** Whether a handle belongs to the current stop (handles are never reused). */
  has(handle: number): boolean { return this.inspector.has(handle); }
  /** How many indexed and named children a handle has, without making them. */
  counts(handle: number): ChildCounts | undefined { return this.inspector.counts(handle); }
  /** How many indexed children a handle has (cheaper than counts: named children are not listed). */
  indexedCount(handle: number): number { return this.inspector.indexedCount(handle); }
  /** A handle for part of another's indexed or named children (a group of a big array). */
  group(handle: number, filter: 'indexed' | 'named', start: number, count: number): number { return this.inspector.group(handle, filter, start, count); }
  view(v: Value): ValueView { return this.inspector.view(v); }

  /** Runs a lazy getter shown as `(...)` and returns its value. */
  invokeGetter(handle: number): EvalResult {
    const t = this.inspector.target(handle);
    if (!t || t.kind !== 'getter') return { ok: false, error: 'not a getter' };
    return runIsolated(this.m, () => this.m.call(t.getter, t.obj, []));
  }

  /** Evaluates in the scope of frame `frameIndex` (0 = innermost), or globally when there is none. */
  evaluate(source: string, frameIndex = 0, sideEffectFree = false): EvalResult {
    const f = this.inspector.jsFrames()[frameIndex];
    const env: Env = f ? f.env : this.m.rootEnv;
    return evaluateIn(this.m, env, source, sideEffectFree);
  }

  /** Assigns a binding in a scope handle or a property of an object handle. */
  setVariable(handle: number, name: string, value: Value): string | undefined {
    const t = this.inspector.target(handle);
    if (t?.kind === 'env') {
      const slot = t.env.scope.indexOf(name === 'this' ? THIS_NAME : name);
      if (slot >= 0) {
        if (t.env.slots[slot] === TDZ) return `Cannot access '${name}' before initialization`;
        if (t.env.scope.isImmutable(slot) || name === 'this') return `'${name}' is a constant`;
        t.env.slots[slot] = value;
        return undefined;
      }
      if (t.env.object) return this.setOn(t.env.object, name, value);
      if (t.env.dynamic?.has(name)) { t.env.dynamic.set(name, value); return undefined; }
      if (t.extra) return this.setOn(t.extra, name, value);
      return `No binding '${name}' in this scope`;
    }
    if (t?.kind === 'bindings') {
      // The binding the code would reach: the innermost one of that name.
      const env = t.parts.find((p) => p.env.scope.indexOf(name) >= 0 || p.env.dynamic?.has(name) || p.env.object?.getOwn(name))?.env;
      if (!env) return t.global ? this.setOn(t.global, name, value) : `No binding '${name}' in this scope`;
      return this.setVariable(this.inspector.envHandle(env), name, value);
    }
    if (t?.kind === 'object' || t?.kind === 'builtins') return this.setOn(t.obj, name, value);
    return 'This value cannot be changed';
  }

  private setOn(obj: JSObject, name: string, value: Value): string | undefined {
    const p = obj.lookup(name);
    if (p?.isAccessor) {
      const setter = p.set;
      if (!setter) return `Cannot set property ${name}, it has only a getter`;
      const r = runIsolated(this.m, () => this.m.call(setter, obj, [value], ResultMode.Discard));
      return r.ok ? undefined : exceptionText(r.error as Value);
    }
    if (p && !p.writable) return `Cannot assign to read only property '${name}'`;
    if (obj instanceof JSArray && name === 'length' && (typeof value !== 'number' || value !== value >>> 0)) return 'Invalid array length';
    return obj.setOwnValue(name, value) ? undefined : `Cannot add property ${name}, object is not extensible`;
  }

  /** A task is about to run: a step point of its own when stepping in or pausing. */
  atTask(label: string): boolean {
    return this.controller.atTask(label);
  }

  /** Whether the top frame is at its creation phase (declarations instantiated, nothing run). */
  atCreation(): boolean {
    return this.controller.stop?.phase === 'creation';
  }
}

/** "TypeError: msg" for an Error, or a preview for other thrown values. */
export function exceptionText(v: Value | string): string {
  if (typeof v === 'string') return v;
  if (v instanceof JSObject) {
    const stack = v.lookup('stack');
    if (stack && !stack.isAccessor && typeof stack.value === 'string') return stack.value.split('\n')[0];
    const name = v.lookup('name'), msg = v.lookup('message');
    if (name && !name.isAccessor) return `${String(name.value)}${msg && !msg.isAccessor && msg.value ? `: ${String(msg.value)}` : ''}`;
  }
  return String(v);
}
