'use strict';
// SharedArrayBuffers (NAPI_EXPERIMENTAL): node_api_create_sharedarraybuffer,
// node_api_is_sharedarraybuffer, and napi_get_arraybuffer_info on them.
const assert = require('assert');
const s = require('./build/sharedarraybuffers.node');

if (!s.supported()) {
  console.log('SKIPPED (needs node_api_create_sharedarraybuffer, Node >= 22.21 / 24.9): ' +
    `SharedArrayBuffer tests, this runtime (Node ${process.versions.node}) lacks them`);
  process.exit(0);
}

const ok = 0, invalid_arg = 1, pending_exception = 10, arraybuffer_expected = 19;

const sab = s.create(8);
assert.ok(sab instanceof SharedArrayBuffer);
assert.strictEqual(Object.prototype.toString.call(sab), '[object SharedArrayBuffer]');
assert.strictEqual(sab.byteLength, 8);
assert.deepStrictEqual([...new Uint8Array(sab)], [255, 254, 253, 252, 251, 250, 249, 248]);
const plain = s.createNoData(4);
assert.ok(plain instanceof SharedArrayBuffer);
assert.deepStrictEqual([...new Uint8Array(plain)], [0, 0, 0, 0]);
assert.strictEqual(s.createNoData(0).byteLength, 0);

// napi_get_arraybuffer_info sees the same memory.
assert.deepStrictEqual(s.info(sab, 1), [8, 254]);
new Uint8Array(sab)[3] = 9;
assert.deepStrictEqual(s.info(sab, 3), [8, 9]);
assert.deepStrictEqual(s.info(new SharedArrayBuffer(2), 0), [2, 0]);
assert.deepStrictEqual(s.info(new ArrayBuffer(3), 0), [3, 0]);

// node_api_is_sharedarraybuffer
assert.strictEqual(s.isShared(sab), true);
assert.strictEqual(s.isShared(new SharedArrayBuffer(1)), true);
for (const v of [new ArrayBuffer(1), new Uint8Array(sab), new DataView(sab), {}, 1, null]) {
  assert.strictEqual(s.isShared(v), false);
}

assert.deepStrictEqual(s.nulls(sab), [
  invalid_arg, // create: result NULL
  invalid_arg, invalid_arg, // is: value / result NULL
  arraybuffer_expected, // napi_detach_arraybuffer on a SharedArrayBuffer
  ok, // create(0, data NULL)
  ok, ok, // napi_is_arraybuffer: false
  ok, ok, // napi_is_detached_arraybuffer: false
]);
// NULL env, then with an exception pending: create refuses, is works.
assert.deepStrictEqual(s.nullEnvAndPending(sab), [invalid_arg, invalid_arg, pending_exception, ok]);
console.log('sharedarraybuffers: ok');
