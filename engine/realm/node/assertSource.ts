// The JavaScript of the `assert` core module (compiled in the realm after assertErrorSource.ts
// and utilCompareSource.ts): Node 20's assertions and their argument errors. The text of a failed
// assert.ok comes from the call's own source (internals.callSource, assertCallSite.ts).
export const ASSERT_SOURCE = String.raw`
const NO_EXCEPTION = {};
const ERROR_KINDS = 'of type function or an instance of Error, RegExp, or Object';
let failWarned = false;

function isRegExp(v) {
  return Object.prototype.toString.call(v) === '[object RegExp]';
}

function isError(v) {
  return v instanceof Error || Object.prototype.toString.call(v) === '[object Error]';
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

/** The failed assert.ok's text: the call as written, its lines indented alike (none without the source: "0 == true"). */
function falsyMessage() {
  const site = internals.callSource();
  if (site === undefined) return undefined;
  const [first, ...rest] = site.code.split('\n');
  let message = first;
  for (const line of rest) {
    let pos = 0;
    while (pos < site.column && (line[pos] === ' ' || line[pos] === '\t')) pos++;
    message += '\n  ' + line.slice(pos);
  }
  return 'The expression evaluated to a falsy value:\n\n  ' + message + '\n';
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to ' + '\u0060assert.ok()\u0060';
  } else if (message == null) {
    generatedMessage = true;
    message = falsyMessage();
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}
const assert = ok;

function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!failWarned) {
      failWarned = true;
      internals.emitWarning('DeprecationWarning', 'assert.fail() with more than one argument is deprecated. ' +
        'Please use assert.strictEqual() instead or only pass a message.', 'DEP0094');
    }
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const err = new AssertionError({ actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail, message });
  if (internalMessage) err.generatedMessage = true;
  throw err;
}

function needBoth(n) {
  if (n < 2) throw internals.nodeError('MissingArgs', '"actual" and "expected" arguments');
}

function equal(actual, expected, message) {
  needBoth(arguments.length);
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
}

function notEqual(actual, expected, message) {
  needBoth(arguments.length);
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
}

function deepEqual(actual, expected, message) {
  needBoth(arguments.length);
  if (!isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
}

function notDeepEqual(actual, expected, message) {
  needBoth(arguments.length);
  if (isDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
}

function deepStrictEqual(actual, expected, message) {
  needBoth(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
}

function notDeepStrictEqual(actual, expected, message) {
  needBoth(arguments.length);
  if (isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
}

function strictEqual(actual, expected, message) {
  needBoth(arguments.length);
  if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
}

function notStrictEqual(actual, expected, message) {
  needBoth(arguments.length);
  if (Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
}

/** The object a thrown error is checked against, keeping the keys the check names. */
class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' && isRegExp(obj[key]) && obj[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({ actual: new Comparison(actual, keys), expected: new Comparison(expected, keys, actual), operator: 'deepStrictEqual', stackStartFn: fn });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
}

function instanceMessage(actual, expected) {
  let message = 'The error is expected to be an instance of "' + expected.name + '". Received ';
  if (!isError(actual)) return message + '"' + internals.inspect(actual, { depth: -1 }) + '"';
  const name = (actual.constructor && actual.constructor.name) || actual.name;
  message += expected.name === name ? 'an error with identical name but a different prototype.' : '"' + name + '"';
  if (actual.message) message += '\n\nError message:\n\n' + actual.message;
  return message;
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = 'The input did not match the regular expression ' + internals.inspect(expected) + '. Input:\n\n' + internals.inspect(str) + '\n';
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) throw internals.nodeError('InvalidArgValue', 'error', 'may not be an empty object', internals.inspect(expected));
      for (const key of keys) {
        if (typeof actual[key] === 'string' && isRegExp(expected[key]) && expected[key].exec(actual[key]) !== null) continue;
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected)) {
    if (!message) {
      generatedMessage = true;
      message = instanceMessage(actual, expected);
    }
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res === true) return;
    if (!message) {
      generatedMessage = true;
      const name = expected.name ? '"' + expected.name + '" ' : '';
      message = 'The ' + name + 'validation function is expected to return "true". Received ' + internals.inspect(res);
      if (isError(actual)) message += '\n\nCaught error:\n\n' + actual;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function getActual(fn) {
  if (typeof fn !== 'function') throw internals.nodeError('InvalidArgType', 'fn', 'of type function', internals.received(fn));
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function checkIsPromise(obj) {
  return obj instanceof Promise || (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' && typeof obj.catch === 'function');
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!checkIsPromise(resultPromise)) {
      throw internals.nodeError('InvalidReturnValue', 'instance of Promise', 'promiseFn', internals.received(resultPromise));
    }
  } else if (checkIsPromise(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw internals.nodeError('InvalidArgType', 'promiseFn', 'of type function or an instance of Promise', internals.received(promiseFn));
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) throw internals.nodeError('InvalidArgType', 'error', ERROR_KINDS, internals.received(error));
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw internals.nodeError('AmbiguousArgument', 'error/message', 'The error message "' + actual.message + '" is identical to the message.');
      }
    } else if (actual === error) {
      throw internals.nodeError('AmbiguousArgument', 'error/message', 'The error "' + actual + '" is identical to the message.');
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw internals.nodeError('InvalidArgType', 'error', ERROR_KINDS, internals.received(error));
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ' (' + error.name + ')';
    details += message ? ': ' + message : '.';
    const fnType = stackStartFn === rejects ? 'rejection' : 'exception';
    innerFail({ actual: undefined, expected: error, operator: stackStartFn.name, message: 'Missing expected ' + fnType + details, stackStartFn });
  }
  if (!error) return;
  expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw internals.nodeError('InvalidArgType', 'expected', 'of type function or an instance of RegExp', internals.received(expected));
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || hasMatchingError(actual, error)) {
    const details = message ? ': ' + message : '.';
    const fnType = stackStartFn === doesNotReject ? 'rejection' : 'exception';
    innerFail({ actual, expected: error, operator: stackStartFn.name,
      message: 'Got unwanted ' + fnType + details + '\nActual message: "' + (actual && actual.message) + '"', stackStartFn });
  }
  throw actual;
}

function throws(promiseFn, ...args) {
  expectsError(throws, getActual(promiseFn), ...args);
}

async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
}

function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
}

async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let message = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
  } else {
    message += internals.inspect(err);
  }
  const newErr = new AssertionError({ actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError });
  // The new error's stack goes on with the frames of the error it reports.
  const origStack = err.stack;
  if (typeof origStack === 'string') {
    const origStackStart = origStack.indexOf('\n    at');
    if (origStackStart !== -1) {
      const originalFrames = origStack.slice(origStackStart + 1).split('\n');
      let newFrames = newErr.stack.split('\n');
      for (const errFrame of originalFrames) {
        const pos = newFrames.indexOf(errFrame);
        if (pos !== -1) {
          newFrames = newFrames.slice(0, pos);
          break;
        }
      }
      newErr.stack = newFrames.join('\n') + '\n' + originalFrames.join('\n');
    }
  }
  throw newErr;
}

function internalMatch(string, regexp, message, fn) {
  if (!isRegExp(regexp)) throw internals.nodeError('InvalidArgType', 'regexp', 'an instance of RegExp', internals.received(regexp));
  const match = fn === matchFn;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string'
      ? 'The "string" argument must be of type string. Received type ' + typeof string + ' (' + internals.inspect(string) + ')'
      : (match ? 'The input did not match the regular expression ' : 'The input was expected to not match the regular expression ') +
        internals.inspect(regexp) + '. Input:\n\n' + internals.inspect(string) + '\n');
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

const matchFn = function match(string, regexp, message) {
  internalMatch(string, regexp, message, matchFn);
};

function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
}

Object.assign(assert, {
  fail, AssertionError, ok, equal, notEqual, deepEqual, notDeepEqual, deepStrictEqual, notDeepStrictEqual,
  strictEqual, notStrictEqual, throws, rejects, doesNotThrow, doesNotReject, ifError, match: matchFn, doesNotMatch,
});

function strict(...args) {
  innerOk(strict, args.length, ...args);
}
assert.strict = Object.assign(strict, assert, { equal: strictEqual, deepEqual: deepStrictEqual, notEqual: notStrictEqual, notDeepEqual: notDeepStrictEqual });
assert.strict.strict = assert.strict;
return assert;
`;
