'use strict';
// napi_create_string_* and napi_get_value_string_*
const assert = require('assert');
const a = require('./build/strings.node');

const ok = 0, invalid_arg = 1, string_expected = 3;
const S8 = 0xAA, S16 = 0xAAAA; // sentinel left in untouched buffer units

// ---- creation ----
assert.deepStrictEqual(a.createCases(), [
  'héllo € 😀',           // utf8, NAPI_AUTO_LENGTH
  'héllo',                // utf8, explicit length 6 bytes
  'a\0b\0c',              // utf8, embedded NULs with explicit length
  'a',                    // utf8, NAPI_AUTO_LENGTH stops at first NUL
  '',                     // utf8 empty
  '',                     // utf8 length 0
  'a\ufffdb\ufffd',       // invalid utf8 sequences become U+FFFD
  'café ©ÿ',              // latin1
  'café',                 // latin1, explicit length
  'a\0b\0c',              // latin1, embedded NULs
  '',                     // latin1 empty
  'hé€😀',                // utf16
  'hé€\ud83d',            // utf16, explicit length splits a surrogate pair
  'a\ud800b\udc00',       // utf16, lone surrogates are kept
  'a\0b',                 // utf16, embedded NUL
  '',                     // utf16 length 0
  '', '', '',             // NULL str with length 0
]);

// Length > INT_MAX, NULL result, NULL str with non-zero length.
assert.deepStrictEqual(a.createErrors(), new Array(12).fill(invalid_arg));

// ---- round trips ----
const samples = ['', 'abc', 'héllo wörld', '€uro', '😀 emoji 🎉', 'a\0b',
                 '日本語テキスト', 'x'.repeat(500)];
for (const s of samples) {
  assert.strictEqual(a.roundTripUtf8(s), s);
  assert.strictEqual(a.roundTripUtf16(s), s);
}
for (const s of ['', 'abc', 'café ÿ©', 'a\0b', '\x80\x9f']) {
  assert.strictEqual(a.roundTripLatin1(s), s);
}
// Lone surrogates cannot be represented in UTF-8: replaced with U+FFFD.
assert.strictEqual(a.roundTripUtf8('a\ud800b'), 'a\ufffdb');
assert.strictEqual(a.roundTripUtf8('\udc00'), '\ufffd');
// ...but survive UTF-16.
assert.strictEqual(a.roundTripUtf16('a\ud800b'), 'a\ud800b');

// ---- length queries (buf == NULL) ----
// UTF-8 length is in bytes, latin1/utf16 length in UTF-16 code units.
const lengths = [
  ['', 0, 0, 0],
  ['abc', 3, 3, 3],
  ['é', 2, 1, 1],
  ['€', 3, 1, 1],
  ['a😀', 5, 3, 3],
  ['\ud800x', 4, 2, 2],
  ['a\0b', 3, 3, 3],
];
for (const [s, u8, l1, u16] of lengths) {
  assert.deepStrictEqual(a.getUtf8(s, -1), { status: ok, result: u8 });
  assert.deepStrictEqual(a.getLatin1(s, -1), { status: ok, result: l1 });
  assert.deepStrictEqual(a.getUtf16(s, -1), { status: ok, result: u16 });
}

// ---- copying with various buffer sizes ----
// Exact fit / larger buffer: content + NUL, rest untouched.
assert.deepStrictEqual(a.getUtf8('abc', 4),
                       { status: ok, result: 3, bytes: [97, 98, 99, 0, S8] });
assert.deepStrictEqual(a.getUtf8('abc', 6),
                       { status: ok, result: 3, bytes: [97, 98, 99, 0, S8, S8, S8] });
assert.deepStrictEqual(a.getLatin1('abc', 4),
                       { status: ok, result: 3, bytes: [97, 98, 99, 0, S8] });
assert.deepStrictEqual(a.getUtf16('abc', 4),
                       { status: ok, result: 3, bytes: [97, 98, 99, 0, S16] });

// Truncation: bufsize - 1 units copied, always NUL terminated.
assert.deepStrictEqual(a.getUtf8('abc', 3),
                       { status: ok, result: 2, bytes: [97, 98, 0, S8] });
assert.deepStrictEqual(a.getLatin1('abc', 2),
                       { status: ok, result: 1, bytes: [97, 0, S8] });
assert.deepStrictEqual(a.getUtf16('abc', 3),
                       { status: ok, result: 2, bytes: [97, 98, 0, S16] });

// bufsize 1: only the terminator.
assert.deepStrictEqual(a.getUtf8('abc', 1), { status: ok, result: 0, bytes: [0, S8] });
assert.deepStrictEqual(a.getLatin1('abc', 1), { status: ok, result: 0, bytes: [0, S8] });
assert.deepStrictEqual(a.getUtf16('abc', 1), { status: ok, result: 0, bytes: [0, S16] });

// bufsize 0 with a non-NULL buffer: nothing written, result 0.
assert.deepStrictEqual(a.getUtf8('abc', 0), { status: ok, result: 0, bytes: [S8] });
assert.deepStrictEqual(a.getLatin1('abc', 0), { status: ok, result: 0, bytes: [S8] });
assert.deepStrictEqual(a.getUtf16('abc', 0), { status: ok, result: 0, bytes: [S16] });

// UTF-8 truncation never splits a multi-byte character.
assert.deepStrictEqual(a.getUtf8('é€', 3),
                       { status: ok, result: 2, bytes: [0xC3, 0xA9, 0, S8] });
assert.deepStrictEqual(a.getUtf8('é€', 4),
                       { status: ok, result: 2, bytes: [0xC3, 0xA9, 0, S8, S8] });
assert.deepStrictEqual(a.getUtf8('é€', 5),
                       { status: ok, result: 2, bytes: [0xC3, 0xA9, 0, S8, S8, S8] });
assert.deepStrictEqual(a.getUtf8('é€', 6), {
  status: ok, result: 5, bytes: [0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0, S8] });
for (const size of [2, 3, 4, 5]) {
  assert.deepStrictEqual(a.getUtf8('a😀', size), {
    status: ok, result: 1, bytes: [97, 0].concat(new Array(size - 1).fill(S8)) });
}
assert.deepStrictEqual(a.getUtf8('a😀', 6), {
  status: ok, result: 5, bytes: [97, 0xF0, 0x9F, 0x98, 0x80, 0, S8] });
// A lone surrogate is written as EF BF BD, and also not split.
assert.deepStrictEqual(a.getUtf8('\ud800x', 3),
                       { status: ok, result: 0, bytes: [0, S8, S8, S8] });
assert.deepStrictEqual(a.getUtf8('\ud800x', 4),
                       { status: ok, result: 3, bytes: [0xEF, 0xBF, 0xBD, 0, S8] });
assert.deepStrictEqual(a.getUtf8('\ud800x', 5),
                       { status: ok, result: 4, bytes: [0xEF, 0xBF, 0xBD, 120, 0, S8] });

// UTF-16 copies code units, so a surrogate pair may be split.
assert.deepStrictEqual(a.getUtf16('a😀', 3),
                       { status: ok, result: 2, bytes: [97, 0xD83D, 0, S16] });
assert.deepStrictEqual(a.getUtf16('a😀', 4),
                       { status: ok, result: 3, bytes: [97, 0xD83D, 0xDE00, 0, S16] });

// Latin-1 keeps the low byte of characters above U+00FF.
assert.deepStrictEqual(a.getLatin1('é€', 3),
                       { status: ok, result: 2, bytes: [0xE9, 0xAC, 0, S8] });

// Embedded NUL is copied and counted.
assert.deepStrictEqual(a.getUtf8('a\0b', 4),
                       { status: ok, result: 3, bytes: [97, 0, 98, 0, S8] });

// result may be NULL when a buffer is given.
assert.deepStrictEqual(a.getUtf8('abc', 4, false),
                       { status: ok, result: undefined, bytes: [97, 98, 99, 0, S8] });
assert.deepStrictEqual(a.getLatin1('abc', 2, false),
                       { status: ok, result: undefined, bytes: [97, 0, S8] });
assert.deepStrictEqual(a.getUtf16('abc', 4, false),
                       { status: ok, result: undefined, bytes: [97, 98, 99, 0, S16] });

// ---- wrong types ----
for (const bad of [1, true, null, undefined, {}, [], new String('x'),
                   Symbol('s'), 1n, () => 'x']) {
  for (const size of [-1, 0, 4]) {
    const r8 = a.getUtf8(bad, size);
    const r1 = a.getLatin1(bad, size);
    const r16 = a.getUtf16(bad, size);
    for (const r of [r8, r1, r16]) {
      assert.strictEqual(r.status, string_expected);
      assert.strictEqual(r.result, undefined); // result not written
      if (size >= 0) {
        assert.ok(r.bytes.every((b) => b === S8 || b === S16)); // buf untouched
      }
    }
  }
  // Even with buf and result both NULL, the type check happens first.
  assert.strictEqual(a.getUtf8(bad, -1, false).status, string_expected);
}

// ---- NULL arguments ----
assert.deepStrictEqual(a.nullArgs(), new Array(6).fill(invalid_arg));

console.log('strings: ok');
