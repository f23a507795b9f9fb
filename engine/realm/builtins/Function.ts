// Function.prototype (call, apply, bind, toString, @@hasInstance, the strict-mode poison
// accessors) and the Function constructor, which asks the host to compile source.
import { BoundFunction, Closure, JSFunction, NativeFunction, isCallable } from '../../heap/function';
import { CONFIGURABLE, CONSTANT_FLAGS, JSObject } from '../../heap/object';
import { Value, WellKnown } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { Gen, integerOrInfinity, toString, typeOf } from '../../ops/convert';
import { call, get, listFromArrayLike, ordinaryHasInstance } from '../../ops/object';
import type { Realm } from '../realm';
import { describeValue, protoFromCtor } from './objectSupport';
import * as I from '../../ops/internal';

export function installFunction(realm: Realm): void {
  const proto = realm.FunctionPrototype;
  proto.put('length', 0, CONFIGURABLE);
  proto.put('name', '', CONFIGURABLE);
  installPoisonAccessors(realm, proto);
  const ctor = realm.newNative('Function', 1, function* (_this, args, newTarget) {
    const closure = yield* createDynamicFunction(realm, 'function', args);
    if (newTarget !== undefined && newTarget !== ctor) closure.proto = protoFromCtor(newTarget, realm.FunctionPrototype);
    return closure;
  }, { gen: true, ctor: true });
  realm.defineConstructor(ctor, proto);
  installPrototypeMethods(realm, proto);
}

function installPrototypeMethods(realm: Realm, proto: JSObject): void {
  realm.method(proto, 'apply', 2, function* (thisArg, args) {
    const fn = requireCallable(realm, thisArg, 'apply');
    const argArray = args[1];
    const list = argArray === undefined || argArray === null ? [] : yield* listFromArrayLike(realm, argArray);
    return yield* call(realm, fn, args[0], list);
  }, { gen: true });
  realm.method(proto, 'bind', 1, function* (thisArg, args) {
    if (!isCallable(thisArg)) realm.throwError('TypeError', Msg.BindNonFunction);
    return yield* boundFunctionCreate(realm, thisArg, args[0], args.slice(1));
  }, { gen: true });
  realm.method(proto, 'call', 1, function* (thisArg, args) {
    const fn = requireCallable(realm, thisArg, 'call');
    return yield* call(realm, fn, args[0], args.slice(1));
  }, { gen: true });
  realm.method(proto, 'toString', 0, (thisArg) => {
    if (!isCallable(thisArg)) realm.throwError('TypeError', formatMessage(Msg.RequiresThis, 'Function.prototype.toString', 'Function'));
    return functionSourceText(thisArg);
  });
  const hasInstance = realm.method(proto, WellKnown.hasInstance, 1, function* (thisArg, args) {
    return yield* ordinaryHasInstance(realm, thisArg, args[0]);
  }, { gen: true });
  proto.put(WellKnown.hasInstance, hasInstance, CONSTANT_FLAGS);
}

/** V8's messages for apply (and Reflect.apply) or call on something that cannot be called. */
export function requireCallable(realm: Realm, v: Value, method: 'apply' | 'call'): JSFunction {
  if (isCallable(v)) return v;
  if (method === 'call') realm.throwError('TypeError', formatMessage(Msg.NotFunction, describeValue(v)));
  // V8 writes "which is null", "which is an object", and also "which is a undefined".
  const t = typeOf(v);
  const kind = v === null ? 'null' : `${t === 'object' ? 'an' : 'a'} ${t}`;
  return realm.throwError('TypeError', formatMessage(Msg.ApplyNonFunction, describeValue(v), kind));
}

/**
 * https://tc39.es/ecma262/#sec-boundfunctioncreate plus bind's `length` and `name`
 * (https://tc39.es/ecma262/#sec-function.prototype.bind steps 4-8).
 */
function* boundFunctionCreate(realm: Realm, target: JSFunction, boundThis: Value, boundArgs: Value[]): Gen<BoundFunction> {
  const f = new BoundFunction(yield* I.getPrototypeOf(realm, target), target, boundThis, boundArgs);
  let length = 0;
  if ((yield* I.getOwnProperty(realm, target, 'length')) !== undefined) {
    const targetLen = yield* get(realm, target, 'length');
    if (typeof targetLen === 'number') {
      if (targetLen === Infinity) length = Infinity;
      else if (targetLen !== -Infinity) length = Math.max(0, integerOrInfinity(targetLen) - boundArgs.length);
    }
  }
  f.put('length', length, CONFIGURABLE);
  const targetName = yield* get(realm, target, 'name');
  f.put('name', `bound ${typeof targetName === 'string' ? targetName : ''}`, CONFIGURABLE);
  return f;
}

/** https://tc39.es/ecma262/#sec-function.prototype.tostring: source text, or V8's native form. */
export function functionSourceText(f: JSFunction): string {
  if (f instanceof Closure) return f.code.sourceText;
  if (f instanceof NativeFunction) {
    const name = f.getOwn('name');
    return `function ${typeof name?.value === 'string' ? name.value : ''}() { [native code] }`;
  }
  return 'function () { [native code] }';
}

type DynamicKind = 'function' | 'generator' | 'async' | 'asyncGenerator';

/** https://tc39.es/ecma262/#sec-createdynamicfunction: the arguments become text, the host compiles. */
function* createDynamicFunction(realm: Realm, kind: DynamicKind, args: Value[]): Gen<Closure> {
  const texts: string[] = [];
  for (const a of args) texts.push(yield* toString(realm, a));
  const body = texts.length > 0 ? texts.pop()! : '';
  return realm.host.compileFunction(kind, texts.join(','), body);
}

const DYNAMIC_NAMES = { generator: 'GeneratorFunction', async: 'AsyncFunction', asyncGenerator: 'AsyncGeneratorFunction' } as const;

/**
 * The GeneratorFunction (or AsyncFunction, AsyncGeneratorFunction) constructor, which is
 * no global: the VM calls this once it has made that kind's function prototype `fnProto`.
 */
export function installDynamicFunctionConstructor(realm: Realm, kind: Exclude<DynamicKind, 'function'>, fnProto: JSObject): NativeFunction {
  const name = DYNAMIC_NAMES[kind];
  const ctor = realm.newNative(name, 1, function* (_this, args, newTarget) {
    const closure = yield* createDynamicFunction(realm, kind, args);
    if (newTarget !== undefined && newTarget !== ctor) closure.proto = protoFromCtor(newTarget, fnProto);
    return closure;
  }, { gen: true, ctor: true });
  ctor.proto = realm.intrinsic('%Function%');
  ctor.put('prototype', fnProto, CONSTANT_FLAGS);
  fnProto.put('constructor', ctor, CONFIGURABLE);
  realm.intrinsics.set(`%${name}%`, ctor);
  return ctor;
}

/**
 * Function.prototype.arguments/caller: one %ThrowTypeError% as getter and setter
 * (https://tc39.es/ecma262/#sec-addrestrictedfunctionproperties).
 */
function installPoisonAccessors(realm: Realm, proto: JSObject): void {
  const thrower = realm.newNative('', 0, () => realm.throwError('TypeError', Msg.StrictCallerArguments));
  for (const key of ['length', 'name']) thrower.put(key, thrower.getOwn(key)!.value, CONSTANT_FLAGS);
  thrower.preventExtensions();
  realm.intrinsics.set('%ThrowTypeError%', thrower);
  for (const key of ['arguments', 'caller']) {
    proto.putAccessor(key, thrower, thrower, CONFIGURABLE);
  }
}
