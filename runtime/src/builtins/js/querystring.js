'use strict';
// nari builtin: querystring

// Decodes %XX sequences; malformed UTF-8 is decoded leniently (as Buffer does).
function unescapeBuffer(s, decodeSpaces) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2b && decodeSpaces) {
      bytes.push(0x20);
    } else if (c === 0x25 && i + 2 < s.length && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 0x80) {
      bytes.push(c);
    } else {
      const cp = s.codePointAt(i);
      if (cp > 0xffff) i++;
      const text = String.fromCodePoint(cp);
      for (const b of unescape(encodeURIComponent(text.toWellFormed ? text.toWellFormed() : text))) bytes.push(b.charCodeAt(0));
    }
  }
  const { Buffer } = require('buffer');
  return Buffer.from(bytes);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeURIComponent(str);
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep = '&', eq = '=', options = undefined) {
  sep = sep || '&';
  eq = eq || '=';
  const encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : qsEscape;
  if (obj === null || typeof obj !== 'object') return '';
  const parts = [];
  for (const key of Object.keys(obj)) {
    const value = obj[key];
    const ks = `${encode(stringifyPrimitive(key))}${eq}`;
    if (Array.isArray(value)) {
      for (const item of value) parts.push(ks + encode(stringifyPrimitive(item)));
    } else {
      parts.push(ks + encode(stringifyPrimitive(value)));
    }
  }
  return parts.join(sep);
}

function parse(qs, sep = '&', eq = '=', options = undefined) {
  const obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep || '&';
  eq = eq || '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const decode = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : qsUnescape;
  let pairs = qs.split(sep);
  if (maxKeys > 0 && pairs.length > maxKeys) pairs = pairs.slice(0, maxKeys);
  for (const pair of pairs) {
    if (pair.length === 0 && pairs.length > 1) continue;
    const idx = pair.indexOf(eq);
    let key;
    let value;
    if (idx >= 0) {
      key = pair.slice(0, idx);
      value = pair.slice(idx + eq.length);
    } else {
      key = pair;
      value = '';
    }
    key = decodeComponent(key.replace(/\+/g, ' '), decode);
    value = decodeComponent(value.replace(/\+/g, ' '), decode);
    if (!(key in obj)) obj[key] = value;
    else if (Array.isArray(obj[key])) obj[key].push(value);
    else obj[key] = [obj[key], value];
  }
  return obj;
}

function decodeComponent(s, decode) {
  try {
    return decode(s);
  } catch {
    return qsUnescape(s, true);
  }
}

module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
