'use strict';
// nari builtin: crypto
//
// Hashes (md5, sha1, sha224, sha256, sha384, sha512) and HMACs over them are
// computed in Rust (runtime/src/builtins/crypto.rs, RustCrypto); random bytes
// come from the OS (getrandom). Hash and Hmac are Transform streams, as in
// Node; `stream` is loaded when the first one is made.

const natives = require('internal/natives');
const { Buffer } = require('buffer');

// ---- errors and argument checks -----------------------------------------------------

function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function describe(value) {
  if (value === null || value === undefined) return `${value}`;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
    return require('util').inspect(value, { depth: -1 });
  }
  let shown = require('util').inspect(value);
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

function invalidArgType(name, expected, value) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be ${expected}. Received ${describe(value)}`);
}

function outOfRange(name, range, value) {
  return codedError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${value}`);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw invalidArgType(name, 'of type function', value);
}

function validateNumber(value, name) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
}

const MAX_SIZE = 2 ** 31 - 1;

function validateSize(size, name = 'size', max = MAX_SIZE) {
  validateNumber(size, name);
  if (Number.isNaN(size) || size < 0 || size > max) throw outOfRange(name, `>= 0 && <= ${max}`, size);
}

function isView(value) {
  return ArrayBuffer.isView(value);
}

function isAnyArrayBuffer(value) {
  return value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer);
}

// A Uint8Array over the bytes of `data` (string with `encoding`, a view or
// an ArrayBuffer).
function toBytes(data, encoding, name, expected) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (isAnyArrayBuffer(data)) return new Uint8Array(data);
  throw invalidArgType(name, expected, data);
}

// ---- random --------------------------------------------------------------------------

function fill(view) {
  // The OS gives at most 64 KiB … 32 MiB per call on some systems; go in chunks.
  const CHUNK = 1 << 16;
  for (let offset = 0; offset < view.byteLength; offset += CHUNK) {
    natives.randomFill(new Uint8Array(view.buffer, view.byteOffset + offset, Math.min(CHUNK, view.byteLength - offset)));
  }
  return view;
}

function randomBytes(size, callback) {
  validateSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  fill(buf);
  if (callback === undefined) return buf;
  setImmediate(() => callback(null, buf));
  return undefined;
}

function fillRange(buf, offset, size, name) {
  if (!isView(buf) && !isAnyArrayBuffer(buf)) {
    throw invalidArgType(name, 'an instance of ArrayBuffer or ArrayBufferView', buf);
  }
  const bytes = isView(buf) ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf);
  const elementSize = isView(buf) && buf.BYTES_PER_ELEMENT ? buf.BYTES_PER_ELEMENT : 1;
  const total = bytes.length;
  validateNumber(offset, 'offset');
  offset *= elementSize;
  if (offset < 0 || offset > total || Number.isNaN(offset)) throw outOfRange('offset', `>= 0 && <= ${total}`, offset);
  if (size === undefined) {
    size = total - offset;
  } else {
    validateNumber(size, 'size');
    size *= elementSize;
    if (size < 0 || size > total - offset || Number.isNaN(size)) throw outOfRange('size', `>= 0 && <= ${total - offset}`, size);
  }
  fill(bytes.subarray(offset, offset + size));
}

function randomFillSync(buf, offset = 0, size = undefined) {
  fillRange(buf, offset, size, 'buf');
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  fillRange(buf, offset, size, 'buf');
  setImmediate(() => callback(null, buf));
}

const HEX = [];
for (let i = 0; i < 256; i++) HEX.push((i + 0x100).toString(16).slice(1));

function randomUUID(options) {
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') throw invalidArgType('options', 'of type object', options);
    if (options.disableEntropyCache !== undefined && typeof options.disableEntropyCache !== 'boolean') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "options.disableEntropyCache" property must be of type boolean. Received ${describe(options.disableEntropyCache)}`);
    }
  }
  const b = fill(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  return `${HEX[b[0]]}${HEX[b[1]]}${HEX[b[2]]}${HEX[b[3]]}-${HEX[b[4]]}${HEX[b[5]]}-${HEX[b[6]]}${HEX[b[7]]}-` +
    `${HEX[b[8]]}${HEX[b[9]]}-${HEX[b[10]]}${HEX[b[11]]}${HEX[b[12]]}${HEX[b[13]]}${HEX[b[14]]}${HEX[b[15]]}`;
}

const RAND_MAX = 0xffffffffffff; // 2^48 - 1

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw invalidArgType('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw invalidArgType('max', 'a safe integer', max);
  if (max <= min) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "max" is out of range. It must be greater than the value of "min" (${min}). Received ${max}`);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
      `The value of "max - min" is out of range. It must be <= ${RAND_MAX}. Received ${range}`);
  }
  // Rejection sampling over 48-bit random numbers: no modulo bias.
  const limit = RAND_MAX - ((RAND_MAX + 1) % range);
  const bytes = new Uint8Array(6);
  let n;
  do {
    fill(bytes);
    n = bytes[0] * 2 ** 40 + bytes[1] * 2 ** 32 + bytes[2] * 2 ** 24 + bytes[3] * 2 ** 16 + bytes[4] * 2 ** 8 + bytes[5];
  } while (n > limit);
  const result = min + (n % range);
  if (callback === undefined) return result;
  process.nextTick(callback, undefined, result);
  return undefined;
}

function domException(message, name, code) {
  if (typeof globalThis.DOMException === 'function') return new globalThis.DOMException(message, name);
  const err = new Error(message);
  err.name = name;
  err.code = code;
  return err;
}

const INTEGER_ARRAYS = new Set(['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array']);
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

function getRandomValues(data) {
  if (arguments.length < 1) {
    throw codedError(TypeError, 'ERR_MISSING_ARGS', 'The "typedArray" argument must be specified');
  }
  if (!isView(data) || !INTEGER_ARRAYS.has(typedArrayTag.call(data))) {
    throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError', 17);
  }
  if (data.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError', 22);
  }
  fill(data);
  return data;
}

// ---- hashes and HMACs --------------------------------------------------------------------

const HASHES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'];
const HASH_ALIASES = ['RSA-MD5', 'RSA-SHA1', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA384', 'RSA-SHA512',
  'sha-1', 'sha-224', 'sha-256', 'sha-384', 'sha-512'];

const registry = typeof FinalizationRegistry === 'function' ? new FinalizationRegistry((id) => natives.hashFree(id)) : null;

const kState = Symbol('kState');

let TransformClass = null;
function transformBase() {
  if (TransformClass === null) TransformClass = require('stream').Transform;
  return TransformClass;
}

function finalized() {
  return codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
}

function initHashState(self, id, options) {
  self[kState] = { id, finalized: false };
  if (registry !== null) registry.register(self, id, self[kState]);
  // The stream part (Node's LazyTransform).
  transformBase().call(self, options);
}

function hashUpdate(data, encoding) {
  const state = this[kState];
  if (state.finalized) throw finalized();
  if (typeof data !== 'string' && !isView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  natives.hashUpdate(state.id, toBytes(data, encoding));
  return this;
}

function hashDigest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) throw finalized();
  state.finalized = true;
  if (registry !== null) registry.unregister(state);
  const result = Buffer.from(natives.hashDigest(state.id));
  if (outputEncoding === undefined || outputEncoding === 'buffer') return result;
  return result.toString(outputEncoding);
}

function Hash(algorithm, options) {
  linkPrototypes();
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'of type string', algorithm);
  const id = natives.hashCreate(algorithm);
  if (id === undefined) throw new Error('Digest method not supported');
  initHashState(this, id, options);
}

function Hmac(hmac, key, options) {
  linkPrototypes();
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  if (typeof hmac !== 'string') throw invalidArgType('hmac', 'of type string', hmac);
  if (key !== null && typeof key === 'object' && key.type === 'secret' && typeof key.export === 'function') {
    key = key.export();
  }
  if (typeof key !== 'string' && !isView(key) && !isAnyArrayBuffer(key)) {
    throw invalidArgType('key', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, DataView, KeyObject, or CryptoKey', key);
  }
  const keyBytes = toBytes(key, options && options.encoding);
  const id = natives.hashCreate(hmac, new Uint8Array(keyBytes));
  if (id === undefined) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${hmac}`);
  initHashState(this, id, options);
}

// The prototypes chain to Transform.prototype once `stream` is loaded (on the
// first createHash/createHmac); the methods are there from the start.
let protoLinked = false;
function linkPrototypes() {
  if (protoLinked) return;
  protoLinked = true;
  const base = transformBase();
  Object.setPrototypeOf(Hash.prototype, base.prototype);
  Object.setPrototypeOf(Hmac.prototype, base.prototype);
}

for (const Ctor of [Hash, Hmac]) {
  Ctor.prototype.update = hashUpdate;
  Ctor.prototype.digest = hashDigest;
  Ctor.prototype._transform = function (chunk, encoding, callback) {
    try {
      hashUpdate.call(this, chunk, encoding === 'buffer' ? undefined : encoding);
      callback();
    } catch (err) {
      callback(err);
    }
  };
  Ctor.prototype._flush = function (callback) {
    try {
      this.push(hashDigest.call(this));
      callback();
    } catch (err) {
      callback(err);
    }
  };
}

Hash.prototype.copy = function copy(options) {
  const state = this[kState];
  if (state.finalized) throw finalized();
  const copy = Object.create(Hash.prototype);
  initHashState(copy, natives.hashCopy(state.id), options);
  return copy;
};

function createHash(algorithm, options) {
  linkPrototypes();
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  linkPrototypes();
  return new Hmac(hmac, key, options);
}

// crypto.hash(algorithm, data, outputEncoding = 'hex'): one-shot digest.
function hash(algorithm, data, outputEncoding = 'hex') {
  if (typeof algorithm !== 'string') throw invalidArgType('algorithm', 'of type string', algorithm);
  if (typeof data !== 'string' && !isView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, TypedArray, or DataView', data);
  }
  const id = natives.hashCreate(algorithm);
  if (id === undefined) throw new Error('Digest method not supported');
  natives.hashUpdate(id, toBytes(data));
  const result = Buffer.from(natives.hashDigest(id));
  return outputEncoding === 'buffer' ? result : result.toString(outputEncoding);
}

function getHashes() {
  return [...HASH_ALIASES, ...HASHES].sort();
}

function timingSafeEqual(buf1, buf2) {
  const expected = 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView.';
  if (!isView(buf1) && !isAnyArrayBuffer(buf1)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "buf1" argument must be ${expected}`);
  }
  if (!isView(buf2) && !isAnyArrayBuffer(buf2)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "buf2" argument must be ${expected}`);
  }
  const a = toBytes(buf1);
  const b = toBytes(buf2);
  if (a.length !== b.length) {
    throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length');
  }
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

// ---- pbkdf2 --------------------------------------------------------------------------------

const DIGEST_SIZES = { md5: 16, sha1: 20, sha224: 28, sha256: 32, sha384: 48, sha512: 64 };

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const pw = new Uint8Array(toBytes(password, 'utf8', 'password', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView'));
  const saltBytes = toBytes(salt, 'utf8', 'salt', 'of type string or an instance of ArrayBuffer, Buffer, TypedArray, or DataView');
  if (!Number.isInteger(iterations) || iterations < 1) throw outOfRange('iterations', '>= 1 && <= 2147483647', iterations);
  validateSize(keylen, 'keylen');
  if (typeof digest !== 'string') throw invalidArgType('digest', 'of type string', digest);
  const name = digest.toLowerCase().replace(/^rsa-/, '').replace(/^sha-/, 'sha');
  const size = DIGEST_SIZES[name];
  if (size === undefined) throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${digest}`);
  const out = Buffer.alloc(keylen);
  const mac = (data) => {
    const id = natives.hashCreate(name, pw);
    natives.hashUpdate(id, data);
    return new Uint8Array(natives.hashDigest(id));
  };
  const block = new Uint8Array(saltBytes.length + 4);
  block.set(saltBytes, 0);
  for (let i = 1, offset = 0; offset < keylen; i++, offset += size) {
    block[saltBytes.length] = (i >>> 24) & 0xff;
    block[saltBytes.length + 1] = (i >>> 16) & 0xff;
    block[saltBytes.length + 2] = (i >>> 8) & 0xff;
    block[saltBytes.length + 3] = i & 0xff;
    let u = mac(block);
    const t = u.slice();
    for (let j = 1; j < iterations; j++) {
      u = mac(u);
      for (let k = 0; k < size; k++) t[k] ^= u[k];
    }
    out.set(t.subarray(0, Math.min(size, keylen - offset)), offset);
  }
  return out;
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  validateFunction(callback, 'callback');
  const key = pbkdf2Sync(password, salt, iterations, keylen, digest);
  setImmediate(() => callback(null, key));
}

// ---- webcrypto (the parts there are) ------------------------------------------------------

const SUBTLE_NAMES = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

class SubtleCrypto {
  digest(algorithm, data) {
    return new Promise((resolve, reject) => {
      const name = typeof algorithm === 'string' ? algorithm : algorithm && algorithm.name;
      const hashName = SUBTLE_NAMES[`${name}`.toUpperCase()];
      if (hashName === undefined) {
        reject(domException('Unrecognized algorithm name', 'NotSupportedError', 9));
        return;
      }
      const bytes = toBytes(data, undefined, 'data', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView');
      const id = natives.hashCreate(hashName);
      natives.hashUpdate(id, bytes);
      resolve(natives.hashDigest(id));
    });
  }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, { value: 'SubtleCrypto', configurable: true });

const subtle = new SubtleCrypto();

class Crypto {
  get subtle() {
    return subtle;
  }

  getRandomValues(array) {
    return getRandomValues(...arguments);
  }

  randomUUID() {
    return randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const webcrypto = new Crypto();

module.exports = {
  randomBytes,
  pseudoRandomBytes: randomBytes,
  prng: randomBytes,
  rng: randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  getRandomValues: (...args) => webcrypto.getRandomValues(...args),
  createHash,
  createHmac,
  Hash,
  Hmac,
  hash,
  getHashes,
  getCiphers: () => [],
  getCurves: () => [],
  getFips: () => 0,
  timingSafeEqual,
  pbkdf2,
  pbkdf2Sync,
  constants: {},
  webcrypto,
  subtle,
};
