'use strict';
// DataViews: napi_create_dataview (with Node's RangeError), napi_is_dataview,
// napi_get_dataview_info.
const assert = require('assert');
const d = require('./build/dataviews.node');

const ok = 0, invalid_arg = 1, pending_exception = 10;
const major = Number(process.versions.node.split('.')[0]);
const RANGE_MESSAGE = 'byte_offset + byte_length should be less than or equal to ' +
  'the size in bytes of the array passed in';
const assertRangeError = (r) => {
  assert.strictEqual(r.status.status, pending_exception);
  assert.ok(r.status.exception instanceof RangeError);
  assert.strictEqual(r.status.exception.code, 'ERR_NAPI_INVALID_DATAVIEW_ARGS');
  assert.strictEqual(r.status.exception.message, RANGE_MESSAGE);
};

const ab = new ArrayBuffer(64);
const dv = d.create(ab, 8, 16);
assert.ok(dv instanceof DataView);
assert.strictEqual(dv.buffer, ab);
assert.strictEqual(dv.byteOffset, 8);
assert.strictEqual(dv.byteLength, 16);
assert.strictEqual(d.isDataView(dv), true);
assert.deepStrictEqual(d.info(dv), { byteLength: 16, byteOffset: 8, buffer: ab, dataOffset: 8 });
dv.setUint8(0, 123); // shares the buffer's memory
assert.strictEqual(new Uint8Array(ab)[8], 123);

// The whole buffer, an empty view at the end; one byte more is an error.
assert.strictEqual(d.create(ab, 0, 64).byteLength, 64);
assert.strictEqual(d.create(ab, 64, 0).byteLength, 0);
assert.strictEqual(d.create(ab, 3, 5).byteOffset, 3); // no alignment rule
assertRangeError(d.create(ab, 0, 65));
assertRangeError(d.create(ab, 65, 0));
assertRangeError(d.create(ab, 60, 5));
assertRangeError(d.create(ab, 2 ** 62, 2 ** 62));

// A SharedArrayBuffer: accepted since Node 22 (nari follows), not by Node 20.
const sab = new SharedArrayBuffer(8);
const shared = d.create(sab, 2, 4);
if (major >= 22) {
  assert.ok(shared instanceof DataView);
  assert.strictEqual(shared.buffer, sab);
  assert.deepStrictEqual(d.info(shared), { byteLength: 4, byteOffset: 2, buffer: sab, dataOffset: 2 });
  assertRangeError(d.create(sab, 4, 5));
} else {
  assert.deepStrictEqual(shared, { status: invalid_arg });
}

// Not buffers.
for (const v of [{}, [], 1, 'ab', null, new Uint8Array(8), new DataView(ab)]) {
  assert.deepStrictEqual(d.create(v, 0, 1), { status: invalid_arg });
}

// napi_is_dataview
assert.strictEqual(d.isDataView(new DataView(ab, 1)), true);
for (const v of [ab, sab, new Uint8Array(2), [], {}, 1, null, undefined]) {
  assert.strictEqual(d.isDataView(v), false);
}

// napi_get_dataview_info on views made in JS.
assert.deepStrictEqual(d.info(new DataView(ab, 3, 5)), { byteLength: 5, byteOffset: 3, buffer: ab, dataOffset: 3 });
const own = new DataView(new ArrayBuffer(4));
assert.deepStrictEqual(d.info(own), { byteLength: 4, byteOffset: 0, buffer: own.buffer, dataOffset: 0 });
for (const v of [ab, sab, new Uint8Array(2), {}, [], 1]) {
  assert.deepStrictEqual(d.info(v), { status: invalid_arg });
}
// Each out-pointer is optional and gives the same value alone.
assert.deepStrictEqual(d.infoOneAtATime(new DataView(ab, 16, 2)), [ok, ok, ok, ok, ok]);

// A detached buffer (napi_detach_arraybuffer, from the arraybuffers area's
// addon): the view reports nothing left; only empty views can be made on it.
const arraybuffers = require('../arraybuffers/build/arraybuffers.node');
const victim = new ArrayBuffer(8);
const onVictim = d.create(victim, 2, 4);
assert.strictEqual(arraybuffers.detach(victim), ok);
assert.deepStrictEqual(d.info(onVictim), { byteLength: 0, byteOffset: 0, buffer: victim, dataOffset: 0 });
assert.deepStrictEqual(d.infoOneAtATime(onVictim), [ok, ok, ok, ok, ok]);
assert.ok(d.create(victim, 0, 0) instanceof DataView);
assertRangeError(d.create(victim, 0, 1));

// NULL and wrong-type arguments.
assert.deepStrictEqual(d.nulls(dv, ab, {}), [
  invalid_arg, // create: arraybuffer NULL
  invalid_arg, // create: result NULL
  invalid_arg, // create: not a buffer
  invalid_arg, // create: a DataView is not a buffer
  invalid_arg, invalid_arg, // is_dataview: value / result NULL
  invalid_arg, // info: NULL
  invalid_arg, // info: object
  invalid_arg, // info: ArrayBuffer
]);
assert.deepStrictEqual(d.nullEnv(dv, ab), [1, 1, 1]);
// With an exception pending, create refuses; the readers work.
assert.deepStrictEqual(d.withPending(dv, ab), [pending_exception, ok, ok]);
console.log('dataviews: ok');
