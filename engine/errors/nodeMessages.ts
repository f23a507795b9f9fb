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
  // The same, then the file require would have loaded, as JSON (Node's hint).
  EsmModuleNotFoundHint: { code: 'ERR_MODULE_NOT_FOUND', type: 'Error', text: "Cannot find module '%' imported from %\nDid you mean to import %?" },
  EsmDirectoryImport: { code: 'ERR_UNSUPPORTED_DIR_IMPORT', type: 'Error', text: "Directory import '%' is not supported resolving ES modules imported from %\nDid you mean to import %?" },
  EsmPackageNotFound: { code: 'ERR_MODULE_NOT_FOUND', type: 'Error', text: "Cannot find package '%' imported from %" },
  // package.json "exports" and "imports": the package.json path, then " imported from <file>" or nothing (require).
  PackagePathNotExported: { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED', type: 'Error', text: 'Package subpath \'%\' is not defined by "exports" in %%' },
  PackageMainNotExported: { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED', type: 'Error', text: 'No "exports" main defined in %%' },
  // The specifier, " in package <package.json>" or nothing, the importing file.
  PackageImportNotDefined: { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED', type: 'TypeError', text: 'Package import specifier "%" is not defined% imported from %' },
  // The target as JSON, the package.json, " imported from <file>" or nothing, the "./" hint or nothing.
  InvalidPackageMainTarget: { code: 'ERR_INVALID_PACKAGE_TARGET', type: 'Error', text: 'Invalid "exports" main target % defined in the package config %%%' },
  // "exports" or "imports", the target as JSON, the subpath, the package.json, the suffix, the hint.
  InvalidPackageTarget: { code: 'ERR_INVALID_PACKAGE_TARGET', type: 'Error', text: 'Invalid "%" target % defined for \'%\' in the package config %%%' },
  // The package.json, " while importing <file URL>" or nothing.
  InvalidPackageConfig: {
    code: 'ERR_INVALID_PACKAGE_CONFIG', type: 'Error',
    text: 'Invalid package config %%. "exports" cannot contain some keys starting with \'.\' and some not. The exports object must either be an object of package subpath keys or an object of main entry condition name keys only.',
  },
  // Import attributes: the module's URL and the type it needs or was asked for.
  ImportAttributeMissing: { code: 'ERR_IMPORT_ASSERTION_TYPE_MISSING', type: 'TypeError', text: 'Module "%" needs an import attribute of type "%"' },
  ImportAttributeUnsupported: { code: 'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED', type: 'TypeError', text: 'Import attribute type "%" is unsupported' },
  ImportAttributeFailed: { code: 'ERR_IMPORT_ASSERTION_TYPE_FAILED', type: 'TypeError', text: 'Module "%" is not of type "%"' },
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
  // Buffer (engine/realm/node/buffer*.ts).
  // An argument Node names in words ("first argument"), so without quotes.
  InvalidWordedArgType: { code: 'ERR_INVALID_ARG_TYPE', type: 'TypeError', text: 'The % must be %. Received %' },
  // buf.write of a non-string: Node's C++ check says it this way.
  ArgumentNotString: { code: 'ERR_INVALID_ARG_TYPE', type: 'TypeError', text: 'argument must be a string' },
  // A FileHandle used after close (lib/internal/fs/promises.js): a plain Error with code EBADF.
  FileClosed: { code: 'EBADF', type: 'Error', text: 'file closed', codeInHeader: false },
  UnknownEncoding: { code: 'ERR_UNKNOWN_ENCODING', type: 'TypeError', text: 'Unknown encoding: %' },
  BufferOutOfBounds: { code: 'ERR_BUFFER_OUT_OF_BOUNDS', type: 'RangeError', text: 'Attempt to access memory outside buffer bounds' },
  BufferOutOfBoundsNamed: { code: 'ERR_BUFFER_OUT_OF_BOUNDS', type: 'RangeError', text: '"%" is outside of buffer bounds' },
  InvalidBufferSize: { code: 'ERR_INVALID_BUFFER_SIZE', type: 'RangeError', text: 'Buffer size must be a multiple of %-bits' },
  // The stream module (engine/realm/node/stream*Source.ts): what was called ('write', 'end', '_read()').
  StreamPushAfterEof: { code: 'ERR_STREAM_PUSH_AFTER_EOF', type: 'Error', text: 'stream.push() after EOF' },
  StreamUnshiftAfterEnd: { code: 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT', type: 'Error', text: 'stream.unshift() after end event' },
  StreamWriteAfterEnd: { code: 'ERR_STREAM_WRITE_AFTER_END', type: 'Error', text: 'write after end' },
  StreamDestroyed: { code: 'ERR_STREAM_DESTROYED', type: 'Error', text: 'Cannot call % after a stream was destroyed' },
  StreamAlreadyFinished: { code: 'ERR_STREAM_ALREADY_FINISHED', type: 'Error', text: 'Cannot call % after a stream was finished' },
  StreamNullValues: { code: 'ERR_STREAM_NULL_VALUES', type: 'TypeError', text: 'May not write null values to stream' },
  StreamPrematureClose: { code: 'ERR_STREAM_PREMATURE_CLOSE', type: 'Error', text: 'Premature close' },
  StreamCannotPipe: { code: 'ERR_STREAM_CANNOT_PIPE', type: 'Error', text: 'Cannot pipe, not readable' },
  MethodNotImplemented: { code: 'ERR_METHOD_NOT_IMPLEMENTED', type: 'Error', text: 'The % method is not implemented' },
  MultipleCallback: { code: 'ERR_MULTIPLE_CALLBACK', type: 'Error', text: 'Callback called multiple times' },
  // ERR_INVALID_ARG_VALUE for an option: its dotted name, the reason, the value as inspect shows it.
  InvalidPropertyValue: { code: 'ERR_INVALID_ARG_VALUE', type: 'TypeError', text: "The property '%' %. Received %" },
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
  EBADF: { errno: -9, text: 'bad file descriptor' },
  EINVAL: { errno: -22, text: 'invalid argument' },
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
