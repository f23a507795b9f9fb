// Node's coded errors (`TypeError [ERR_X]: ...` with a `code`) and DOMException, which
// Node's web APIs (atob, structuredClone, crypto) throw.
import { JSObject, METHOD_FLAGS, Prop } from '../../heap/object';
import { JSThrow } from '../../errors/internal';
import { toString } from '../../ops/convert';
import type { ErrorType, Realm } from '../realm';
import { LazyStackError, stackText } from './errorStack';
import { setToStringTag } from './objectSupport';

/** Node's internal/errors: the code shows in the stack header and as an own `code`. */
export function throwNodeError(realm: Realm, type: ErrorType, code: string, message: string): never {
  const e = realm.makeError(type, message);
  e.setOwnValue('stack', stackText(`${type} [${code}]: ${message}`, realm.host.captureStack()));
  e.put('code', code);
  throw new JSThrow(e);
}

/** The legacy numeric codes of the DOMException names Glassbox throws. */
const LEGACY_CODES: Record<string, number> = {
  InvalidCharacterError: 5, TypeMismatchError: 17, QuotaExceededError: 22, DataCloneError: 25,
};

export function installDOMException(realm: Realm): void {
  const proto = realm.newObject(realm.errorPrototypes.get('Error')!);
  const ctor = realm.newNative('DOMException', 0, function* (_this, args, newTarget) {
    if (newTarget === undefined) realm.throwError('TypeError', "Class constructor DOMException cannot be invoked without 'new'");
    const message = args[0] === undefined ? '' : yield* toString(realm, args[0]);
    const name = args[1] === undefined ? 'Error' : yield* toString(realm, args[1]);
    return makeDOMException(realm, message, name, newTarget);
  }, { ctor: true, gen: true });
  realm.defineConstructor(ctor, proto);
  setToStringTag(proto, 'DOMException');
}

/**
 * A DOMException. not in Node: name, message and code are own non-enumerable data
 * properties here (Node has prototype getters), so the error printer reads them without user code.
 */
export function makeDOMException(realm: Realm, message: string, name: string, newTarget?: JSObject): JSObject {
  const protoProp = newTarget?.lookup('prototype');
  const proto = protoProp !== undefined && protoProp.value instanceof JSObject ? protoProp.value : realm.intrinsic('%DOMException.prototype%');
  const e = new LazyStackError(proto);
  e.className = 'DOMException';
  e.props.set('message', new Prop(message, METHOD_FLAGS));
  e.props.set('name', new Prop(name, METHOD_FLAGS));
  e.props.set('code', new Prop(LEGACY_CODES[name] ?? 0, METHOD_FLAGS));
  e.captureStack(realm.host.captureStack(), `${name}: ${message}`);
  return e;
}

export function throwDOMException(realm: Realm, message: string, name: string): never {
  throw new JSThrow(makeDOMException(realm, message, name));
}
