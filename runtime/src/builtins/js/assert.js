'use strict';
// nari builtin: assert

const { inspect, isDeepStrictEqual, types } = require('util');
const { isDeepEqual } = require('internal/comparisons');

const MAX_SHORT_LENGTH = 12;

const HEADERS = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values identical but not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

function inspectValue(v) {
  return inspect(v, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
    breakLength: Infinity,
  });
}

const isObjectLike = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';

// Line diff (LCS). Lines only in actual are '+', only in expected are '-'.
// Lines are compared ignoring a trailing comma (like Node's diff).
function lineDiff(a, b) {
  const strip = (l) => (l.endsWith(',') ? l.slice(0, -1) : l);
  const sa = a.map(strip);
  const sb = b.map(strip);
  const n = a.length;
  const m = b.length;
  const dp = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i][j] = sa[i] === sb[j] ? dp[i + 1][j + 1] + 1 : Math.max(dp[i + 1][j], dp[i][j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  let plus = [];
  let minus = [];
  const flush = () => {
    out.push(...plus, ...minus);
    plus = [];
    minus = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && sa[i] === sb[j]) {
      flush();
      out.push(`  ${a[i].length >= b[j].length ? a[i] : b[j]}`);
      i++;
      j++;
    } else if (j >= m || (i < n && dp[i + 1][j] >= dp[i][j + 1])) {
      plus.push(`+ ${a[i]}`);
      i++;
    } else {
      minus.push(`- ${b[j]}`);
      j++;
    }
  }
  flush();
  return out.join('\n');
}

function diffMessage(actual, expected, operator, header) {
  const a = inspectValue(actual);
  const e = inspectValue(expected);
  const aLines = a.split('\n');
  const eLines = e.split('\n');
  if (operator === 'strictEqual' && typeof actual === 'object' && actual !== null &&
      typeof expected === 'object' && expected !== null) {
    operator = 'strictEqualObject';
  }
  if (header === undefined) header = HEADERS[operator];
  let indicator = '';
  if (aLines.length === 1 && eLines.length === 1 && a !== e) {
    const len = a.length + e.length;
    if (len <= MAX_SHORT_LENGTH) {
      if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
        return `${header}\n\n${a} !== ${e}\n`;
      }
    } else if (operator !== 'strictEqualObject' && len < 80) {
      let i = 0;
      while (a[i] === e[i]) i++;
      if (i > 2) indicator = `\n  ${' '.repeat(i)}^`;
    }
  }
  if (a === e) {
    const h = operator === 'strictEqualObject' ?
      'Values have same structure but are not reference-equal:' : HEADERS.notIdentical;
    return `${h}\n\n${aLines.join('\n')}\n`;
  }
  return `${header}\n+ actual - expected\n\n${lineDiff(aLines, eLines)}${indicator}`;
}

const isErrorLike = (v) => types.isNativeError(v) || v instanceof Error;

function copyError(source) {
  const target = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      const err = new TypeError(`The "options" argument must be of type object. Received ${inspect(options)}`);
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    // Messages show errors without their stack traces (like Node).
    if (isErrorLike(actual) && isErrorLike(expected)) {
      actual = copyError(actual);
      expected = copyError(expected);
    }
    let msg;
    if (message != null) {
      if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
        msg = diffMessage(actual, expected, operator, String(message));
      } else {
        msg = String(message);
      }
    } else if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
      msg = diffMessage(actual, expected, operator);
    } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      let base = HEADERS[operator];
      const lines = inspectValue(actual).split('\n');
      if (operator === 'notStrictEqual' && isObjectLike(actual)) base = HEADERS.notStrictEqualObject;
      if (lines.length === 1) msg = `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
      else msg = `${base}\n\n${lines.join('\n')}\n`;
    } else {
      let res = inspectValue(actual);
      let other = inspectValue(expected);
      const header = HEADERS[operator];
      if (operator === 'notDeepEqual' && res === other) {
        msg = `${header}\n\n${res}`;
        if (msg.length > 1024) msg = `${msg.slice(0, 1021)}...`;
      } else {
        if (res.length > 512) res = `${res.slice(0, 509)}...`;
        if (other.length > 512) other = `${other.slice(0, 509)}...`;
        if (operator === 'deepEqual') {
          res = `${header}\n\n${res}\n\nshould loosely deep-equal\n\n`;
        } else {
          const unequal = HEADERS[`${operator}Unequal`];
          if (unequal) res = `${unequal}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
          else other = ` ${operator} ${other}`;
        }
        msg = `${res}${other}`;
      }
    }
    super(msg);
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, typeof stackStartFn === 'function' ? stackStartFn : new.target);
    }
    this.generatedMessage = message == null;
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = options.actual;
      this.expected = options.expected;
      this.operator = operator;
    }
    // Touch the stack so it captures the "AssertionError [ERR_ASSERTION]" name,
    // then expose the plain name like Node does.
    // eslint-disable-next-line no-unused-expressions
    this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    const trunc = (v) => (typeof v === 'string' && v.length > 512 ? `${v.slice(0, 509)}...` : v);
    this.actual = trunc(tmpActual);
    this.expected = trunc(tmpExpected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

function invalidArgType(name, type, value) {
  let received;
  if (value == null) received = ` Received ${value}`;
  else if (typeof value === 'function') received = ` Received function ${value.name}`;
  else if (typeof value === 'object') {
    received = value.constructor && value.constructor.name ?
      ` Received an instance of ${value.constructor.name}` : ` Received ${inspect(value, { depth: -1 })}`;
  } else {
    let shown = inspect(value);
    if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
    received = ` Received type ${typeof value} (${shown})`;
  }
  const err = new TypeError(`The "${name}" argument must be ${type}.${received}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    message = `${inspect(value)} == true`;
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({
    actual: value, expected: true, message, operator: '==', stackStartFn: fn,
  });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
assert.ok = ok;
assert.AssertionError = AssertionError;

assert.fail = function fail(actual, expected, message, operator, stackStartFn) {
  const argsLen = arguments.length;
  let internalMessage = false;
  if (actual == null && argsLen <= 1) {
    internalMessage = true;
    message = 'Failed';
  } else if (argsLen === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (argsLen === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const errArgs = { actual, expected, operator: operator === undefined ? 'fail' : operator, stackStartFn: stackStartFn || fail, message };
  const err = new AssertionError(errArgs);
  if (internalMessage) err.generatedMessage = true;
  throw err;
};

function requireTwo(n) {
  if (n < 2) {
    const err = new TypeError('The "actual" and "expected" arguments must be specified');
    err.code = 'ERR_MISSING_ARGS';
    throw err;
  }
}

assert.equal = function equal(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '==', stackStartFn: equal });
  }
};

assert.notEqual = function notEqual(actual, expected, message) {
  requireTwo(arguments.length);
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
    innerFail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
  }
};

assert.deepEqual = function deepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
  }
};

assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
  }
};

assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
  }
};

assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (isDeepStrictEqual(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
  }
};

assert.strictEqual = function strictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (!Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
  }
};

assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  requireTwo(arguments.length);
  if (Object.is(actual, expected)) {
    innerFail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
  }
};

// --- throws / rejects -----------------------------------------------------

const NO_EXCEPTION = {};

function getActual(fn) {
  if (typeof fn !== 'function') throw invalidArgType('fn', 'of type function', fn);
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(v) {
  return v !== null && typeof v === 'object' && typeof v.then === 'function' &&
    typeof v.catch === 'function';
}

async function waitForActual(promiseFn) {
  let resultPromise;
  if (typeof promiseFn === 'function') {
    resultPromise = promiseFn();
    if (!isPromiseLike(resultPromise)) {
      const err = new TypeError(`Expected instance of Promise to be returned from the "promiseFn" function but got ${resultPromise === null ? 'null' : `type ${typeof resultPromise} (${inspect(resultPromise)})`}.`);
      err.code = 'ERR_INVALID_RETURN_VALUE';
      throw err;
    }
  } else if (isPromiseLike(promiseFn)) {
    resultPromise = promiseFn;
  } else {
    throw invalidArgType('promiseFn', 'of type function or an instance of Promise', promiseFn);
  }
  try {
    await resultPromise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

class Comparison {
  constructor(obj, keys, actual) {
    for (const key of keys) {
      if (key in obj) {
        if (actual !== undefined && typeof actual[key] === 'string' &&
            obj[key] instanceof RegExp && obj[key].exec(actual[key]) !== null) {
          this[key] = actual[key];
        } else {
          this[key] = obj[key];
        }
      }
    }
  }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
  if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
    if (!message) {
      const a = new Comparison(actual, keys);
      const b = new Comparison(expected, keys, actual);
      const err = new AssertionError({ actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn });
      err.actual = actual;
      err.expected = expected;
      err.operator = fn.name;
      throw err;
    }
    innerFail({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  }
}

function expectedException(actual, expected, message, fn) {
  let generatedMessage = false;
  let throwError = false;
  if (typeof expected !== 'function') {
    if (expected instanceof RegExp) {
      const str = String(actual);
      if (expected.exec(str) !== null) return;
      if (!message) {
        generatedMessage = true;
        message = `The input did not match the regular expression ${inspect(expected)}. Input:\n\n${inspect(str)}\n`;
      }
      throwError = true;
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) keys.push('name', 'message');
      else if (keys.length === 0) {
        const err = new TypeError(`The argument 'error' may not be an empty object. Received {}`);
        err.code = 'ERR_INVALID_ARG_VALUE';
        throw err;
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && expected[key] instanceof RegExp &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareExceptionKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected)) {
    if (!message) {
      generatedMessage = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (actual instanceof Error) message += `"${actual.constructor && actual.constructor.name}"`;
      else message += `"${inspect(actual, { depth: -1 })}"`;
      if (actual && actual.message !== undefined) message += `\n\nError message:\n\n${actual.message}`;
    }
    throwError = true;
  } else {
    const res = Reflect.apply(expected, {}, [actual]);
    if (res !== true) {
      if (!message) {
        generatedMessage = true;
        const name = expected.name ? `"${expected.name}" ` : '';
        message = `The ${name}validation function is expected to return "true". Received ${inspect(res)}`;
        if (actual instanceof Error) message += `\n\nCaught error:\n\n${actual}`;
      }
      throwError = true;
    }
  }
  if (throwError) {
    const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

function checkExpectedArg(error) {
  if (typeof error !== 'function' && typeof error !== 'object' && typeof error !== 'string' &&
      error !== undefined) {
    throw invalidArgType('error', 'of type function or an instance of Error, RegExp, or Object', error);
  }
}

function expectsError(stackStartFn, actual, error, message) {
  if (typeof error === 'string') {
    if (arguments.length === 4) {
      throw invalidArgType('error', 'of type function or an instance of Error, RegExp, or Object', error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        const err = new TypeError(`The "error/message" argument is ambiguous. The error message "${actual.message}" is identical to the message.`);
        err.code = 'ERR_AMBIGUOUS_ARGUMENT';
        throw err;
      }
    } else if (actual === error) {
      const err = new TypeError(`The "error/message" argument is ambiguous. The error "${actual}" is identical to the message.`);
      err.code = 'ERR_AMBIGUOUS_ARGUMENT';
      throw err;
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw invalidArgType('error', 'of type function or an instance of Error, RegExp, or Object', error);
  }
  if (actual === NO_EXCEPTION) {
    let details = '';
    if (error && error.name) details += ` (${error.name})`;
    details += message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.rejects ? 'rejection' : 'exception';
    innerFail({
      actual: undefined, expected: error, operator: stackStartFn.name,
      message: `Missing expected ${fnType}${details}`, stackStartFn,
    });
  }
  if (error !== undefined) expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
  if (typeof expected !== 'function') {
    if (expected instanceof RegExp) return expected.exec(String(actual)) !== null;
    throw invalidArgType('expected', 'of type function or an instance of RegExp', expected);
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
    const details = message ? `: ${message}` : '.';
    const fnType = stackStartFn === assert.doesNotReject ? 'rejection' : 'exception';
    innerFail({
      actual, expected: error, operator: stackStartFn.name,
      message: `Got unwanted ${fnType}${details}\nActual message: "${actual && actual.message}"`,
      stackStartFn,
    });
  }
  throw actual;
}

assert.throws = function throws(promiseFn, ...args) {
  checkExpectedArg(args[0]);
  expectsError(throws, getActual(promiseFn), ...args);
};

assert.rejects = async function rejects(promiseFn, ...args) {
  expectsError(rejects, await waitForActual(promiseFn), ...args);
};

assert.doesNotThrow = function doesNotThrow(fn, ...args) {
  expectsNoError(doesNotThrow, getActual(fn), ...args);
};

assert.doesNotReject = async function doesNotReject(fn, ...args) {
  expectsNoError(doesNotReject, await waitForActual(fn), ...args);
};

assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      if (err.message.length === 0 && err.constructor) message += err.constructor.name;
      else message += err.message;
    } else {
      message += inspect(err);
    }
    const newErr = new AssertionError({
      actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError,
    });
    // Append the original stack frames of the error.
    const origStack = err && err.stack;
    if (typeof origStack === 'string') {
      const origFrames = origStack.split('\n');
      origFrames.shift();
      const newFrames = String(newErr.stack).split('\n');
      for (const frame of origFrames) {
        const pos = newFrames.indexOf(frame);
        if (pos !== -1) {
          newFrames.splice(0, pos);
          break;
        }
      }
      newErr.stack = `${String(newErr.stack).split('\n')[0]}\n${origFrames.join('\n')}\n${newFrames.join('\n')}`;
    }
    throw newErr;
  }
};

function internalMatch(string, regexp, message, fn) {
  if (!(regexp instanceof RegExp)) throw invalidArgType('regexp', 'an instance of RegExp', regexp);
  const match = fn === assert.match;
  if (typeof string !== 'string' || (regexp.exec(string) !== null) !== match) {
    if (message instanceof Error) throw message;
    const generatedMessage = !message;
    message = message || (typeof string !== 'string' ?
      `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})` :
      `${match ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression '}${inspect(regexp)}. Input:\n\n${inspect(string)}\n`);
    const err = new AssertionError({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

assert.match = function match(string, regexp, message) {
  internalMatch(string, regexp, message, match);
};

assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  internalMatch(string, regexp, message, doesNotMatch);
};

function strict(...args) {
  innerOk(strict, args.length, ...args);
}

assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.strict.strict = assert.strict;

module.exports = assert;
