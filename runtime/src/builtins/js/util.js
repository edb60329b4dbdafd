'use strict';
// nari builtin: util
// inspect()/format() live in internal_inspect.js (require('internal/inspect'));
// deep equality lives in internal_comparisons.js (require('internal/comparisons')).

const {
  inspect, format, formatWithOptions, types, stripVTControlCharacters,
} = require('internal/inspect');
const { isDeepStrictEqual } = require('internal/comparisons');

// util.types members Node has beyond internal/inspect's (added by the misc
// builtins work): iterators by prototype, externals through a native.
{
  const mapIteratorProto = Object.getPrototypeOf(new Map().entries());
  const setIteratorProto = Object.getPrototypeOf(new Set().values());
  const extra = {
    isMapIterator: (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === mapIteratorProto,
    isSetIterator: (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === setIteratorProto,
    isModuleNamespaceObject: (v) => v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === null &&
      v[Symbol.toStringTag] === 'Module' && !Object.isExtensible(v),
    isExternal: (v) => require('internal/natives').isExternal(v),
    isProxy: () => false, // not observable from JS; no native for it yet
    isKeyObject: () => false, // crypto has no KeyObject yet
    isCryptoKey: () => false,
  };
  for (const [name, fn] of Object.entries(extra)) if (!(name in types)) types[name] = fn;
}

function codedError(Ctor, code, message) {
  const err = new Ctor(message);
  Object.defineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  return err;
}

function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return ` Received an instance of ${value.constructor.name}`;
    return ` Received ${inspect(value, { depth: -1 })}`;
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return ` Received type ${typeof value} (${shown})`;
}

function invalidArgType(name, expected, value) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be ${expected}.${describeReceived(value)}`);
}

// --- inherits -------------------------------------------------------------

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'of type function', ctor);
  if (superCtor === undefined || superCtor === null) {
    throw invalidArgType('superCtor', 'of type function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw invalidArgType('superCtor.prototype', 'of type object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// --- deprecate ------------------------------------------------------------

const seenDeprecationCodes = new Set();

function emitDeprecation(msg, code) {
  const proc = globalThis.process;
  if (proc && proc.noDeprecation) return;
  if (proc && typeof proc.emitWarning === 'function') {
    proc.emitWarning(msg, 'DeprecationWarning', code);
    return;
  }
  if (proc && proc.throwDeprecation) {
    const err = new Error(msg);
    err.name = 'DeprecationWarning';
    if (code) err.code = code;
    throw err;
  }
  const pid = proc && proc.pid !== undefined ? proc.pid : '';
  const prefix = code ? `[${code}] ` : '';
  if (typeof console !== 'undefined' && typeof console.error === 'function') {
    console.error(`(node:${pid}) ${prefix}DeprecationWarning: ${msg}`);
  }
}

function deprecate(fn, msg, code) {
  if (typeof fn !== 'function') throw invalidArgType('fn', 'of type function', fn);
  const proc = globalThis.process;
  if (proc && proc.noDeprecation === true) return fn;
  let warned = false;
  function deprecated(...args) {
    if (!warned) {
      warned = true;
      if (code === undefined || !seenDeprecationCodes.has(code)) {
        if (code !== undefined) seenDeprecationCodes.add(code);
        emitDeprecation(msg, code);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// --- promisify / callbackify ---------------------------------------------

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgs = Symbol.for('nari.util.promisify.customArgs');

function promisify(original) {
  if (typeof original !== 'function') throw invalidArgType('original', 'of type function', original);
  if (original[kCustomPromisify]) {
    const fn = original[kCustomPromisify];
    if (typeof fn !== 'function') {
      throw invalidArgType('util.promisify.custom', 'of type function', fn);
    }
    return Object.defineProperty(fn, kCustomPromisify, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisify, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  const descriptors = Object.getOwnPropertyDescriptors(original);
  for (const key of Reflect.ownKeys(descriptors)) {
    if (key === 'length' || key === 'name' || key === 'prototype') continue;
    try { Object.defineProperty(fn, key, descriptors[key]); } catch { /* ignore */ }
  }
  return fn;
}
promisify.custom = kCustomPromisify;

function callbackifyOnRejected(reason, cb) {
  if (!reason) {
    const err = new Error('Promise was rejected with a falsy value');
    err.code = 'ERR_FALSY_VALUE_REJECTION';
    err.reason = reason;
    reason = err;
  }
  return cb(reason);
}

function callbackify(original) {
  if (typeof original !== 'function') throw invalidArgType('original', 'of type function', original);
  function callbackified(...args) {
    const cb = args.pop();
    if (typeof cb !== 'function') throw invalidArgType('last argument', 'of type function', cb);
    const defer = typeof queueMicrotask === 'function' ?
      (f) => queueMicrotask(f) : (f) => Promise.resolve().then(f);
    Reflect.apply(original, this, args).then(
      (ret) => defer(() => cb(null, ret)),
      (rej) => defer(() => callbackifyOnRejected(rej, cb)),
    );
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  const propertiesValues = Object.values(descriptors);
  for (let i = 0; i < propertiesValues.length; i++) Object.setPrototypeOf(propertiesValues[i], null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// --- debuglog -------------------------------------------------------------

let debugEnvRegex;
function debugEnabled(set) {
  if (debugEnvRegex === undefined) {
    const proc = globalThis.process;
    const env = proc && proc.env && proc.env.NODE_DEBUG;
    if (env) {
      const pattern = String(env).replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replace(/\*/g, '.*').replace(/,/g, '$|^');
      debugEnvRegex = new RegExp(`^${pattern}$`, 'i');
    } else {
      debugEnvRegex = null;
    }
  }
  return debugEnvRegex !== null && debugEnvRegex.test(set);
}

function debuglog(set, cb) {
  set = String(set).toUpperCase();
  let logger;
  const init = () => {
    if (debugEnabled(set)) {
      const proc = globalThis.process;
      const pid = proc && proc.pid !== undefined ? proc.pid : 0;
      logger = (...args) => {
        console.error('%s %d: %s', set, pid, format(...args));
      };
    } else {
      logger = () => {};
    }
    if (typeof cb === 'function') cb(logger);
  };
  const debug = (...args) => {
    if (logger === undefined) init();
    logger(...args);
  };
  Object.defineProperty(debug, 'enabled', {
    get() { return debugEnabled(set); },
    configurable: true,
    enumerable: true,
  });
  return debug;
}

// --- legacy helpers -------------------------------------------------------

function isPrimitive(v) {
  return v === null || (typeof v !== 'object' && typeof v !== 'function');
}

function toUSVString(str) {
  return String(str).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

module.exports = {
  format,
  formatWithOptions,
  inspect,
  inherits,
  deprecate,
  promisify,
  callbackify,
  debuglog,
  debug: debuglog,
  isDeepStrictEqual,
  types,
  stripVTControlCharacters,
  toUSVString,
  isArray: Array.isArray,
  isBoolean: (v) => typeof v === 'boolean',
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError: (v) => types.isNativeError(v) || v instanceof Error,
  isFunction: (v) => typeof v === 'function',
  isPrimitive,
};

// TextEncoder/TextDecoder, loaded on first use.
for (const name of ['TextEncoder', 'TextDecoder']) {
  Object.defineProperty(module.exports, name, {
    get() { return require('internal/encoding')[name]; },
    enumerable: true,
    configurable: true,
  });
}
