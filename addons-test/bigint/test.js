'use strict';
// napi_create_bigint_*, napi_get_value_bigint_*: values, lossless flags,
// word truncation, argument checks.
const assert = require('assert');
const a = require('./build/bigint.node');

const ok = 0, invalid_arg = 1, pending_exception = 10, bigint_expected = 17;
const S = 0xAAAAAAAAAAAAAAAAn; // sentinel in untouched word slots
const M64 = 2n ** 64n;

// ---- creation from C integers ----
assert.deepStrictEqual(a.createCases(), [
  0n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 0n, M64 - 1n, 2n ** 63n,
]);

// ---- creation from words ----
const fw = (sign, words) => {
  const r = a.fromWords(sign, words);
  assert.ok(r.ok, `status ${r.status}: ${r.exception}`);
  return r.value;
};
assert.strictEqual(fw(0, []), 0n);
assert.strictEqual(fw(1, []), 0n);
assert.strictEqual(fw(0, [0n]), 0n);
assert.strictEqual(fw(1, [0n]), 0n);              // no negative zero
assert.strictEqual(fw(0, [5n]), 5n);
assert.strictEqual(fw(1, [5n]), -5n);
assert.strictEqual(fw(3, [5n]), -5n);             // any non-zero sign_bit is negative
assert.strictEqual(fw(2, [5n]), -5n);
assert.strictEqual(fw(-1, [5n]), -5n);
assert.strictEqual(fw(0, [M64 - 1n]), M64 - 1n);
assert.strictEqual(fw(0, [1n, 2n, 3n]), 1n + 2n * M64 + 3n * M64 * M64);
assert.strictEqual(fw(1, [0n, 1n]), -M64);
assert.strictEqual(fw(0, [7n, 0n, 0n]), 7n);       // high zero words vanish

// Too many words for V8: a RangeError is left pending.
{
  const r = a.fromTooManyWords();
  assert.strictEqual(r.status, pending_exception);
  assert.ok(r.exception instanceof RangeError, String(r.exception));
}

// ---- reading as 64-bit integers ----
const i64 = (v) => a.toInt64(v);
const u64 = (v) => a.toUint64(v);
assert.deepStrictEqual(i64(0n), { value: 0n, lossless: true });
assert.deepStrictEqual(i64(-1n), { value: -1n, lossless: true });
assert.deepStrictEqual(i64(2n ** 63n - 1n), { value: 2n ** 63n - 1n, lossless: true });
assert.deepStrictEqual(i64(-(2n ** 63n)), { value: -(2n ** 63n), lossless: true });
assert.deepStrictEqual(i64(2n ** 63n), { value: -(2n ** 63n), lossless: false });
assert.deepStrictEqual(i64(M64 + 3n), { value: 3n, lossless: false });
assert.deepStrictEqual(i64(-(2n ** 63n) - 1n), { value: 2n ** 63n - 1n, lossless: false });
assert.deepStrictEqual(u64(0n), { value: 0n, lossless: true });
assert.deepStrictEqual(u64(M64 - 1n), { value: M64 - 1n, lossless: true });
assert.deepStrictEqual(u64(-1n), { value: M64 - 1n, lossless: false });
assert.deepStrictEqual(u64(M64), { value: 0n, lossless: false });
assert.deepStrictEqual(u64(M64 * 5n + 9n), { value: 9n, lossless: false });
for (const v of [1, '1', true, null, undefined, {}, Symbol('x'), Object(1n)]) {
  assert.deepStrictEqual(i64(v), { status: bigint_expected });
  assert.deepStrictEqual(u64(v), { status: bigint_expected });
}

// ---- reading words ----
// Count query (sign_bit and words NULL).
assert.strictEqual(a.toWords(0n, -1).count, 0);
assert.strictEqual(a.toWords(1n, -1).count, 1);
assert.strictEqual(a.toWords(-(M64 - 1n), -1).count, 1);
assert.strictEqual(a.toWords(M64, -1).count, 2);
assert.strictEqual(a.toWords(M64 ** 3n, -1).count, 4);
// Enough room.
assert.deepStrictEqual(a.toWords(0n, 2), { sign: 0, count: 0, words: [S, S] });
assert.deepStrictEqual(a.toWords(-5n, 3), { sign: 1, count: 1, words: [5n, S, S] });
assert.deepStrictEqual(a.toWords(7n + 3n * M64 + M64 * M64, 3),
                       { sign: 0, count: 3, words: [7n, 3n, 1n] });
// Too little room: the low words are written, count says how many are needed.
assert.deepStrictEqual(a.toWords(7n + 3n * M64 + M64 * M64, 1),
                       { sign: 0, count: 3, words: [7n] });
assert.deepStrictEqual(a.toWords(-(7n + 3n * M64), 0), { sign: 1, count: 2, words: [] });
// A capacity beyond INT_MAX is truncated to an int (2^32 + 1 -> 1).
assert.deepStrictEqual(a.toWordsHugeCapacity(1n + 2n * M64),
                       [2, 1n, S, S, S]);
for (const v of [1, 'x', {}, null]) {
  assert.deepStrictEqual(a.toWords(v, 2), { status: bigint_expected });
  assert.deepStrictEqual(a.toWords(v, -1), { status: bigint_expected });
}
// Round trips through words.
for (const v of [0n, 1n, -1n, M64 - 1n, -M64, 12345678901234567890123456789n,
                 -(2n ** 200n) + 17n]) {
  const { count } = a.toWords(v, -1);
  const r = a.toWords(v, count);
  assert.strictEqual(fw(r.sign, r.words), v);
  assert.strictEqual(count, r.count);
}

// ---- argument checks ----
assert.deepStrictEqual(a.nullArgs(), [
  invalid_arg, invalid_arg,                             // create int64/uint64, NULL result
  invalid_arg, invalid_arg,                             // words NULL (even with count 0)
  invalid_arg,                                          // words: NULL result
  invalid_arg, invalid_arg,                             // word_count > INT_MAX
  invalid_arg, invalid_arg, invalid_arg,                // int64: NULL value/result/lossless
  bigint_expected, invalid_arg,                         // int64: number; NULL result first
  invalid_arg, invalid_arg, invalid_arg,                // uint64: NULL value/result/lossless
  bigint_expected, invalid_arg,                         // uint64: number; NULL lossless first
  invalid_arg, invalid_arg,                             // words: NULL value, NULL word_count
  bigint_expected, invalid_arg, bigint_expected,        // words: number (NULL count checked first)
  invalid_arg, invalid_arg,                             // words: only one of sign_bit/words NULL
  ok, ok,
]);
assert.deepStrictEqual(a.nullEnv(), new Array(6).fill(invalid_arg));
assert.deepStrictEqual(a.whilePending(), [pending_exception, ok, ok, ok, ok]);

console.log('bigint: ok');
