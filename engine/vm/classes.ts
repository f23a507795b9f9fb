// Class evaluation (https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation)
// and private elements (#x): the VM side of what compile/classes.ts emits.
import type { ClassInfo } from '../bytecode/constants';
import type { Env } from '../env/env';
import { Msg, formatMessage } from '../errors/messages';
import { Closure, isConstructor } from '../heap/function';
import { CONFIGURABLE, CONSTANT_FLAGS, JSObject, METHOD_FLAGS, PrivateElement, PrivateName } from '../heap/object';
import { trapFreeLookup } from '../heap/proxy';
import { Value } from '../heap/values';
import { ResultMode } from './frame';
import type { Machine } from './machine';
import { describeValue } from './describeValue';

/** Makes the constructor and prototype for a class; returns [F, proto]. */
export function createClass(m: Machine, info: ClassInfo, env: Env, heritage: Value, hasHeritage: boolean): [Closure, JSObject] {
  const realm = m.realm;
  let protoParent: JSObject | null = realm.ObjectPrototype;
  let ctorParent: JSObject = realm.FunctionPrototype;
  if (hasHeritage) {
    if (heritage === null) protoParent = null;
    else {
      if (!isConstructor(heritage)) m.throwError('TypeError', formatMessage(Msg.ClassExtendsNotConstructor, describeValue(heritage)));
      const pp = trapFreeLookup(heritage as JSObject, 'prototype');
      const v = pp && !pp.isAccessor ? pp.value : undefined;
      if (v !== null && !(v instanceof JSObject)) m.throwError('TypeError', formatMessage(Msg.PrototypeNotObject, String(v)));
      protoParent = v as JSObject | null;
      ctorParent = heritage as JSObject;
    }
  }
  const proto = new JSObject(protoParent);
  const F = new Closure(ctorParent, info.ctor, env);
  F.put('length', info.ctor.length, CONFIGURABLE);
  F.put('name', info.ctor.name, CONFIGURABLE);
  F.put('prototype', proto, CONSTANT_FLAGS);
  proto.put('constructor', F, METHOD_FLAGS);
  F.homeObject = proto;
  if (info.fieldInit) {
    F.fieldInit = new Closure(realm.FunctionPrototype, info.fieldInit, env);
    F.fieldInit.homeObject = proto;
  }
  return [F, proto];
}

export function privateBrandError(m: Machine, name: PrivateName, write: boolean): never {
  if (name.methodOf !== undefined) m.throwError('TypeError', formatMessage(Msg.ReceiverNotInstance, name.methodOf));
  return m.throwError('TypeError', formatMessage(write ? Msg.PrivateWrite : Msg.PrivateRead, name.description));
}

function element(m: Machine, obj: Value, name: PrivateName, write: boolean): PrivateElement {
  const el = obj instanceof JSObject ? obj.privates?.get(name) : undefined;
  if (!el) privateBrandError(m, name, write);
  return el;
}

/** Pushes obj.#name, calling a private getter as a frame. */
export function getPrivate(m: Machine, stack: unknown[], obj: Value, name: PrivateName): void {
  const el = element(m, obj, name, false);
  if (el.kind !== 'accessor') { stack.push(el.value); return; }
  if (!el.get) m.throwError('TypeError', formatMessage(Msg.PrivateNoGetter, name.description));
  m.call(el.get, obj, [], ResultMode.Normal);
}

/** obj.#name = v, leaving v; private methods are read-only. */
export function setPrivate(m: Machine, stack: unknown[], obj: Value, name: PrivateName, v: Value): void {
  const el = element(m, obj, name, true);
  stack.push(v);
  if (el.kind === 'field') { el.value = v; return; }
  if (el.kind === 'method') m.throwError('TypeError', Msg.PrivateMethodWrite);
  if (!el.set) m.throwError('TypeError', formatMessage(Msg.PrivateNoSetter, name.description));
  m.call(el.set, obj, [v], ResultMode.Discard);
}

const KINDS = ['field', 'method', 'get', 'set'] as const;

/** Adds a private field/method/accessor to a new instance (or the class, for static). */
export function definePrivate(m: Machine, obj: JSObject, name: PrivateName, v: Value, kindCode: number): void {
  const kind = KINDS[kindCode];
  obj.privates ??= new Map();
  const existing = obj.privates.get(name);
  if (kind === 'get' || kind === 'set') {
    const el = existing && existing.kind === 'accessor' ? existing : { kind: 'accessor' as const, value: undefined };
    if (kind === 'get') el.get = v as JSObject; else el.set = v as JSObject;
    obj.privates.set(name, el);
    return;
  }
  if (existing) m.throwError('TypeError', formatMessage(Msg.PrivateInit, name.description));
  obj.privates.set(name, { kind, value: v });
}
