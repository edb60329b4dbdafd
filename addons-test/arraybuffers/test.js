'use strict';
// ArrayBuffers: creation, info, type checks, detaching, argument checks.
const assert = require('assert');
const a = require('./build/arraybuffers.node');

const ok = 0, invalid_arg = 1, pending_exception = 10,
  arraybuffer_expected = 19, detachable_arraybuffer_expected = 20;
const major = Number(process.versions.node.split('.')[0]);

// napi_create_arraybuffer: zeroed memory, writable through the data pointer.
const ab = a.create(8);
assert.ok(ab instanceof ArrayBuffer);
assert.strictEqual(ab.byteLength, 8);
assert.deepStrictEqual([...new Uint8Array(ab)], [0, 1, 2, 3, 4, 5, 6, 7]);
const plain = a.createNoData(16); // NULL data out-pointer
assert.strictEqual(plain.byteLength, 16);
assert.ok(new Uint8Array(plain).every((b) => b === 0));
assert.strictEqual(a.create(0).byteLength, 0);
assert.notStrictEqual(a.create(1), a.create(1));

// napi_get_arraybuffer_info: the data pointer is the buffer's memory.
assert.strictEqual(a.byteLength(ab), 8);
assert.strictEqual(a.byteLength(new ArrayBuffer(3)), 3);
assert.strictEqual(a.readByte(ab, 5), 5);
new Uint8Array(ab)[6] = 200;
assert.strictEqual(a.readByte(ab, 6), 200);
a.writeByte(ab, 7, 99);
assert.strictEqual(new Uint8Array(ab)[7], 99);
const js = new ArrayBuffer(4);
a.writeByte(js, 0, 42);
assert.strictEqual(new Uint8Array(js)[0], 42);
for (const notBuffer of [{}, 1, 'x', null, new Uint8Array(4), new DataView(ab), []]) {
  assert.deepStrictEqual(a.byteLength(notBuffer), { status: invalid_arg });
}
// A SharedArrayBuffer: info works since Node 22 (nari follows); Node 20 refuses.
const sab = new SharedArrayBuffer(4);
new Uint8Array(sab)[2] = 7;
if (major >= 22) {
  assert.strictEqual(a.byteLength(sab), 4);
  assert.strictEqual(a.readByte(sab, 2), 7);
} else {
  assert.deepStrictEqual(a.byteLength(sab), { status: invalid_arg });
}

// napi_is_arraybuffer
assert.strictEqual(a.isArrayBuffer(ab), true);
assert.strictEqual(a.isArrayBuffer(new ArrayBuffer(0)), true);
for (const v of [sab, new Uint8Array(2), new DataView(ab), {}, [], 1, 'ab', null, undefined]) {
  assert.strictEqual(a.isArrayBuffer(v), false);
}

// napi_detach_arraybuffer / napi_is_detached_arraybuffer
const victim = a.create(4);
const view = new Uint8Array(victim);
assert.strictEqual(a.isDetached(victim), false);
assert.strictEqual(a.detach(victim), ok);
assert.strictEqual(a.isDetached(victim), true);
assert.strictEqual(victim.byteLength, 0);
assert.strictEqual(view.length, 0);
assert.strictEqual(a.byteLength(victim), 0);
assert.strictEqual(a.detach(victim), ok); // detaching again is fine
assert.strictEqual(a.detach(new ArrayBuffer(2)), ok);
// A WebAssembly memory's buffer cannot be detached.
const memory = new WebAssembly.Memory({ initial: 1 });
assert.strictEqual(a.detach(memory.buffer), detachable_arraybuffer_expected);
assert.strictEqual(a.isDetached(memory.buffer), false);
assert.strictEqual(memory.buffer.byteLength, 65536);
// Not ArrayBuffers.
for (const v of [sab, {}, new Uint8Array(4), 1, null]) {
  assert.strictEqual(a.detach(v), arraybuffer_expected);
  assert.strictEqual(a.isDetached(v), false);
}

// NULL and wrong-type arguments.
assert.deepStrictEqual(a.nulls(ab, {}), [
  invalid_arg, // create_arraybuffer: result NULL
  ok, // create_external_arraybuffer: result NULL is accepted (as in Node)
  invalid_arg, // get_arraybuffer_info: value NULL
  invalid_arg, // get_arraybuffer_info: not an ArrayBuffer
  ok, // get_arraybuffer_info: both out-pointers NULL
  invalid_arg, invalid_arg, // is_arraybuffer: value / result NULL
  invalid_arg, // detach: NULL
  arraybuffer_expected, // detach: object
  invalid_arg, invalid_arg, // is_detached: value / result NULL
  ok, // create_arraybuffer(0, data NULL)
  ok, // create_external_arraybuffer(NULL, 0)
]);
assert.deepStrictEqual(a.nullEnv(ab), [1, 1, 1, 1, 1, 1]);

// With an exception pending, the creators refuse; the readers work.
assert.deepStrictEqual(a.withPending(ab), [
  pending_exception, pending_exception, ok, ok, ok,
]);
console.log('arraybuffers: ok');
