// Error and the NativeErrors (https://tc39.es/ecma262/#sec-error-objects) plus AggregateError,
// with V8's own `stack` data property and Error.captureStackTrace. prepareStackTrace is never called.
import type { NativeFunction } from '../../heap/function';
import { DEFAULT_FLAGS, JSObject, METHOD_FLAGS } from '../../heap/object';
import { Value } from '../../heap/values';
import { Msg, formatMessage } from '../../errors/messages';
import { JSThrow } from '../../errors/internal';
import { Gen, toString } from '../../ops/convert';
import { get } from '../../ops/object';
import { has } from '../../ops/internal';
import { iteratorStep } from '../../ops/iteration';
import type { ErrorType, Realm } from '../realm';
import { getIteratorOrThrow } from './Iterator';
import { LazyStackError, joinErrorHeader, plainErrorHeader, stackText } from './errorStack';
import { describeValue, protoFromCtor } from './objectSupport';

const NATIVE_ERRORS: ErrorType[] = ['EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];

export function installError(realm: Realm): void {
  const errorProto = realm.newObject();
  const errorCtor = makeErrorConstructor(realm, 'Error', errorProto, 1);
  installErrorStatics(realm, errorCtor);
  realm.method(errorProto, 'toString', 0, function* (thisArg) {
    if (!(thisArg instanceof JSObject)) {
      realm.throwError('TypeError', formatMessage(Msg.NotGeneric, 'Method Error.prototype.toString', describeValue(thisArg)));
    }
    return yield* errorToString(realm, thisArg);
  }, { gen: true });
  for (const type of NATIVE_ERRORS) {
    const ctor = makeErrorConstructor(realm, type, realm.newObject(errorProto), 1);
    ctor.proto = errorCtor;
  }
  makeErrorConstructor(realm, 'AggregateError', realm.newObject(errorProto), 2).proto = errorCtor;
}

/** One error constructor with its prototype's name and message, registered everywhere. */
function makeErrorConstructor(realm: Realm, type: ErrorType, proto: JSObject, length: number): NativeFunction {
  const ctor = realm.newNative(type, length, function* (_this, args, newTarget) {
    const e = new LazyStackError(protoFromCtor(newTarget, proto));
    const frames = realm.host.captureStack();
    const rest = type === 'AggregateError' ? args.slice(1) : args;
    yield* installMessageAndCause(realm, e, rest[0], rest[1]);
    if (type === 'AggregateError') {
      const errors: Value[] = [];
      const rec = yield* getIteratorOrThrow(realm, args[0]);
      for (let step = yield* iteratorStep(realm, rec); !step.done; step = yield* iteratorStep(realm, rec)) errors.push(step.value);
      e.put('errors', realm.newArray(errors), METHOD_FLAGS);
    }
    e.captureStack(frames, plainErrorHeader(e) ?? (yield* safeErrorToString(realm, e)));
    return e;
  }, { gen: true, ctor: true });
  realm.linkConstructor(ctor, proto);
  proto.put('name', type, METHOD_FLAGS);
  proto.put('message', '', METHOD_FLAGS);
  realm.defineGlobal(type, ctor);
  realm.errorPrototypes.set(type, proto);
  realm.intrinsics.set(`%${type}%`, ctor);
  realm.intrinsics.set(`%${type}.prototype%`, proto);
  return ctor;
}

/** Steps 3-4 of https://tc39.es/ecma262/#sec-error-message, and InstallErrorCause. */
function* installMessageAndCause(realm: Realm, e: JSObject, message: Value, options: Value): Gen<void> {
  if (message !== undefined) e.put('message', yield* toString(realm, message), METHOD_FLAGS);
  if (options instanceof JSObject && (yield* has(realm, options, 'cause'))) {
    e.put('cause', yield* get(realm, options, 'cause'), METHOD_FLAGS);
  }
}

/** https://tc39.es/ecma262/#sec-error.prototype.tostring */
export function* errorToString(realm: Realm, o: JSObject): Gen<string> {
  const name = yield* get(realm, o, 'name');
  const message = yield* get(realm, o, 'message');
  return joinErrorHeader(
    name === undefined ? 'Error' : yield* toString(realm, name),
    message === undefined ? '' : yield* toString(realm, message),
  );
}

/** The stack header when a getter is involved; a throwing getter leaves a plain "Error". */
function* safeErrorToString(realm: Realm, o: JSObject): Gen<string> {
  try {
    return yield* errorToString(realm, o);
  } catch (e) {
    if (e instanceof JSThrow) return 'Error';
    throw e;
  }
}

/** V8's extras on the Error constructor: captureStackTrace and stackTraceLimit. */
function installErrorStatics(realm: Realm, ctor: NativeFunction): void {
  realm.method(ctor, 'captureStackTrace', 2, function* (_this, args) {
    const o = args[0];
    // not in the spec: V8's own message text for this V8-only function.
    if (!(o instanceof JSObject)) realm.throwError('TypeError', Msg.InvalidArgument);
    const frames = realm.host.captureStack();
    const header = plainErrorHeader(o) ?? (yield* safeErrorToString(realm, o));
    o.defineOwn('stack', { value: stackText(header, frames), writable: true, enumerable: false, configurable: true });
    return undefined;
  }, { gen: true });
  // Glassbox's host decides how many frames to capture; the number is kept for programs that read it.
  ctor.put('stackTraceLimit', 10, DEFAULT_FLAGS);
}
