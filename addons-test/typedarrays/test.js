'use strict';
// TypedArrays: napi_create_typedarray for every type, Node's RangeErrors,
// napi_is_typedarray, napi_get_typedarray_info.
const assert = require('assert');
const t = require('./build/typedarrays.node');

const ok = 0, invalid_arg = 1, generic_failure = 9, pending_exception = 10;
const major = Number(process.versions.node.split('.')[0]);
const TYPES = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
  Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
const napi_float16_array = 11;

// Every napi_typedarray_type, at an offset, viewing the given buffer.
const ab = new ArrayBuffer(64);
TYPES.forEach((Type, type) => {
  const size = Type.BYTES_PER_ELEMENT;
  const ta = t.create(type, ab, 8, 3);
  assert.ok(ta instanceof Type, Type.name);
  assert.strictEqual(ta.buffer, ab);
  assert.strictEqual(ta.byteOffset, 8);
  assert.strictEqual(ta.length, 3);
  assert.strictEqual(ta.byteLength, 3 * size);
  assert.strictEqual(t.isTypedArray(ta), true);
  const info = t.info(ta);
  assert.strictEqual(info.type, type);
  assert.strictEqual(info.length, 3);
  assert.strictEqual(info.byteOffset, 8);
  assert.strictEqual(info.buffer, ab);
  assert.strictEqual(info.dataOffset, 8); // data points at byte_offset
  // Up to the end of the buffer is fine; one element more is not.
  const last = t.create(type, ab, 64 - 2 * size, 2);
  assert.strictEqual(last.length, 2);
  assert.strictEqual(t.create(type, ab, 64, 0).length, 0);
  const tooLong = t.create(type, ab, 64 - 2 * size, 3);
  assert.strictEqual(tooLong.status.status, generic_failure);
  assert.ok(tooLong.status.exception instanceof RangeError);
  assert.strictEqual(tooLong.status.exception.code, 'ERR_NAPI_INVALID_TYPEDARRAY_LENGTH');
  assert.strictEqual(tooLong.status.exception.message, 'Invalid typed array length');
  // A misaligned offset, for multi-byte elements.
  if (size > 1) {
    const bad = t.create(type, ab, size + 1, 1);
    assert.strictEqual(bad.status.status, generic_failure);
    assert.ok(bad.status.exception instanceof RangeError);
    assert.strictEqual(bad.status.exception.code, 'ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT');
    assert.strictEqual(bad.status.exception.message,
      `start offset of ${Type.name} should be a multiple of ${size}`);
  } else {
    assert.strictEqual(t.create(type, ab, 3, 1).byteOffset, 3);
  }
});

// The view shares memory with the buffer.
const i32 = t.create(5, ab, 4, 2);
i32[1] = -2;
assert.deepStrictEqual([...new Uint8Array(ab, 8, 4)], [254, 255, 255, 255]);

// The alignment check comes before the length check.
assert.strictEqual(t.create(5, ab, 2, 1000).status.exception.code,
  'ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT');
// Offset past the end.
assert.strictEqual(t.create(1, ab, 65, 0).status.exception.code,
  'ERR_NAPI_INVALID_TYPEDARRAY_LENGTH');

// napi_float16_array: V8 10.2 (nari) has no Float16Array, so it is an
// unknown type; Node 26 (whose V8 has it) makes one.
const f16 = t.create(napi_float16_array, ab, 8, 2);
if (typeof Float16Array === 'function' && major >= 24) {
  assert.ok(f16 instanceof Float16Array);
  assert.strictEqual(t.info(f16).type, napi_float16_array);
} else {
  assert.deepStrictEqual(f16, { status: invalid_arg });
}
// Unknown types.
assert.deepStrictEqual(t.create(12, ab, 0, 1), { status: invalid_arg });
assert.deepStrictEqual(t.create(1000, ab, 0, 1), { status: invalid_arg });

// A SharedArrayBuffer: accepted since Node 22 (nari follows), not by Node 20.
const sab = new SharedArrayBuffer(16);
const shared = t.create(6, sab, 4, 2);
if (major >= 22) {
  assert.ok(shared instanceof Uint32Array);
  assert.strictEqual(shared.buffer, sab);
  const info = t.info(shared);
  assert.strictEqual(info.buffer, sab);
  assert.strictEqual(info.dataOffset, 4);
  assert.strictEqual(t.create(6, sab, 2, 1).status.exception.code,
    'ERR_NAPI_INVALID_TYPEDARRAY_ALIGNMENT');
} else {
  assert.deepStrictEqual(shared, { status: invalid_arg });
}

// Not buffers.
for (const v of [{}, [], 1, 'ab', null, new Uint8Array(8), new DataView(ab)]) {
  assert.deepStrictEqual(t.create(1, v, 0, 1), { status: invalid_arg });
}

// napi_is_typedarray
for (const Type of TYPES) assert.strictEqual(t.isTypedArray(new Type(2)), true);
for (const v of [ab, sab, new DataView(ab), [], {}, 1, null, undefined]) {
  assert.strictEqual(t.isTypedArray(v), false);
}

// napi_get_typedarray_info on arrays made in JS, including on-heap ones.
const u16 = new Uint16Array(4);
assert.deepStrictEqual(t.info(u16), { type: 4, length: 4, byteOffset: 0, buffer: u16.buffer, dataOffset: 0 });
const small = new Float64Array([1.5, 2.5]);
const smallInfo = t.info(small);
assert.strictEqual(smallInfo.buffer, small.buffer);
assert.strictEqual(smallInfo.length, 2);
const sub = new Int32Array(ab, 12, 3);
assert.deepStrictEqual(t.info(sub), { type: 5, length: 3, byteOffset: 12, buffer: ab, dataOffset: 12 });
for (const v of [ab, sab, new DataView(ab), {}, [], 1]) {
  assert.deepStrictEqual(t.info(v), { status: invalid_arg });
}
// Each out-pointer is optional and gives the same value alone.
assert.deepStrictEqual(t.infoOneAtATime(new Float64Array(ab, 16, 2)), [ok, ok, ok, ok, ok, ok]);
assert.deepStrictEqual(t.infoOneAtATime(new Uint8Array(3)), [ok, ok, ok, ok, ok, ok]);

// A detached buffer: the view is empty; only empty views can be made on it.
const victim = new ArrayBuffer(8);
const onVictim = t.create(1, victim, 2, 4);
// Detached with napi_detach_arraybuffer (the arraybuffers area's addon).
const arraybuffers = require('../arraybuffers/build/arraybuffers.node');
assert.strictEqual(arraybuffers.detach(victim), ok);
assert.deepStrictEqual(t.info(onVictim), { type: 1, length: 0, byteOffset: 0, buffer: victim, dataOffset: 0 });
assert.strictEqual(t.create(1, victim, 0, 0).length, 0);
assert.strictEqual(t.create(1, victim, 0, 1).status.exception.code,
  'ERR_NAPI_INVALID_TYPEDARRAY_LENGTH');

// NULL and wrong-type arguments.
assert.deepStrictEqual(t.nulls(new Uint8Array(2), ab, {}), [
  invalid_arg, // create: arraybuffer NULL
  invalid_arg, // create: result NULL
  invalid_arg, // create: not a buffer
  invalid_arg, // create: a TypedArray is not a buffer
  invalid_arg, invalid_arg, // create: unknown types
  invalid_arg, invalid_arg, // is_typedarray: value / result NULL
  invalid_arg, // info: NULL
  invalid_arg, // info: object
  invalid_arg, // info: ArrayBuffer
]);
assert.deepStrictEqual(t.nullEnv(new Uint8Array(2), ab), [1, 1, 1]);
// With an exception pending, create refuses; the readers work.
assert.deepStrictEqual(t.withPending(new Uint8Array(2), ab), [pending_exception, ok, ok]);
console.log('typedarrays: ok');
