'use strict';
// nari builtin: url
//
// The WHATWG URL Standard's parser (a state machine over code points, with
// state overrides for the setters), URL and URLSearchParams, the file URL
// helpers, and the legacy url.parse / url.format / url.resolve.

const kInspect = Symbol.for('nodejs.util.inspect.custom');

function codedError(Base, code, message) {
  const err = new Base(message);
  err.code = code;
  return err;
}

function typeName(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    return value.constructor && value.constructor.name ? `an instance of ${value.constructor.name}` : 'an object';
  }
  return `type ${typeof value} (${typeof value === 'string' ? `'${value}'` : String(value)})`;
}

function invalidArgType(name, expected, value) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be ${expected}. Received ${typeName(value)}`);
}

// ---- code points and percent-encoding ------------------------------------------

const toUSV = (s) => (typeof s.toWellFormed === 'function' ? s.toWellFormed()
  : s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));

const isAlpha = (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
const isDigit = (c) => c >= '0' && c <= '9';
const isHex = (c) => isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

// Percent-encode sets, as predicates over a code point (a number).
const C0_SET = (cp) => cp < 0x20 || cp > 0x7e;
const FRAGMENT_SET = (cp) => C0_SET(cp) || cp === 0x20 || cp === 0x22 || cp === 0x3c || cp === 0x3e || cp === 0x60;
const QUERY_SET = (cp) => C0_SET(cp) || cp === 0x20 || cp === 0x22 || cp === 0x23 || cp === 0x3c || cp === 0x3e;
const SPECIAL_QUERY_SET = (cp) => QUERY_SET(cp) || cp === 0x27;
const PATH_SET = (cp) => QUERY_SET(cp) || cp === 0x3f || cp === 0x60 || cp === 0x7b || cp === 0x7d;
const USERINFO_SET = (cp) => PATH_SET(cp) || cp === 0x2f || cp === 0x3a || cp === 0x3b || cp === 0x3d ||
  cp === 0x40 || (cp >= 0x5b && cp <= 0x5e) || cp === 0x7c;
const COMPONENT_SET = (cp) => USERINFO_SET(cp) || (cp >= 0x24 && cp <= 0x26) || cp === 0x2b || cp === 0x2c;

const HEX = [];
for (let i = 0; i < 256; i++) HEX.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

function utf8Bytes(cp) {
  if (cp < 0x80) return [cp];
  if (cp < 0x800) return [0xc0 | (cp >> 6), 0x80 | (cp & 63)];
  if (cp < 0x10000) return [0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
  return [0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63)];
}

// Percent-encodes one code point (a one- or two-unit string) if in `set`.
function encodeCodePoint(c, set) {
  const cp = c.codePointAt(0);
  if (!set(cp)) return c;
  let out = '';
  for (const b of utf8Bytes(cp)) out += HEX[b];
  return out;
}

function encodeString(s, set) {
  let out = '';
  for (const c of s) out += encodeCodePoint(c, set);
  return out;
}

function utf8Encode(s) {
  const bytes = [];
  for (const c of s) for (const b of utf8Bytes(c.codePointAt(0))) bytes.push(b);
  return bytes;
}

// UTF-8 decoding with U+FFFD for bad sequences (WHATWG "UTF-8 decode without BOM").
function utf8Decode(bytes) {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { out += String.fromCharCode(b); i++; continue; }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; } else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0xf;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x7;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else { out += '\ufffd'; i++; continue; }
    let j = 1;
    for (; j <= need; j++) {
      const next = bytes[i + j];
      if (next === undefined || next < lower || next > upper) break;
      lower = 0x80; upper = 0xbf;
      cp = (cp << 6) | (next & 0x3f);
    }
    if (j <= need) { out += '\ufffd'; i += j; continue; }
    out += String.fromCodePoint(cp);
    i += need + 1;
  }
  return out;
}

function percentDecodeBytes(s) {
  const bytes = utf8Encode(s);
  const out = [];
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x25 && i + 2 < bytes.length + 0 && isHex(String.fromCharCode(bytes[i + 1] || 0)) &&
      isHex(String.fromCharCode(bytes[i + 2] || 0))) {
      out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
      i += 2;
    } else {
      out.push(b);
    }
  }
  return out;
}

// ---- hosts ----------------------------------------------------------------------------

const SPECIAL_PORTS = { 'ftp': 21, 'file': null, 'http': 80, 'https': 443, 'ws': 80, 'wss': 443 };
const isSpecialScheme = (scheme) => Object.prototype.hasOwnProperty.call(SPECIAL_PORTS, scheme);

const FORBIDDEN_HOST = new Set(['\0', '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|']);
const isForbiddenDomain = (c) => FORBIDDEN_HOST.has(c) || c.charCodeAt(0) <= 0x1f || c === '%' || c === '\x7f';

function parseIPv4Number(s) {
  if (s === '') return NaN;
  let radix = 10;
  if (s.length >= 2 && s[0] === '0' && (s[1] === 'x' || s[1] === 'X')) { s = s.slice(2); radix = 16; } else if (s.length >= 2 && s[0] === '0') {
    s = s.slice(1); radix = 8;
  }
  if (s === '') return 0;
  const valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
  if (!valid.test(s)) return NaN;
  return parseInt(s, radix);
}

function endsInNumber(host) {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  if (last !== '' && /^[0-9]+$/.test(last)) return true;
  return !Number.isNaN(parseIPv4Number(last));
}

function parseIPv4(host) {
  const parts = host.split('.');
  if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
  if (parts.length > 4) return null;
  const numbers = [];
  for (const part of parts) {
    const n = parseIPv4Number(part);
    if (Number.isNaN(n)) return null;
    numbers.push(n);
  }
  for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return null;
  if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return null;
  let ipv4 = numbers[numbers.length - 1];
  for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
  const out = [];
  for (let i = 0; i < 4; i++) {
    out.unshift(String(ipv4 % 256));
    ipv4 = Math.floor(ipv4 / 256);
  }
  return out.join('.');
}

function parseIPv6(input) {
  const address = [0, 0, 0, 0, 0, 0, 0, 0];
  let pieceIndex = 0;
  let compress = null;
  let p = 0;
  const c = () => input[p];
  if (c() === ':') {
    if (input[p + 1] !== ':') return null;
    p += 2;
    pieceIndex++;
    compress = pieceIndex;
  }
  while (c() !== undefined) {
    if (pieceIndex === 8) return null;
    if (c() === ':') {
      if (compress !== null) return null;
      p++;
      pieceIndex++;
      compress = pieceIndex;
      continue;
    }
    let value = 0;
    let length = 0;
    while (length < 4 && c() !== undefined && isHex(c())) {
      value = value * 16 + parseInt(c(), 16);
      p++;
      length++;
    }
    if (c() === '.') {
      if (length === 0) return null;
      p -= length;
      if (pieceIndex > 6) return null;
      let numbersSeen = 0;
      while (c() !== undefined) {
        let ipv4Piece = null;
        if (numbersSeen > 0) {
          if (c() === '.' && numbersSeen < 4) p++;
          else return null;
        }
        if (c() === undefined || !isDigit(c())) return null;
        while (c() !== undefined && isDigit(c())) {
          const number = parseInt(c(), 10);
          if (ipv4Piece === null) ipv4Piece = number;
          else if (ipv4Piece === 0) return null;
          else ipv4Piece = ipv4Piece * 10 + number;
          if (ipv4Piece > 255) return null;
          p++;
        }
        address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
        numbersSeen++;
        if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
      }
      if (numbersSeen !== 4) return null;
      break;
    } else if (c() === ':') {
      p++;
      if (c() === undefined) return null;
    } else if (c() !== undefined) {
      return null;
    }
    address[pieceIndex] = value;
    pieceIndex++;
  }
  if (compress !== null) {
    let swaps = pieceIndex - compress;
    pieceIndex = 7;
    while (pieceIndex !== 0 && swaps > 0) {
      const t = address[pieceIndex];
      address[pieceIndex] = address[compress + swaps - 1];
      address[compress + swaps - 1] = t;
      pieceIndex--;
      swaps--;
    }
  } else if (pieceIndex !== 8) {
    return null;
  }
  return address;
}

function serializeIPv6(address) {
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (address[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && address[j] === 0) j++;
    if (j - i > bestLength) { bestStart = i; bestLength = j - i; }
    i = j;
  }
  let out = '';
  let ignore0 = false;
  for (let i = 0; i < 8; i++) {
    if (ignore0 && address[i] === 0) continue;
    ignore0 = false;
    if (bestStart === i) {
      out += i === 0 ? '::' : ':';
      ignore0 = true;
      continue;
    }
    out += address[i].toString(16);
    if (i !== 7) out += ':';
  }
  return `[${out}]`;
}

// ---- punycode (RFC 3492) ------------------------------------------------------

const PUNY = { base: 36, tMin: 1, tMax: 26, skew: 38, damp: 700, initialBias: 72, initialN: 128 };

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / PUNY.damp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((PUNY.base - PUNY.tMin) * PUNY.tMax) >> 1) {
    delta = Math.floor(delta / (PUNY.base - PUNY.tMin));
    k += PUNY.base;
  }
  return k + Math.floor(((PUNY.base - PUNY.tMin + 1) * delta) / (delta + PUNY.skew));
}

const digitChar = (d) => String.fromCharCode(d < 26 ? d + 97 : d + 22);

function punycodeEncode(input) {
  const cps = Array.from(input, (c) => c.codePointAt(0));
  let n = PUNY.initialN;
  let delta = 0;
  let bias = PUNY.initialBias;
  let out = '';
  for (const cp of cps) if (cp < 0x80) out += String.fromCharCode(cp);
  const basic = out.length;
  let handled = basic;
  if (basic > 0) out += '-';
  while (handled < cps.length) {
    let m = Infinity;
    for (const cp of cps) if (cp >= n && cp < m) m = cp;
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of cps) {
      if (cp < n) delta++;
      if (cp === n) {
        let q = delta;
        for (let k = PUNY.base; ; k += PUNY.base) {
          const t = k <= bias ? PUNY.tMin : k >= bias + PUNY.tMax ? PUNY.tMax : k - bias;
          if (q < t) break;
          out += digitChar(t + ((q - t) % (PUNY.base - t)));
          q = Math.floor((q - t) / (PUNY.base - t));
        }
        out += digitChar(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return out;
}

function punycodeDecode(input) {
  const output = [];
  let i = 0;
  let n = PUNY.initialN;
  let bias = PUNY.initialBias;
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    if (input.charCodeAt(j) >= 0x80) return null;
    output.push(input.charCodeAt(j));
  }
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldi = i;
    let w = 1;
    for (let k = PUNY.base; ; k += PUNY.base) {
      if (index >= input.length) return null;
      const code = input.charCodeAt(index++);
      const digit = code - 48 < 10 ? code - 22 : code - 65 < 26 ? code - 65 : code - 97 < 26 ? code - 97 : PUNY.base;
      if (digit >= PUNY.base) return null;
      i += digit * w;
      const t = k <= bias ? PUNY.tMin : k >= bias + PUNY.tMax ? PUNY.tMax : k - bias;
      if (digit < t) break;
      w *= PUNY.base - t;
    }
    bias = adapt(i - oldi, output.length + 1, oldi === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    if (n > 0x10ffff) return null;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

// UTS #46 ToASCII, approximated: NFKC + lower case stand in for the mapping
// table; labels with non-ASCII become `xn--` punycode.
function domainToASCIIInternal(domain) {
  let mapped = domain;
  if (/[^\x00-\x7f]/.test(mapped)) {
    mapped = mapped.replace(/[\u00ad\u200b\u2060\ufeff\u034f\u180b-\u180d\ufe00-\ufe0f]/g, '')
      .normalize('NFKC').toLowerCase().replace(/[\u3002\uff0e\uff61]/g, '.');
  } else {
    mapped = mapped.toLowerCase();
  }
  const labels = mapped.split('.').map((label) => {
    if (!/[^\x00-\x7f]/.test(label)) {
      if (label.startsWith('xn--')) {
        const decoded = punycodeDecode(label.slice(4));
        if (decoded === null || decoded === '' || !/[^\x00-\x7f]/.test(decoded)) return null;
      }
      return label;
    }
    if (label.startsWith('xn--')) return null;
    return `xn--${punycodeEncode(label)}`;
  });
  if (labels.includes(null)) return null;
  return labels.join('.');
}

// Host parser: the serialized host, or null on failure.
function parseHost(input, isOpaque) {
  if (input.startsWith('[')) {
    if (!input.endsWith(']')) return null;
    const address = parseIPv6(input.slice(1, -1));
    return address === null ? null : serializeIPv6(address);
  }
  if (isOpaque) {
    for (const c of input) if (c !== '%' && FORBIDDEN_HOST.has(c)) return null;
    return encodeString(input, C0_SET);
  }
  const domain = utf8Decode(percentDecodeBytes(input));
  const ascii = domainToASCIIInternal(domain);
  if (ascii === null || ascii === '') return null;
  for (const c of ascii) if (isForbiddenDomain(c)) return null;
  if (endsInNumber(ascii)) return parseIPv4(ascii);
  return ascii;
}

// ---- the basic URL parser --------------------------------------------------------------

const S = {
  SCHEME_START: 1, SCHEME: 2, NO_SCHEME: 3, SPECIAL_RELATIVE_OR_AUTHORITY: 4, PATH_OR_AUTHORITY: 5,
  RELATIVE: 6, RELATIVE_SLASH: 7, SPECIAL_AUTHORITY_SLASHES: 8, SPECIAL_AUTHORITY_IGNORE_SLASHES: 9,
  AUTHORITY: 10, HOST: 11, HOSTNAME: 12, PORT: 13, FILE: 14, FILE_SLASH: 15, FILE_HOST: 16,
  PATH_START: 17, PATH: 18, OPAQUE_PATH: 19, QUERY: 20, FRAGMENT: 21,
};

function newRecord() {
  return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
}

function cloneRecord(r) {
  return { ...r, path: Array.isArray(r.path) ? r.path.slice() : r.path };
}

const isWindowsDriveLetter = (s) => s.length === 2 && isAlpha(s[0]) && (s[1] === ':' || s[1] === '|');
const isNormalizedDriveLetter = (s) => s.length === 2 && isAlpha(s[0]) && s[1] === ':';
function startsWithDriveLetter(cps, p) {
  if (cps.length - p < 2) return false;
  if (!isAlpha(cps[p]) || (cps[p + 1] !== ':' && cps[p + 1] !== '|')) return false;
  if (cps.length - p === 2) return true;
  const third = cps[p + 2];
  return third === '/' || third === '\\' || third === '?' || third === '#';
}

function shortenPath(url) {
  const { path } = url;
  if (url.scheme === 'file' && path.length === 1 && isNormalizedDriveLetter(path[0])) return;
  path.pop();
}

const isSingleDot = (s) => s === '.' || s.toLowerCase() === '%2e';
const isDoubleDot = (s) => {
  const l = s.toLowerCase();
  return l === '..' || l === '.%2e' || l === '%2e.' || l === '%2e%2e';
};

const FAILURE = null;

// Parses `input` into `url` (a new record unless a state override is given).
// Returns the record, or FAILURE; with a state override, returns nothing
// useful (the record is changed in place).
function basicParse(input, base, url, stateOverride) {
  if (!url) {
    url = newRecord();
    input = input.replace(/^[\x00-\x20]+|[\x00-\x20]+$/g, '');
  }
  input = input.replace(/[\t\n\r]/g, '');
  const cps = Array.from(input);
  let state = stateOverride || S.SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;
  let special = isSpecialScheme(url.scheme);

  for (let p = 0; p <= cps.length; p++) {
    const c = cps[p]; // undefined: EOF
    switch (state) {
      case S.SCHEME_START:
        if (c !== undefined && isAlpha(c)) {
          buffer += c.toLowerCase();
          state = S.SCHEME;
        } else if (!stateOverride) {
          state = S.NO_SCHEME;
          p--;
        } else {
          return FAILURE;
        }
        break;

      case S.SCHEME:
        if (c !== undefined && (isAlpha(c) || isDigit(c) || c === '+' || c === '-' || c === '.')) {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (stateOverride) {
            if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
            if ((url.username !== '' || url.password !== '' || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          special = isSpecialScheme(buffer);
          if (stateOverride) {
            if (special && url.port === SPECIAL_PORTS[url.scheme]) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = S.FILE;
          } else if (special && base && base.scheme === url.scheme) {
            state = S.SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special) {
            state = S.SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[p + 1] === '/') {
            state = S.PATH_OR_AUTHORITY;
            p++;
          } else {
            url.path = '';
            state = S.OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = S.NO_SCHEME;
          p = -1;
        } else {
          return FAILURE;
        }
        break;

      case S.NO_SCHEME:
        if (!base || (typeof base.path === 'string' && c !== '#')) return FAILURE;
        if (typeof base.path === 'string' && c === '#') {
          url.scheme = base.scheme;
          special = isSpecialScheme(url.scheme);
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = S.RELATIVE;
          p--;
        } else {
          state = S.FILE;
          p--;
        }
        break;

      case S.SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === '/' && cps[p + 1] === '/') {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = S.RELATIVE;
          p--;
        }
        break;

      case S.PATH_OR_AUTHORITY:
        if (c === '/') {
          state = S.AUTHORITY;
        } else {
          state = S.PATH;
          p--;
        }
        break;

      case S.RELATIVE:
        url.scheme = base.scheme;
        special = isSpecialScheme(url.scheme);
        if (c === '/' || (special && c === '\\')) {
          state = S.RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            shortenPath(url);
            state = S.PATH;
            p--;
          }
        }
        break;

      case S.RELATIVE_SLASH:
        if (special && (c === '/' || c === '\\')) {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === '/') {
          state = S.AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = S.PATH;
          p--;
        }
        break;

      case S.SPECIAL_AUTHORITY_SLASHES:
        if (c === '/' && cps[p + 1] === '/') {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p++;
        } else {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          p--;
        }
        break;

      case S.SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== '/' && c !== '\\') {
          state = S.AUTHORITY;
          p--;
        }
        break;

      case S.AUTHORITY:
        if (c === '@') {
          if (atSignSeen) buffer = `%40${buffer}`;
          atSignSeen = true;
          for (const bc of buffer) {
            if (bc === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = encodeCodePoint(bc, USERINFO_SET);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = '';
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special && c === '\\')) {
          if (atSignSeen && buffer === '') return FAILURE;
          p -= Array.from(buffer).length + 1;
          buffer = '';
          state = S.HOST;
        } else {
          buffer += c;
        }
        break;

      case S.HOST:
      case S.HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          p--;
          state = S.FILE_HOST;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') return FAILURE;
          if (stateOverride === S.HOSTNAME) return FAILURE;
          const host = parseHost(buffer, !special);
          if (host === null) return FAILURE;
          url.host = host;
          buffer = '';
          state = S.PORT;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special && c === '\\')) {
          p--;
          if (special && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' && (url.username !== '' || url.password !== '' || url.port !== null)) {
            return FAILURE;
          }
          const host = parseHost(buffer, !special);
          if (host === null) return FAILURE;
          url.host = host;
          buffer = '';
          state = S.PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;

      case S.PORT:
        if (c !== undefined && isDigit(c)) {
          buffer += c;
        } else if (c === undefined || c === '/' || c === '?' || c === '#' || (special && c === '\\') || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return FAILURE;
            url.port = special && SPECIAL_PORTS[url.scheme] === port ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = S.PATH_START;
          p--;
        } else {
          return FAILURE;
        }
        break;

      case S.FILE:
        url.scheme = 'file';
        special = true;
        url.host = '';
        if (c === '/' || c === '\\') {
          state = S.FILE_SLASH;
        } else if (base && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== undefined) {
            url.query = null;
            if (!startsWithDriveLetter(cps, p)) shortenPath(url);
            else url.path = [];
            state = S.PATH;
            p--;
          }
        } else {
          state = S.PATH;
          p--;
        }
        break;

      case S.FILE_SLASH:
        if (c === '/' || c === '\\') {
          state = S.FILE_HOST;
        } else {
          if (base && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithDriveLetter(cps, p) && isNormalizedDriveLetter(base.path[0] || '')) {
              url.path.push(base.path[0]);
            }
          }
          state = S.PATH;
          p--;
        }
        break;

      case S.FILE_HOST:
        if (c === undefined || c === '/' || c === '\\' || c === '?' || c === '#') {
          p--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = S.PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = S.PATH_START;
          } else {
            let host = parseHost(buffer, !special);
            if (host === null) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = S.PATH_START;
          }
        } else {
          buffer += c;
        }
        break;

      case S.PATH_START:
        if (special) {
          state = S.PATH;
          if (c !== '/' && c !== '\\') p--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = S.QUERY;
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c !== undefined) {
          state = S.PATH;
          if (c !== '/') p--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case S.PATH:
        if (c === undefined || c === '/' || (special && c === '\\') || (!stateOverride && (c === '?' || c === '#'))) {
          const slash = c === '/' || (special && c === '\\');
          if (isDoubleDot(buffer)) {
            shortenPath(url);
            if (!slash) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = `${buffer[0]}:`;
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          }
          if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else {
          buffer += encodeCodePoint(c, PATH_SET);
        }
        break;

      case S.OPAQUE_PATH:
        if (c === '?') {
          url.query = '';
          state = S.QUERY;
        } else if (c === '#') {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c !== undefined) {
          url.path += encodeCodePoint(c, C0_SET);
        }
        break;

      case S.QUERY:
        if ((!stateOverride && c === '#') || c === undefined) {
          url.query += encodeString(buffer, special ? SPECIAL_QUERY_SET : QUERY_SET);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else {
          buffer += c;
        }
        break;

      case S.FRAGMENT:
        if (c !== undefined) url.fragment += encodeCodePoint(c, FRAGMENT_SET);
        break;

      default:
        throw new Error(`url: unknown parser state ${state}`);
    }
  }
  return url;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (const segment of url.path) out += `/${segment}`;
  return out;
}

function serialize(url, excludeFragment) {
  let out = `${url.scheme}:`;
  if (url.host !== null) {
    out += '//';
    if (url.username !== '' || url.password !== '') {
      out += url.username;
      if (url.password !== '') out += `:${url.password}`;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += `:${url.port}`;
  }
  if (url.host === null && typeof url.path !== 'string' && url.path.length > 1 && url.path[0] === '') out += '/.';
  out += serializePath(url);
  if (url.query !== null) out += `?${url.query}`;
  if (!excludeFragment && url.fragment !== null) out += `#${url.fragment}`;
  return out;
}

function parseURL(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = basicParse(toUSV(`${base}`), null);
    if (baseRecord === FAILURE) return FAILURE;
  }
  return basicParse(toUSV(`${input}`), baseRecord);
}

// ---- URLSearchParams ---------------------------------------------------------------------

const URLENCODED_KEEP = /[*\-._0-9A-Za-z]/;
function urlencode(s) {
  let out = '';
  for (const b of utf8Encode(s)) {
    if (b === 0x20) out += '+';
    else if (b < 0x80 && URLENCODED_KEEP.test(String.fromCharCode(b))) out += String.fromCharCode(b);
    else out += HEX[b];
  }
  return out;
}

function parseUrlencoded(input) {
  const list = [];
  for (const sequence of input.split('&')) {
    if (sequence === '') continue;
    const eq = sequence.indexOf('=');
    const name = eq === -1 ? sequence : sequence.slice(0, eq);
    const value = eq === -1 ? '' : sequence.slice(eq + 1);
    list.push([
      utf8Decode(percentDecodeBytes(name.replace(/\+/g, ' '))),
      utf8Decode(percentDecodeBytes(value.replace(/\+/g, ' '))),
    ]);
  }
  return list;
}

function serializeUrlencoded(list) {
  return list.map(([name, value]) => `${urlencode(name)}=${urlencode(value)}`).join('&');
}

const kList = Symbol('list');
const kURL = Symbol('url');
const kRecord = Symbol('record');
const kParams = Symbol('searchParams');

function missingArgs(...names) {
  const quoted = names.map((n) => `"${n}"`);
  const text = quoted.length === 1 ? `The ${quoted[0]} argument` : `The ${quoted.join(' and ')} arguments`;
  return codedError(TypeError, 'ERR_MISSING_ARGS', `${text} must be specified`);
}

function checkParams(self) {
  if (self === null || typeof self !== 'object' || !(kList in self)) {
    throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type URLSearchParams');
  }
}

class URLSearchParams {
  constructor(init = undefined) {
    this[kList] = [];
    this[kURL] = null;
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
            typeof pair[Symbol.iterator] !== 'function') {
            throw codedError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          const items = Array.from(pair);
          if (items.length !== 2) {
            throw codedError(TypeError, 'ERR_INVALID_TUPLE', 'Each query pair must be an iterable [name, value] tuple');
          }
          this[kList].push([toUSV(`${items[0]}`), toUSV(`${items[1]}`)]);
        }
      } else {
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (typeof key === 'string' && desc !== undefined && desc.enumerable) {
            this[kList].push([toUSV(key), toUSV(`${init[key]}`)]);
          }
        }
      }
    } else {
      let text = toUSV(`${init}`);
      if (text.startsWith('?')) text = text.slice(1);
      this[kList] = parseUrlencoded(text);
    }
  }

  get size() {
    checkParams(this);
    return this[kList].length;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    this[kList].push([toUSV(`${name}`), toUSV(`${value}`)]);
    update(this);
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(`${name}`);
    if (value !== undefined) {
      value = toUSV(`${value}`);
      this[kList] = this[kList].filter(([n, v]) => n !== name || v !== value);
    } else {
      this[kList] = this[kList].filter(([n]) => n !== name);
    }
    update(this);
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(`${name}`);
    const found = this[kList].find(([n]) => n === name);
    return found ? found[1] : null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(`${name}`);
    return this[kList].filter(([n]) => n === name).map(([, v]) => v);
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    name = toUSV(`${name}`);
    if (value !== undefined) {
      value = toUSV(`${value}`);
      return this[kList].some(([n, v]) => n === name && v === value);
    }
    return this[kList].some(([n]) => n === name);
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    name = toUSV(`${name}`);
    value = toUSV(`${value}`);
    const list = this[kList];
    const first = list.findIndex(([n]) => n === name);
    if (first === -1) {
      list.push([name, value]);
    } else {
      list[first][1] = value;
      this[kList] = list.filter(([n], i) => i <= first || n !== name);
    }
    update(this);
  }

  sort() {
    checkParams(this);
    // Stable, by UTF-16 code units of the names.
    this[kList] = this[kList]
      .map((pair, i) => [pair, i])
      .sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1]))
      .map(([pair]) => pair);
    update(this);
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function') throw invalidArgType('callback', 'of type function', callback);
    for (let i = 0; i < this[kList].length; i++) {
      const [name, value] = this[kList][i];
      callback.call(thisArg, value, name, this);
    }
  }

  keys() {
    checkParams(this);
    return makeIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return makeIterator(this, 'value');
  }

  entries() {
    checkParams(this);
    return makeIterator(this, 'key+value');
  }

  toString() {
    checkParams(this);
    return serializeUrlencoded(this[kList]);
  }

  [kInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return options && options.stylize ? options.stylize('[Object]', 'special') : '[Object]';
    const show = (v) => (typeof inspect === 'function' ? inspect(v, options) : `'${v}'`);
    const items = this[kList].map(([n, v]) => `${show(n)} => ${show(v)}`);
    if (items.length === 0) return 'URLSearchParams {}';
    const oneLine = `URLSearchParams { ${items.join(', ')} }`;
    if (oneLine.length <= 80) return oneLine;
    return `URLSearchParams {\n  ${items.join(',\n  ')} }`;
  }
}
URLSearchParams.prototype[Symbol.iterator] = URLSearchParams.prototype.entries;
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
const SearchParamsIteratorPrototype = Object.create(IteratorPrototype, {
  next: {
    value: function next() {
      const state = this._state;
      if (!state || state.index >= state.params[kList].length) return { value: undefined, done: true };
      const [name, value] = state.params[kList][state.index++];
      const result = state.kind === 'key' ? name : state.kind === 'value' ? value : [name, value];
      return { value: result, done: false };
    },
    writable: true,
    configurable: true,
  },
  [Symbol.toStringTag]: { value: 'URLSearchParams Iterator', configurable: true },
  [kInspect]: {
    value: function (depth, options, inspect) {
      const state = this._state;
      const rest = state.params[kList].slice(state.index).map(([n, v]) => {
        const show = (x) => (typeof inspect === 'function' ? inspect(x, options) : `'${x}'`);
        return state.kind === 'key' ? show(n) : state.kind === 'value' ? show(v) : `[ ${show(n)}, ${show(v)} ]`;
      });
      return rest.length ? `URLSearchParams Iterator { ${rest.join(', ')} }` : 'URLSearchParams Iterator {  }';
    },
    configurable: true,
  },
});

function makeIterator(params, kind) {
  const it = Object.create(SearchParamsIteratorPrototype);
  Object.defineProperty(it, '_state', { value: { params, kind, index: 0 } });
  return it;
}

// A URLSearchParams linked to a URL writes its list back to the URL's query.
function update(params) {
  const url = params[kURL];
  if (url === null) return;
  const serialized = serializeUrlencoded(params[kList]);
  url[kRecord].query = serialized === '' ? null : serialized;
}

// ---- URL ----------------------------------------------------------------------------------

function invalidURL(input, base) {
  const err = codedError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
  err.input = input;
  if (base !== undefined) err.base = base;
  return err;
}

function checkURL(self) {
  if (self === null || typeof self !== 'object' || !(kRecord in self)) {
    throw codedError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type URL');
  }
}

function hasCredentialsOrPortForbidden(url) {
  return url.host === null || url.host === '' || url.scheme === 'file';
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = toUSV(`${input}`);
    if (base !== undefined) base = toUSV(`${base}`);
    const record = parseURL(input, base);
    if (record === FAILURE) throw invalidURL(input, base);
    this[kRecord] = record;
    this[kParams] = null;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    return parseURL(input, base) !== FAILURE;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    const record = parseURL(input, base);
    if (record === FAILURE) return null;
    const url = Object.create(URL.prototype);
    url[kRecord] = record;
    url[kParams] = null;
    return url;
  }

  get href() {
    checkURL(this);
    return serialize(this[kRecord]);
  }

  set href(value) {
    checkURL(this);
    value = toUSV(`${value}`);
    const record = parseURL(value);
    if (record === FAILURE) throw invalidURL(value);
    this[kRecord] = record;
    if (this[kParams]) this[kParams][kList] = record.query ? parseUrlencoded(record.query) : [];
  }

  get origin() {
    checkURL(this);
    const url = this[kRecord];
    switch (url.scheme) {
      case 'blob': {
        const inner = typeof url.path === 'string' ? parseURL(url.path) : FAILURE;
        if (inner !== FAILURE && (inner.scheme === 'http' || inner.scheme === 'https')) {
          return `${inner.scheme}://${inner.host}${inner.port !== null ? `:${inner.port}` : ''}`;
        }
        return 'null';
      }
      case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
        return `${url.scheme}://${url.host}${url.port !== null ? `:${url.port}` : ''}`;
      default:
        return 'null';
    }
  }

  get protocol() {
    checkURL(this);
    return `${this[kRecord].scheme}:`;
  }

  set protocol(value) {
    checkURL(this);
    basicParse(`${toUSV(`${value}`)}:`, null, this[kRecord], S.SCHEME_START);
  }

  get username() {
    checkURL(this);
    return this[kRecord].username;
  }

  set username(value) {
    checkURL(this);
    const url = this[kRecord];
    if (hasCredentialsOrPortForbidden(url)) return;
    url.username = encodeString(toUSV(`${value}`), USERINFO_SET);
  }

  get password() {
    checkURL(this);
    return this[kRecord].password;
  }

  set password(value) {
    checkURL(this);
    const url = this[kRecord];
    if (hasCredentialsOrPortForbidden(url)) return;
    url.password = encodeString(toUSV(`${value}`), USERINFO_SET);
  }

  get host() {
    checkURL(this);
    const url = this[kRecord];
    if (url.host === null) return '';
    return url.port === null ? url.host : `${url.host}:${url.port}`;
  }

  set host(value) {
    checkURL(this);
    const url = this[kRecord];
    if (typeof url.path === 'string') return;
    const copy = cloneRecord(url);
    if (basicParse(toUSV(`${value}`), null, copy, S.HOST) !== FAILURE) Object.assign(url, copy);
  }

  get hostname() {
    checkURL(this);
    const { host } = this[kRecord];
    return host === null ? '' : host;
  }

  set hostname(value) {
    checkURL(this);
    const url = this[kRecord];
    if (typeof url.path === 'string') return;
    const copy = cloneRecord(url);
    if (basicParse(toUSV(`${value}`), null, copy, S.HOSTNAME) !== FAILURE) Object.assign(url, copy);
  }

  get port() {
    checkURL(this);
    const { port } = this[kRecord];
    return port === null ? '' : String(port);
  }

  set port(value) {
    checkURL(this);
    const url = this[kRecord];
    if (hasCredentialsOrPortForbidden(url)) return;
    value = toUSV(`${value}`);
    if (value === '') {
      url.port = null;
      return;
    }
    const copy = cloneRecord(url);
    if (basicParse(value, null, copy, S.PORT) !== FAILURE) Object.assign(url, copy);
  }

  get pathname() {
    checkURL(this);
    return serializePath(this[kRecord]);
  }

  set pathname(value) {
    checkURL(this);
    const url = this[kRecord];
    if (typeof url.path === 'string') return;
    url.path = [];
    basicParse(toUSV(`${value}`), null, url, S.PATH_START);
  }

  get search() {
    checkURL(this);
    const { query } = this[kRecord];
    return query === null || query === '' ? '' : `?${query}`;
  }

  set search(value) {
    checkURL(this);
    const url = this[kRecord];
    value = toUSV(`${value}`);
    if (value === '') {
      url.query = null;
      if (this[kParams]) this[kParams][kList] = [];
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    url.query = '';
    basicParse(input, null, url, S.QUERY);
    if (this[kParams]) this[kParams][kList] = parseUrlencoded(input);
  }

  get searchParams() {
    checkURL(this);
    if (this[kParams] === null) {
      const params = new URLSearchParams(this[kRecord].query || '');
      params[kURL] = this;
      this[kParams] = params;
    }
    return this[kParams];
  }

  get hash() {
    checkURL(this);
    const { fragment } = this[kRecord];
    return fragment === null || fragment === '' ? '' : `#${fragment}`;
  }

  set hash(value) {
    checkURL(this);
    const url = this[kRecord];
    value = toUSV(`${value}`);
    if (value === '') {
      url.fragment = null;
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    url.fragment = '';
    basicParse(input, null, url, S.FRAGMENT);
  }

  toString() {
    checkURL(this);
    return this.href;
  }

  toJSON() {
    checkURL(this);
    return this.href;
  }

  [kInspect](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    const text = typeof inspect === 'function' ? inspect(obj, options) : JSON.stringify(obj);
    return `${this.constructor.name} ${text}`;
  }

  static createObjectURL() {
    throw codedError(Error, 'ERR_METHOD_NOT_IMPLEMENTED', 'The URL.createObjectURL() method is not implemented');
  }

  static revokeObjectURL() {}
}
for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toString', 'toJSON']) {
  const desc = Object.getOwnPropertyDescriptor(URL.prototype, name);
  desc.enumerable = true;
  Object.defineProperty(URL.prototype, name, desc);
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

// ---- file URLs --------------------------------------------------------------------------------

function isURL(value) {
  return value !== null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
}

function fileURLToPath(input) {
  let url = input;
  if (typeof url === 'string') url = new URL(url);
  else if (!isURL(url)) throw invalidArgType('path', 'of type string or an instance of URL', input);
  if (url.protocol !== 'file:') throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (url.hostname !== '') {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on linux');
  }
  const { pathname } = url;
  for (let i = 0; i < pathname.length - 2; i++) {
    if (pathname[i] === '%' && pathname[i + 1] === '2' && (pathname[i + 2] === 'f' || pathname[i + 2] === 'F')) {
      throw codedError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
    }
  }
  return utf8Decode(percentDecodeBytes(pathname));
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw invalidArgType('path', 'of type string', filepath);
  const path = require('path');
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  const url = new URL('file://');
  url.pathname = resolved.replace(/[%\\\n\r\t]/g, (c) => HEX[c.charCodeAt(0)]);
  return url;
}

function urlToHttpOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  const host = parseHost(`${domain}`, false);
  return host === null ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw missingArgs('domain');
  const host = parseHost(`${domain}`, false);
  if (host === null) return '';
  return host.split('.').map((label) => {
    if (!label.startsWith('xn--')) return label;
    const decoded = punycodeDecode(label.slice(4));
    return decoded === null ? label : decoded;
  }).join('.');
}

// ---- legacy API: url.parse / url.format / url.resolve ------------------------------------------

const SLASHED_PROTOCOLS = new Set(['http', 'http:', 'https', 'https:', 'ftp', 'ftp:', 'gopher', 'gopher:',
  'file', 'file:', 'ws', 'ws:', 'wss', 'wss:']);
const HOSTLESS_PROTOCOLS = new Set(['javascript', 'javascript:']);
const AUTO_ESCAPE = /[ <>"`\r\n\t{}|\\^']/g;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function urlParse(url, parseQueryString = false, slashesDenoteHost = false) {
  if (url instanceof Url) return url;
  if (typeof url !== 'string') throw invalidArgType('url', 'of type string', url);
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  // Backslashes before the query become slashes, as browsers do.
  let rest = url.trim();
  const queryAt = rest.search(/[?#]/);
  const head = queryAt === -1 ? rest : rest.slice(0, queryAt);
  rest = head.replace(/\\/g, '/') + (queryAt === -1 ? '' : rest.slice(queryAt));

  const proto = /^[a-z0-9.+-]+:/i.exec(rest);
  let lowerProto;
  if (proto) {
    lowerProto = proto[0].toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto[0].length);
  }

  let slashes = false;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(lowerProto && HOSTLESS_PROTOCOLS.has(lowerProto))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  if (!HOSTLESS_PROTOCOLS.has(lowerProto) && (slashes || (proto && !SLASHED_PROTOCOLS.has(lowerProto)))) {
    // The host ends at the first of / ? # (or an auto-escaped character).
    let hostEnd = -1;
    for (let i = 0; i < rest.length; i++) {
      if ('/?#'.includes(rest[i])) { hostEnd = i; break; }
    }
    const limit = hostEnd === -1 ? rest.length : hostEnd;
    const at = rest.lastIndexOf('@', limit);
    if (at !== -1) {
      this.auth = decodeURIComponent(rest.slice(0, at));
      rest = rest.slice(at + 1);
    }
    hostEnd = -1;
    for (let i = 0; i < rest.length; i++) {
      if ('/?#'.includes(rest[i]) || ' <>"`\r\n\t{}|\\^\''.includes(rest[i])) { hostEnd = i; break; }
    }
    if (hostEnd === -1) hostEnd = rest.length;
    this.host = rest.slice(0, hostEnd);
    rest = rest.slice(hostEnd);
    this.parseHost();
    this.hostname = this.hostname || '';
    const ipv6 = this.hostname[0] === '[' && this.hostname[this.hostname.length - 1] === ']';
    if (!ipv6) {
      this.hostname = this.hostname.toLowerCase();
      if (/[^\x00-\x7f]/.test(this.hostname)) this.hostname = domainToASCIIInternal(this.hostname) || this.hostname;
    }
    const p = this.port ? `:${this.port}` : '';
    this.host = this.hostname + p;
    if (ipv6) {
      this.hostname = this.hostname.slice(1, -1);
      if (rest[0] !== '/') rest = `/${rest}`;
    }
  }

  if (!HOSTLESS_PROTOCOLS.has(lowerProto)) rest = rest.replace(AUTO_ESCAPE, (c) => HEX[c.charCodeAt(0)]);

  const hash = rest.indexOf('#');
  if (hash !== -1) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const qm = rest.indexOf('?');
  if (qm !== -1) {
    this.search = rest.slice(qm);
    this.query = rest.slice(qm + 1);
    if (parseQueryString) this.query = require('querystring').parse(this.query);
    rest = rest.slice(0, qm);
  } else if (parseQueryString) {
    this.search = null;
    this.query = Object.create(null);
  }
  if (rest !== '') this.pathname = rest;
  if (lowerProto && SLASHED_PROTOCOLS.has(lowerProto) && this.hostname && !this.pathname) this.pathname = '/';

  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = /:[0-9]*$/.exec(host);
  if (port) {
    if (port[0] !== ':') this.port = port[0].slice(1);
    host = host.slice(0, host.length - port[0].length);
  }
  if (host) this.hostname = host;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${encodeURIComponent(auth).replace(/%3A/i, ':')}@`;
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  let hasHost = false;
  if (this.host) {
    host = auth + this.host;
    hasHost = true;
  } else if (this.hostname) {
    host = auth + (this.hostname.includes(':') && this.hostname[0] !== '[' ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
    hasHost = true;
  }
  if (this.query !== null && typeof this.query === 'object') query = require('querystring').stringify(this.query);
  let search = this.search || (query && `?${query}`) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[?#]/g, (c) => encodeURIComponent(c));
  search = search.replace(/#/g, '%23');
  if (this.slashes || ((!protocol || SLASHED_PROTOCOLS.has(protocol)) && hasHost)) {
    host = `//${host}`;
    if (pathname && pathname[0] !== '/') pathname = `/${pathname}`;
  }
  if (hash && hash[0] !== '#') hash = `#${hash}`;
  if (search && search[0] !== '?') search = `?${search}`;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return urlResolve(this.href, relative);
};

function urlFormat(obj, options) {
  if (typeof obj === 'string') return urlParse(obj).format();
  if (obj instanceof URL) {
    const opts = { auth: true, fragment: true, search: true, unicode: false, ...options };
    const url = new URL(obj.href);
    if (!opts.auth) { url.username = ''; url.password = ''; }
    if (!opts.fragment) url.hash = '';
    if (!opts.search) url.search = '';
    let text = url.href;
    if (opts.unicode && url.hostname) text = text.replace(url.hostname, domainToUnicode(url.hostname));
    return text;
  }
  if (obj === null || typeof obj !== 'object') throw invalidArgType('urlObject', 'one of type object or string', obj);
  return Url.prototype.format.call(obj);
}

function urlResolve(from, to) {
  const fromParsed = URL.parse(from);
  if (fromParsed !== null) {
    const resolved = URL.parse(to, from);
    if (resolved === null) return to;
    return resolved.href;
  }
  // A relative base: resolve against a placeholder origin, then strip it.
  const placeholder = 'nari-resolve://placeholder';
  const relativeToRoot = from.startsWith('/');
  const resolved = URL.parse(to, `${placeholder}${relativeToRoot ? '' : '/'}${from}`);
  if (resolved === null) return to;
  if (!resolved.href.startsWith(placeholder)) return resolved.href;
  const text = resolved.href.slice(placeholder.length);
  return relativeToRoot ? text : text.slice(1);
}

module.exports = {
  URL,
  URLSearchParams,
  Url,
  parse: urlParse,
  format: urlFormat,
  resolve: urlResolve,
  resolveObject: (from, to) => urlParse(urlResolve(from, to)),
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  domainToASCII,
  domainToUnicode,
};
