'use strict';
// nari builtin: buffer
//
// Buffer is modelled the way Node.js models it: `FastBuffer` is a plain
// subclass of Uint8Array whose prototype object *is* Buffer.prototype, and
// `Buffer` itself is an ordinary (deprecated-when-called) function sharing that
// prototype.  Every method only relies on the Uint8Array internals (length,
// indexing, buffer, byteOffset), so a Uint8Array whose [[Prototype]] has been
// switched to Buffer.prototype by native code behaves like any other Buffer.
//
// All encoders/decoders (utf8, ucs2/utf16le, latin1/binary, ascii, hex,
// base64, base64url) are implemented here in plain JS; no TextEncoder needed.

const util = require('util');

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const kMaxLength = 2 ** 32;
const kStringMaxLength = (1 << 29) - 24;
let INSPECT_MAX_BYTES = 50;

// ---------------------------------------------------------------------------
// Brand checks (work across realms and on Buffers / prototype-swapped arrays)

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const getTypedArrayLength = Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const getArrayBufferByteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const getSharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get : undefined;

function isTypedArray(v) { return getTypedArrayTag.call(v) !== undefined; }
function isUint8Array(v) { return getTypedArrayTag.call(v) === 'Uint8Array'; }
function isArrayBufferView(v) { return ArrayBuffer.isView(v); }
function isAnyArrayBuffer(v) {
  if (v === null || typeof v !== 'object') return false;
  try { getArrayBufferByteLength.call(v); return true; } catch { /* not an ArrayBuffer */ }
  if (getSharedArrayBufferByteLength === undefined) return false;
  try { getSharedArrayBufferByteLength.call(v); return true; } catch { return false; }
}

// ---------------------------------------------------------------------------
// Errors shaped like Node's internal errors (code, `Name [CODE]: msg` stack)

const errorClasses = new Map();
function nodeErrorClass(Base) {
  let C = errorClasses.get(Base);
  if (C === undefined) {
    C = class NodeError extends Base {
      toString() { return `${this.name} [${this.code}]: ${this.message}`; }
    };
    Object.defineProperty(C.prototype, 'name', {
      value: Base.name, writable: true, enumerable: false, configurable: true,
    });
    errorClasses.set(Base, C);
  }
  return C;
}

function makeError(Base, code, message) {
  const C = nodeErrorClass(Base);
  const err = new C(message);
  // Give the stack header the `Name [CODE]` form Node uses.
  Object.defineProperty(err, 'name', {
    value: `${Base.name} [${code}]`, writable: true, enumerable: false, configurable: true,
  });
  // eslint-disable-next-line no-unused-expressions
  err.stack;
  delete err.name;
  Object.defineProperty(err, 'code', {
    value: code, writable: true, enumerable: true, configurable: true,
  });
  return err;
}

function inspectValue(v, opts) {
  return util.inspect(v, opts);
}

function describeType(value) {
  if (value == null) return `${value}`;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor && value.constructor.name) return `an instance of ${value.constructor.name}`;
    return `${inspectValue(value, { depth: -1 })}`;
  }
  let shown = inspectValue(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

const kPrimitiveTypeNames = [
  'string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol',
];

function joinAlternatives(items, many, one) {
  if (items.length > 2) {
    return `${many}${items.slice(0, -1).join(', ')}, or ${items[items.length - 1]}`;
  }
  if (items.length === 2) return `${many}${items[0]} or ${items[1]}`;
  return `${one}${items[0]}`;
}

function ERR_INVALID_ARG_TYPE(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = name.endsWith(' argument') ? `The ${name} ` :
    `The "${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const e of expected) {
    if (kPrimitiveTypeNames.includes(e)) types.push(e.toLowerCase());
    else if (/^([A-Z][a-z0-9]*)+$/.test(e)) instances.push(e);
    else other.push(e);
  }
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  const parts = [];
  if (types.length > 0) parts.push(joinAlternatives(types, 'one of type ', 'of type '));
  if (instances.length > 0) {
    parts.push(instances.length > 2 ?
      joinAlternatives(instances, 'an instance of ', '') :
      `an instance of ${instances.join(' or ')}`);
  }
  if (other.length > 0) {
    if (other.length > 1) parts.push(joinAlternatives(other, 'one of ', ''));
    else parts.push(`${other[0].toLowerCase() !== other[0] ? 'an ' : ''}${other[0]}`);
  }
  msg += `${parts.join(' or ')}. Received ${describeType(actual)}`;
  return makeError(TypeError, 'ERR_INVALID_ARG_TYPE', msg);
}

function groupDigits(str) {
  let out = '';
  let i = str.length;
  const first = str[0] === '-' ? 1 : 0;
  while (i >= first + 4) {
    out = `_${str.slice(i - 3, i)}${out}`;
    i -= 3;
  }
  return `${str.slice(0, i)}${out}`;
}

function ERR_OUT_OF_RANGE(name, range, input) {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = groupDigits(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = groupDigits(received);
    received += 'n';
  } else {
    received = inspectValue(input);
  }
  return makeError(RangeError, 'ERR_OUT_OF_RANGE',
    `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

function ERR_BUFFER_OUT_OF_BOUNDS(name) {
  return makeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', name ?
    `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds');
}

function ERR_UNKNOWN_ENCODING(enc) {
  return makeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
}

function ERR_INVALID_ARG_VALUE(name, value) {
  let shown = inspectValue(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return makeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${kind} '${name}' is invalid. Received ${shown}`);
}

function ERR_INVALID_BUFFER_SIZE(bits) {
  return makeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${bits}`);
}

function ERR_MISSING_ARGS(name) {
  return makeError(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);
}

function ERR_INDEX_OUT_OF_RANGE() {
  return makeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
}

function domException(message, name) {
  if (typeof globalThis.DOMException === 'function') return new globalThis.DOMException(message, name);
  const err = new Error(message);
  Object.defineProperty(err, 'name', { value: name, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(err, 'code', { value: 5, writable: true, configurable: true, enumerable: false });
  return err;
}

// ---------------------------------------------------------------------------
// Validators

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    const lo = min != null ? `>= ${min}` : '';
    const sep = min != null && max != null ? ' && ' : '';
    const hi = max != null ? `<= ${max}` : '';
    throw ERR_OUT_OF_RANGE(name, `${lo}${sep}${hi}`, value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  validateInteger(value, name, min, max);
}

function validateString(value, name) {
  if (typeof value !== 'string') throw ERR_INVALID_ARG_TYPE(name, 'string', value);
}

// ---------------------------------------------------------------------------
// Encoding helpers

const chunkSize = 0x2000;

function codeUnitsToString(units, count) {
  if (count <= chunkSize) {
    return String.fromCharCode.apply(null, count === units.length ? units : units.slice(0, count));
  }
  let out = '';
  for (let i = 0; i < count; i += chunkSize) {
    out += String.fromCharCode.apply(null, units.slice(i, Math.min(i + chunkSize, count)));
  }
  return out;
}

// Bytes [start, end) mapped through `map` (one code unit per byte).
function bytesToString(bytes, start, end, mask) {
  let out = '';
  for (let i = start; i < end; i += chunkSize) {
    const stop = Math.min(i + chunkSize, end);
    let part = bytes.subarray(i, stop);
    if (mask !== 0xff) part = Uint8Array.from(part, (b) => b & mask);
    out += String.fromCharCode.apply(null, part);
  }
  return out;
}

// --- UTF-8 ---------------------------------------------------------------

function utf8Length(str) {
  const n = str.length;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const c = str.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = str.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { bytes += 4; i++; } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

// Writes whole characters only; returns the number of bytes written.
// Lone surrogates become U+FFFD, or (keepSurrogates) their own 3-byte form,
// which is how Node encodes a needle string for indexOf().
function utf8WriteInto(bytes, str, offset, max, keepSurrogates) {
  const n = str.length;
  const end = offset + max;
  let p = offset;
  for (let i = 0; i < n; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (p >= end) break;
      bytes[p++] = c;
      continue;
    }
    if (c < 0x800) {
      if (p + 2 > end) break;
      bytes[p++] = 0xc0 | (c >> 6);
      bytes[p++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = c <= 0xdbff && i + 1 < n ? str.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (p + 4 > end) break;
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        bytes[p++] = 0xf0 | (c >> 18);
        bytes[p++] = 0x80 | ((c >> 12) & 0x3f);
        bytes[p++] = 0x80 | ((c >> 6) & 0x3f);
        bytes[p++] = 0x80 | (c & 0x3f);
        continue;
      }
      if (!keepSurrogates) c = 0xfffd; // lone surrogate
    }
    if (p + 3 > end) break;
    bytes[p++] = 0xe0 | (c >> 12);
    bytes[p++] = 0x80 | ((c >> 6) & 0x3f);
    bytes[p++] = 0x80 | (c & 0x3f);
  }
  return p - offset;
}

function utf8Encode(str, keepSurrogates) {
  const out = new Uint8Array(utf8Length(str));
  utf8WriteInto(out, str, 0, out.length, keepSurrogates);
  return out;
}

// WHATWG UTF-8 decoding: every maximal invalid subpart becomes one U+FFFD.
function utf8Decode(bytes, start, end) {
  // ASCII fast path.
  let i = start;
  while (i < end && bytes[i] < 0x80) i++;
  if (i === end) return bytesToString(bytes, start, end, 0xff);
  let out = i > start ? bytesToString(bytes, start, i, 0xff) : '';
  // Never more code units than remaining bytes.
  const units = new Array(Math.min(chunkSize + 2, end - i));
  let u = 0;
  while (i < end) {
    if (u >= chunkSize) { out += codeUnitsToString(units, u); u = 0; }
    const b = bytes[i];
    if (b < 0x80) { units[u++] = b; i++; continue; }
    let need;
    let lo = 0x80;
    let hi = 0xbf;
    let cp;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; }
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0x0f;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x07;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else { units[u++] = 0xfffd; i++; continue; }
    let j = 1;
    for (; j <= need; j++) {
      if (i + j >= end) break;
      const c = bytes[i + j];
      if (c < lo || c > hi) break;
      lo = 0x80; hi = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (j <= need) { units[u++] = 0xfffd; i += j; continue; }
    i += need + 1;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      units[u++] = 0xd800 + (cp >> 10);
      units[u++] = 0xdc00 + (cp & 0x3ff);
    } else {
      units[u++] = cp;
    }
  }
  return out + codeUnitsToString(units, u);
}

// --- UTF-16LE ------------------------------------------------------------

function ucs2WriteInto(bytes, str, offset, max) {
  const count = Math.min(str.length, max >>> 1);
  let p = offset;
  for (let i = 0; i < count; i++) {
    const c = str.charCodeAt(i);
    bytes[p++] = c & 0xff;
    bytes[p++] = c >>> 8;
  }
  return count * 2;
}

function ucs2Decode(bytes, start, end) {
  let out = '';
  const units = new Array(Math.min(chunkSize, (end - start) >>> 1));
  let u = 0;
  for (let i = start; i + 1 < end; i += 2) {
    units[u++] = bytes[i] | (bytes[i + 1] << 8);
    if (u === chunkSize) { out += codeUnitsToString(units, u); u = 0; }
  }
  return out + codeUnitsToString(units, u);
}

// --- latin1 / ascii ------------------------------------------------------

function latin1WriteInto(bytes, str, offset, max) {
  const count = Math.min(str.length, max);
  for (let i = 0; i < count; i++) bytes[offset + i] = str.charCodeAt(i) & 0xff;
  return count;
}

// --- hex -----------------------------------------------------------------

const hexDigits = '0123456789abcdef';
const byteToHex = [];
for (let i = 0; i < 256; i++) byteToHex.push(hexDigits[i >> 4] + hexDigits[i & 15]);

function hexValue(c) {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function hexWriteInto(bytes, str, offset, max) {
  const pairs = Math.min(str.length >>> 1, max);
  let i = 0;
  for (; i < pairs; i++) {
    const hi = hexValue(str.charCodeAt(2 * i));
    const lo = hexValue(str.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) break;
    bytes[offset + i] = (hi << 4) | lo;
  }
  return i;
}

const hexCodes = new Uint16Array(256 * 2);
for (let i = 0; i < 256; i++) {
  hexCodes[2 * i] = hexDigits.charCodeAt(i >> 4);
  hexCodes[2 * i + 1] = hexDigits.charCodeAt(i & 15);
}

// Bytes to lowercase hex, one chunk of character codes at a time.
function hexDecode(bytes, start, end) {
  let out = '';
  const units = new Uint16Array(Math.min(chunkSize, (end - start) * 2));
  let u = 0;
  for (let i = start; i < end; i++) {
    if (u === units.length) { out += String.fromCharCode.apply(null, units); u = 0; }
    const b = bytes[i] * 2;
    units[u++] = hexCodes[b];
    units[u++] = hexCodes[b + 1];
  }
  return out + String.fromCharCode.apply(null, u === units.length ? units : units.subarray(0, u));
}

// --- base64 / base64url --------------------------------------------------

const b64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const b64UrlChars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Decoding accepts both alphabets in both encodings.
const b64Values = new Int8Array(256).fill(-1);
for (let i = 0; i < 64; i++) {
  b64Values[b64Chars.charCodeAt(i)] = i;
  b64Values[b64UrlChars.charCodeAt(i)] = i;
}

function base64ByteLength(str, len) {
  if (len > 0 && str.charCodeAt(len - 1) === 0x3d) len--;
  if (len > 1 && str.charCodeAt(len - 1) === 0x3d) len--;
  return (len * 3) >>> 2;
}

// Lenient decoder: characters outside the alphabet are skipped, '=' ends the
// input, a trailing partial group yields the whole bytes it contains.
function base64WriteInto(bytes, str, offset, max) {
  const n = str.length;
  let p = offset;
  const end = offset + max;
  let acc = 0;
  let have = 0;
  for (let i = 0; i < n && p < end; i++) {
    const c = str.charCodeAt(i) & 0xff; // only the low byte of each unit counts
    const v = b64Values[c];
    if (v < 0) {
      if (c === 0x3d) break;
      continue;
    }
    acc = (acc << 6) | v;
    have++;
    if (have === 2) bytes[p++] = (acc >> 4) & 0xff;
    else if (have === 3) bytes[p++] = (acc >> 2) & 0xff;
    else if (have === 4) { bytes[p++] = acc & 0xff; have = 0; acc = 0; }
  }
  return p - offset;
}

const b64Codes = new Uint8Array(64);
const b64UrlCodes = new Uint8Array(64);
for (let i = 0; i < 64; i++) {
  b64Codes[i] = b64Chars.charCodeAt(i);
  b64UrlCodes[i] = b64UrlChars.charCodeAt(i);
}

function base64Encode(bytes, start, end, url) {
  const table = url ? b64UrlCodes : b64Codes;
  let out = '';
  const units = new Uint8Array(Math.min(chunkSize, Math.ceil((end - start) / 3) * 4));
  let u = 0;
  let i = start;
  for (; i + 2 < end; i += 3) {
    if (u === units.length) { out += String.fromCharCode.apply(null, units); u = 0; }
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    units[u++] = table[v >> 18];
    units[u++] = table[(v >> 12) & 63];
    units[u++] = table[(v >> 6) & 63];
    units[u++] = table[v & 63];
  }
  out += String.fromCharCode.apply(null, u === units.length ? units : units.subarray(0, u));
  const rest = end - i;
  if (rest === 1) {
    const v = bytes[i] << 16;
    out += String.fromCharCode(table[v >> 18], table[(v >> 12) & 63]);
    if (!url) out += '==';
  } else if (rest === 2) {
    const v = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += String.fromCharCode(table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63]);
    if (!url) out += '=';
  }
  return out;
}

// ---------------------------------------------------------------------------
// Searching

// Byte-wise search of needle[0..nlen) in hay[0..hlen), forwards from `from`
// or backwards from min(from, hlen - nlen).
function searchBytes(hay, hlen, needle, nlen, from, forward) {
  if (nlen > hlen) return -1;
  const last = hlen - nlen;
  const first = needle[0];
  if (forward) {
    for (let i = from; i <= last; i++) {
      if (hay[i] !== first) continue;
      let k = 1;
      while (k < nlen && hay[i + k] === needle[k]) k++;
      if (k === nlen) return i;
    }
  } else {
    for (let i = Math.min(from, last); i >= 0; i--) {
      if (hay[i] !== first) continue;
      let k = 1;
      while (k < nlen && hay[i + k] === needle[k]) k++;
      if (k === nlen) return i;
    }
  }
  return -1;
}

function toUnits(bytes, len) {
  const count = len >>> 1;
  const units = new Uint16Array(count);
  for (let i = 0; i < count; i++) units[i] = bytes[2 * i] | (bytes[2 * i + 1] << 8);
  return units;
}

// Resolves a search start position; -1 means "no match possible".
function resolveSearchOffset(length, offset, needleLength, forward) {
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (forward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (forward) return -1;
  return length - 1;
}

// Search `needle` in buf. `mode` is 0 for a byte search; for UTF-16 searches
// (needle given as Uint16Array code units) it is 1 when the needle came from a
// string and 2 when it came from a buffer.  Like Node, a string UTF-16 search
// ignores a trailing odd byte of the haystack, while a buffer UTF-16 search on
// an odd-length haystack reports "not found" as length - 1.
function searchIn(buf, needle, needleByteLength, byteOffset, mode, forward) {
  const hlen = mode === 1 ? buf.length & ~1 : buf.length;
  const start = resolveSearchOffset(hlen, Math.trunc(byteOffset), needleByteLength, forward);
  if (needleByteLength === 0) return start;
  if (hlen === 0 || start <= -1) return -1;
  if ((forward && needleByteLength + start > hlen) || needleByteLength > hlen) return -1;
  if (mode === 0) return searchBytes(buf, hlen, needle, needleByteLength, start, forward);
  if (hlen < 2 || needle.length < 1) return -1;
  const hay = toUnits(buf, hlen);
  const r = searchBytes(hay, hay.length, needle, needle.length, Math.floor(start / 2), forward);
  const result = r === -1 ? hay.length * 2 : r * 2;
  return result === hlen ? -1 : result;
}

function stringUnits(str) {
  const units = new Uint16Array(str.length);
  for (let i = 0; i < str.length; i++) units[i] = str.charCodeAt(i);
  return units;
}

function latin1Bytes(str) {
  const out = new Uint8Array(str.length);
  latin1WriteInto(out, str, 0, str.length);
  return out;
}

function indexOfViaBuffer(enc) {
  return (buf, val, byteOffset, dir) => {
    const needle = fromStringFast(val, encodingOps[enc]);
    return searchIn(buf, needle, needle.length, byteOffset, 0, dir);
  };
}

// ---------------------------------------------------------------------------
// Encoding operations

const encodingOps = {
  utf8: {
    encoding: 'utf8',
    byteLength: utf8Length,
    write: (buf, str, offset, len) => utf8WriteInto(buf, str, offset, len),
    slice: (buf, start, end) => utf8Decode(buf, start, end),
    indexOf: (buf, val, byteOffset, dir) => {
      const needle = utf8Encode(val, true);
      return searchIn(buf, needle, needle.length, byteOffset, 0, dir);
    },
  },
  ucs2: {
    encoding: 'ucs2',
    byteLength: (str) => str.length * 2,
    write: (buf, str, offset, len) => ucs2WriteInto(buf, str, offset, len),
    slice: (buf, start, end) => ucs2Decode(buf, start, end),
    indexOf: (buf, val, byteOffset, dir) =>
      searchIn(buf, stringUnits(val), val.length * 2, byteOffset, 1, dir),
  },
  latin1: {
    encoding: 'latin1',
    byteLength: (str) => str.length,
    write: (buf, str, offset, len) => latin1WriteInto(buf, str, offset, len),
    slice: (buf, start, end) => bytesToString(buf, start, end, 0xff),
    indexOf: (buf, val, byteOffset, dir) =>
      searchIn(buf, latin1Bytes(val), val.length, byteOffset, 0, dir),
  },
  ascii: {
    encoding: 'ascii',
    byteLength: (str) => str.length,
    write: (buf, str, offset, len) => latin1WriteInto(buf, str, offset, len),
    slice: (buf, start, end) => bytesToString(buf, start, end, 0x7f),
    indexOf: indexOfViaBuffer('ascii'),
  },
  base64: {
    encoding: 'base64',
    byteLength: (str) => base64ByteLength(str, str.length),
    write: (buf, str, offset, len) => base64WriteInto(buf, str, offset, len),
    slice: (buf, start, end) => base64Encode(buf, start, end, false),
    indexOf: indexOfViaBuffer('base64'),
  },
  base64url: {
    encoding: 'base64url',
    byteLength: (str) => base64ByteLength(str, str.length),
    write: (buf, str, offset, len) => base64WriteInto(buf, str, offset, len),
    slice: (buf, start, end) => base64Encode(buf, start, end, true),
    indexOf: indexOfViaBuffer('base64url'),
  },
  hex: {
    encoding: 'hex',
    byteLength: (str) => str.length >>> 1,
    write: (buf, str, offset, len) => hexWriteInto(buf, str, offset, len),
    slice: (buf, start, end) => hexDecode(buf, start, end),
    indexOf: indexOfViaBuffer('hex'),
  },
};

const encodingAliases = {
  __proto__: null,
  'utf8': 'utf8',
  'utf-8': 'utf8',
  'ucs2': 'ucs2',
  'ucs-2': 'ucs2',
  'utf16le': 'ucs2',
  'utf-16le': 'ucs2',
  'latin1': 'latin1',
  'binary': 'latin1',
  'ascii': 'ascii',
  'base64': 'base64',
  'base64url': 'base64url',
  'hex': 'hex',
};

// Node's internal normalizeEncoding(): undefined/null mean utf8.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  const name = encodingAliases[`${enc}`.toLowerCase()];
  if (name !== undefined) return name;
  if (enc === '') return 'utf8';
  return undefined;
}

function getEncodingOps(enc) {
  const name = encodingAliases[`${enc}`.toLowerCase()];
  return name === undefined ? undefined : encodingOps[name];
}

// ---------------------------------------------------------------------------
// FastBuffer and allocation

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

let poolSize;
let poolOffset;
let allocPool;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

function fromStringFast(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;
  let length = ops.byteLength(string);
  if (length >= maxLength) {
    const b = new FastBuffer(length);
    const actual = ops.write(b, string, 0, length);
    return actual === length ? b : new FastBuffer(b.buffer, 0, actual);
  }
  if (length > (poolSize - poolOffset)) createPool();
  let b = new FastBuffer(allocPool, poolOffset, length);
  const actual = ops.write(b, string, 0, length);
  if (actual !== length) {
    length = actual;
    b = new FastBuffer(allocPool, poolOffset, actual);
  }
  poolOffset += actual;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    b.set(obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

// ---------------------------------------------------------------------------
// Buffer

let deprecationWarned = false;
function warnDeprecatedConstructor() {
  if (deprecationWarned) return;
  deprecationWarned = true;
  const proc = globalThis.process;
  const msg = 'Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.';
  if (proc && typeof proc.emitWarning === 'function') {
    proc.emitWarning(msg, 'DeprecationWarning', 'DEP0005');
  }
}

function Buffer(arg, encodingOrOffset, length) {
  warnDeprecatedConstructor();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') throw ERR_INVALID_ARG_TYPE('string', 'string', arg);
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);

Buffer.poolSize = 8 * 1024;
createPool();

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = getTypedArrayLength.call(view);
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArrayPrototype.slice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = new FastBuffer(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

function compareBytes(a, aStart, aEnd, b, bStart, bEnd) {
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const n = Math.min(aLen, bLen);
  for (let i = 0; i < n; i++) {
    const x = a[aStart + i];
    const y = b[bStart + i];
    if (x !== y) return x < y ? -1 : 1;
  }
  if (aLen < bLen) return -1;
  if (aLen > bLen) return 1;
  return 0;
}

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return compareBytes(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

// Byte view over any ArrayBufferView.
function bytesOf(view) {
  if (isUint8Array(view)) return view;
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  const src = bytesOf(source);
  const dst = bytesOf(target);
  dst.set(src.subarray(sourceStart, sourceStart + nb), targetStart);
  return nb;
}

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += _copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) buffer.fill(0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && len === 0) return 0;
  if (!encoding) return mustMatch ? -1 : utf8Length(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return mustMatch ? -1 : utf8Length(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// ---------------------------------------------------------------------------
// Prototype

const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// Raw encoding slices/writes (Node exposes these as buf.utf8Slice() etc.).
function parseIndex(value, def) {
  if (value === undefined) return def;
  const n = Math.trunc(+value) || 0;
  if (n < 0) throw ERR_INDEX_OUT_OF_RANGE();
  return n;
}

function rawSlice(enc) {
  const ops = encodingOps[enc];
  return function slice(start, end) {
    const len = this.length;
    start = parseIndex(start, 0);
    end = parseIndex(end, len);
    if (end < start) end = start;
    if (end > len) throw ERR_INDEX_OUT_OF_RANGE();
    return ops.slice(this, start, end);
  };
}

function rawWrite(enc) {
  const ops = encodingOps[enc];
  return function write(string, offset, length) {
    if (typeof string !== 'string') {
      throw makeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
    }
    const len = this.length;
    offset = parseIndex(offset, 0);
    if (offset > len) throw ERR_BUFFER_OUT_OF_BOUNDS('offset');
    let max = parseIndex(length, len - offset);
    max = Math.min(len - offset, max);
    if (max === 0) return 0;
    return ops.write(this, string, offset, max);
  };
}

for (const enc of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
  proto[`${enc}Slice`] = rawSlice(enc);
  proto[`${enc}Write`] = rawWrite(enc);
}

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(this)) throw ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
  if (!isUint8Array(target)) throw ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.byteLength) {
      throw ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.byteLength;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return _copyActual(this, target, targetStart, sourceStart, sourceEnd);
};

function toInteger(n, defaultVal) {
  if (Number.isInteger(n)) return n;
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultVal;
}

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return utf8Decode(this, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start |= 0;
  if (end === undefined || end > len) end = len;
  else end |= 0;
  if (end <= start) return '';
  if (encoding === undefined) return utf8Decode(this, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
};

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = this.byteLength;
  if (len !== otherBuffer.byteLength) return false;
  return len === 0 || compareBytes(this, 0, len, otherBuffer, 0, len) === 0;
};

function isArrayIndexKey(key) {
  if (typeof key !== 'string' || key.length === 0 || key.length > 10) return false;
  if (key.length > 1 && key[0] === '0') return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return +key < 4294967295;
}

function inspectBuffer(recurseTimes, ctx, inspectFn) {
  const max = INSPECT_MAX_BYTES;
  const len = this.length;
  const shown = Math.min(max, len);
  const hex = [];
  for (let i = 0; i < shown; i++) hex.push(byteToHex[this[i]]);
  let str = hex.join(' ');
  const remaining = len - max;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const extra = { __proto__: null };
    let hasExtra = false;
    for (const key of Reflect.ownKeys(this)) {
      if (isArrayIndexKey(key)) continue;
      if (!ctx.showHidden && !Object.prototype.propertyIsEnumerable.call(this, key)) continue;
      hasExtra = true;
      extra[key] = this[key];
    }
    if (hasExtra) {
      const fn = typeof inspectFn === 'function' ? inspectFn : util.inspect;
      const text = fn(extra, { ...ctx, breakLength: Infinity, compact: true });
      const open = text.indexOf('{');
      if (len !== 0) str += ', ';
      str += text.slice(open + 2, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}
proto[customInspectSymbol] = inspectBuffer;
proto.inspect = inspectBuffer;

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) throw ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  if (arguments.length === 1) return compareBytes(this, 0, this.length, target, 0, target.length);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) {
    throw makeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "sourceStart" is out of range.');
  }
  if (targetStart > target.length) {
    throw makeError(RangeError, 'ERR_OUT_OF_RANGE', 'The value of "targetStart" is out of range.');
  }
  return compareBytes(this, sourceStart, Math.min(sourceEnd, this.length),
                      target, targetStart, Math.min(targetEnd, target.length));
};

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;

  if (typeof val === 'number') {
    const needle = new Uint8Array([(val >>> 0) & 0xff]);
    return searchIn(buffer, needle, 1, byteOffset, 0, dir);
  }
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof val === 'string') {
    if (ops === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    const nlen = val.length;
    if (ops !== undefined && ops.encoding === 'ucs2') {
      if (nlen === 1) return -1; // no whole code unit to look for
      return searchIn(buffer, toUnits(val, nlen), nlen, byteOffset, 2, dir);
    }
    return searchIn(buffer, val, nlen, byteOffset, 0, dir);
  }
  throw ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

proto.indexOf = function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
};

proto.includes = function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
};

function _fill(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalized = normalizeEncoding(encoding);
    if (normalized === undefined) {
      validateString(encoding, 'encoding');
      throw ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      if (normalized === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalized === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
    encoding = normalized;
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    const byteLen = buf.byteLength;
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, value, offset, end);
    return buf;
  }

  let pattern;
  if (typeof value === 'string') {
    pattern = fromStringFast(value, encodingOps[encoding]);
  } else if (isArrayBufferView(value)) {
    pattern = bytesOf(value);
  } else {
    const v = (value >>> 0) & 255; // ToUint32, as the native binding does
    if (offset > end || end > buf.length) throw ERR_BUFFER_OUT_OF_BOUNDS();
    Uint8Array.prototype.fill.call(buf, v, offset, end);
    return buf;
  }
  if (end > buf.length) throw ERR_BUFFER_OUT_OF_BOUNDS();
  const plen = pattern.length;
  if (plen === 0) throw ERR_INVALID_ARG_VALUE('value', value);
  if (plen === 1) {
    Uint8Array.prototype.fill.call(buf, pattern[0], offset, end);
    return buf;
  }
  const bytes = bytesOf(buf);
  let pos = offset;
  const first = Math.min(plen, end - offset);
  bytes.set(plen === first ? pattern : pattern.subarray(0, first), pos);
  pos += first;
  // Double the already-filled region until the range is covered.
  while (pos < end) {
    const n = Math.min(pos - offset, end - pos);
    bytes.copyWithin(pos, offset, offset + n);
    pos += n;
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
  if (encoding === 'ascii') return this.asciiWrite(string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw ERR_UNKNOWN_ENCODING(encoding);
  return this[`${ops.encoding}Write`](string, offset, length);
};

proto.toJSON = function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

// Both return a Buffer sharing this buffer's memory (slice() is not a copy).
function viewRange(buf, start, end) {
  const srcLength = buf.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(buf.buffer, buf.byteOffset + start, newLength);
}

proto.subarray = function subarray(start, end) {
  return viewRange(this, start, end);
};

proto.slice = function slice(start, end) {
  return viewRange(this, start, end);
};

function swapBytes(b, n, m) {
  const t = b[n];
  b[n] = b[m];
  b[m] = t;
}

proto.swap16 = function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < len; i += 2) swapBytes(this, i, i + 1);
  return this;
};

proto.swap32 = function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < len; i += 4) {
    swapBytes(this, i, i + 3);
    swapBytes(this, i + 1, i + 2);
  }
  return this;
};

proto.swap64 = function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < len; i += 8) {
    swapBytes(this, i, i + 7);
    swapBytes(this, i + 1, i + 6);
    swapBytes(this, i + 2, i + 5);
    swapBytes(this, i + 3, i + 4);
  }
  return this;
};

proto.toLocaleString = proto.toString;

// ---------------------------------------------------------------------------
// Numeric reads and writes

function checkOffsetType(offset) {
  if (typeof offset !== 'number') throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
}

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    if (typeof value !== 'number') throw ERR_INVALID_ARG_TYPE(type || 'offset', 'number', value);
    throw ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw ERR_BUFFER_OUT_OF_BOUNDS();
  throw ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Checks that bytes [offset, offset + size) exist; returns nothing.
function checkRead(buf, offset, size) {
  checkOffsetType(offset);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
}

function checkWriteBounds(buf, offset, size) {
  checkOffsetType(offset);
  if (buf[offset] === undefined || buf[offset + size - 1] === undefined) {
    boundsError(offset, buf.length - size);
  }
}

function checkIntRange(value, min, max, buf, offset, size) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (size > 4) {
      const bits = size * 8;
      if (min === 0 || min === 0n) range = `>= 0${n} and < 2${n} ** ${bits}${n}`;
      else range = `>= -(2${n} ** ${bits - 1}${n}) and < 2${n} ** ${bits - 1}${n}`;
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw ERR_OUT_OF_RANGE('value', range, value);
  }
  checkWriteBounds(buf, offset, size);
}

// Unsigned little/big endian reads of 1..6 bytes (offset already validated).
function getUIntLE(buf, offset, size) {
  let val = 0;
  let mul = 1;
  for (let i = 0; i < size; i++) {
    val += buf[offset + i] * mul;
    mul *= 0x100;
  }
  return val;
}

function getUIntBE(buf, offset, size) {
  let val = 0;
  for (let i = 0; i < size; i++) val = val * 0x100 + buf[offset + i];
  return val;
}

function toSigned(val, size) {
  const limit = 2 ** (size * 8 - 1);
  return val >= limit ? val - limit * 2 : val;
}

function setUIntLE(buf, value, offset, size) {
  // value is a number within range (possibly negative for signed writes).
  let v = value;
  if (size <= 4) {
    for (let i = 0; i < size; i++) {
      buf[offset + i] = v;
      v >>>= 8;
    }
    return offset + size;
  }
  let lo = v % 0x100000000;
  let hi = Math.floor(v / 0x100000000);
  if (lo < 0) lo += 0x100000000;
  for (let i = 0; i < 4; i++) {
    buf[offset + i] = lo;
    lo >>>= 8;
  }
  for (let i = 4; i < size; i++) {
    buf[offset + i] = hi;
    hi >>= 8;
  }
  return offset + size;
}

function setUIntBE(buf, value, offset, size) {
  let v = value;
  if (size <= 4) {
    for (let i = size - 1; i >= 0; i--) {
      buf[offset + i] = v;
      v >>>= 8;
    }
    return offset + size;
  }
  let lo = v % 0x100000000;
  let hi = Math.floor(v / 0x100000000);
  if (lo < 0) lo += 0x100000000;
  for (let i = size - 1; i >= size - 4; i--) {
    buf[offset + i] = lo;
    lo >>>= 8;
  }
  for (let i = size - 5; i >= 0; i--) {
    buf[offset + i] = hi;
    hi >>= 8;
  }
  return offset + size;
}

function makeReader(size, signed, le) {
  const get = le ? getUIntLE : getUIntBE;
  if (signed) {
    return function (offset) {
      checkRead(this, offset, size);
      return toSigned(get(this, offset, size), size);
    };
  }
  return function (offset) {
    checkRead(this, offset, size);
    return get(this, offset, size);
  };
}

function intLimits(size, signed) {
  if (signed) {
    const half = 2 ** (size * 8 - 1);
    return [-half, half - 1];
  }
  return [0, 2 ** (size * 8) - 1];
}

function write8(buf, value, offset, min, max) {
  value = +value;
  checkOffsetType(offset);
  if (value > max || value < min) throw ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
  if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
  buf[offset] = value;
  return offset + 1;
}

// The raw reader/writer functions take the offset without a default; the
// public fixed-size methods default it to 0, the variable-size ones do not.
function makeWriter(size, signed, le) {
  const [min, max] = intLimits(size, signed);
  const set = le ? setUIntLE : setUIntBE;
  if (size === 1) {
    return function (value, offset) { return write8(this, value, offset, min, max); };
  }
  return function (value, offset) {
    value = +value;
    checkIntRange(value, min, max, this, offset, size);
    return set(this, value, offset, size);
  };
}

function byteLengthError(byteLength) {
  if (byteLength === undefined) throw ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  boundsError(byteLength, 6, 'byteLength');
}

const readers = {};
const writers = {};
for (const size of [1, 2, 3, 4, 5, 6]) {
  for (const signed of [false, true]) {
    for (const le of [true, false]) {
      const key = `${signed ? 'i' : 'u'}${size}${le ? 'le' : 'be'}`;
      readers[key] = makeReader(size, signed, le);
      writers[key] = makeWriter(size, signed, le);
    }
  }
}

function makeVarReader(signed, le) {
  return function (offset, byteLength) {
    if (offset === undefined) throw ERR_INVALID_ARG_TYPE('offset', 'number', offset);
    if (!(byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength))) byteLengthError(byteLength);
    const key = `${signed ? 'i' : 'u'}${byteLength}${le || byteLength === 1 ? 'le' : 'be'}`;
    return readers[key].call(this, offset);
  };
}

function makeVarWriter(signed, le) {
  return function (value, offset, byteLength) {
    if (!(byteLength >= 1 && byteLength <= 6 && Number.isInteger(byteLength))) byteLengthError(byteLength);
    const key = `${signed ? 'i' : 'u'}${byteLength}${le || byteLength === 1 ? 'le' : 'be'}`;
    return writers[key].call(this, value, offset);
  };
}

function defineMethod(name, fn) {
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  proto[name] = fn;
}

const sizeNames = { 1: '8', 2: '16', 4: '32' };
for (const signed of [false, true]) {
  for (const size of [1, 2, 4]) {
    for (const le of size === 1 ? [true] : [true, false]) {
      const suffix = `${sizeNames[size]}${size === 1 ? '' : le ? 'LE' : 'BE'}`;
      const key = `${signed ? 'i' : 'u'}${size}${le ? 'le' : 'be'}`;
      const read = readers[key];
      const write = writers[key];
      const base = signed ? 'Int' : 'UInt';
      defineMethod(`read${base}${suffix}`, function (offset = 0) { return read.call(this, offset); });
      defineMethod(`write${base}${suffix}`, function (value, offset = 0) {
        return write.call(this, value, offset);
      });
    }
  }
}
defineMethod('readUIntLE', makeVarReader(false, true));
defineMethod('readUIntBE', makeVarReader(false, false));
defineMethod('readIntLE', makeVarReader(true, true));
defineMethod('readIntBE', makeVarReader(true, false));
defineMethod('writeUIntLE', makeVarWriter(false, true));
defineMethod('writeUIntBE', makeVarWriter(false, false));
defineMethod('writeIntLE', makeVarWriter(true, true));
defineMethod('writeIntBE', makeVarWriter(true, false));

// --- 64-bit BigInt -------------------------------------------------------

function readBig(buf, offset, le, signed) {
  checkRead(buf, offset, 8);
  let lo;
  let hi;
  if (le) {
    lo = getUIntLE(buf, offset, 4);
    hi = getUIntLE(buf, offset + 4, 4);
  } else {
    hi = getUIntBE(buf, offset, 4);
    lo = getUIntBE(buf, offset + 4, 4);
  }
  if (signed) hi = hi | 0;
  return (BigInt(hi) << 32n) + BigInt(lo);
}

function writeBig(buf, value, offset, min, max, le) {
  checkIntRange(value, min, max, buf, offset, 8);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  if (le) {
    setUIntLE(buf, lo, offset, 4);
    setUIntLE(buf, hi, offset + 4, 4);
  } else {
    setUIntBE(buf, hi, offset, 4);
    setUIntBE(buf, lo, offset + 4, 4);
  }
  return offset + 8;
}

const U64_MAX = 0xffffffffffffffffn;
const I64_MIN = -(2n ** 63n);
const I64_MAX = 2n ** 63n - 1n;

defineMethod('readBigUInt64LE', function (offset = 0) { return readBig(this, offset, true, false); });
defineMethod('readBigUInt64BE', function (offset = 0) { return readBig(this, offset, false, false); });
defineMethod('readBigInt64LE', function (offset = 0) { return readBig(this, offset, true, true); });
defineMethod('readBigInt64BE', function (offset = 0) { return readBig(this, offset, false, true); });
defineMethod('writeBigUInt64LE', function (value, offset = 0) {
  return writeBig(this, value, offset, 0n, U64_MAX, true);
});
defineMethod('writeBigUInt64BE', function (value, offset = 0) {
  return writeBig(this, value, offset, 0n, U64_MAX, false);
});
defineMethod('writeBigInt64LE', function (value, offset = 0) {
  return writeBig(this, value, offset, I64_MIN, I64_MAX, true);
});
defineMethod('writeBigInt64BE', function (value, offset = 0) {
  return writeBig(this, value, offset, I64_MIN, I64_MAX, false);
});

// --- floating point ------------------------------------------------------

const f32 = new Float32Array(1);
const f32Bytes = new Uint8Array(f32.buffer);
const f64 = new Float64Array(1);
const f64Bytes = new Uint8Array(f64.buffer);
const hostLittleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function readFloatBytes(buf, offset, scratchBytes, size, le) {
  checkRead(buf, offset, size);
  const swap = le !== hostLittleEndian;
  for (let i = 0; i < size; i++) scratchBytes[i] = buf[offset + (swap ? size - 1 - i : i)];
}

function writeFloatBytes(buf, offset, scratchBytes, size, le) {
  const swap = le !== hostLittleEndian;
  for (let i = 0; i < size; i++) buf[offset + (swap ? size - 1 - i : i)] = scratchBytes[i];
  return offset + size;
}

defineMethod('readFloatLE', function (offset = 0) {
  readFloatBytes(this, offset, f32Bytes, 4, true); return f32[0];
});
defineMethod('readFloatBE', function (offset = 0) {
  readFloatBytes(this, offset, f32Bytes, 4, false); return f32[0];
});
defineMethod('readDoubleLE', function (offset = 0) {
  readFloatBytes(this, offset, f64Bytes, 8, true); return f64[0];
});
defineMethod('readDoubleBE', function (offset = 0) {
  readFloatBytes(this, offset, f64Bytes, 8, false); return f64[0];
});
defineMethod('writeFloatLE', function (value, offset = 0) {
  value = +value;
  checkWriteBounds(this, offset, 4);
  f32[0] = value;
  return writeFloatBytes(this, offset, f32Bytes, 4, true);
});
defineMethod('writeFloatBE', function (value, offset = 0) {
  value = +value;
  checkWriteBounds(this, offset, 4);
  f32[0] = value;
  return writeFloatBytes(this, offset, f32Bytes, 4, false);
});
defineMethod('writeDoubleLE', function (value, offset = 0) {
  value = +value;
  checkWriteBounds(this, offset, 8);
  f64[0] = value;
  return writeFloatBytes(this, offset, f64Bytes, 8, true);
});
defineMethod('writeDoubleBE', function (value, offset = 0) {
  value = +value;
  checkWriteBounds(this, offset, 8);
  f64[0] = value;
  return writeFloatBytes(this, offset, f64Bytes, 8, false);
});

// Lowercase `Uint` aliases.
for (const name of Object.getOwnPropertyNames(proto)) {
  if (/^(read|write)(Big)?UInt/.test(name)) {
    proto[name.replace('UInt', 'Uint')] = proto[name];
  }
}

// ---------------------------------------------------------------------------
// atob / btoa / isAscii / isUtf8

function btoa(input) {
  if (arguments.length === 0) throw ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let i = 0; i < input.length; i++) {
    if (input.charCodeAt(i) > 0xff) throw domException('Invalid character', 'InvalidCharacterError');
  }
  const bytes = latin1Bytes(input);
  return base64Encode(bytes, 0, bytes.length, false);
}

// WHATWG forgiving-base64 decode, with Node's choice of error messages.
function isAsciiWhitespace(c) {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

function atob(input) {
  if (arguments.length === 0) throw ERR_MISSING_ARGS('input');
  input = `${input}`;
  // Up to two trailing '=' (whitespace may surround them) are padding.
  let bodyEnd = input.length;
  let padding = 0;
  for (let i = input.length - 1; i >= 0 && padding < 2; i--) {
    const c = input.charCodeAt(i);
    if (isAsciiWhitespace(c)) continue;
    if (c !== 0x3d) break;
    padding++;
    bodyEnd = i;
  }
  let count = 0;
  for (let i = 0; i < bodyEnd; i++) {
    const c = input.charCodeAt(i);
    if (isAsciiWhitespace(c)) continue;
    if (c > 0xff || b64Values[c] < 0 || c === 0x2d || c === 0x5f) {
      throw domException('Invalid character', 'InvalidCharacterError');
    }
    count++;
  }
  if (count % 4 === 1) {
    throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
  }
  if (padding > 0 && (count + padding) % 4 !== 0) {
    throw domException('Invalid character', 'InvalidCharacterError');
  }
  const out = new Uint8Array((count * 3) >>> 2);
  const n = base64WriteInto(out, input.slice(0, bodyEnd), 0, out.length);
  return bytesToString(out, 0, n, 0xff);
}

function viewBytesForCheck(input, name) {
  if (isArrayBufferView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  throw ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  const bytes = viewBytesForCheck(input, 'input');
  for (let i = 0; i < bytes.length; i++) if (bytes[i] > 0x7f) return false;
  return true;
}

// Valid UTF-8 is exactly what survives a decode/encode round trip unchanged.
function isUtf8(input) {
  const bytes = viewBytesForCheck(input, 'input');
  const again = utf8Encode(utf8Decode(bytes, 0, bytes.length));
  if (again.length !== bytes.length) return false;
  for (let i = 0; i < again.length; i++) if (again[i] !== bytes[i]) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Exports

module.exports = {
  Buffer,
  SlowBuffer,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});
