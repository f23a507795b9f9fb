// The JavaScript of assert's AssertionError (compiled in the realm with assertSource.ts): the
// message Node 20 builds for each operator, with its line diff of the inspected values. Its
// texts are Node's own, so a failing assertion reads as it does under `node`.
export const ASSERTION_ERROR_SOURCE = String.raw`
const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};
// Short primitives read best as "a !== b" rather than as a diff.
const kMaxShortLength = 12;
// Without a terminal, Node takes 80 columns for the mismatch indicator.
const kColumns = 80;
const kMaxLongStringLength = 512;

function inspectValue(val) {
  return internals.inspect(val, {
    compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity,
    showHidden: false, sorted: true,
  });
}

/** An Error seen through its own enumerable properties, message and cause: its stack is left out of the diff. */
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { value: cause });
  }
  return target;
}

/** Lines that were the same before a difference: all when few, else the first, "..." and the last ones. */
function identicalLines(lines, i, identical, out) {
  if (identical <= 2) return;
  if (identical > 3) {
    if (identical > 4) {
      if (identical === 5) {
        out.res += '\n  ' + lines[i - 3];
        out.printed++;
      } else {
        out.res += '\n...';
        out.skipped = true;
      }
    }
    out.res += '\n  ' + lines[i - 2];
    out.printed++;
  }
  out.res += '\n  ' + lines[i - 1];
  out.printed++;
}

/** The "+ actual - expected" diff of strictEqual and deepStrictEqual, the lines compared in order. */
function createErrDiff(actual, expected, operator, customMessage) {
  let other = '';
  let end = '';
  let indicator = '';
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let i = 0;
  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const header = customMessage || kReadableOperator[operator];
  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const actualRaw = actualLines[0];
    const expectedRaw = expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) && (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return header + '\n\n' + actualLines[0] + ' !== ' + expectedLines[0] + '\n';
      }
    } else if (operator !== 'strictEqualObject' && inputLength < kColumns) {
      while (actualRaw[i] === expectedRaw[i]) i++;
      // The first characters differing need no pointer.
      if (i > 2) {
        indicator = '\n  ' + ' '.repeat(i) + '^';
        i = 0;
      }
    }
  }
  // Equal lines at the end are dropped but for three, so the diff stays short.
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) end = '\n  ' + a + end;
    else other = a;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }
  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = actualInspected.split('\n');
    if (lines.length > 50) {
      lines[46] = '...';
      while (lines.length > 47) lines.pop();
    }
    return kReadableOperator.notIdentical + '\n\n' + lines.join('\n') + '\n';
  }
  const out = { res: '', printed: 0, skipped: false };
  if (i >= 5) {
    end = '\n...' + end;
    out.skipped = true;
  }
  if (other !== '') {
    end = '\n  ' + other + end;
    other = '';
  }
  let identical = 0;
  const msg = header + '\n+ actual - expected';
  const skippedMsg = ' ... Lines skipped';
  let lines = actualLines;
  let plusMinus = '+';
  let maxLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = '-';
    maxLength = actualLines.length;
  }
  for (i = 0; i < maxLines; i++) {
    if (maxLength < i + 1) {
      identicalLines(lines, i, identical, out);
      identical = 0;
      if (lines === actualLines) out.res += '\n' + plusMinus + ' ' + lines[i];
      else other += '\n' + plusMinus + ' ' + lines[i];
      out.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let diverging = actualLine !== expectedLine && (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      // A line that differs only by its trailing comma takes the expected one's comma.
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        identicalLines(actualLines, i, identical, out);
        identical = 0;
        // Diverging lines are kept apart so they show as +++--- and not +-+-+-.
        out.res += '\n+ ' + actualLine;
        other += '\n- ' + expectedLine;
        out.printed += 2;
      } else {
        out.res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          out.res += '\n  ' + actualLine;
          out.printed++;
        }
      }
    }
    // About 50 lines at most.
    if (out.printed > 50 && i < maxLines - 2) {
      return msg + skippedMsg + '\n' + out.res + '\n...' + other + '\n...';
    }
  }
  return msg + (out.skipped ? skippedMsg : '') + '\n' + out.res + other + end + indicator;
}

/** The message of notStrictEqual and notDeepStrictEqual: the one value, which equals the other. */
function notEqualMessage(actual, operator) {
  let base = kReadableOperator[operator];
  const res = inspectValue(actual).split('\n');
  if (operator === 'notStrictEqual' && ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  if (res.length > 50) {
    res[46] = '...';
    while (res.length > 47) res.pop();
  }
  if (res.length === 1) return base + (res[0].length > 5 ? '\n\n' : ' ') + res[0];
  return base + '\n\n' + res.join('\n') + '\n';
}

/** The message of the other operators: both values, or "actual operator expected". */
function otherMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const knownOperator = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = knownOperator + '\n\n' + res;
    if (res.length > 1024) res = res.slice(0, 1021) + '...';
    return res;
  }
  if (res.length > kMaxLongStringLength) res = res.slice(0, 509) + '...';
  if (other.length > kMaxLongStringLength) other = other.slice(0, 509) + '...';
  if (operator === 'deepEqual') {
    res = knownOperator + '\n\n' + res + '\n\nshould loosely deep-equal\n\n';
  } else {
    const newOp = kReadableOperator[operator + 'Unequal'];
    if (newOp) res = newOp + '\n\n' + res + '\n\nshould not loosely deep-equal\n\n';
    else other = ' ' + operator + ' ' + other;
  }
  return res + other;
}

function generatedMessage(actual, expected, operator) {
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') return createErrDiff(actual, expected, operator);
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') return notEqualMessage(actual, operator);
  return otherMessage(actual, expected, operator);
}

/** Long strings are cut when an AssertionError is inspected (its message shows them already). */
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return lines.join('\n') + '\n...';
  }
  if (string.length > kMaxLongStringLength) return string.slice(kMaxLongStringLength) + '...';
  return string;
}

/** A frame of assert's own code, or of a native it called (a line with no place). */
function isAssertFrame(line) {
  return line.includes('(node:assert:') || line.startsWith('    at node:assert:') || !/:\d+:\d+\)?$/.test(line);
}

/** Drops the frames of assert itself from the top of the stack, as Node's stackStartFn does. */
function withoutAssertFrames(err) {
  const lines = err.stack.split('\n');
  const headLines = (err.name + ': ' + err.message).split('\n').length;
  let first = headLines;
  while (first < lines.length && isAssertFrame(lines[first])) first++;
  err.stack = lines.slice(0, headLines).concat(lines.slice(first)).join('\n');
}

class AssertionError extends Error {
  constructor(options) {
    if (typeof options !== 'object' || options === null || Array.isArray(options)) {
      throw internals.nodeError('InvalidArgType', 'options', 'of type object', internals.received(options));
    }
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    let { actual, expected } = options;
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') super(createErrDiff(actual, expected, operator, message));
      else super(String(message));
    } else {
      if (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null &&
          'stack' in actual && actual instanceof Error && 'stack' in expected && expected instanceof Error) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      super(generatedMessage(actual, expected, operator));
    }
    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', { value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this['message ' + i] = details[i].message;
        this['actual ' + i] = details[i].actual;
        this['expected ' + i] = details[i].expected;
        this['operator ' + i] = details[i].operator;
        this['stack trace ' + i] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    // The stack starts at the assertion's caller, its header naming the code.
    Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    withoutAssertFrames(this);
    this.name = 'AssertionError';
  }

  toString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    const result = internals.inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}
`;
