// Proxy exotic objects (https://tc39.es/ecma262/#sec-proxy-object-internal-methods-and-internal-slots).
// Their internal methods run user traps, so they live in ops/proxy*.ts as generators; the
// synchronous ordinary methods here either hand out a ProxyProp (a stand-in accessor whose
// getter and setter run the get/set traps, so property reads through any prototype chain
// reach the traps) or throw a TypeError naming the operation Glassbox cannot route.
import { ACCESSOR, CONFIGURABLE, CONSTANT_FLAGS, Descriptor, JSObject, Prop } from './object';
import { JSFunction } from './function';
import { HeapKind } from './account';
import type { PropertyKey, Value } from './values';
import { UNCACHED_ROOT_SHAPE } from './shape';

/** What a proxy needs from the realm: the trap-running accessors and a TypeError thrower. */
export interface ProxyHooks {
  accessors(proxy: ProxyLike, key: PropertyKey): [JSObject, JSObject];
  unsupported(operation: string): never;
}

/** The slots both proxy classes share. A revoked proxy has null target and handler. */
export interface ProxyLike extends JSObject {
  proxyTarget: JSObject | null;
  proxyHandler: JSObject | null;
  readonly hooks: ProxyHooks;
  /** new.target's `prototype`, read through the traps just before a construct (see ops construct). */
  pendingPrototype: { value: Value } | undefined;
}

/** A property found on a proxy by a synchronous lookup: [[Get]]/[[Set]] go through the traps. */
export class ProxyProp extends Prop {
  constructor(readonly proxy: ProxyLike, readonly key: PropertyKey) {
    const [get, set] = proxy.hooks.accessors(proxy, key);
    super(undefined, ACCESSOR | CONFIGURABLE, get, set);
  }
}

/** A class of ordinary objects or functions, to build a proxy class on (see withProxySlots). */
// A mixin's base must take `any[]` (TypeScript's rule for mixin constructors).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ObjectClass = abstract new (...args: any[]) => JSObject;

/**
 * The slots and the synchronous internal methods every proxy has, over either base: a
 * property read hands out a ProxyProp; what Glassbox cannot route names the operation.
 */
function withProxySlots<B extends ObjectClass>(Base: B) {
  abstract class ProxySlots extends Base implements ProxyLike {
    proxyTarget: JSObject | null = null;
    proxyHandler: JSObject | null = null;
    pendingPrototype: { value: Value } | undefined = undefined;
    abstract readonly hooks: ProxyHooks;
    override className = 'Proxy';
    override get exotic(): boolean { return true; }
    static rootShape = UNCACHED_ROOT_SHAPE;

    override getOwn(key: PropertyKey): Prop | undefined { return new ProxyProp(this, key); }
    override setOwnValue(): boolean { return this.hooks.unsupported('a property write as receiver'); }
    override defineOwn(_key: PropertyKey, _desc: Descriptor): boolean { return this.hooks.unsupported('defineProperty'); }
    override deleteOwn(): boolean { return this.hooks.unsupported('deleteProperty'); }
    override ownKeys(): PropertyKey[] { return this.hooks.unsupported('ownKeys'); }
    override preventExtensions(): boolean { return this.hooks.unsupported('preventExtensions'); }
    override setProto(): boolean { return this.hooks.unsupported('setPrototypeOf'); }
  }
  return ProxySlots;
}

/** A proxy whose target is not callable. */
export class ProxyObject extends withProxySlots(JSObject) {
  static override heapKind = HeapKind.Object;

  constructor(target: JSObject, handler: JSObject, readonly hooks: ProxyHooks) {
    // The proto field stays null: [[GetPrototypeOf]] is the getPrototypeOf trap.
    super(null);
    this.proxyTarget = target;
    this.proxyHandler = handler;
  }
}

/** A proxy whose target is callable: typeof is 'function', [[Call]] runs the apply trap. */
export class ProxyFunction extends withProxySlots(JSFunction) {
  readonly isConstructor: boolean;

  constructor(target: JSFunction, handler: JSObject, readonly hooks: ProxyHooks) {
    super(null);
    this.proxyTarget = target;
    this.proxyHandler = handler;
    this.isConstructor = target.isConstructor;
  }
}

export function isProxy(v: unknown): v is ProxyLike {
  return v instanceof ProxyObject || v instanceof ProxyFunction;
}

/**
 * A lookup that runs no user code, for the few synchronous places that read a
 * constructor's `prototype`: a proxy new.target's prototype was read just before (see
 * ops/object.ts construct); otherwise it sees through proxies whose handler has no `get`
 * trap and throws "not implemented" for one that has.
 */
export function trapFreeLookup(o: JSObject, key: PropertyKey): Prop | undefined {
  if (key === 'prototype' && isProxy(o) && o.pendingPrototype !== undefined) {
    const v = o.pendingPrototype.value;
    o.pendingPrototype = undefined;
    return new Prop(v, CONSTANT_FLAGS);
  }
  let p = o.lookup(key);
  while (p instanceof ProxyProp) {
    const { proxy } = p;
    if (proxy.proxyHandler === null || proxy.proxyTarget === null) return proxy.hooks.unsupported(`a revoked proxy as new.target`);
    const trap = proxy.proxyHandler.lookup('get');
    if (trap === undefined || (!trap.isAccessor && trap.value === undefined)) p = proxy.proxyTarget.lookup(key);
    else return proxy.hooks.unsupported(`a get trap read synchronously (${typeof key === 'string' ? key : key.toString()})`);
  }
  return p;
}

/** The innermost non-proxy target, read without traps (for inspection); null once revoked. */
export function proxyTargetOf(p: ProxyLike): JSObject | null {
  let o: JSObject | null = p;
  while (o !== null && isProxy(o)) o = o.proxyTarget;
  return o;
}
