'use strict';
// node_api_create_buffer_from_arraybuffer: a Buffer sharing an ArrayBuffer's memory.
const assert = require('assert');
if (Number(process.versions.napi) < 10) {
  console.log('SKIPPED (needs Node-API 10): node_api_create_buffer_from_arraybuffer');
  process.exit(0);
}
const a = require('./build/from_arraybuffer.node');
const invalid_arg = 1;

const ab = new ArrayBuffer(8);
new Uint8Array(ab).set([1, 2, 3, 4, 5, 6, 7, 8]);
const b = a.fromArrayBuffer(ab, 2, 4);
assert.ok(Buffer.isBuffer(b));
assert.deepStrictEqual([...b], [3, 4, 5, 6]);
b[0] = 99;
assert.strictEqual(new Uint8Array(ab)[2], 99); // shared memory
assert.strictEqual(a.fromArrayBuffer(ab, 8, 0).length, 0);

assert.throws(() => a.fromArrayBuffer(ab, 4, 5), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
// Not an ArrayBuffer: napi_invalid_arg (what Node 26 returns).
assert.strictEqual(a.fromArrayBuffer(new Uint8Array(4), 0, 1), invalid_arg);
assert.deepStrictEqual(a.nullArgs(ab), [invalid_arg, invalid_arg]);
console.log('buffer from arraybuffer: ok');
