// DOMException (https://webidl.spec.whatwg.org/#idl-DOMException) as Node 20 has it: an
// Error subclass whose name, message and code are prototype getters over internal slots.
import { ENUMERABLE, JSObject, METHOD_FLAGS } from '../../heap/object';
import { Value } from '../../heap/values';
import { JSThrow } from '../../errors/internal';
import { formatMessage } from '../../errors/messages';
import { NodeMsg, type DOMMessage } from '../../errors/nodeMessages';
import { Gen, toString } from '../../ops/convert';
import { get } from '../../ops/object';
import { has } from '../../ops/internal';
import type { Realm } from '../realm';
import { LazyStackError } from './errorStack';
import { protoFromCtor, setToStringTag } from './objectSupport';
import { requireClassNew, throwNodeError, webAccessor } from './webSupport';

/** The legacy error names with a code, in code order (1 to 25), and their constant names. */
const LEGACY_CODES: [string, string][] = [
  ['IndexSizeError', 'INDEX_SIZE_ERR'], ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR'], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR'], ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR'], ['NotFoundError', 'NOT_FOUND_ERR'],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR'], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 'INVALID_STATE_ERR'], ['SyntaxError', 'SYNTAX_ERR'],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR'], ['NamespaceError', 'NAMESPACE_ERR'],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR'], ['ValidationError', 'VALIDATION_ERR'],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR'], ['SecurityError', 'SECURITY_ERR'], ['NetworkError', 'NETWORK_ERR'],
  ['AbortError', 'ABORT_ERR'], ['URLMismatchError', 'URL_MISMATCH_ERR'], ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 'TIMEOUT_ERR'], ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR'], ['DataCloneError', 'DATA_CLONE_ERR'],
];

export class DOMExceptionObject extends LazyStackError {
  constructor(proto: JSObject, readonly errorName: string, readonly errorMessage: string) {
    super(proto);
  }

  /** What the inspector prints as the name (`DOMException [AbortError]: ...`). */
  get slotName(): string { return this.errorName; }
}

/** A DOMException from DOMMsg made by the engine (an abort reason), with the stack of the running code. */
export function newDOMException(realm: Realm, msg: DOMMessage, ...args: unknown[]): DOMExceptionObject {
  const { name } = msg;
  const message = formatMessage(msg.text, ...args);
  const e = new DOMExceptionObject(realm.intrinsic('%DOMException.prototype%'), name, message);
  e.captureStack(realm.host.captureStack(), `${name}: ${message}`);
  return e;
}

export function throwDOMException(realm: Realm, msg: DOMMessage, ...args: unknown[]): never {
  throw new JSThrow(newDOMException(realm, msg, ...args));
}

export function installDOMException(realm: Realm): void {
  const proto = realm.newObject(realm.errorPrototypes.get('Error')!);
  const ctor = realm.newNative('DOMException', 0, function* (_this, args, newTarget) {
    const p = protoFromCtor(requireClassNew(realm, newTarget, 'DOMException'), proto);
    const message = args[0] === undefined ? '' : yield* toString(realm, args[0]);
    const [name, cause] = yield* nameAndCause(realm, args[1]);
    const e = new DOMExceptionObject(p, name, message);
    if (cause !== undefined) e.put('cause', cause[0], METHOD_FLAGS);
    e.captureStack(realm.host.captureStack(), `${name}: ${message}`);
    return e;
  }, { ctor: true, gen: true });
  realm.defineConstructor(ctor, proto);
  const self = (v: Value): DOMExceptionObject =>
    v instanceof DOMExceptionObject ? v : throwNodeError(realm, NodeMsg.InvalidThisDOMException);
  webAccessor(realm, proto, 'name', (thisArg) => self(thisArg).errorName);
  webAccessor(realm, proto, 'message', (thisArg) => self(thisArg).errorMessage);
  webAccessor(realm, proto, 'code', (thisArg) => LEGACY_CODES.findIndex(([n]) => n === self(thisArg).errorName) + 1);
  LEGACY_CODES.forEach(([, constant], i) => {
    for (const target of [ctor, proto]) target.put(constant, i + 1, ENUMERABLE);
  });
  setToStringTag(proto, 'DOMException');
}

/** The second argument: a name, or Node 20's `{ name, cause }` options. */
function* nameAndCause(realm: Realm, options: Value): Gen<[string, [Value] | undefined]> {
  if (options === undefined) return ['Error', undefined];
  if (!(options instanceof JSObject)) return [yield* toString(realm, options), undefined];
  const cause: [Value] | undefined = (yield* has(realm, options, 'cause')) ? [yield* get(realm, options, 'cause')] : undefined;
  const name = yield* get(realm, options, 'name');
  return [name === undefined ? 'Error' : yield* toString(realm, name), cause];
}
