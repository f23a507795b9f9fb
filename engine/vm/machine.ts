// The VM's state and control transfers: calls, construction, returns, throws and
// driving generator natives. JS calls push frames; the host stack never recurses.
import { Completion } from '../bytecode/opcodes';
import type { FunctionCode } from '../bytecode/code';
import { Env } from '../env/env';
import type { ScopeInfo } from '../env/scope';
import { GlassboxSyntaxError, JSThrow, assert } from '../errors/internal';
import { atBuiltinBoundary, compileErrorType } from '../errors/hostStack';
import { compileDirectEval } from '../compile/program';
import type { EvalSite } from '../compile/evalRules';
import { Msg, formatMessage } from '../errors/messages';
import { ProxyFunction, trapFreeLookup } from '../heap/proxy';
import { proxyCall, proxyConstruct } from '../ops/proxyTraps';
import { BoundFunction, Closure, JSFunction, NEEDS_GENERATOR, NativeFast, NativeFunction, NativeGen, NativeGenImpl, NativeSync, Request } from '../heap/function';
import { JSObject } from '../heap/object';
import { newPromise } from '../realm/builtins/promiseOps';
import { TDZ, Value } from '../heap/values';
import type { Realm } from '../realm/realm';
import { createIterResultObject } from '../realm/builtins/Iterator';
import { wrapPrimitive } from '../ops/convert';
import { AnyFrame, Frame, NativeFrame, ResultMode, SuperCallInfo } from './frame';
import { describeValue } from './describeValue';
import type { DebugHooks } from './debugHooks';
import { execute } from './interpreter';
import { AsyncGeneratorState } from './asyncGenerators';
import { finishAsyncGenerator, settleAsync } from './asyncFrames';
import { AsyncFunctionState, GeneratorObject } from './generatorObjects';
import type { JumpRecord } from '../bytecode/constants';
import { SpecialSlot, hasThisBinding } from '../env/specialSlots';
import { LazyPrototypes } from './closureLayout';
import { Tiering } from '../tier/tiering';

/** A request's answer: its value now, or a frame was pushed and will answer later. */
const PUSHED = Symbol('pushed');


/** How a nested activation (see runNested) ended: its value, its exception, or out of budget. */
export type NestedCompletion = { kind: 'normal' | 'throw'; value: Value } | { kind: 'outOfBudget' };

/**
 * What a nested activation costs the slice it runs in beyond its instructions (compiling an
 * evaluation, mostly), so a slice full of breakpoint conditions still ends soon.
 */
const NESTED_ACTIVATION_COST = 1_000;

/** What a nested activation sets aside and gives back. */
interface OuterActivation {
  frames: AnyFrame[];
  uncaught: { value: Value } | null;
  debug: DebugHooks | null;
  budget: number;
  sliceBudget: number;
  instructionsBefore: number;
}

export class Machine {
  /** The current activation's frames (a nested one has its own: see runNested). */
  frames: AnyFrame[] = [];
  readonly rootEnv: Env;
  /** The value of an exception no handler caught; the run stops with it. */
  uncaught: { value: Value } | null = null;
  /** The value delivered when no frame was left to take it (what a nested activation returns). */
  private returned: Value = undefined;
  /** Instructions left in the current slice (the dispatch loop counts it down). */
  budget = 0;
  /** The budget the current slice started with, and the instructions run before it (see instructionsRun). */
  private sliceBudget = 0;
  private instructionsBefore = 0;
  /** The debugger's hooks; null when no debugger is attached. */
  debug: DebugHooks | null = null;
  /**
   * Step points passed so far, tasks taken included: a moment of the run. The run is
   * deterministic, so step N of a replay is the same moment as step N of the first run.
   */
  steps = 0;
  /** The second tier: hot functions get an optimized copy of their bytecode (engine/tier/). */
  tier = new Tiering();
  /** Activations a nested one set aside, innermost last: kept here, their frames stay heap roots. */
  private readonly outer: OuterActivation[] = [];
  private readonly lazyPrototypes: LazyPrototypes;

  constructor(readonly realm: Realm, readonly maxDepth: number, rootScope: ScopeInfo) {
    this.rootEnv = new Env(rootScope, [], null);
    this.lazyPrototypes = new LazyPrototypes(realm);
  }

  /** Starts a slice of up to `budget` instructions. */
  startSlice(budget: number): void {
    this.instructionsBefore = this.instructionsRun();
    this.budget = this.sliceBudget = budget;
  }

  /**
   * Instructions run so far, long builtins' ticks included: read off the budget, so the
   * dispatch loop does no work for it. The virtual clock is derived from this count.
   */
  instructionsRun(): number {
    return this.instructionsBefore + this.sliceBudget - this.budget;
  }

  /** Counts `n` instructions' worth of work a builtin did (a clock read). */
  charge(n: number): void {
    this.budget -= n;
  }

  /**
   * Runs a nested activation (a debugger evaluation) on a frame stack of its own, above the
   * current one, for at most `budget` instructions. `start` pushes a frame or delivers a
   * value with no hooks installed; `hooks` (which never pause) watch the rest. Afterwards
   * the machine is as it was: its frames, its hooks with any exception held at, and its
   * instruction count (the evaluation runs outside the program's time); only the current
   * slice is shorter by the work done. A JS exception is the 'throw' completion; any other
   * host exception propagates.
   */
  runNested(start: () => void, budget: number, hooks: DebugHooks | null): NestedCompletion {
    const outer: OuterActivation = { frames: this.frames, uncaught: this.uncaught, debug: this.debug, budget: this.budget, sliceBudget: this.sliceBudget, instructionsBefore: this.instructionsBefore };
    const count = this.instructionsRun();
    this.outer.push(outer);
    this.frames = [];
    this.uncaught = null;
    this.debug = null;
    this.returned = undefined;
    try {
      start();
      this.debug = hooks;
      const result = execute(this, budget);
      assert(result !== 'paused', 'a nested activation paused');
      if (result === 'slice') return { kind: 'outOfBudget' };
      // execute() may have set it; TypeScript still sees the null assigned above.
      const thrown = this.uncaught as { value: Value } | null;
      return thrown ? { kind: 'throw', value: thrown.value } : { kind: 'normal', value: this.returned };
    } catch (e) {
      if (e instanceof JSThrow) return { kind: 'throw', value: e.value };
      throw e;
    } finally {
      // The slice pays for the work: budget and sliceBudget move together, so the count does not.
      const spent = this.instructionsRun() - count + NESTED_ACTIVATION_COST;
      this.outer.pop();
      this.frames = outer.frames;
      this.uncaught = outer.uncaught;
      this.debug = outer.debug;
      this.budget = outer.budget - spent;
      this.sliceBudget = outer.sliceBudget - spent;
      this.instructionsBefore = outer.instructionsBefore;
      this.returned = undefined;
    }
  }

  top(): AnyFrame | undefined {
    return this.frames[this.frames.length - 1];
  }

  throwError(type: Parameters<Realm['throwError']>[0], message: string): never {
    return this.realm.throwError(type, message);
  }

  /** A fresh environment for `scope`: lexical bindings start in the TDZ. */
  newEnv(scope: ScopeInfo, outer: Env): Env {
    const init = scope.initialSlots ??= scope.kinds.map((k) => (k === 'let' || k === 'const' || k === 'class' ? TDZ : undefined));
    return new Env(scope, init.slice(), outer);
  }

  private pushFrame(f: AnyFrame): void {
    if (this.frames.length >= this.maxDepth) this.throwError('RangeError', Msg.StackOverflow);
    this.frames.push(f);
  }

  /** https://tc39.es/ecma262/#sec-ordinarycallbindthis, plus the frame for the call. */
  private closureFrame(fn: Closure, thisArg: Value, args: Value[], mode: ResultMode, newTarget: Value): Frame {
    const code = fn.code;
    if (code.pendingBody !== null) this.compileLazily(code);
    if (++code.calls >= code.nextCallCheck) this.tier.callsReached(code);
    const env = this.newEnv(code.scope, fn.env);
    const slots = env.slots;
    if (code.ownThis) {
      if (code.strict || mode === ResultMode.Construct || mode === ResultMode.SuperCall) slots[SpecialSlot.This] = thisArg;
      else slots[SpecialSlot.This] = thisArg === undefined || thisArg === null ? this.realm.global : thisArg instanceof JSObject ? thisArg : wrapPrimitive(this.realm, thisArg as never);
      slots[SpecialSlot.Function] = fn;
      slots[SpecialSlot.NewTarget] = newTarget;
    }
    const ps = code.paramSlots;
    for (let i = 0; i < ps.length; i++) slots[ps[i]] = i < args.length ? args[i] : undefined;
    const frame = new Frame(code, env, fn, args, mode, env);
    // An async generator's parameters throw to the caller: its state is made at GeneratorStart.
    if (code.isAsync && !code.isGenerator) frame.generator = new AsyncFunctionState(newPromise(this.realm), frame);
    return frame;
  }

  /** Calls `fn`; its result is pushed on the current top frame (now or when it returns). */
  call(fn: Value, thisArg: Value, args: Value[], mode = ResultMode.Normal, calleeText?: string): void {
    const r = this.callOrPush(fn, thisArg, args, mode, calleeText);
    if (r !== PUSHED) this.deliver(r, mode);
  }

  private callOrPush(fn: Value, thisArg: Value, args: Value[], mode: ResultMode, calleeText?: string): Value | typeof PUSHED {
    if (this.debug !== null && this.debug.refusesCalls) this.throwError('EvalError', Msg.SideEffectInEvaluate);
    if (fn instanceof Closure) {
      if (fn.code.isClassConstructor) this.throwError('TypeError', formatMessage(Msg.ClassWithoutNew, fn.code.name));
      this.pushFrame(this.closureFrame(fn, thisArg, args, mode, undefined));
      return PUSHED;
    }
    if (fn instanceof NativeFunction) {
      if (!fn.isGen) return this.callSync(fn, thisArg, args, undefined);
      if (fn.fast !== null) {
        const r = this.callFast(fn, fn.fast, thisArg, args);
        if (r !== NEEDS_GENERATOR) return r;
      }
      return this.startNative((fn.impl as NativeGenImpl)(thisArg, args, undefined), fn, mode, undefined, [thisArg, args]);
    }
    if (fn instanceof BoundFunction) {
      // A loop, not recursion: a chain of binds is as long as the program made it.
      let target: JSFunction = fn, self = thisArg, all = args;
      for (; target instanceof BoundFunction; target = target.target) { self = target.boundThis; all = [...target.boundArgs, ...all]; }
      return this.callOrPush(target, self, all, mode, calleeText);
    }
    if (fn instanceof ProxyFunction) return this.startNative(proxyCall(this.realm, fn, thisArg, args), null, mode, 'Proxy', [fn, thisArg, args]);
    this.throwError('TypeError', formatMessage(Msg.NotFunction, calleeText ?? describeValue(fn)));
  }

  /** `new fn(...args)`; the new object is pushed on the current top frame. */
  construct(fn: Value, args: Value[], newTarget: Value, mode = ResultMode.Construct, calleeText?: string, superCall: SuperCallInfo | null = null): void {
    const r = this.constructOrPush(fn, args, newTarget, mode, calleeText, superCall);
    if (r !== PUSHED) this.finishConstruct(r, superCall);
  }

  private constructOrPush(fn: Value, args: Value[], newTarget: Value, mode: ResultMode, calleeText: string | undefined, superCall: SuperCallInfo | null): Value | typeof PUSHED {
    if (this.debug !== null && this.debug.refusesCalls) this.throwError('EvalError', Msg.SideEffectInEvaluate);
    if (!(fn instanceof JSFunction) || !fn.isConstructor) {
      this.throwError('TypeError', formatMessage(Msg.NotConstructor, calleeText ?? describeValue(fn)));
    }
    if (fn instanceof BoundFunction) {
      let target: JSFunction = fn, all = args, nt = newTarget;
      for (; target instanceof BoundFunction; target = target.target) { all = [...target.boundArgs, ...all]; if (nt === target) nt = target.target; }
      return this.constructOrPush(target, all, nt, mode, calleeText, superCall);
    }
    if (fn instanceof NativeFunction) {
      const nt = newTarget as JSObject;
      if (!fn.isGen) return this.callSync(fn, undefined, args, nt);
      const nf = new NativeFrame((fn.impl as NativeGenImpl)(undefined, args, nt), fn, nativeName(fn), ResultMode.Normal);
      nf.superCall = superCall;
      nf.holds = [args, nt];
      return this.runNativeFrame(nf);
    }
    if (fn instanceof ProxyFunction) {
      const nf = new NativeFrame(proxyConstruct(this.realm, fn, args, newTarget) as NativeGen, null, 'Proxy', ResultMode.Normal);
      nf.superCall = superCall;
      nf.holds = [fn, args, newTarget];
      return this.runNativeFrame(nf);
    }
    const closure = fn as Closure;
    const derived = closure.code.kind === 'derivedConstructor';
    const thisObj = derived ? TDZ : new JSObject(this.prototypeFor(newTarget as JSObject, this.realm.ObjectPrototype));
    const frame = this.closureFrame(closure, thisObj as Value, args, mode, newTarget);
    frame.superCall = superCall;
    this.pushFrame(frame);
    if (!derived && closure.fieldInit) this.pushFieldInit(closure.fieldInit, thisObj as JSObject);
    return PUSHED;
  }

  /** https://tc39.es/ecma262/#sec-getprototypefromconstructor (data property only). */
  prototypeFor(newTarget: JSObject, fallback: JSObject): JSObject {
    const p = trapFreeLookup(newTarget, 'prototype');
    return p && !p.isAccessor && p.value instanceof JSObject ? p.value : fallback;
  }

  private pushFieldInit(init: Closure, thisObj: JSObject): void {
    this.pushFrame(this.closureFrame(init, thisObj, [], ResultMode.Discard, undefined));
  }

  /** After a constructor finished: bind `this` for super(), run fields, hand the object on. */
  private finishConstruct(obj: Value, superCall: SuperCallInfo | null): void {
    if (superCall) {
      if (superCall.thisEnv.slots[SpecialSlot.This] !== TDZ) this.throwError('ReferenceError', Msg.SuperCalledTwice);
      superCall.thisEnv.slots[SpecialSlot.This] = obj;
    }
    this.deliver(obj, ResultMode.Normal);
    if (superCall?.derived.fieldInit) this.pushFieldInit(superCall.derived.fieldInit, obj as JSObject);
  }

  /**
   * The built-in call boundary, for sync natives (stepNative does it for generator ones):
   * a host stack overflow is a RangeError in a deep walk, a Glassbox bug elsewhere (atBuiltinBoundary).
   */
  private callSync(fn: NativeFunction, thisArg: Value, args: Value[], newTarget: JSObject | undefined): Value {
    try {
      return (fn.impl as NativeSync)(thisArg, args, newTarget);
    } catch (e) {
      throw atBuiltinBoundary(this.realm, e, this.frames, fn);
    }
  }

  /** A generator native's fast path, at the same boundary as callSync. */
  private callFast(fn: NativeFunction, fast: NativeFast, thisArg: Value, args: Value[]): Value | typeof NEEDS_GENERATOR {
    try {
      return fast(thisArg, args);
    } catch (e) {
      throw atBuiltinBoundary(this.realm, e, this.frames, fn);
    }
  }

  /** Starts a generator native (a builtin, or a VM helper) as a frame of its own. */
  startNative(gen: NativeGen, fn: JSFunction | null, mode: ResultMode, name = fn ? nativeName(fn) : 'helper', holds: unknown[] | null = null): Value | typeof PUSHED {
    const nf = new NativeFrame(gen, fn, name, mode);
    nf.holds = holds;
    return this.runNativeFrame(nf);
  }

  /**
   * Runs a VM helper generator; its result lands on the current frame's stack. `holds`: the
   * values it took off the stack, which only its generator would hold otherwise (the collector marks them).
   */
  runHelper(gen: NativeGen, mode = ResultMode.Normal, holds: unknown[] | null = null): void {
    const r = this.startNative(gen, null, mode, undefined, holds);
    if (r !== PUSHED) this.deliver(r, mode);
  }

  private runNativeFrame(nf: NativeFrame): Value | typeof PUSHED {
    this.pushFrame(nf);
    return this.stepNative(nf, undefined, false);
  }

  /**
   * Advances a native until it needs a JS frame (PUSHED) or finishes (its value, after
   * popping it). A JS exception escaping the native pops it and propagates.
   */
  private stepNative(nf: NativeFrame, input: Value, isThrow: boolean): Value | typeof PUSHED {
    for (;;) {
      let r: IteratorResult<Request, Value>;
      try {
        r = isThrow ? nf.gen.throw(new JSThrow(input)) : nf.gen.next(input);
      } catch (e) {
        const thrown = atBuiltinBoundary(this.realm, e, this.frames);
        this.frames.pop();
        throw thrown;
      }
      if (r.done) {
        this.frames.pop();
        if (nf.superCall) {
          this.finishConstruct(r.value, nf.superCall);
          return PUSHED;
        }
        return r.value;
      }
      try {
        const res = this.perform(r.value);
        if (res === PUSHED) return PUSHED;
        input = res;
        isThrow = false;
      } catch (e) {
        if (!(e instanceof JSThrow)) throw e;
        input = e.value;
        isThrow = true;
      }
    }
  }

  private perform(req: Request): Value | typeof PUSHED {
    switch (req.kind) {
      case 'call': return this.callOrPush(req.fn, req.thisArg, req.args, ResultMode.Normal);
      case 'construct': return this.constructOrPush(req.fn, req.args, req.newTarget, ResultMode.Construct, undefined, null);
      case 'resume': return this.resumeGenerator(req.generator as GeneratorObject, req.mode, req.value);
      case 'tick':
        this.budget -= req.cost;
        // PUSHED leaves the native on top of the stack; the dispatch loop resumes it next slice.
        return this.budget > 0 ? undefined : PUSHED;
    }
  }

  /** Resumes a native that waited for a new slice (see 'tick'), delivering its value if it finished. */
  resumeNative(nf: NativeFrame): void {
    const r = this.stepNative(nf, undefined, false);
    if (r !== PUSHED) this.deliver(r, nf.resultMode);
  }

  private resumeGenerator(g: GeneratorObject, mode: 'next' | 'throw' | 'return', value: Value): Value | typeof PUSHED {
    if (g.state === 'executing') this.throwError('TypeError', Msg.GeneratorRunning);
    if (g.state === 'suspendedStart' && mode !== 'next') { g.state = 'completed'; g.frame = null; }
    if (g.state === 'completed') {
      if (mode === 'throw') throw new JSThrow(value);
      return this.iterResult(mode === 'return' ? value : undefined, true);
    }
    const f = g.frame!;
    const wasStart = g.state === 'suspendedStart';
    g.state = 'executing';
    f.resultMode = ResultMode.Normal;
    this.pushFrame(f);
    if (f.atDelegate) {
      f.atDelegate = false;
      f.stack.push(value, mode === 'next' ? 0 : mode === 'throw' ? 1 : 2);
    } else if (mode === 'next') {
      if (!wasStart) f.stack.push(value);
    } else f.pending = { kind: mode, value };
    return PUSHED;
  }

  iterResult(value: Value, done: boolean): JSObject {
    return createIterResultObject(this.realm, value, done);
  }

  /** Gives a finished frame's value to whatever frame is on top now. */
  deliver(value: Value, mode: ResultMode): void {
    let v = value;
    for (;;) {
      const top = this.top();
      if (top === undefined) { this.returned = v; return; }
      if (!top.isNative) {
        if (mode !== ResultMode.Discard) top.stack.push(v);
        return;
      }
      if (mode === ResultMode.Discard) v = undefined;
      const r = this.stepNative(top, v, false);
      if (r === PUSHED) return;
      v = r;
      mode = top.resultMode;
    }
  }

  /** The frame executed `return value` (after any finally blocks ran). */
  completeFrame(f: Frame, value: Value): void {
    this.frames.pop();
    let v = value;
    if (f.generator instanceof AsyncFunctionState) return settleAsync(this, f, f.generator, value, false);
    if (f.generator instanceof AsyncGeneratorState) return finishAsyncGenerator(this, f.generator, value, false);
    if (f.generator) {
      (f.generator as GeneratorObject).state = 'completed';
      (f.generator as GeneratorObject).frame = null;
      v = this.iterResult(value, true);
    }
    if (f.resultMode === ResultMode.Construct || f.resultMode === ResultMode.SuperCall) {
      v = this.constructResult(f, v);
      if (f.resultMode === ResultMode.SuperCall) return this.finishConstruct(v, f.superCall);
    }
    this.deliver(v, f.resultMode);
  }

  private constructResult(f: Frame, v: Value): Value {
    if (v instanceof JSObject) return v;
    if (f.code.kind !== 'derivedConstructor') return f.funcEnv.slots[SpecialSlot.This] as Value;
    if (v !== undefined) this.throwError('TypeError', Msg.DerivedReturn);
    const t = f.funcEnv.slots[SpecialSlot.This];
    if (t === TDZ) this.throwError('ReferenceError', Msg.SuperNotCalled);
    return t as Value;
  }

  /** `return v`: run enclosing finally blocks first, then leave the frame. */
  doReturn(f: Frame, value: Value): void {
    for (let i = f.handlers.length - 1; i >= 0; i--) {
      const h = f.handlers[i];
      if (h.finallyPc < 0) continue;
      f.handlers.length = i;
      f.stack.length = h.stackDepth;
      this.restoreEnv(f, h.envDepth);
      f.stack.push(value, Completion.Return);
      f.pc = h.finallyPc;
      return;
    }
    // Most frames have no handlers: skip V8's slow length setter for them.
    if (f.handlers.length !== 0) f.handlers.length = 0;
    this.completeFrame(f, value);
  }

  /** break/continue to `rec`, running finally blocks on the way. */
  unwindJump(f: Frame, rec: JumpRecord): void {
    while (f.handlers.length > rec.handlerDepth) {
      const h = f.handlers.pop()!;
      if (h.finallyPc < 0) continue;
      f.stack.length = h.stackDepth;
      this.restoreEnv(f, h.envDepth);
      f.stack.push(undefined, rec);
      f.pc = h.finallyPc;
      return;
    }
    f.stack.length = rec.stackDepth;
    this.restoreEnv(f, rec.envDepth);
    f.pc = rec.target;
  }

  restoreEnv(f: Frame, depth: number): void {
    while (f.envDepth > depth) {
      f.env = f.env.outer!;
      f.envDepth--;
    }
  }

  /** True when some frame would catch an exception thrown now (natives count as catching). */
  willBeCaught(): boolean {
    return this.frames.some((f) => f.isNative ? f.fn === null : f.handlers.length > 0);
  }

  /**
   * Unwinds to the nearest handler; with none left, records the exception as uncaught.
   * Returns true when the debugger paused at the throw instead (nothing unwound yet).
   */
  throwValue(value: Value, skipHook = false): boolean {
    const debug = this.debug;
    if (!skipHook && debug !== null && debug.onThrow(value, this.willBeCaught())) {
      debug.pausedThrow = { value };
      return true;
    }
    let v = value;
    for (;;) {
      const top = this.top();
      if (top === undefined) {
        this.uncaught = { value: v };
        return false;
      }
      if (top.isNative) {
        try {
          const r = this.stepNative(top, v, true);
          if (r !== PUSHED) this.deliver(r, top.resultMode);
          return false;
        } catch (e) {
          if (!(e instanceof JSThrow)) throw e;
          v = e.value;
          continue;
        }
      }
      const h = top.handlers.pop();
      if (h !== undefined) {
        top.stack.length = h.stackDepth;
        this.restoreEnv(top, h.envDepth);
        if (h.catchPc >= 0) {
          top.stack.push(v);
          top.pc = h.catchPc;
        } else {
          top.stack.push(v, Completion.Throw);
          top.pc = h.finallyPc;
        }
        return false;
      }
      this.frames.pop();
      if (top.generator instanceof AsyncGeneratorState) {
        try {
          finishAsyncGenerator(this, top.generator, v, true);
        } catch (e) {
          if (!(e instanceof JSThrow)) throw e;
          v = e.value;
          continue;
        }
        return false;
      }
      if (top.generator instanceof AsyncFunctionState) {
        try {
          settleAsync(this, top, top.generator, v, true);
        } catch (e) {
          if (!(e instanceof JSThrow)) throw e;
          v = e.value;
          continue;
        }
        return false;
      }
      if (top.generator) {
        (top.generator as GeneratorObject).state = 'completed';
        (top.generator as GeneratorObject).frame = null;
      }
    }
  }

  /** Compiles a direct eval's source in frame `f`'s scope (syntax errors become JS SyntaxErrors). */
  compileDirectEval(source: string, f: Frame): Closure {
    try {
      return this.makeClosure(compileDirectEval(source, 'eval', f.env, f.code.strict, evalSite(f)), f.env);
    } catch (e) {
      if (e instanceof GlassboxSyntaxError) this.throwError(compileErrorType(e), e.message);
      throw e;
    }
  }

  /** A lazily compiled body on its first call; running out of host stack there is a RangeError, as in eval. */
  private compileLazily(code: FunctionCode): void {
    try {
      code.ensureCompiled();
    } catch (e) {
      if (e instanceof GlassboxSyntaxError) this.throwError(compileErrorType(e), e.message);
      throw e;
    }
  }

  /** A closure for `code` in `env`, with the spec's own properties. */
  makeClosure(code: FunctionCode, env: Env): Closure {
    const realm = this.realm;
    let scopeEnv = env;
    if (code.selfScope) scopeEnv = new Env(code.selfScope, [undefined], env);
    const proto = realm.intrinsic(code.isGenerator ? (code.isAsync ? '%AsyncGeneratorFunction.prototype%' : '%GeneratorFunction.prototype%') : code.isAsync ? '%AsyncFunction.prototype%' : '%Function.prototype%');
    const fn = new Closure(proto, code, scopeEnv);
    if (code.selfScope) scopeEnv.slots[0] = fn;
    this.lazyPrototypes.install(fn, code);
    return fn;
  }
}

export function nativeName(fn: JSFunction): string {
  const n = fn.getOwn('name');
  return n && typeof n.value === 'string' ? n.value : '';
}


/** Where a direct eval in frame `f` runs: the nearest function with its own `this` decides. */
function evalSite(f: Frame): EvalSite {
  let env: Env | null = f.env;
  while (env && !hasThisBinding(env.scope)) env = env.outer;
  const fn = env?.slots[SpecialSlot.Function];
  if (!(fn instanceof Closure)) return { inMethod: false, inInitializer: false, inDerivedConstructor: false };
  const name = fn.code.name;
  return {
    inMethod: fn.homeObject !== undefined,
    inInitializer: name === '<instance_members_initializer>' || name === '<static_initializer>',
    inDerivedConstructor: fn.code.kind === 'derivedConstructor',
  };
}
