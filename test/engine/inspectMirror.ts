// Test support for the inspector: a minimal realm (just the prototypes and constructors
// inspect looks at) and `mirror`, which copies a host value into that realm's object model.
import assert from 'node:assert/strict';
import { FunctionCode, FunctionKind } from '../../engine/bytecode/code';
import type { Env } from '../../engine/env/env';
import { Closure, NativeFunction } from '../../engine/heap/function';
import { CONFIGURABLE, ENUMERABLE, JSArray, JSObject, METHOD_FLAGS,  WRITABLE } from '../../engine/heap/object';
import {
  DateObject, ErrorObject, MapObject, PromiseObject, PromiseState, RegExpObject, SetObject, WeakMapObject, WeakSetObject,
} from '../../engine/heap/slots';
import { PrimitiveWrapper } from '../../engine/heap/wrapper';
import { HOLE, JSSymbol, Primitive, Value, WellKnown } from '../../engine/heap/values';
import { ErrorType, Realm, RealmHost } from '../../engine/realm/realm';
import { InspectOptions, inspect } from '../../engine/inspect/inspect';
import { EMPTY_RANGE } from '../../engine/parse/position';

/** Stands for a promise in a given state, which a host promise cannot reveal synchronously. */
export class PromiseStandIn {
  constructor(readonly state: PromiseState, readonly result: unknown) {}
}

export const quietHost: RealmHost = {
  console: () => undefined,
  captureStack: () => '',
  compileFunction: () => { throw new Error('not in inspect tests'); },
  compileEval: () => { throw new Error('not in inspect tests'); },
  compileModule: () => { throw new Error('not in inspect tests'); },
  now: () => 0,
  random: () => 0.5,
  enqueueMicrotask: () => undefined,
  trackRejection: () => undefined,
};

type Mapping = Map<unknown, Value>;

/** A realm with the intrinsics inspect consults, and the host objects they stand for. */
export function miniRealm(host: RealmHost = quietHost): { realm: Realm; mirror: (v: unknown) => Value } {
  const realm = new Realm(host);
  const known: Mapping = new Map<unknown, Value>([[Object.prototype, realm.ObjectPrototype], [Function.prototype, realm.FunctionPrototype], [globalThis, realm.global]]);
  realm.FunctionPrototype.put('name', '', CONFIGURABLE);
  realm.FunctionPrototype.put('length', 0, CONFIGURABLE);
  realm.ArrayPrototype = new JSArray(realm.ObjectPrototype);
  realm.StringPrototype = new PrimitiveWrapper(realm.ObjectPrototype, '', 'String');
  realm.NumberPrototype = new PrimitiveWrapper(realm.ObjectPrototype, 0, 'Number');
  realm.BooleanPrototype = new PrimitiveWrapper(realm.ObjectPrototype, false, 'Boolean');
  realm.SymbolPrototype = realm.newObject();
  realm.BigIntPrototype = realm.newObject();
  const protos: [string, { prototype: unknown }, JSObject][] = [
    ['Object', Object, realm.ObjectPrototype], ['Function', Function, realm.FunctionPrototype], ['Array', Array, realm.ArrayPrototype],
    ['String', String, realm.StringPrototype], ['Number', Number, realm.NumberPrototype], ['Boolean', Boolean, realm.BooleanPrototype],
    ['Symbol', Symbol, realm.SymbolPrototype], ['BigInt', BigInt, realm.BigIntPrototype],
  ];
  for (const [name, hostCtor] of [['Map', Map], ['Set', Set], ['WeakMap', WeakMap], ['WeakSet', WeakSet], ['Date', Date], ['RegExp', RegExp], ['Promise', Promise]] as const) {
    const proto = realm.newObject();
    if (name !== 'Date' && name !== 'RegExp') proto.put(WellKnown.toStringTag, name, CONFIGURABLE);
    protos.push([name, hostCtor, proto]);
  }
  for (const [name, hostCtor, proto] of protos) addConstructor(realm, known, name, hostCtor, proto);
  for (const hostCtor of [Array, Map, Set, String]) iterable(realm, known.get(hostCtor.prototype) as JSObject);
  addErrors(realm, known);
  addIteratorsAndFunctionKinds(realm, known);
  for (const [name, o] of [['Math', Math], ['JSON', JSON], ['Reflect', Reflect]] as const) {
    const e = realm.newObject();
    e.put(WellKnown.toStringTag, name, CONFIGURABLE);
    realm.defineGlobal(name, e);
    known.set(o, e);
  }
  for (const [h, e] of [[Symbol.iterator, WellKnown.iterator], [Symbol.toStringTag, WellKnown.toStringTag], [Symbol.toPrimitive, WellKnown.toPrimitive]] as const) known.set(h, e);
  return { realm, mirror: (v) => mirrorValue(realm, known, v) };
}

function addConstructor(realm: Realm, known: Mapping, name: string, hostCtor: unknown, proto: JSObject): NativeFunction {
  const f = realm.newNative(name, 1, () => undefined, { ctor: true });
  realm.linkConstructor(f, proto);
  realm.defineGlobal(name, f);
  known.set(hostCtor, f);
  known.set((hostCtor as { prototype: unknown }).prototype, proto);
  return f;
}

function iterable(realm: Realm, proto: JSObject): void {
  realm.method(proto, WellKnown.iterator, 0, () => undefined);
}

function addErrors(realm: Realm, known: Mapping): void {
  const errorProto = realm.newObject();
  const errorCtor = addConstructor(realm, known, 'Error', Error, errorProto);
  errorProto.put('name', 'Error', METHOD_FLAGS);
  errorProto.put('message', '', METHOD_FLAGS);
  realm.errorPrototypes.set('Error', errorProto);
  for (const [name, hostCtor] of [['TypeError', TypeError], ['RangeError', RangeError], ['SyntaxError', SyntaxError], ['ReferenceError', ReferenceError]] as const) {
    const proto = realm.newObject(errorProto);
    addConstructor(realm, known, name, hostCtor, proto).proto = errorCtor;
    proto.put('name', name, METHOD_FLAGS);
    proto.put('message', '', METHOD_FLAGS);
    realm.errorPrototypes.set(name as ErrorType, proto);
  }
}

function addIteratorsAndFunctionKinds(realm: Realm, known: Mapping): void {
  const hostArrayIterProto = Object.getPrototypeOf([][Symbol.iterator]());
  realm.IteratorPrototype = realm.newObject();
  iterable(realm, realm.IteratorPrototype);
  known.set(Object.getPrototypeOf(hostArrayIterProto), realm.IteratorPrototype);
  const tagged = (hostProto: unknown, tag: string, proto: JSObject): void => {
    proto.put(WellKnown.toStringTag, tag, CONFIGURABLE);
    known.set(hostProto, proto);
  };
  tagged(hostArrayIterProto, 'Array Iterator', realm.newObject(realm.IteratorPrototype));
  const gen = function* () { /* a generator function */ };
  realm.GeneratorPrototype = realm.newObject(realm.IteratorPrototype);
  tagged(Object.getPrototypeOf(gen.prototype), 'Generator', realm.GeneratorPrototype);
  const kinds: [unknown, string][] = [[gen, 'GeneratorFunction'], [async () => undefined, 'AsyncFunction'], [async function* () { /* async gen */ }, 'AsyncGeneratorFunction']];
  for (const [f, name] of kinds) {
    const proto = realm.newObject(realm.FunctionPrototype);
    tagged(Object.getPrototypeOf(f), name, proto);
    const ctor = realm.newNative(name, 1, () => undefined, { ctor: true });
    ctor.proto = known.get(Function) as JSObject;
    realm.linkConstructor(ctor, proto);
    known.set(Object.getPrototypeOf(f).constructor, ctor);
  }
}

function mirrorValue(realm: Realm, known: Mapping, v: unknown): Value {
  if (typeof v !== 'object' && typeof v !== 'function' && typeof v !== 'symbol') return v as Primitive;
  if (v === null) return null;
  if (known.has(v)) return known.get(v)!;
  if (typeof v === 'symbol') {
    const s = new JSSymbol(v.description);
    known.set(v, s);
    return s;
  }
  const mirror = (x: unknown): Value => mirrorValue(realm, known, x);
  const o = emptyCopy(v as object, mirror);
  known.set(v, o);
  const proto = Object.getPrototypeOf(v);
  o.proto = v instanceof PromiseStandIn ? (known.get(Promise.prototype) as JSObject) : proto === null ? null : (mirror(proto) as JSObject);
  fillSlots(o, v, mirror);
  copyProperties(o, v as object, mirror);
  return o;
}

/** An object of the right engine class for `v`, before its prototype and properties. */
function emptyCopy(v: object, mirror: (x: unknown) => Value): JSObject {
  if (Array.isArray(v)) return new JSArray(null);
  if (typeof v === 'function') return functionCopy(v as (...args: unknown[]) => unknown);
  if (v instanceof Map) return new MapObject(null);
  if (v instanceof Set) return new SetObject(null);
  if (v instanceof WeakMap) return new WeakMapObject(null);
  if (v instanceof WeakSet) return new WeakSetObject(null);
  if (v instanceof Date) return new DateObject(null, v.getTime());
  if (v instanceof RegExp) return new RegExpObject(null, v.source, v.flags, v);
  if (v instanceof PromiseStandIn) return new PromiseObject(null);
  const tag = Object.prototype.toString.call(v);
  if (tag === '[object Error]') return new ErrorObject(null);
  if (v instanceof Number || v instanceof String || v instanceof Boolean || v instanceof BigInt || v instanceof Symbol) {
    return new PrimitiveWrapper(null, mirror(v.valueOf()) as Primitive, v.constructor.name);
  }
  const o = new JSObject(null);
  if (tag === '[object Arguments]') o.className = 'Arguments';
  return o;
}

/** A Closure whose code says what the host function is: class, generator, async. */
function functionCopy(f: (...args: unknown[]) => unknown): JSObject {
  const src = Function.prototype.toString.call(f);
  if (src.endsWith('{ [native code] }')) return new NativeFunction(null, () => undefined, false, false);
  const kind: FunctionKind = !src.startsWith('class') ? 'normal' : /^class\s*[\w$]*\s+extends\b/.test(src) ? 'derivedConstructor' : 'classConstructor';
  const code = new FunctionCode(f.name, kind, 't.js', EMPTY_RANGE);
  const hostKind = Object.getPrototypeOf(f)?.constructor?.name ?? '';
  code.isGenerator = hostKind.includes('Generator');
  code.isAsync = hostKind.startsWith('Async');
  return new Closure(null, code, undefined as unknown as Env);
}

function fillSlots(o: JSObject, v: unknown, mirror: (x: unknown) => Value): void {
  if (o instanceof JSArray) {
    const a = v as unknown[];
    for (let i = 0; i < a.length; i++) o.items.push(i in a ? mirror(a[i]) : HOLE);
  } else if (o instanceof MapObject) {
    for (const [k, x] of v as Map<unknown, unknown>) o.data.set(mirror(k), mirror(x));
  } else if (o instanceof SetObject) {
    for (const x of v as Set<unknown>) o.data.add(mirror(x));
  } else if (o instanceof PromiseObject) {
    const p = v as PromiseStandIn;
    o.state = p.state;
    o.result = mirror(p.result);
  }
}

function copyProperties(o: JSObject, v: object, mirror: (x: unknown) => Value): void {
  if (v instanceof PromiseStandIn) return;
  const stringLength = v instanceof String ? v.length : -1;
  for (const k of Reflect.ownKeys(v)) {
    const isIndex = typeof k === 'string' && /^(0|[1-9]\d*)$/.test(k);
    if (o instanceof JSArray && (k === 'length' || isIndex)) continue;
    if (stringLength >= 0 && (k === 'length' || (isIndex && Number(k) < stringLength))) continue;
    const d = Object.getOwnPropertyDescriptor(v, k)!;
    const key = typeof k === 'symbol' ? (mirror(k) as JSSymbol) : k;
    const flags = (d.enumerable ? ENUMERABLE : 0) | (d.configurable ? CONFIGURABLE : 0);
    if ('value' in d) o.put(key, mirror(d.value), flags | (d.writable ? WRITABLE : 0));
    else o.putAccessor(key, mirror(d.get) as JSObject | undefined, mirror(d.set) as JSObject | undefined, flags);
  }
}

/** Evaluates a row's source on the host; `promise(state, value)` stands for a settled promise. */
export function hostValue(src: string): unknown {
  const promise = (state: PromiseState, result?: unknown): PromiseStandIn => new PromiseStandIn(state, result);
  return new Function('promise', `return (${src});`)(promise);
}

export interface InspectRow {
  /** A host expression; its value is copied into the mini realm and inspected there. */
  src: string;
  opts?: Partial<InspectOptions>;
  /** What Node 20's util.inspect prints for the same value and options. */
  out: string;
}

/** One `it` per row. */
export function describeInspectRows(title: string, rows: InspectRow[]): void {
  describe(title, () => {
    for (const row of rows) {
      it(row.opts ? `${row.src} ${JSON.stringify(row.opts)}` : row.src, () => {
        const { realm, mirror } = miniRealm();
        assert.equal(inspect(realm, mirror(hostValue(row.src)), row.opts), row.out);
      });
    }
  });
}
