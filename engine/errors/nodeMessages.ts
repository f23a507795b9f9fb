// Node's own errors, beside V8's in messages.ts: its coded errors (`TypeError [ERR_X]: ...`,
// keyed like Node's lib/internal/errors.js) and the DOMExceptions of its web APIs. An entry
// carries what the error is made of besides the text; `%` marks an argument (formatMessage).

/** A Node internal error: its `code`, its constructor and its message. */
export interface NodeMessage {
  readonly code: string;
  readonly type: 'Error' | 'TypeError' | 'RangeError';
  readonly text: string;
  /** ERR_INVALID_URL's stack header is `TypeError: ...`, without the code. */
  readonly codeInHeader?: false;
}

export const NodeMsg = {
  InvalidThis: { code: 'ERR_INVALID_THIS', type: 'TypeError', text: 'Value of "this" must be of type %' },
  // Node's DOMException says it without "type".
  InvalidThisDOMException: { code: 'ERR_INVALID_THIS', type: 'TypeError', text: 'Value of "this" must be of DOMException' },
  // The name, what it must be ("an instance of X", "of type Y"), describeReceived(value).
  InvalidArgType: { code: 'ERR_INVALID_ARG_TYPE', type: 'TypeError', text: 'The "%" argument must be %. Received %' },
  InvalidPropertyType: { code: 'ERR_INVALID_ARG_TYPE', type: 'TypeError', text: 'The "%" property must be %. Received %' },
  InvalidBufferSource: {
    code: 'ERR_INVALID_ARG_TYPE', type: 'TypeError',
    text: 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
  },
  // worker_threads: a Worker's file named neither absolutely nor from './' or '../' (Received "%").
  WorkerPath: { code: 'ERR_WORKER_PATH', type: 'TypeError', text: "The worker script or module filename must be an absolute path or a relative path starting with './' or '../'. Received \"%\"" },
  EmptyStringArg: { code: 'ERR_INVALID_ARG_VALUE', type: 'TypeError', text: "The argument '%' must be a non-empty string. Received ''" },
  // What is missing: `"input" argument`, `"a" and "b" arguments`.
  MissingArgs: { code: 'ERR_MISSING_ARGS', type: 'TypeError', text: 'The % must be specified' },
  OutOfRange: { code: 'ERR_OUT_OF_RANGE', type: 'RangeError', text: 'The value of "%" is out of range. It must be %. Received %' },
  UnknownBuiltinModule: { code: 'ERR_UNKNOWN_BUILTIN_MODULE', type: 'Error', text: 'No such built-in module: %' },
  InvalidLastArgType: { code: 'ERR_INVALID_ARG_TYPE', type: 'TypeError', text: 'The last argument must be %. Received %' },
  FalsyValueRejection: { code: 'ERR_FALSY_VALUE_REJECTION', type: 'Error', text: 'Promise was rejected with falsy value' },
  UnhandledError: { code: 'ERR_UNHANDLED_ERROR', type: 'Error', text: 'Unhandled error.%' },
  IllegalConstructor: { code: 'ERR_ILLEGAL_CONSTRUCTOR', type: 'TypeError', text: 'Illegal constructor' },
  EventRecursion: { code: 'ERR_EVENT_RECURSION', type: 'Error', text: 'The event "%" is already being dispatched' },
  ArgNotIterable: { code: 'ERR_ARG_NOT_ITERABLE', type: 'TypeError', text: '% must be iterable' },
  InvalidTuple: { code: 'ERR_INVALID_TUPLE', type: 'TypeError', text: '% must be an iterable % tuple' },
  EncodingNotSupported: { code: 'ERR_ENCODING_NOT_SUPPORTED', type: 'RangeError', text: 'The "%" encoding is not supported' },
  EncodingInvalidData: { code: 'ERR_ENCODING_INVALID_ENCODED_DATA', type: 'TypeError', text: 'The encoded data was not valid for encoding %' },
  InvalidUrl: { code: 'ERR_INVALID_URL', type: 'TypeError', text: 'Invalid URL', codeInHeader: false },
  // Printed, not thrown: the uncaught rejection of a reason without a stack (debug/uncaught.ts).
  UnhandledRejection: {
    code: 'ERR_UNHANDLED_REJECTION', type: 'Error',
    text: 'This error originated either by throwing inside of an async function without a catch block, '
      + 'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "%".',
  },
} as const satisfies Record<string, NodeMessage>;

/** A DOMException: its name (AbortError, ...) and its message. */
export interface DOMMessage {
  readonly name: string;
  readonly text: string;
}

export const DOMMsg = {
  Aborted: { name: 'AbortError', text: 'This operation was aborted' },
  TimedOut: { name: 'TimeoutError', text: 'The operation was aborted due to timeout' },
  NotCloneable: { name: 'DataCloneError', text: '% could not be cloned.' },
  NotIntegerTypedArray: { name: 'TypeMismatchError', text: 'The data argument must be an integer-type TypedArray' },
  QuotaExceeded: { name: 'QuotaExceededError', text: 'The requested length exceeds % bytes' },
  InvalidCharacter: { name: 'InvalidCharacterError', text: 'Invalid character' },
  NotCorrectlyEncoded: { name: 'InvalidCharacterError', text: 'The string to be decoded is not correctly encoded.' },
} as const satisfies Record<string, DOMMessage>;
