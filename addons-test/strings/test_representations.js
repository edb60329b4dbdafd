'use strict';
// napi_get_value_string_utf8 / _latin1 and the length queries give the same
// bytes for every way V8 can hold a string: nari reads sequential one-byte
// strings (literals, most computed strings) in place and asks V8 for the
// rest (two-byte, cons, sliced, external), so both paths are compared
// against what JS computes, for every buffer size.
const assert = require('assert');
const a = require('./build/strings.node');
const ok = 0, S8 = 0xAA;

// The UTF-8 bytes napi_get_value_string_utf8 writes into `bufsize` bytes:
// whole characters that fit in bufsize - 1, then a NUL.
function expectedUtf8(s, bufsize) {
  const out = [];
  for (const ch of s) {
    const bytes = [...Buffer.from(ch, 'utf8')];
    if (out.length + bytes.length > bufsize - 1) break;
    out.push(...bytes);
  }
  return out;
}
function expectedLatin1(s, bufsize) {
  const units = [];
  for (let i = 0; i < s.length && units.length < bufsize - 1; i++) units.push(s.charCodeAt(i) & 0xff);
  return units;
}

function check(s, label) {
  const utf8 = [...Buffer.from(s, 'utf8')];
  assert.deepStrictEqual(a.getUtf8(s, -1), { status: ok, result: utf8.length }, label);
  assert.deepStrictEqual(a.getLatin1(s, -1), { status: ok, result: s.length }, label);
  for (let bufsize = 1; bufsize <= utf8.length + 2 && bufsize <= 200; bufsize++) {
    const bytes = expectedUtf8(s, bufsize);
    assert.deepStrictEqual(
      a.getUtf8(s, bufsize),
      { status: ok, result: bytes.length, bytes: [...bytes, 0, ...Array(bufsize - bytes.length - 1).fill(S8), S8] },
      `${label}: utf8, bufsize ${bufsize}`);
    const units = expectedLatin1(s, bufsize);
    assert.deepStrictEqual(
      a.getLatin1(s, bufsize),
      { status: ok, result: units.length, bytes: [...units, 0, ...Array(bufsize - units.length - 1).fill(S8), S8] },
      `${label}: latin1, bufsize ${bufsize}`);
  }
  assert.strictEqual(a.roundTripUtf8(s), s, label);
}

const ascii = 'plain ASCII text, 0123456789';
const latin1 = 'café crème brûlée ÿ ¡olé! ©®';  // one-byte, but two UTF-8 bytes per accent
const computed = (x) => [...x].reverse().reverse().join('');  // a fresh sequential string
for (const [label, s] of [
  ['ascii literal', ascii],
  ['latin1 literal', latin1],
  ['ascii computed', computed(ascii)],
  ['latin1 computed', computed(latin1)],
  ['accent at the end', 'abcdé'],
  ['only accents', 'éèêëÿ'],
  ['two-byte', 'Grüße, Ω and 😀'],
  ['cons string', ascii.slice(0, 10) + latin1.slice(0, 12) + Math.random().toString().slice(0, 1)],
  ['sliced string', (latin1.repeat(4) + ascii).slice(5, 60)],
  ['number string', String(123456.75)],
  ['empty', ''],
  ['single char', 'é'],
  ['NULs', 'a\0b\0é'],
]) {
  check(s, label);
}

// Strings made by napi_create_string_utf8 from ASCII and from non-ASCII
// input read back the same.
for (const s of [ascii, latin1, 'Grüße 😀', 'x']) {
  assert.strictEqual(a.roundTripUtf8(s), s);
  assert.strictEqual(a.roundTripUtf8(a.roundTripUtf8(s)), s);
}
