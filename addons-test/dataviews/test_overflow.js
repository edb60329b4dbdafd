'use strict';
// napi_create_dataview with byte_offset + byte_length overflowing size_t.
// Node adds them unchecked, so a wrapped sum passes its check and V8 aborts
// the process; nari reports the range as invalid. So this runs under nari
// only.
const assert = require('assert');
const d = require('./build/dataviews.node');

if (process.versions.nari === undefined) {
  console.log('SKIPPED under Node.js: it aborts the process on an overflowing ' +
    'napi_create_dataview byte_offset + byte_length (nari throws a RangeError instead)');
  process.exit(0);
}

const pending_exception = 10;
const ab = new ArrayBuffer(64);
for (const [offset, length] of [[2 ** 64, 1], [1, 2 ** 64], [2 ** 63, 2 ** 63]]) {
  const r = d.create(ab, offset, length);
  assert.strictEqual(r.status.status, pending_exception);
  assert.ok(r.status.exception instanceof RangeError);
  assert.strictEqual(r.status.exception.code, 'ERR_NAPI_INVALID_DATAVIEW_ARGS');
}
console.log('dataviews overflow: ok');
