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
  // ES modules: the resolved path (or package name) and the importing file.
  EsmModuleNotFound: { code: 'ERR_MODULE_NOT_FOUND', type: 'Error', text: "Cannot find module '%' imported from %" },
  EsmPackageNotFound: { code: 'ERR_MODULE_NOT_FOUND', type: 'Error', text: "Cannot find package '%' imported from %" },
  RequireAsyncModule: {
    code: 'ERR_REQUIRE_ASYNC_MODULE', type: 'Error',
    text: 'require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From % \n  Requiring % ',
  },
  MissingTransferable: { code: 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST', type: 'TypeError', text: 'Object that needs transfer was found in message but not listed in transferList' },
  InvalidPortArg: { code: 'ERR_INVALID_ARG_TYPE', type: 'TypeError', text: 'The "port" argument must be a MessagePort instance' },
  InvalidTransferObject: { code: 'ERR_INVALID_TRANSFER_OBJECT', type: 'TypeError', text: 'Found invalid object in transferList' },
  ConstructCallInvalid: { code: 'ERR_CONSTRUCT_CALL_INVALID', type: 'TypeError', text: 'Constructor cannot be called' },
  PostMessageMissingArgs: { code: 'ERR_MISSING_ARGS', type: 'TypeError', text: 'Not enough arguments to %.postMessage' },
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
  // assert's argument errors (engine/realm/node/assertSource.ts).
  AmbiguousArgument: { code: 'ERR_AMBIGUOUS_ARGUMENT', type: 'TypeError', text: 'The "%" argument is ambiguous. %' },
  InvalidArgValue: { code: 'ERR_INVALID_ARG_VALUE', type: 'TypeError', text: "The argument '%' %. Received %" },
  InvalidReturnValue: { code: 'ERR_INVALID_RETURN_VALUE', type: 'TypeError', text: 'Expected % to be returned from the "%" function but got %.' },
  // util.parseArgs (engine/realm/node/utilExtrasSource.ts).
  ParseArgsUnknownOption: { code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', type: 'TypeError', text: "Unknown option '%'%" },
  ParseArgsUnexpectedPositional: {
    code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', type: 'TypeError', text: "Unexpected argument '%'. This command does not take positional arguments",
  },
  ParseArgsInvalidOptionValue: { code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', type: 'TypeError', text: '%' },
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

/** libuv's errors as Node's fs reports them (uv_strerror's text, the negative errno of Linux). */
export const UvErrors = {
  ENOENT: { errno: -2, text: 'no such file or directory' },
  EEXIST: { errno: -17, text: 'file already exists' },
  EISDIR: { errno: -21, text: 'illegal operation on a directory' },
  ENOTDIR: { errno: -20, text: 'not a directory' },
  ENOTEMPTY: { errno: -39, text: 'directory not empty' },
} as const;

/** Node's uvException message: code, text, syscall, then the path (and the destination of a rename) when there is one. */
export const UvMsg = {
  NoPath: '%: %, %',
  WithPath: "%: %, % '%'",
  WithDest: "%: %, % '%' -> '%'",
} as const;

/** A DOMException: its name (AbortError, ...) and its message. */
export interface DOMMessage {
  readonly name: string;
  readonly text: string;
}

export const DOMMsg = {
  Aborted: { name: 'AbortError', text: 'This operation was aborted' },
  TimedOut: { name: 'TimeoutError', text: 'The operation was aborted due to timeout' },
  NotCloneable: { name: 'DataCloneError', text: '% could not be cloned.' },
  DuplicatePort: { name: 'DataCloneError', text: 'Transfer list contains duplicate MessagePort' },
  SourcePort: { name: 'DataCloneError', text: 'Transfer list contains source port' },
  BroadcastClosed: { name: 'InvalidStateError', text: 'BroadcastChannel is closed.' },
  NotIntegerTypedArray: { name: 'TypeMismatchError', text: 'The data argument must be an integer-type TypedArray' },
  QuotaExceeded: { name: 'QuotaExceededError', text: 'The requested length exceeds % bytes' },
  InvalidCharacter: { name: 'InvalidCharacterError', text: 'Invalid character' },
  NotCorrectlyEncoded: { name: 'InvalidCharacterError', text: 'The string to be decoded is not correctly encoded.' },
} as const satisfies Record<string, DOMMessage>;
