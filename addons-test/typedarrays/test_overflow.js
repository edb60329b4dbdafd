'use strict';
// napi_create_typedarray with a length whose byte count overflows size_t.
// Node computes length * element_size + byte_offset without an overflow
// check and V8 then aborts the process ("length exceeds max allowed value");
// nari reports the range as invalid instead. So this runs under nari only.
const assert = require('assert');
const t = require('./build/typedarrays.node');

if (process.versions.nari === undefined) {
  console.log('SKIPPED under Node.js: it aborts the process on an overflowing ' +
    'napi_create_typedarray length (nari throws a RangeError instead)');
  process.exit(0);
}

const generic_failure = 9;
const ab = new ArrayBuffer(64);
for (const [type, length, offset] of [
  [5, 2 ** 62, 0], // 2^62 * 4 wraps to 0
  [8, 2 ** 61, 0], // 2^61 * 8 wraps to 0
  [1, 2 ** 64, 8], // SIZE_MAX + 8 wraps to 7
  [1, 1, 2 ** 64], // offset SIZE_MAX
]) {
  const r = t.create(type, ab, offset, length);
  assert.strictEqual(r.status.status, generic_failure);
  assert.ok(r.status.exception instanceof RangeError);
  assert.strictEqual(r.status.exception.code, 'ERR_NAPI_INVALID_TYPEDARRAY_LENGTH');
}
console.log('typedarrays overflow: ok');
