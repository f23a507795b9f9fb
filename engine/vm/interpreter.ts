// The dispatch loop: runs instructions of the top frame for a bounded budget. Short
// cases that call helpers (clox's run()); anything that changes frames reloads.
import { dynamicImport, importMeta, importedValue } from '../realm/esm/runtime';
import { atBuiltinBoundary } from '../errors/hostStack';
import { Completion, Op } from '../bytecode/opcodes';
import { constClass, constDestructure, constEvalNames, constFunction, constJumpRecord, constKeys, constName, constPrefix, constPrivateName, constRegExp, constScope, constTemplate, constText, constValue, type DestructureInfo, type JumpRecord, type TemplateSite } from '../bytecode/constants';
import { Env } from '../env/env';
import { JSThrow, GlassboxInternalError, RealmlessJSError } from '../errors/internal';
import { Msg, formatMessage } from '../errors/messages';
import { noSideEffectsToString } from '../errors/noSideEffectsToString';
import { Closure, JSFunction } from '../heap/function';
import { ENUMERABLE, JSArray, JSObject, PrivateName, chargeElements } from '../heap/object';
import { HOLE, JSSymbol, Primitive, PropertyKey, TDZ, Value } from '../heap/values';
import { Gen, toBoolean, toObject, toPropertyKey, typeOf } from '../ops/convert';
import { isPristineArrayIteration } from '../ops/iteration';
import { describeForMessage, instanceOf, keyText } from '../ops/object';
import { makeArguments } from './arguments';
import { createClass, definePrivate, getPrivate, setPrivate } from './classes';
import { Frame, ResultMode } from './frame';
import * as H from './helpers';
import { AsyncFunctionState, GeneratorObject } from './generatorObjects';
import type { Machine } from './machine';
import { AsyncGeneratorState } from './asyncGenerators';
import { codeDisplayName } from '../debug/displayName';
import { suspendAsync, yieldAsync, yieldAsyncDelegate } from './asyncFrames';
import { CloseResult, asyncCloseHelper, asyncNextHelper, getAsyncIteratorHelper } from './asyncIteration';
import { PromiseObject } from '../heap/slots';
import { ProxyFunction, ProxyProp, isProxy } from '../heap/proxy';
import { chainHasProxy } from '../ops/internal';
import { ForInState, forInKeysHelper, proxyDeleteHelper, proxyHasHelper, readPrototypeHelper } from './proxyHelpers';
import { fulfillPromise, newPromise, performPromiseThen } from '../realm/builtins/promiseOps';
import type { NativeGen } from '../heap/function';
import * as O from './operators';
import { concatStrings } from '../ops/strings';
import { NOT_PLAIN, getIndexed, getProperty, setIndexed, setProperty } from './properties';
import { cacheAt, guardedLoad, loadNamed, storeNamed } from './inlineCache';
import * as N from './names';
import { evalDeclare, initVar } from './evalDeclarations';
import { SpecialSlot, THIS_NAME, hasThisBinding } from '../env/specialSlots';
import { noteSlowSite } from '../tier/feedback';
import * as T from './tierOps';

export type SliceResult = 'done' | 'paused' | 'slice' | 'uncaught';

/** Runs up to `budget` instructions; JS exceptions unwind to handlers inside the loop. */
export function execute(m: Machine, budget: number): SliceResult {
  m.startSlice(budget);
  return run(m);
}

/** Throws an exception from an instruction as a JS throw; rethrows what is not a JS exception. */
function toJSThrow(m: Machine, caught: unknown): void {
  // A host stack overflow: the RangeError in a deep walk, else an engine bug.
  const e = atBuiltinBoundary(m.realm, caught, m.frames);
  let value: Value;
  if (e instanceof JSThrow) value = e.value;
  // A string the host refused to build in a place concatStrings does not cover: V8's own error.
  else if (e instanceof RangeError && e.message === Msg.InvalidStringLength) value = m.realm.makeError('RangeError', e.message);
  else if (e instanceof RealmlessJSError) value = m.realm.makeError(e.type, e.message);
  else throw e;
  m.throwValue(value);
}

/** After an exception: stop the slice when the debugger paused at it or nothing caught it. */
function afterThrow(m: Machine): SliceResult | undefined {
  if (m.debug !== null && m.debug.pausedThrow !== null) return 'paused';
  if (m.uncaught) return 'uncaught';
  return undefined;
}

/** Moves the top value under the `n - 1` below it (Rot3: `a b c -> c a b`), without splice. */
function rotate(stack: Value[], n: number): void {
  const last = stack.length - 1;
  const top = stack[last];
  for (let i = last; i > last - n + 1; i--) stack[i] = stack[i - 1];
  stack[last - n + 1] = top;
}

/** The top `argc` values of the stack as a call's argument list, popped. */
function popArgs(stack: Value[], argc: number): Value[] {
  // Pops rather than a shorter length: V8's length setter is slow on the hot call path.
  const args: Value[] = new Array(argc);
  for (let i = argc - 1; i >= 0; i--) args[i] = stack.pop();
  return args;
}

function run(m: Machine): SliceResult {
  const realm = m.realm;
  reload: for (;;) {
    const top = m.top();
    if (top === undefined) return m.uncaught ? 'uncaught' : 'done';
    if (top.isNative) {
      // Only a native that ticked (a long loop over a huge array-like) waits on top.
      if (m.budget <= 0) return 'slice';
      if (m.debug !== null && m.debug.onNativeWait()) return 'paused';
      try { m.resumeNative(top); } catch (e) { toJSThrow(m, e); }
      const stop = afterThrow(m);
      if (stop) return stop;
      continue reload;
    }
    const f: Frame = top;
    if (m.debug !== null && m.debug.pausedThrow !== null) {
      const held = m.debug.pausedThrow.value;
      m.debug.pausedThrow = null;
      try { m.throwValue(held, true); } catch (e) { toJSThrow(m, e); }
      const stop = afterThrow(m);
      if (stop) return stop;
      continue reload;
    }
    const pending = f.pending;
    if (pending !== null) {
      f.pending = null;
      try {
        if (pending.kind === 'return') m.doReturn(f, pending.value);
        else m.throwValue(pending.value);
      } catch (e) {
        toJSThrow(m, e);
      }
      const stop = afterThrow(m);
      if (stop) return stop;
      continue reload;
    }
    const ops = f.ops;
    const code = f.code;
    const consts = code.consts;
    const caches = code.caches;
    const stack = f.stack as Value[];
    const strict = f.code.strict;
    try {
    for (;;) {
      // The instruction that found the budget spent did not run: give its count back.
      if (--m.budget < 0) { m.budget++; return 'slice'; }
      const at = f.pc;
      switch (ops[f.pc++]) {
        case Op.Const: stack.push(constValue(consts, ops[f.pc++])); break;
        case Op.Undefined: stack.push(undefined); break;
        case Op.Null: stack.push(null); break;
        case Op.True: stack.push(true); break;
        case Op.False: stack.push(false); break;
        case Op.Pop: stack.pop(); break;
        case Op.Dup: stack.push(stack[stack.length - 1]); break;
        case Op.Dup2: { const n = stack.length; stack.push(stack[n - 2], stack[n - 1]); break; }
        case Op.Swap: { const n = stack.length; const t = stack[n - 1]; stack[n - 1] = stack[n - 2]; stack[n - 2] = t; break; }
        case Op.Rot3: rotate(stack, 3); break;
        case Op.Rot4: rotate(stack, 4); break;
        case Op.GetLocal: {
          let e = f.env;
          for (let d = ops[f.pc++]; d > 0; d--) e = e.outer!;
          const slot = ops[f.pc++];
          const v = e.slots[slot];
          if (v === TDZ) throwTDZ(m, e, slot);
          stack.push(v as Value);
          break;
        }
        case Op.SetLocal: {
          let e = f.env;
          for (let d = ops[f.pc++]; d > 0; d--) e = e.outer!;
          const slot = ops[f.pc++];
          if (e.slots[slot] === TDZ) throwTDZ(m, e, slot);
          if (e.scope.isImmutable(slot)) {
            if (e.scope.kinds[slot] === 'callee') { if (strict) m.throwError('TypeError', Msg.ConstAssign); break; }
            m.throwError('TypeError', Msg.ConstAssign);
          }
          e.slots[slot] = stack[stack.length - 1];
          break;
        }
        case Op.InitLocal: {
          let e = f.env;
          for (let d = ops[f.pc++]; d > 0; d--) e = e.outer!;
          e.slots[ops[f.pc++]] = stack.pop();
          break;
        }
        case Op.GetGlobal: {
          const name = constName(consts, ops[f.pc++]);
          const p = realm.global.lookup(name);
          if (p === undefined) m.throwError('ReferenceError', formatMessage(Msg.NotDefined, name));
          if (!p.isAccessor) { stack.push(p.value); break; }
          getProperty(m, realm.global, name);
          continue reload;
        }
        case Op.SetGlobal: {
          const name = constName(consts, ops[f.pc++]);
          if (strict && realm.global.lookup(name) === undefined) m.throwError('ReferenceError', formatMessage(Msg.NotDefined, name));
          setProperty(m, realm.global, name, stack.pop(), strict);
          continue reload;
        }
        case Op.TypeofGlobal: {
          const name = constName(consts, ops[f.pc++]);
          const p = realm.global.lookup(name);
          if (p === undefined) { stack.push('undefined'); break; }
          if (!p.isAccessor) { stack.push(typeOf(p.value)); break; }
          m.runHelper(H.typeofGlobalAccessor(realm, name));
          continue reload;
        }
        case Op.DeleteGlobal: stack.push(realm.global.deleteOwn(constName(consts, ops[f.pc++]))); break;
        case Op.DeclareGlobalVar: {
          const name = constName(consts, ops[f.pc++]);
          const configurable = ops[f.pc++] === 1;
          if (!realm.global.getOwn(name)) realm.global.defineOwn(name, { value: undefined, writable: true, enumerable: true, configurable });
          break;
        }
        case Op.PushEnv: f.env = m.newEnv(constScope(consts, ops[f.pc++]), f.env); f.envDepth++; break;
        case Op.PopEnv: f.env = f.env.outer!; f.envDepth--; break;
        case Op.CopyEnv: f.env = f.env.copy(); break;
        case Op.NewObject: stack.push(new JSObject(realm.ObjectPrototype)); break;
        case Op.NewArray: stack.push(realm.newArray()); break;
        case Op.ArrayPush: { const v = stack.pop(); (stack[stack.length - 1] as JSArray).items.push(v); chargeElements(1); break; }
        case Op.ArrayHole: (stack[stack.length - 1] as JSArray).items.push(HOLE); chargeElements(1); break;
        case Op.ArraySpread: {
          const textIndex = ops[f.pc++];
          const src = stack.pop();
          const arr = stack[stack.length - 1] as JSArray;
          if (src instanceof JSArray && isPristineArrayIteration(realm, src)) {
            chargeElements(src.items.length);
            for (const v of src.items) arr.items.push(v === HOLE ? undefined : v);
            break;
          }
          stack.pop();
          m.runHelper(H.spreadHelper(realm, arr, src, constText(consts, textIndex)), ResultMode.Normal, [arr, src]);
          continue reload;
        }
        case Op.DefineField: {
          const v = stack.pop(); const key = stack.pop() as PropertyKey;
          (stack[stack.length - 1] as JSObject).createDataProperty(key, v);
          break;
        }
        case Op.DefineMethod: case Op.DefineGetter: case Op.DefineSetter: {
          const op = ops[at];
          const enumerable = ops[f.pc++] === 1;
          const fn = stack.pop() as Closure; const key = stack.pop() as PropertyKey;
          const obj = stack[stack.length - 1] as JSObject;
          fn.homeObject = obj;
          if (op === Op.DefineMethod) obj.defineOwn(key, { value: fn, writable: true, enumerable, configurable: true });
          else obj.defineOwn(key, op === Op.DefineGetter ? { get: fn, enumerable, configurable: true } : { set: fn, enumerable, configurable: true });
          break;
        }
        case Op.CopyDataProps: {
          const src = stack.pop(); const target = stack.pop() as JSObject;
          m.runHelper(H.copyDataHelper(realm, target, src, []), ResultMode.Normal, [target, src]);
          continue reload;
        }
        case Op.CopyRestKeys: {
          // the computed keys, in an array that only this pattern's code ever sees
          const noted = (stack.pop() as JSArray).items as PropertyKey[];
          const src = stack[stack.length - 1];
          const excluded = [...constKeys(consts, ops[f.pc++]), ...noted];
          const rest = new JSObject(realm.ObjectPrototype);
          m.runHelper(H.copyDataHelper(realm, rest, src, excluded), ResultMode.Normal, [rest]);
          continue reload;
        }
        case Op.CopyRest: {
          const src = stack.pop();
          const rest = new JSObject(realm.ObjectPrototype);
          m.runHelper(H.copyDataHelper(realm, rest, src, constKeys(consts, ops[f.pc++])), ResultMode.Normal, [rest, src]);
          continue reload;
        }
        case Op.SetProtoLiteral: {
          const v = stack.pop();
          if (v === null || v instanceof JSObject) (stack[stack.length - 1] as JSObject).setProto(v);
          break;
        }
        case Op.GetNamed: {
          const key = constName(consts, ops[f.pc++]);
          const obj = stack[stack.length - 1];
          if (obj instanceof JSObject) {
            const v = loadNamed(caches[at] ?? cacheAt(f.code, at), obj, key);
            if (v !== NOT_PLAIN) { stack[stack.length - 1] = v as Value; break; }
          }
          stack.pop();
          getProperty(m, obj, key);
          continue reload;
        }
        case Op.GetKeyed: {
          const key = stack.pop(); const obj = stack.pop();
          if (typeof key === 'number') { getIndexed(m, obj, key); continue reload; }
          if (typeof key === 'string' || key instanceof JSSymbol) { getProperty(m, obj, key); continue reload; }
          if (obj === undefined || obj === null) m.throwError('TypeError', formatMessage(Msg.ReadOfNullish, obj, String(key)));
          m.runHelper(H.getKeyedHelper(realm, obj, key), ResultMode.Normal, [obj, key]);
          continue reload;
        }
        case Op.SetNamed: {
          const v = stack.pop(); const obj = stack.pop();
          const key = constName(consts, ops[f.pc++]);
          if (obj instanceof JSObject && storeNamed(caches[at] ?? cacheAt(f.code, at), obj, key, v)) { stack.push(v); break; }
          setProperty(m, obj, key, v, strict);
          continue reload;
        }
        case Op.SetKeyed: {
          const v = stack.pop(); const key = stack.pop(); const obj = stack.pop();
          if (typeof key === 'number') setIndexed(m, obj, key, v, strict);
          else if (typeof key === 'string' || key instanceof JSSymbol) setProperty(m, obj, key, v, strict);
          else if (!(key instanceof JSObject)) setProperty(m, obj, propertyKeyOf(key), v, strict);
          else m.runHelper(H.setKeyedHelper(realm, obj, key, v, strict), ResultMode.Normal, [obj, key, v]);
          continue reload;
        }
        case Op.DeleteNamed: case Op.DeleteKeyed: {
          const key = ops[at] === Op.DeleteNamed ? constName(consts, ops[f.pc++]) : propertyKeyOf(stack.pop());
          const obj = stack.pop();
          if (obj === undefined || obj === null) m.throwError('TypeError', Msg.ToObjectNullish);
          if (isProxy(obj)) { m.runHelper(proxyDeleteHelper(realm, obj, key, strict), ResultMode.Normal, [obj]); continue reload; }
          const ok = obj instanceof JSObject ? obj.deleteOwn(key) : true;
          if (!ok && strict) m.throwError('TypeError', formatMessage(Msg.DeleteNonConfigurable, typeof key === 'string' ? key : key.toString(), describeForMessage(obj)));
          stack.push(ok);
          break;
        }
        case Op.GetSuper: {
          const key = stack.pop() as PropertyKey; const thisV = stack.pop(); const fn = stack.pop() as Closure;
          const proto = fn.homeObject?.proto ?? null;
          // https://tc39.es/ecma262/#sec-getvalue step 3.a: the super base must be an object.
          if (proto === null) m.throwError('TypeError', formatMessage(Msg.ReadOfNullish, null, keyText(key)));
          const p = proto.lookup(key);
          if (!p) { stack.push(undefined); break; }
          if (!p.isAccessor) { stack.push(p.value); break; }
          if (!p.get) { stack.push(undefined); break; }
          m.call(p.get, thisV, [], ResultMode.Normal);
          continue reload;
        }
        case Op.SetSuper: {
          const v = stack.pop(); const key = stack.pop() as PropertyKey; const thisV = stack.pop(); const fn = stack.pop() as Closure;
          if ((fn.homeObject?.proto ?? null) === null) m.throwError('TypeError', formatMessage(Msg.SetOfNullish, null, keyText(key)));
          setProperty(m, thisV, key, v, strict);
          continue reload;
        }
        case Op.GetPrivate: { const name = stack.pop() as unknown as PrivateName; getPrivate(m, stack, stack.pop(), name); continue reload; }
        case Op.SetPrivate: {
          const v = stack.pop(); const name = stack.pop() as unknown as PrivateName;
          setPrivate(m, stack, stack.pop(), name, v);
          continue reload;
        }
        case Op.HasPrivate: {
          const obj = stack.pop(); const name = stack.pop() as unknown as PrivateName;
          if (!(obj instanceof JSObject)) m.throwError('TypeError', formatMessage(Msg.InNonObject, name.description, String(obj)));
          stack.push(!!obj.privates?.has(name));
          break;
        }
        case Op.DefinePrivate: {
          const v = stack.pop(); const name = stack.pop() as unknown as PrivateName;
          definePrivate(m, stack[stack.length - 1] as JSObject, name, v, ops[f.pc++]);
          break;
        }
        case Op.NewPrivateName: {
          const d = constPrivateName(consts, ops[f.pc++]);
          stack.push(new PrivateName(d.name, d.methodOf) as unknown as Value);
          break;
        }
        case Op.Add: {
          const b = stack.pop(); const a = stack[stack.length - 1];
          if (typeof a === 'number' && typeof b === 'number') { stack[stack.length - 1] = a + b; break; }
          noteSlowSite(code, at);
          if (typeof a === 'string' && typeof b === 'string') { stack[stack.length - 1] = concatStrings(realm, a, b); break; }
          stack.pop();
          if (!(a instanceof JSObject) && !(b instanceof JSObject)) { stack.push(O.primitiveBinary(realm, Op.Add, a as Primitive, b as Primitive)); break; }
          m.runHelper(O.binarySlow(realm, Op.Add, a, b), ResultMode.Normal, [a, b]);
          continue reload;
        }
        case Op.Sub: case Op.Mul: case Op.Div: case Op.Mod: case Op.Exp:
        case Op.BitAnd: case Op.BitOr: case Op.BitXor: case Op.Shl: case Op.Sar: case Op.Shr: {
          const op = ops[at];
          const b = stack.pop(); const a = stack.pop();
          if (typeof a === 'number' && typeof b === 'number') { stack.push(O.numericOp(realm, op, a, b)); break; }
          noteSlowSite(code, at);
          if (!(a instanceof JSObject) && !(b instanceof JSObject)) { stack.push(O.primitiveBinary(realm, op, a as Primitive, b as Primitive)); break; }
          m.runHelper(O.binarySlow(realm, op, a, b), ResultMode.Normal, [a, b]);
          continue reload;
        }
        case Op.StrictEq: { const b = stack.pop(); stack[stack.length - 1] = stack[stack.length - 1] === b; break; }
        case Op.StrictNe: { const b = stack.pop(); stack[stack.length - 1] = stack[stack.length - 1] !== b; break; }
        case Op.Eq: case Op.Ne: {
          const negate = ops[at] === Op.Ne;
          const b = stack.pop(); const a = stack.pop();
          if (!(a instanceof JSObject) || !(b instanceof JSObject)) {
            if (!(a instanceof JSObject) && !(b instanceof JSObject)) { stack.push(O.looseEqualsPrimitive(a as Primitive, b as Primitive) !== negate); break; }
          } else { stack.push((a === b) !== negate); break; }
          m.runHelper(negateGen(O.looseEqualsSlow(realm, a, b), negate), ResultMode.Normal, [a, b]);
          continue reload;
        }
        case Op.Lt: case Op.Gt: case Op.Le: case Op.Ge: {
          const op = ops[at];
          const b = stack.pop(); const a = stack.pop();
          if (typeof a === 'number' && typeof b === 'number') {
            stack.push(op === Op.Lt ? a < b : op === Op.Gt ? a > b : op === Op.Le ? a <= b : a >= b);
            break;
          }
          noteSlowSite(code, at);
          if (!(a instanceof JSObject) && !(b instanceof JSObject)) { stack.push(O.compareResult(op, realm, a as Primitive, b as Primitive)); break; }
          m.runHelper(O.compareSlow(realm, op, a, b) as Gen<Value>, ResultMode.Normal, [a, b]);
          continue reload;
        }
        case Op.In: {
          const obj = stack.pop(); const key = stack.pop();
          if (!(obj instanceof JSObject)) m.throwError('TypeError', formatMessage(Msg.InNonObject, noSideEffectsToString(realm, key), obj === null || obj === undefined ? String(obj) : typeof obj === 'string' ? obj : String(obj)));
          if (key instanceof JSObject) { m.runHelper(inHelper(m, key, obj), ResultMode.Normal, [key, obj]); continue reload; }
          const k = propertyKeyOf(key);
          const p = obj.lookup(k);
          if (p instanceof ProxyProp) { m.runHelper(proxyHasHelper(realm, p.proxy, k), ResultMode.Normal, [p.proxy]); continue reload; }
          stack.push(p !== undefined);
          break;
        }
        case Op.InstanceOf: {
          const c = stack.pop(); const v = stack.pop();
          m.runHelper(instanceOf(realm, v, c) as Gen<Value>, ResultMode.Normal, [v, c]);
          continue reload;
        }
        case Op.Neg: case Op.Plus: case Op.BitNot: case Op.Inc: case Op.Dec: case Op.ToNumeric: {
          const op = ops[at];
          const a = stack.pop();
          if (typeof a === 'number') { stack.push(op === Op.Inc ? a + 1 : op === Op.Dec ? a - 1 : op === Op.Neg ? -a : op === Op.BitNot ? ~a : a); break; }
          if (!(a instanceof JSObject)) {
            stack.push(O.unaryNumeric(realm, op, typeof a === 'bigint' ? a : O.primitiveBinary(realm, Op.Sub, a as Primitive, 0) as number));
            break;
          }
          m.runHelper(O.unarySlow(realm, op, a), ResultMode.Normal, [a]);
          continue reload;
        }
        case Op.Not: stack.push(!toBoolean(stack.pop())); break;
        case Op.TypeOf: stack.push(typeOf(stack.pop())); break;
        case Op.ToPropertyKey: {
          const v = stack[stack.length - 1];
          if (typeof v === 'string' || v instanceof JSSymbol) break;
          stack.pop();
          if (!(v instanceof JSObject)) { stack.push(propertyKeyOf(v) as Value); break; }
          m.runHelper(H.toPropertyKeyHelper(realm, v), ResultMode.Normal, [v]);
          continue reload;
        }
        case Op.ToString: {
          const v = stack[stack.length - 1];
          if (typeof v === 'string') break;
          stack.pop();
          if (v instanceof JSSymbol) m.throwError('TypeError', Msg.SymbolToString);
          if (!(v instanceof JSObject)) { stack.push(String(v)); break; }
          m.runHelper(H.toStringHelper(realm, v), ResultMode.Normal, [v]);
          continue reload;
        }
        case Op.Jump: {
          const t = f.pc = ops[f.pc];
          // A loop's back-edge: counted for the tier, which may move this frame to optimized code.
          if (t < at && ++code.backEdges >= code.nextLoopCheck && m.tier.loopReached(code, f)) continue reload;
          break;
        }
        case Op.JumpIfFalse: { const t = ops[f.pc++]; if (!toBoolean(stack.pop())) f.pc = t; break; }
        case Op.JumpIfTrue: {
          const t = ops[f.pc++];
          if (!toBoolean(stack.pop())) break;
          f.pc = t;
          if (t < at && ++code.backEdges >= code.nextLoopCheck && m.tier.loopReached(code, f)) continue reload;
          break;
        }
        case Op.JumpIfFalseKeep: { const t = ops[f.pc++]; if (!toBoolean(stack[stack.length - 1])) f.pc = t; else stack.pop(); break; }
        case Op.JumpIfTrueKeep: { const t = ops[f.pc++]; if (toBoolean(stack[stack.length - 1])) f.pc = t; else stack.pop(); break; }
        case Op.JumpIfNotNullishKeep: {
          const t = ops[f.pc++]; const v = stack[stack.length - 1];
          if (v !== undefined && v !== null) f.pc = t; else stack.pop();
          break;
        }
        case Op.JumpIfNullish: {
          const t = ops[f.pc++]; const v = stack[stack.length - 1];
          if (v === undefined || v === null) { stack[stack.length - 1] = undefined; f.pc = t; }
          break;
        }
        case Op.JumpUnwind: m.unwindJump(f, constJumpRecord(consts, ops[f.pc++])); continue reload;
        case Op.Closure: stack.push(m.makeClosure(constFunction(consts, ops[f.pc++]), f.env)); break;
        case Op.Call: {
          const argc = ops[f.pc++]; const text = constText(consts, ops[f.pc++]);
          const args = popArgs(stack, argc);
          const thisV = stack.pop(); const fn = stack.pop();
          m.call(fn, thisV, args, ResultMode.Normal, text);
          continue reload;
        }
        case Op.DirectEval: {
          const argc = ops[f.pc++];
          const args = popArgs(stack, argc);
          const thisV = stack.pop(); const fn = stack.pop();
          if (fn !== realm.intrinsic('%eval%')) { m.call(fn, thisV, args, ResultMode.Normal, 'eval'); continue reload; }
          if (typeof args[0] !== 'string') { stack.push(args[0]); break; }
          m.call(m.compileDirectEval(args[0], f), undefined, []);
          continue reload;
        }
        case Op.CallSpread: {
          const text = constText(consts, ops[f.pc++]);
          const args = H.arrayItems(stack.pop() as JSArray);
          const thisV = stack.pop(); const fn = stack.pop();
          m.call(fn, thisV, args, ResultMode.Normal, text);
          continue reload;
        }
        case Op.New: {
          const argc = ops[f.pc++]; const text = constText(consts, ops[f.pc++]);
          const args = popArgs(stack, argc);
          const fn = stack.pop();
          m.construct(fn, args, fn, ResultMode.Construct, text);
          continue reload;
        }
        case Op.NewSpread: {
          const text = constText(consts, ops[f.pc++]);
          const args = H.arrayItems(stack.pop() as JSArray);
          const fn = stack.pop();
          m.construct(fn, args, fn, ResultMode.Construct, text);
          continue reload;
        }
        case Op.SuperCall: case Op.SuperCallSpread: {
          const args = ops[at] === Op.SuperCall ? popArgs(stack, ops[f.pc++]) : H.arrayItems(stack.pop() as JSArray);
          superCall(m, f, args);
          continue reload;
        }
        case Op.Return: m.doReturn(f, stack.pop()); continue reload;
        case Op.Throw: throw new JSThrow(stack.pop());
        case Op.TryPush: {
          const c = ops[f.pc++]; const fin = ops[f.pc++];
          f.handlers.push({ catchPc: c, finallyPc: fin, stackDepth: stack.length, envDepth: f.envDepth });
          break;
        }
        case Op.TryPop: f.handlers.pop(); break;
        case Op.EndFinally: {
          const kind = stack.pop(); const v = stack.pop();
          if (kind === Completion.Normal) break;
          if (kind === Completion.Throw) throw new JSThrow(v);
          if (kind === Completion.Return) m.doReturn(f, v);
          else m.unwindJump(f, kind as unknown as JumpRecord);
          continue reload;
        }
        case Op.GetIterator: {
          const textIndex = ops[f.pc++];
          const v = stack.pop();
          if (v instanceof JSArray && isPristineArrayIteration(realm, v)) { stack.push(new H.ArrayCursor(v) as unknown as Value); break; }
          m.runHelper(H.getIteratorHelper(realm, v, constText(consts, textIndex)), ResultMode.Normal, [v]);
          continue reload;
        }
        case Op.IterNext: {
          const target = ops[f.pc++];
          const it = stack[stack.length - 1] as unknown;
          if (it instanceof H.ArrayCursor) {
            const items = it.array.items;
            if (it.index >= items.length) { it.done = true; f.pc = target; break; }
            const v = items[it.index++];
            if (v === HOLE) { getProperty(m, it.array, String(it.index - 1)); continue reload; }
            stack.push(v);
            break;
          }
          if (it instanceof H.IterStepResult) {
            stack.pop();
            if (it.done) f.pc = target; else stack.push(it.value);
            break;
          }
          f.pc = at;
          m.runHelper(H.iterStepHelper(realm, it as never));
          continue reload;
        }
        case Op.IterValue: {
          const it = stack[stack.length - 1] as unknown;
          if (it instanceof H.ArrayCursor) {
            const items = it.array.items;
            if (it.index >= items.length) { it.done = true; stack.push(undefined); break; }
            const v = items[it.index++];
            if (v === HOLE) { getProperty(m, it.array, String(it.index - 1)); continue reload; }
            stack.push(v);
            break;
          }
          m.runHelper(H.iterValueHelper(realm, it as never));
          continue reload;
        }
        case Op.IterRest: {
          const it = stack[stack.length - 1] as unknown;
          if (it instanceof H.ArrayCursor) {
            const rest = it.array.items.slice(it.index).map((v) => (v === HOLE ? undefined : v));
            it.index = it.array.items.length; it.done = true;
            stack.push(realm.newArray(rest));
            break;
          }
          m.runHelper(H.iterRestHelper(realm, it as never));
          continue reload;
        }
        case Op.IterDone: (stack[stack.length - 1] as unknown as { done: boolean }).done = true; break;
        case Op.NoteKey: { const n = stack.length; (stack[n - 1 - ops[f.pc++]] as JSArray).items.push(stack[n - 1]); break; }
        case Op.IterClose: {
          const n = stack.length;
          const it = stack[n - 3] as unknown;
          if (it instanceof H.ArrayCursor || (it as { done: boolean }).done) break;
          m.runHelper(H.closeHelper(realm, it as never, stack[n - 1] === Completion.Throw), ResultMode.Discard);
          continue reload;
        }
        case Op.GetAsyncIterator: {
          const textIndex = ops[f.pc++];
          const v = stack.pop();
          m.runHelper(getAsyncIteratorHelper(realm, v, constText(consts, textIndex)), ResultMode.Normal, [v]);
          continue reload;
        }
        case Op.AsyncIterNext: m.runHelper(asyncNextHelper(realm, stack[stack.length - 1] as never)); continue reload;
        case Op.AsyncIterUnwrap: {
          const target = ops[f.pc++];
          const result = stack.pop();
          if (!(result instanceof JSObject)) m.throwError('TypeError', formatMessage(Msg.IteratorResultNotObject, String(result)));
          const done = result.lookup('done');
          if (done && toBoolean(done.isAccessor ? undefined : done.value)) { f.pc = target; break; }
          const value = result.lookup('value');
          stack.push(value && !value.isAccessor ? value.value : undefined);
          break;
        }
        case Op.AsyncIterClose: {
          const target = ops[f.pc++];
          const top = stack[stack.length - 1] as unknown;
          if (top instanceof CloseResult) {
            stack.pop();
            if (top.called) stack.push(top.value); else f.pc = target;
            break;
          }
          const n = stack.length;
          const rec = stack[n - 3] as unknown as { done: boolean };
          if (rec.done) { f.pc = target; break; }
          f.pc = at;
          m.runHelper(asyncCloseHelper(realm, rec as never, stack[n - 1] === Completion.Throw));
          continue reload;
        }
        case Op.ForInStart: {
          const state = forInKeys(m, stack.pop());
          if (state instanceof JSObject) { m.runHelper(forInKeysHelper(realm, state), ResultMode.Normal, [state]); continue reload; }
          stack.push(state as unknown as Value);
          break;
        }
        case Op.ForInNext: {
          const target = ops[f.pc++];
          const st = stack[stack.length - 1] as unknown as ForInState;
          let key: string | undefined;
          while (st.i < st.keys.length) {
            const k = st.keys[st.i++];
            if (st.obj.lookup(k) !== undefined) { key = k; break; }
          }
          if (key === undefined) f.pc = target; else stack.push(key);
          break;
        }
        case Op.CreateClass: {
          const info = constClass(consts, ops[f.pc++]);
          const hasHeritage = ops[f.pc++] === 1;
          const heritage = stack[stack.length - 1];
          if (hasHeritage && heritage instanceof ProxyFunction && heritage.isConstructor && heritage.pendingPrototype === undefined) {
            // `extends` reads the proxy's prototype with [[Get]] (traps run), then the op runs again.
            f.pc = at;
            m.runHelper(readPrototypeHelper(realm, heritage), ResultMode.Discard);
            continue reload;
          }
          const [F, proto] = createClass(m, info, f.env, stack.pop(), hasHeritage);
          stack.push(F, proto);
          break;
        }
        case Op.SetFunctionName: {
          const prefix = constPrefix(consts, ops[f.pc++]);
          const key = stack[stack.length - 2] as PropertyKey;
          const fn = stack[stack.length - 1] as JSObject;
          const base = typeof key === 'string' ? key : key.description === undefined ? '' : `[${key.description}]`;
          fn.defineOwn('name', { value: prefix ? `${prefix} ${base}` : base, writable: false, enumerable: false, configurable: true });
          break;
        }
        case Op.TemplateObject: stack.push(templateObject(m, constTemplate(consts, ops[f.pc++]))); break;
        case Op.RegExp: {
          const r = constRegExp(consts, ops[f.pc++]);
          const ctor = realm.intrinsic('%RegExp%');
          m.construct(ctor, [r.pattern, r.flags], ctor);
          continue reload;
        }
        case Op.GeneratorStart: {
          const fn = f.func!;
          const protoProp = fn.lookup('prototype');
          const isAsync = f.code.isAsync;
          const fallback = isAsync ? realm.intrinsic('%AsyncGeneratorPrototype%') : realm.GeneratorPrototype;
          const proto = protoProp && !protoProp.isAccessor && protoProp.value instanceof JSObject ? protoProp.value : fallback;
          const g = isAsync ? new AsyncGeneratorState(proto, f) : new GeneratorObject(proto, f);
          f.generator = g;
          m.frames.pop();
          m.deliver(g, f.resultMode);
          continue reload;
        }
        case Op.Yield: {
          const v = stack.pop();
          if (f.generator instanceof AsyncGeneratorState) {
            if (yieldAsync(m, f, f.generator, v)) continue reload;
            if (f.pending !== null) continue reload;
            break;
          }
          const g = f.generator as GeneratorObject;
          g.state = 'suspendedYield';
          m.frames.pop();
          m.deliver(m.iterResult(v, false), ResultMode.Normal);
          continue reload;
        }
        case Op.YieldDelegate: {
          const mode = stack.pop() as number; const received = stack.pop();
          const it = stack[stack.length - 1] as unknown;
          stack.push(mode);
          m.runHelper(H.delegateHelper(realm, it as never, mode, received), ResultMode.Normal, [received]);
          continue reload;
        }
        case Op.YieldDelegateNext: {
          const target = ops[f.pc++];
          const top = stack.pop(); const mode = stack.pop() as number;
          const isAsync = f.generator instanceof AsyncGeneratorState;
          const step = top instanceof H.DelegateStep ? top : H.plainDelegateStep(top, isAsync);
          if (step === undefined) {
            // getters on done/value, or not an object: read them as user code, then come back
            stack.push(mode);
            f.pc = at;
            m.runHelper(H.delegateStepHelper(realm, top, isAsync));
            continue reload;
          }
          if (step.done) {
            stack.pop();
            if (mode === Completion.Return) { m.doReturn(f, step.value); continue reload; }
            stack.push(step.value);
            f.pc = target;
            break;
          }
          if (isAsync) {
            if (yieldAsyncDelegate(m, f, f.generator as AsyncGeneratorState, step.value)) continue reload;
            break;
          }
          const g = f.generator as GeneratorObject;
          g.state = 'suspendedYield';
          f.atDelegate = true;
          m.frames.pop();
          m.deliver(step.result, ResultMode.Normal);
          continue reload;
        }
        case Op.Await: {
          const v = stack.pop();
          if (awaitValue(m, f, v)) continue reload;
          // the helper pushes PromiseResolve(v), which this instruction then awaits
          f.pc = at;
          m.runHelper(H.promiseResolveHelper(realm, v));
          continue reload;
        }
        case Op.MakeArguments: stack.push(makeArguments(realm, f.func!, f.args, f.funcEnv)); break;
        case Op.Arg: { const i = ops[f.pc++]; stack.push(i < f.args.length ? f.args[i] : undefined); break; }
        case Op.RestArgs: stack.push(realm.newArray(f.args.slice(ops[f.pc++]))); break;
        case Op.Step: {
          const kind = ops[f.pc++];
          m.steps++;
          if (m.debug !== null && (m.debug.watchesSteps || f.code.hasBreakpoints) && m.debug.onStep(f, kind, at)) return 'paused';
          break;
        }
        case Op.Debugger: if (m.debug !== null && m.debug.onDebugger(f, at)) return 'paused'; break;
        case Op.Dup3: { const n = stack.length; stack.push(stack[n - 3], stack[n - 2], stack[n - 1]); break; }
        case Op.Rot5: rotate(stack, 5); break;
        case Op.GetName: {
          const name = constName(consts, ops[f.pc++]);
          const e = N.scan(f.env, name);
          if (e !== null && e.object === null) { stack.push(N.readBinding(realm, e, name)); break; }
          if (e === null) { const p = realm.global.lookup(name); if (p !== undefined && !p.isAccessor) { stack.push(p.value); break; } }
          m.runHelper(N.getNameHelper(realm, f.env, name, strict));
          continue reload;
        }
        case Op.GetNameCallee: {
          const name = constName(consts, ops[f.pc++]);
          const e = N.scan(f.env, name);
          if (e !== null && e.object === null) { stack.push(N.readBinding(realm, e, name), undefined); break; }
          m.runHelper(N.calleeHelper(realm, stack, f.env, name, strict));
          continue reload;
        }
        case Op.TypeofName: m.runHelper(N.typeofHelper(realm, f.env, constName(consts, ops[f.pc++]), strict)); continue reload;
        case Op.DeleteName: m.runHelper(N.deleteHelper(realm, f.env, constName(consts, ops[f.pc++]))); continue reload;
        case Op.ResolveName: {
          const name = constName(consts, ops[f.pc++]);
          const e = N.scan(f.env, name);
          if (e !== null && e.object === null) { stack.push(e as never); break; }
          m.runHelper(N.resolveHelper(realm, f.env, name));
          continue reload;
        }
        case Op.GetRef: {
          const name = constName(consts, ops[f.pc++]);
          const ref = stack[stack.length - 1] as unknown as N.NameRef;
          if (ref instanceof Env && ref.object === null) { stack.push(N.readBinding(realm, ref, name)); break; }
          m.runHelper(N.getRefValue(realm, ref, name, strict));
          continue reload;
        }
        case Op.PutRef: {
          const name = constName(consts, ops[f.pc++]);
          const v = stack.pop(); const ref = stack.pop() as unknown as N.NameRef;
          if (ref instanceof Env && ref.object === null) { N.writeBinding(realm, ref, name, v, strict); stack.push(v); break; }
          const obj = N.bindingObject(ref);
          if (obj !== null) { m.runHelper(N.putHelper(realm, obj, name, v, strict)); continue reload; }
          // Unresolvable: sloppy code creates a global property.
          if (strict) m.throwError('ReferenceError', formatMessage(Msg.NotDefined, name));
          setProperty(m, realm.global, name, v, false);
          continue reload;
        }
        case Op.PushWith: {
          const scope = constScope(consts, ops[f.pc++]);
          f.env = Env.objectEnv(scope, toObject(realm, stack.pop()), f.env);
          f.envDepth++;
          break;
        }
        case Op.EvalDeclare: evalDeclare(realm, f.env, constEvalNames(consts, ops[f.pc++])); break;
        case Op.InitVar: initVar(realm, f.env, constName(consts, ops[f.pc++]), stack.pop()); break;
        case Op.GetImport: {
          let e = f.env;
          for (let d = ops[f.pc++]; d > 0; d--) e = e.outer!;
          stack.push(importedValue(realm, e, ops[f.pc++]));
          break;
        }
        case Op.ImportCall: {
          const options = ops[f.pc++] === 1 ? stack.pop() : undefined;
          const specifier = stack.pop();
          m.runHelper(dynamicImport(realm, specifier, f.code.fileName, options), ResultMode.Normal, [specifier, options]);
          continue reload;
        }
        case Op.ImportMeta: stack.push(importMeta(realm, f.code.fileName)); break;
        case Op.CheckDestructure: {
          const v = stack[stack.length - 1];
          const info = constDestructure(consts, ops[f.pc++]);
          if (v === undefined || v === null) throwDestructure(m, v, info);
          break;
        }
        // Quickened instructions (engine/tier/rules.ts): only in optimized copies.
        case Op.AddNum: {
          const b = stack[stack.length - 1]; const a = stack[stack.length - 2];
          if (typeof a !== 'number' || typeof b !== 'number') { if (m.tier.deopt(m, f, at, 'notANumber')) return 'paused'; continue reload; }
          stack.pop(); stack[stack.length - 1] = a + b; break;
        }
        case Op.SubNum: {
          const b = stack[stack.length - 1]; const a = stack[stack.length - 2];
          if (typeof a !== 'number' || typeof b !== 'number') { if (m.tier.deopt(m, f, at, 'notANumber')) return 'paused'; continue reload; }
          stack.pop(); stack[stack.length - 1] = a - b; break;
        }
        case Op.MulNum: {
          const b = stack[stack.length - 1]; const a = stack[stack.length - 2];
          if (typeof a !== 'number' || typeof b !== 'number') { if (m.tier.deopt(m, f, at, 'notANumber')) return 'paused'; continue reload; }
          stack.pop(); stack[stack.length - 1] = a * b; break;
        }
        case Op.DivNum: {
          const b = stack[stack.length - 1]; const a = stack[stack.length - 2];
          if (typeof a !== 'number' || typeof b !== 'number') { if (m.tier.deopt(m, f, at, 'notANumber')) return 'paused'; continue reload; }
          stack.pop(); stack[stack.length - 1] = a / b; break;
        }
        case Op.ModNum: {
          const b = stack[stack.length - 1]; const a = stack[stack.length - 2];
          if (typeof a !== 'number' || typeof b !== 'number') { if (m.tier.deopt(m, f, at, 'notANumber')) return 'paused'; continue reload; }
          stack.pop(); stack[stack.length - 1] = a % b; break;
        }
        case Op.LtNum: {
          const b = stack[stack.length - 1]; const a = stack[stack.length - 2];
          if (typeof a !== 'number' || typeof b !== 'number') { if (m.tier.deopt(m, f, at, 'notANumber')) return 'paused'; continue reload; }
          stack.pop(); stack[stack.length - 1] = a < b; break;
        }
        case Op.GtNum: {
          const b = stack[stack.length - 1]; const a = stack[stack.length - 2];
          if (typeof a !== 'number' || typeof b !== 'number') { if (m.tier.deopt(m, f, at, 'notANumber')) return 'paused'; continue reload; }
          stack.pop(); stack[stack.length - 1] = a > b; break;
        }
        case Op.LeNum: {
          const b = stack[stack.length - 1]; const a = stack[stack.length - 2];
          if (typeof a !== 'number' || typeof b !== 'number') { if (m.tier.deopt(m, f, at, 'notANumber')) return 'paused'; continue reload; }
          stack.pop(); stack[stack.length - 1] = a <= b; break;
        }
        case Op.GeNum: {
          const b = stack[stack.length - 1]; const a = stack[stack.length - 2];
          if (typeof a !== 'number' || typeof b !== 'number') { if (m.tier.deopt(m, f, at, 'notANumber')) return 'paused'; continue reload; }
          stack.pop(); stack[stack.length - 1] = a >= b; break;
        }
        case Op.LocalConstNum: {
          const a = f.env.slots[ops[at + 2]];
          if (typeof a !== 'number') { if (m.tier.deopt(m, f, at, 'notANumber', at + 5)) return 'paused'; continue reload; }
          // The operator from the plain ops: its own word may hold a quickened opcode here.
          stack.push(T.localConstOp(code.ops[at + 5], a, consts[ops[at + 4]] as number));
          f.pc = at + 6;
          m.budget -= 2;
          break;
        }
        case Op.LocalLocalNum: {
          const slots = f.env.slots; const a = slots[ops[at + 2]]; const b = slots[ops[at + 5]];
          if (typeof a !== 'number' || typeof b !== 'number') { if (m.tier.deopt(m, f, at, 'notANumber', at + 6)) return 'paused'; continue reload; }
          stack.push(T.localConstOp(code.ops[at + 6], a, b));
          f.pc = at + 7;
          m.budget -= 2;
          break;
        }
        case Op.LocalConstJump: {
          const a = f.env.slots[ops[at + 2]];
          if (typeof a !== 'number') { if (m.tier.deopt(m, f, at, 'notANumber', at + 5)) return 'paused'; continue reload; }
          f.pc = T.localConstOp(code.ops[at + 5], a, consts[ops[at + 4]] as number) ? at + 8 : ops[at + 7];
          m.budget -= 3;
          break;
        }
        case Op.ConstFolded: stack.push(constValue(consts, ops[f.pc])); f.pc = at + 5; m.budget -= 2; break;
        case Op.GetNamedShape: {
          const v = guardedLoad(caches[at]!, stack[stack.length - 1]);
          if (v === NOT_PLAIN) { if (m.tier.deopt(m, f, at, 'wrongShape')) return 'paused'; continue reload; }
          stack[stack.length - 1] = v as Value;
          f.pc++;
          break;
        }
        default:
          throw new GlassboxInternalError(`unknown opcode ${ops[at]} at ${at} in ${f.code.name}`);
      }
    }
    } catch (e) {
      toJSThrow(m, e);
      const stop = afterThrow(m);
      if (stop) return stop;
    }
  }
}

/** Suspends an async frame on a native promise; false when `v` must first become one. */
function awaitValue(m: Machine, f: Frame, v: Value): boolean {
  const realm = m.realm;
  let p: PromiseObject;
  if (v instanceof PromiseObject && v.proto === realm.PromisePrototype && !v.hasStored('constructor')) p = v;
  else if (!(v instanceof JSObject)) { p = newPromise(realm); fulfillPromise(realm, p, v); }
  else return false;
  const state = f.generator as AsyncFunctionState | AsyncGeneratorState;
  const resume = (value: Value, isReject: boolean) => (function* (): NativeGen {
    yield { kind: 'resume', generator: state, mode: isReject ? 'throw' : 'next', value };
    return undefined;
  })();
  const label = `${codeDisplayName(f.code)} (await)`;
  const handler = { internal: resume, label, kind: 'await resumption' as const, holds: [state] };
  performPromiseThen(realm, p, handler, handler, null);
  suspendAsync(m, f, state);
  return true;
}

/** V8's texts: the source when known, 'object null' for parameters, a read error when nested. */
function throwDestructure(m: Machine, v: null | undefined, info: DestructureInfo): never {
  if (info.nested && info.firstKey !== null) m.throwError('TypeError', formatMessage(Msg.ReadOfNullish, String(v), info.firstKey));
  const text = info.valueText ?? (v === null ? 'object null' : 'undefined');
  if (info.firstKey === null) m.throwError('TypeError', formatMessage(Msg.DestructureNullish, text, String(v)));
  return m.throwError('TypeError', formatMessage(Msg.DestructurePropNullish, info.firstKey, text, String(v)));
}

function throwTDZ(m: Machine, e: Env, slot: number): never {
  const name = e.scope.names[slot];
  if (name === THIS_NAME) m.throwError('ReferenceError', Msg.SuperNotCalled);
  return m.throwError('ReferenceError', formatMessage(Msg.AccessBeforeInit, name));
}

function propertyKeyOf(v: Value): PropertyKey {
  return v instanceof JSSymbol ? v : String(v);
}

function* negateGen(g: Gen<boolean>, negate: boolean): Gen<Value> {
  return (yield* g) !== negate;
}

function* inHelper(m: Machine, key: JSObject, obj: JSObject): Gen<Value> {
  const k = yield* toPropertyKey(m.realm, key);
  const p = obj.lookup(k);
  if (p instanceof ProxyProp) return yield* proxyHasHelper(m.realm, p.proxy, k);
  return p !== undefined;
}

/**
 * https://tc39.es/ecma262/#sec-enumerate-object-properties: own then inherited enumerable
 * string keys; returns the object itself when its chain holds a proxy (traps must run).
 */
function forInKeys(m: Machine, v: Value): ForInState | JSObject {
  const keys: string[] = [];
  if (v === undefined || v === null) return { obj: m.realm.ObjectPrototype, keys, i: 0 };
  const obj = toObject(m.realm, v);
  const seen = new Set<string>();
  if (chainHasProxy(obj)) return obj;
  for (let o: JSObject | null = obj; o !== null; o = o.proto) {
    for (const k of o.ownKeys()) {
      if (typeof k !== 'string' || seen.has(k)) continue;
      seen.add(k);
      if (o.getOwn(k)?.enumerable) keys.push(k);
    }
  }
  return { obj, keys, i: 0 };
}

/** https://tc39.es/ecma262/#sec-gettemplateobject: one frozen array per site. */
function templateObject(m: Machine, site: TemplateSite): Value {
  if (site.object) return site.object;
  const raw = m.realm.newArray(site.raw);
  const strings = m.realm.newArray(site.cooked as Value[]);
  strings.defineOwn('raw', { value: raw, writable: false, enumerable: false, configurable: false });
  for (const a of [raw, strings]) { a.elementFlags = ENUMERABLE; a.lengthWritable = false; a.extensible = false; }
  site.object = strings;
  return strings;
}

function superCall(m: Machine, f: Frame, args: Value[]): void {
  // The derived constructor's own function environment holds this, the function and new.target.
  let env: Env | null = f.env;
  while (env && !hasThisBinding(env.scope)) env = env.outer;
  const fn = env!.slots[SpecialSlot.Function] as Closure;
  const newTarget = env!.slots[SpecialSlot.NewTarget] as Value;
  const parent = fn.proto;
  if (!(parent instanceof JSFunction) || !parent.isConstructor) m.throwError('TypeError', formatMessage(Msg.SuperNotConstructor, parent === null ? 'null' : 'of anonymous class'));
  m.construct(parent, args, newTarget, ResultMode.SuperCall, undefined, { thisEnv: env!, derived: fn });
}

