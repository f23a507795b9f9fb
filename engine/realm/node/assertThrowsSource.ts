// The JavaScript of assert.throws, rejects, doesNotThrow and doesNotReject (compiled in the
// realm with assertSource.ts, in the same module function): how a thrown error is checked against
// a class, a RegExp, an object of expected fields or a validation function, with Node's messages.
export const ASSERT_THROWS_SOURCE = String.raw`
// What getActual and waitForActual return when nothing was thrown.
const NO_EXCEPTION = {};
const ERROR_KINDS = 'of type function or an instance of Error, RegExp, or Object';

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

`;
