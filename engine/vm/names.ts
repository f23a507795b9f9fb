// Identifier references resolved by name at run time: inside `with` (object environment
// records) and past variable scopes that a sloppy direct eval may extend. Code the
// compiler resolved to slots never comes here.
import { Env } from '../env/env';
import { Msg, formatMessage } from '../errors/messages';
import { JSObject } from '../heap/object';
import { TDZ, Value, WellKnown } from '../heap/values';
import { Gen, toBoolean, typeOf } from '../ops/convert';
import { deleteProperty, has } from '../ops/internal';
import { get, set } from '../ops/object';
import type { Realm } from '../realm/realm';

/** Where a name was found: an environment (declarative or `with`), the global object, or nowhere. */
export type NameRef = Env | JSObject | undefined;

/**
 * The first environment from `from` outward that declares `name` or is an object
 * environment (whose binding object decides); null when only the global object is left.
 */
export function scan(from: Env, name: string): Env | null {
  for (let e: Env = from; e.outer !== null; e = e.outer) {
    if (e.object !== null || e.scope.indexOf(name) >= 0 || (e.dynamic !== null && e.dynamic.has(name))) return e;
  }
  return null;
}

/** https://tc39.es/ecma262/#sec-object-environment-records-hasbinding-n for a `with` object. */
function* withHasBinding(realm: Realm, obj: JSObject, name: string): Gen<boolean> {
  if (!(yield* has(realm, obj, name))) return false;
  const unscopables = yield* get(realm, obj, WellKnown.unscopables);
  if (unscopables instanceof JSObject) return !toBoolean(yield* get(realm, unscopables, name));
  return true;
}

/** https://tc39.es/ecma262/#sec-getidentifierreference over the runtime chain. */
export function* resolveName(realm: Realm, env: Env, name: string): Gen<NameRef> {
  for (let e = scan(env, name); e !== null; e = scan(e.outer!, name)) {
    if (e.object === null || (yield* withHasBinding(realm, e.object, name))) return e;
  }
  return (yield* has(realm, realm.global, name)) ? realm.global : undefined;
}

/** The value of a declarative binding (TDZ throws). */
export function readBinding(realm: Realm, e: Env, name: string): Value {
  const slot = e.scope.indexOf(name);
  const v = slot >= 0 ? e.slots[slot] : e.dynamic?.get(name);
  if (v === TDZ) realm.throwError('ReferenceError', formatMessage(Msg.AccessBeforeInit, name));
  return v as Value;
}

/** https://tc39.es/ecma262/#sec-declarative-environment-records-setmutablebinding-n-v-s */
export function writeBinding(realm: Realm, e: Env, name: string, v: Value, strict: boolean): void {
  const slot = e.scope.indexOf(name);
  if (slot < 0) {
    const dynamic = (e.dynamic ??= new Map());
    // 1. The binding was deleted since the reference was made.
    if (!dynamic.has(name) && strict) realm.throwError('ReferenceError', formatMessage(Msg.NotDefined, name));
    dynamic.set(name, v);
    return;
  }
  if (e.slots[slot] === TDZ) realm.throwError('ReferenceError', formatMessage(Msg.AccessBeforeInit, name));
  if (e.scope.isImmutable(slot)) {
    if (e.scope.kinds[slot] === 'callee' && !strict) return;
    realm.throwError('TypeError', Msg.ConstAssign);
  }
  e.slots[slot] = v;
}

/** The object a reference's value lives on (a `with` object or the global object), if any. */
export function bindingObject(ref: NameRef): JSObject | null {
  return ref instanceof JSObject ? ref : ref === undefined ? null : ref.object;
}

/** https://tc39.es/ecma262/#sec-getvalue for a name reference. */
export function* getRefValue(realm: Realm, ref: NameRef, name: string, strict: boolean): Gen<Value> {
  if (ref === undefined) realm.throwError('ReferenceError', formatMessage(Msg.NotDefined, name));
  const obj = bindingObject(ref);
  if (obj === null) return readBinding(realm, ref as Env, name);
  if (!(yield* has(realm, obj, name))) {
    if (strict) realm.throwError('ReferenceError', formatMessage(Msg.NotDefined, name));
    return undefined;
  }
  return yield* get(realm, obj, name);
}

/** https://tc39.es/ecma262/#sec-object-environment-records-setmutablebinding-n-v-s, leaving `v`. */
export function* putHelper(realm: Realm, obj: JSObject, name: string, v: Value, strict: boolean): Gen<Value> {
  // 1-2. A binding deleted since the reference was made is an error only in strict code.
  if (!(yield* has(realm, obj, name)) && strict) realm.throwError('ReferenceError', formatMessage(Msg.NotDefined, name));
  yield* set(realm, obj, name, v, obj, strict);
  return v;
}

/** `name` as a value. */
export function* getNameHelper(realm: Realm, env: Env, name: string, strict: boolean): Gen<Value> {
  return yield* getRefValue(realm, yield* resolveName(realm, env, name), name, strict);
}

/** Pushes the callee and returns `this` for a call: a `with` object that holds the name is the this value. */
export function* calleeHelper(realm: Realm, stack: unknown[], env: Env, name: string, strict: boolean): Gen<Value> {
  const ref = yield* resolveName(realm, env, name);
  stack.push(yield* getRefValue(realm, ref, name, strict));
  return ref instanceof Env ? (ref.object ?? undefined) : undefined;
}

/** https://tc39.es/ecma262/#sec-typeof-operator-runtime-semantics-evaluation for a name. */
export function* typeofHelper(realm: Realm, env: Env, name: string, strict: boolean): Gen<Value> {
  const ref = yield* resolveName(realm, env, name);
  if (ref === undefined) return 'undefined';
  return typeOf(yield* getRefValue(realm, ref, name, strict));
}

/** https://tc39.es/ecma262/#sec-delete-operator-runtime-semantics-evaluation for a name (sloppy code only). */
export function* deleteHelper(realm: Realm, env: Env, name: string): Gen<Value> {
  const ref = yield* resolveName(realm, env, name);
  if (ref === undefined) return true;
  const obj = bindingObject(ref);
  if (obj !== null) return yield* deleteProperty(realm, obj, name);
  const e = ref as Env;
  if (e.scope.indexOf(name) >= 0) return false;
  // Bindings a sloppy eval declared are deletable.
  e.dynamic?.delete(name);
  return true;
}

/** A reference's base, or a helper's result for it. */
export function* resolveHelper(realm: Realm, env: Env, name: string): Gen<Value> {
  return (yield* resolveName(realm, env, name)) as unknown as Value;
}
