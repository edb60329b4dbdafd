'use strict';
// nari internal builtin: TextEncoder / TextDecoder (WHATWG Encoding Standard)
// for UTF-8, UTF-16LE/BE and windows-1252 ("latin1"), with `fatal`,
// `ignoreBOM` and streaming decodes.

const kInspect = Symbol.for('nodejs.util.inspect.custom');

function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

// ---- TextEncoder ------------------------------------------------------------------

function encodeUtf8(input) {
  const out = new Uint8Array(input.length * 3);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    let cp = input.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdfff) {
      const next = input.charCodeAt(i + 1);
      if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    }
    if (cp < 0x80) {
      out[n++] = cp;
    } else if (cp < 0x800) {
      out[n++] = 0xc0 | (cp >> 6);
      out[n++] = 0x80 | (cp & 63);
    } else if (cp < 0x10000) {
      out[n++] = 0xe0 | (cp >> 12);
      out[n++] = 0x80 | ((cp >> 6) & 63);
      out[n++] = 0x80 | (cp & 63);
    } else {
      out[n++] = 0xf0 | (cp >> 18);
      out[n++] = 0x80 | ((cp >> 12) & 63);
      out[n++] = 0x80 | ((cp >> 6) & 63);
      out[n++] = 0x80 | (cp & 63);
    }
  }
  return n === out.length ? out : out.slice(0, n);
}

class TextEncoder {
  get encoding() {
    return 'utf-8';
  }

  encode(input = '') {
    return encodeUtf8(`${input}`);
  }

  encodeInto(source, destination) {
    if (!(destination instanceof Uint8Array)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        'The "dest" argument must be an instance of Uint8Array.');
    }
    source = `${source}`;
    let read = 0;
    let written = 0;
    const max = destination.length;
    for (let i = 0; i < source.length; i++) {
      let cp = source.charCodeAt(i);
      let units = 1;
      if (cp >= 0xd800 && cp <= 0xdfff) {
        const next = source.charCodeAt(i + 1);
        if (cp <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
          units = 2;
        } else {
          cp = 0xfffd;
        }
      }
      const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      if (written + size > max) break;
      if (size === 1) {
        destination[written] = cp;
      } else if (size === 2) {
        destination[written] = 0xc0 | (cp >> 6);
        destination[written + 1] = 0x80 | (cp & 63);
      } else if (size === 3) {
        destination[written] = 0xe0 | (cp >> 12);
        destination[written + 1] = 0x80 | ((cp >> 6) & 63);
        destination[written + 2] = 0x80 | (cp & 63);
      } else {
        destination[written] = 0xf0 | (cp >> 18);
        destination[written + 1] = 0x80 | ((cp >> 12) & 63);
        destination[written + 2] = 0x80 | ((cp >> 6) & 63);
        destination[written + 3] = 0x80 | (cp & 63);
      }
      written += size;
      read += units;
      i += units - 1;
    }
    return { read, written };
  }

  [kInspect](depth, options, inspect) {
    // (Node shows a plain object here, without the class name.)
    return typeof inspect === 'function' ? inspect({ encoding: 'utf-8' }, options) : "{ encoding: 'utf-8' }";
  }
}
Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });
for (const name of ['encoding', 'encode', 'encodeInto']) {
  Object.defineProperty(TextEncoder.prototype, name, { enumerable: true });
}

// ---- decoders ----------------------------------------------------------------------
// Each decoder: decode(bytes, flush, fatal) → string, keeping an incomplete
// trailing sequence for the next call unless `flush`.

class Utf8Decoder {
  constructor() {
    this.pending = [];
  }

  decode(bytes, flush, fatal) {
    if (this.pending.length > 0) {
      const joined = new Uint8Array(this.pending.length + bytes.length);
      joined.set(this.pending, 0);
      joined.set(bytes, this.pending.length);
      bytes = joined;
      this.pending = [];
    }
    const chunks = [];
    let units = [];
    let i = 0;
    const len = bytes.length;
    const bad = () => {
      if (fatal) throw invalidData('utf-8');
      units.push(0xfffd);
    };
    while (i < len) {
      const b = bytes[i];
      if (b < 0x80) {
        units.push(b);
        i++;
      } else {
        let need;
        let cp;
        let lower = 0x80;
        let upper = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
          need = 1; cp = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
          need = 2; cp = b & 0xf;
          if (b === 0xe0) lower = 0xa0;
          if (b === 0xed) upper = 0x9f;
        } else if (b >= 0xf0 && b <= 0xf4) {
          need = 3; cp = b & 0x7;
          if (b === 0xf0) lower = 0x90;
          if (b === 0xf4) upper = 0x8f;
        } else {
          bad();
          i++;
          continue;
        }
        let j = 1;
        for (; j <= need; j++) {
          if (i + j >= len) break;
          const next = bytes[i + j];
          if (next < lower || next > upper) break;
          lower = 0x80;
          upper = 0xbf;
          cp = (cp << 6) | (next & 0x3f);
        }
        if (j <= need) {
          if (i + j >= len && !flush) {
            // An incomplete sequence at the end: wait for more bytes.
            this.pending = Array.from(bytes.subarray(i));
            break;
          }
          bad();
          i += j;
          continue;
        }
        if (cp >= 0x10000) {
          cp -= 0x10000;
          units.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
        } else {
          units.push(cp);
        }
        i += need + 1;
      }
      if (units.length >= 8192) {
        chunks.push(String.fromCharCode.apply(null, units));
        units = [];
      }
    }
    chunks.push(String.fromCharCode.apply(null, units));
    return chunks.join('');
  }
}

class Utf16Decoder {
  constructor(bigEndian) {
    this.bigEndian = bigEndian;
    this.pending = [];
    this.leadSurrogate = null;
  }

  decode(bytes, flush, fatal) {
    if (this.pending.length > 0) {
      const joined = new Uint8Array(this.pending.length + bytes.length);
      joined.set(this.pending, 0);
      joined.set(bytes, this.pending.length);
      bytes = joined;
      this.pending = [];
    }
    const name = this.bigEndian ? 'utf-16be' : 'utf-16le';
    let out = '';
    let units = [];
    const even = bytes.length - (bytes.length % 2);
    for (let i = 0; i < even; i += 2) {
      const unit = this.bigEndian ? (bytes[i] << 8) | bytes[i + 1] : bytes[i] | (bytes[i + 1] << 8);
      if (this.leadSurrogate !== null) {
        const lead = this.leadSurrogate;
        this.leadSurrogate = null;
        if (unit >= 0xdc00 && unit <= 0xdfff) {
          units.push(lead, unit);
          continue;
        }
        if (fatal) throw invalidData(name);
        units.push(0xfffd);
      }
      if (unit >= 0xd800 && unit <= 0xdbff) {
        this.leadSurrogate = unit;
      } else if (unit >= 0xdc00 && unit <= 0xdfff) {
        if (fatal) throw invalidData(name);
        units.push(0xfffd);
      } else {
        units.push(unit);
      }
      if (units.length >= 8192) {
        out += String.fromCharCode.apply(null, units);
        units = [];
      }
    }
    out += String.fromCharCode.apply(null, units);
    if (even < bytes.length) this.pending = [bytes[even]];
    if (flush) {
      if (this.leadSurrogate !== null || this.pending.length > 0) {
        this.leadSurrogate = null;
        this.pending = [];
        if (fatal) throw invalidData(name);
        out += '\ufffd';
      }
    }
    return out;
  }
}

// windows-1252: latin1 except 0x80–0x9F.
const CP1252 = [0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178];

class SingleByteDecoder {
  decode(bytes) {
    let out = '';
    for (let start = 0; start < bytes.length; start += 8192) {
      const units = Array.from(bytes.subarray(start, start + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : b));
      out += String.fromCharCode.apply(null, units);
    }
    return out;
  }
}

const LABELS = new Map();
for (const label of ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']) {
  LABELS.set(label, 'utf-8');
}
for (const label of ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16', 'utf-16le']) {
  LABELS.set(label, 'utf-16le');
}
for (const label of ['unicodefffe', 'utf-16be']) LABELS.set(label, 'utf-16be');
for (const label of ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100',
  'iso8859-1', 'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']) {
  LABELS.set(label, 'windows-1252');
}

function invalidData(encoding) {
  return codedError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA',
    `The encoded data was not valid for encoding ${encoding}`);
}

const kState = Symbol('state');

function newDecoder(encoding) {
  if (encoding === 'utf-8') return new Utf8Decoder();
  if (encoding === 'utf-16le') return new Utf16Decoder(false);
  if (encoding === 'utf-16be') return new Utf16Decoder(true);
  return new SingleByteDecoder();
}

function toBytes(input) {
  if (input === undefined) return new Uint8Array(0);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) {
    return new Uint8Array(input);
  }
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    'The "input" argument must be an instance of ArrayBuffer or ArrayBufferView.' +
    ` Received ${input === null ? 'null' : typeof input === 'object' ? 'an instance of Object' : `type ${typeof input} (${JSON.stringify(input)})`}`);
}

class TextDecoder {
  constructor(label = 'utf-8', options = undefined) {
    const key = `${label}`.trim().toLowerCase();
    const encoding = LABELS.get(key);
    if (encoding === undefined) {
      throw codedError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${label}" encoding is not supported`);
    }
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "options" argument must be of type object. Received type ${typeof options}`);
    }
    this[kState] = {
      encoding,
      fatal: Boolean(options && options.fatal),
      ignoreBOM: Boolean(options && options.ignoreBOM),
      decoder: null,
      bomSeen: false,
    };
  }

  get encoding() {
    return this[kState].encoding;
  }

  get fatal() {
    return this[kState].fatal;
  }

  get ignoreBOM() {
    return this[kState].ignoreBOM;
  }

  decode(input = undefined, options = undefined) {
    const state = this[kState];
    if (state === undefined) throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type TextDecoder');
    const bytes = toBytes(input);
    const stream = Boolean(options && options.stream);
    if (state.decoder === null) {
      state.decoder = newDecoder(state.encoding);
      state.bomSeen = false;
    }
    let text = state.decoder.decode(bytes, !stream, state.fatal);
    if (!state.bomSeen && text.length > 0) {
      state.bomSeen = true;
      if (!state.ignoreBOM && state.encoding !== 'windows-1252' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    if (!stream) state.decoder = null;
    return text;
  }

  [kInspect](depth, options, inspect) {
    const obj = { encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM };
    return `TextDecoder ${typeof inspect === 'function' ? inspect(obj, options) : JSON.stringify(obj)}`;
  }
}
Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });
for (const name of ['encoding', 'fatal', 'ignoreBOM', 'decode']) {
  Object.defineProperty(TextDecoder.prototype, name, { enumerable: true });
}

module.exports = { TextEncoder, TextDecoder };
