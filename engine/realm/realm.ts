// A realm: the global object, the intrinsics, and helpers that builtins use to make
// objects, functions and errors. It knows its agent only through RealmHost (built by engine/agent/realmServices.ts).
import type { Closure, NativeFast, NativeGenImpl, NativeSync } from '../heap/function';
import { NativeFunction } from '../heap/function';
import { CONFIGURABLE, CONSTANT_FLAGS, JSArray, JSObject, METHOD_FLAGS } from '../heap/object';
import { HOLE, PropertyKey, Value } from '../heap/values';
import { JSThrow } from '../errors/internal';
import type { Microtask } from '../loop/eventLoop';
import { LazyStackError } from './builtins/errorStack';
import type { FileRead } from './moduleResolve';

export type ErrorType = 'Error' | 'TypeError' | 'RangeError' | 'ReferenceError' | 'SyntaxError' | 'EvalError' | 'URIError' | 'AggregateError';

export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error' | 'debug';

/** What the realm needs from the agent it belongs to: engine services, not the embedder's Host. */
export interface RealmHost {
  /** A console line; the VM adds the source location. */
  console(level: ConsoleLevel, text: string): void;
  /** Text written as is, with no line end added (process.stdout.write). */
  write?(stream: 'stdout' | 'stderr', text: string): void;
  /** `    at f (file:line:col)` lines for a new Error's stack. */
  captureStack(): string;
  /** Compiles `new Function(...)` source at global scope (throws a JS SyntaxError); `fileName` names a core module's source (`node:events`). */
  compileFunction(kind: 'function' | 'generator' | 'async' | 'asyncGenerator', params: string, body: string, fileName?: string): Closure;
  /** Compiles indirect-eval source into a closure that returns its completion value. */
  compileEval(source: string): Closure;
  /** Milliseconds on the engine's clock (virtual unless real time was asked for). */
  now(): number;
  /** The seeded generator behind Math.random. */
  random(): number;
  /** Queues a microtask (promise jobs) on the event loop. */
  enqueueMicrotask(job: Microtask): void;
  /** A promise was rejected with no handler ('reject') or got its first handler ('handle'). */
  trackRejection(promise: JSObject, operation: 'reject' | 'handle'): void;
  /** The host's read of a file for `require` (see moduleResolve.ts); no reader: files cannot be required. */
  readFile?(path: string): FileRead;
  /** Compiles a CommonJS file into its module wrapper function (a syntax error is thrown as a JS SyntaxError). */
  compileModule(source: string, fileName: string): Closure;
  /** The code of the innermost frame outside Node's core modules and where it is: assert.ok's message quotes the call. */
  callerCode?(): CallerCode | undefined;
}

/** A frame's function source (FunctionCode.sourceText) and kind, and the place of its current instruction. */
export interface CallerCode {
  readonly sourceText: string;
  readonly kind: string;
  /** Where the function's source starts, and where the frame is; lines and columns from 1. */
  readonly start: { readonly line: number; readonly column: number };
  readonly at: { readonly line: number; readonly column: number };
}

export interface NativeOptions {
  /** impl is a generator function that may yield call requests. */
  gen?: boolean;
  /** The function can be called with `new`. */
  ctor?: boolean;
  /** A synchronous fast path for a generator impl's common case (see NativeFast). */
  fast?: NativeFast;
}

export class Realm {
  readonly intrinsics = new Map<string, JSObject>();
  readonly ObjectPrototype: JSObject;
  readonly FunctionPrototype: NativeFunction;
  readonly global: JSObject;
  ArrayPrototype!: JSObject;
  StringPrototype!: JSObject;
  NumberPrototype!: JSObject;
  BooleanPrototype!: JSObject;
  SymbolPrototype!: JSObject;
  BigIntPrototype!: JSObject;
  IteratorPrototype!: JSObject;
  GeneratorPrototype!: JSObject;
  PromisePrototype!: JSObject;
  readonly errorPrototypes = new Map<ErrorType, JSObject>();

  constructor(readonly host: RealmHost) {
    this.ObjectPrototype = new JSObject(null);
    this.FunctionPrototype = new NativeFunction(this.ObjectPrototype, () => undefined, false, false);
    this.global = new JSObject(this.ObjectPrototype);
    this.global.className = 'global';
  }

  /** An intrinsic by its spec name, e.g. '%Array.prototype%'; installers register them. */
  intrinsic(name: string): JSObject {
    const o = this.intrinsics.get(name);
    if (!o) throw new Error(`missing intrinsic ${name}`);
    return o;
  }

  newObject(proto: JSObject | null = this.ObjectPrototype): JSObject {
    return new JSObject(proto);
  }

  newArray(items: Value[] = []): JSArray {
    return new JSArray(this.ArrayPrototype, items as (Value | typeof HOLE)[]);
  }

  /** A built-in function with the spec's `name` and `length` properties. */
  newNative(name: string, length: number, impl: NativeSync | NativeGenImpl, opts: NativeOptions = {}): NativeFunction {
    const f = new NativeFunction(this.FunctionPrototype, impl, !!opts.gen, !!opts.ctor, opts.fast ?? null);
    f.put('length', length, CONFIGURABLE);
    f.put('name', name, CONFIGURABLE);
    return f;
  }

  /** Installs a non-enumerable built-in method on `target`. */
  method(target: JSObject, name: PropertyKey, length: number, impl: NativeSync | NativeGenImpl, opts: NativeOptions = {}): NativeFunction {
    const fname = typeof name === 'string' ? name : `[${name.description}]`;
    const f = this.newNative(fname, length, impl, opts);
    target.put(name, f, METHOD_FLAGS);
    return f;
  }

  /** Installs a non-enumerable accessor with a built-in getter (and optional setter). */
  accessor(target: JSObject, name: PropertyKey, get: NativeSync | undefined, set?: NativeSync): void {
    const fname = typeof name === 'string' ? name : `[${name.description}]`;
    const g = get && this.newNative(`get ${fname}`, 0, get);
    const s = set && this.newNative(`set ${fname}`, 1, set);
    target.putAccessor(name, g, s, CONFIGURABLE);
  }

  /** Installs a global binding as Node has it: writable, configurable, not enumerable. */
  defineGlobal(name: string, value: Value): void {
    this.global.put(name, value, METHOD_FLAGS);
  }

  /** https://tc39.es/ecma262/#sec-makeconstructor plus the usual constructor/prototype links. */
  linkConstructor(ctor: NativeFunction, proto: JSObject): void {
    ctor.put('prototype', proto, CONSTANT_FLAGS);
    proto.put('constructor', ctor, METHOD_FLAGS);
    const name = ctor.getOwn('name')?.value as string;
    this.intrinsics.set(`%${name}%`, ctor);
    this.intrinsics.set(`%${name}.prototype%`, proto);
  }

  /** A global constructor: linked to its prototype, registered as an intrinsic, and on globalThis. */
  defineConstructor(ctor: NativeFunction, proto: JSObject): void {
    this.linkConstructor(ctor, proto);
    this.defineGlobal(ctor.getOwn('name')?.value as string, ctor);
  }

  makeError(type: ErrorType, message: string): JSObject {
    const proto = this.errorPrototypes.get(type) ?? this.errorPrototypes.get('Error') ?? this.ObjectPrototype;
    const e = new LazyStackError(proto);
    e.put('message', message, METHOD_FLAGS);
    e.captureStack(this.host.captureStack(), `${type}: ${message}`);
    return e;
  }

  throwError(type: ErrorType, message: string): never {
    throw new JSThrow(this.makeError(type, message));
  }
}
