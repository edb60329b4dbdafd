'use strict';
// nari builtin: string_decoder
//
// StringDecoder turns chunks of bytes into strings without splitting a
// character across chunks: incomplete UTF-8 / UTF-16 sequences and base64
// groups wait for the next write; end() flushes them.

const { Buffer } = require('buffer');

function normalizeEncoding(enc) {
  const e = `${enc === undefined || enc === null ? 'utf8' : enc}`.toLowerCase();
  switch (e) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

const kPending = Symbol('kPending');
const kNeed = Symbol('kNeed');

function toBuffer(buf) {
  if (buf instanceof Buffer) return buf;
  if (ArrayBuffer.isView(buf)) return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const received = buf === null ? 'null' : typeof buf === 'object' ? `an instance of ${buf.constructor ? buf.constructor.name : 'Object'}`
    : `type ${typeof buf} (${String(buf)})`;
  const err = new TypeError(`The "buf" argument must be an instance of Buffer, TypedArray, or DataView. Received ${received}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  throw err;
}

// How many bytes at the end of `buf` start a UTF-8 character still incomplete.
function utf8IncompleteTail(buf) {
  const len = buf.length;
  for (let i = 1; i <= Math.min(3, len); i++) {
    const b = buf[len - i];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte
    let need = 1;
    if (b >= 0xf0 && b <= 0xf7) need = 4;
    else if (b >= 0xe0) need = 3;
    else if (b >= 0xc0) need = 2;
    return need > i ? i : 0;
  }
  return 0;
}

function StringDecoder(encoding) {
  const normalized = normalizeEncoding(encoding);
  if (normalized === undefined) {
    const err = new TypeError(`Unknown encoding: ${encoding}`);
    err.code = 'ERR_UNKNOWN_ENCODING';
    throw err;
  }
  this.encoding = normalized;
  this[kPending] = Buffer.alloc(0);
  this[kNeed] = 0;
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  buf = toBuffer(buf);
  if (this.encoding === 'utf16le') return utf16Write(this, buf);
  let bytes = this[kPending].length ? Buffer.concat([this[kPending], buf]) : buf;
  let keep = 0;
  switch (this.encoding) {
    case 'utf8':
      keep = utf8IncompleteTail(bytes);
      break;
    case 'base64':
    case 'base64url':
      keep = bytes.length % 3;
      break;
    default:
      break;
  }
  if (keep > 0) {
    this[kPending] = Buffer.from(bytes.subarray(bytes.length - keep));
    bytes = bytes.subarray(0, bytes.length - keep);
  } else {
    this[kPending] = Buffer.alloc(0);
  }
  return bytes.length ? bytes.toString(this.encoding) : '';
};

// UTF-16LE as Node decodes it: a unit split after its first byte is
// emitted as soon as it is whole (even a lead surrogate); a lead surrogate
// ending an even-length chunk waits for its pair.
function utf16Write(self, buf) {
  let out = '';
  if (self[kNeed] > 0) {
    const take = Math.min(self[kNeed], buf.length);
    self[kPending] = Buffer.concat([self[kPending], buf.subarray(0, take)]);
    self[kNeed] -= take;
    buf = buf.subarray(take);
    if (self[kNeed] > 0) return '';
    out = self[kPending].toString('utf16le');
    self[kPending] = Buffer.alloc(0);
  }
  if (buf.length % 2 === 1) {
    self[kPending] = Buffer.from(buf.subarray(buf.length - 1));
    self[kNeed] = 1;
    return out + buf.subarray(0, buf.length - 1).toString('utf16le');
  }
  if (buf.length >= 2) {
    const last = buf[buf.length - 2] | (buf[buf.length - 1] << 8);
    if (last >= 0xd800 && last <= 0xdbff) {
      self[kPending] = Buffer.from(buf.subarray(buf.length - 2));
      self[kNeed] = 2;
      return out + buf.subarray(0, buf.length - 2).toString('utf16le');
    }
  }
  return out + buf.toString('utf16le');
}

StringDecoder.prototype.end = function end(buf) {
  let out = buf === undefined ? '' : this.write(buf);
  const pending = this[kPending];
  this[kPending] = Buffer.alloc(0);
  this[kNeed] = 0;
  if (pending.length) {
    if (this.encoding === 'utf8') out += '\ufffd';
    else out += pending.toString(this.encoding);
  }
  return out;
};

// Legacy members some code reads.
StringDecoder.prototype.text = function text(buf, offset) {
  return this.write(toBuffer(buf).subarray(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    configurable: true,
    enumerable: true,
    get() {
      const chunk = Buffer.alloc(4);
      this[kPending].copy(chunk);
      return chunk;
    },
  },
  lastNeed: {
    configurable: true,
    enumerable: true,
    get() {
      const pending = this[kPending];
      if (pending.length === 0) return 0;
      if (this.encoding === 'utf8') {
        const b = pending[0];
        const total = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        return total - pending.length;
      }
      if (this.encoding === 'utf16le') return pending.length % 2 === 1 ? 1 : 2;
      return 3 - pending.length;
    },
  },
  lastTotal: {
    configurable: true,
    enumerable: true,
    get() {
      return this[kPending].length + this.lastNeed;
    },
  },
});

module.exports = { StringDecoder };
