'use strict';
// napi_create_arraybuffer for more bytes than an ArrayBuffer may hold.
// Node aborts the process (V8's fatal out-of-memory); nari throws the
// RangeError `new ArrayBuffer(n)` throws and returns napi_pending_exception.
// So this runs under nari only.
const assert = require('assert');
const a = require('./build/arraybuffers.node');

if (process.versions.nari === undefined) {
  console.log('SKIPPED under Node.js: it aborts the process when ' +
    'napi_create_arraybuffer cannot allocate (nari throws a RangeError instead)');
  process.exit(0);
}

const pending_exception = 10;
const r = a.createTooLong();
assert.strictEqual(r.status, pending_exception);
assert.ok(r.exception instanceof RangeError);
assert.strictEqual(r.exception.message, 'Invalid array buffer length');
assert.strictEqual(a.create(4).byteLength, 4); // still works afterwards
console.log('arraybuffers too long: ok');
