'use strict';
// napi_get_buffer_info over every kind of view: nari reads the address of a
// typed array's first byte in place when its memory is off V8's heap (and
// asks V8 otherwise), so each kind, offset and memory location must give the
// byte JS sees first, and the length in bytes.
const assert = require('assert');
const a = require('./build/buffers.node');
const arraybuffers = require('../arraybuffers/build/arraybuffers.node');

function firstByte(view) {
  return view.byteLength ? new Uint8Array(view.buffer, view.byteOffset, 1)[0] : -1;
}
function same(view, label) {
  assert.deepStrictEqual(a.getInfo(view), [view.byteLength, firstByte(view)], label);
}

const bytes = (n, start) => Uint8Array.from({ length: n }, (_, i) => (start + i * 7) & 0xff);
const big = new ArrayBuffer(4096);
new Uint8Array(big).set(bytes(4096, 3));
const shared = new SharedArrayBuffer(64);
new Uint8Array(shared).set(bytes(64, 11));

const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
  Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array];
for (const Kind of kinds) {
  for (const offset of [0, 8, 64, 1024]) {
    same(new Kind(big, offset, 4), `${Kind.name} at ${offset}`);
    same(new Kind(shared, offset % 32, 2), `${Kind.name} over shared memory at ${offset % 32}`);
  }
  same(new Kind(3), `small ${Kind.name} (on V8's heap)`);
  same(new Kind(1000), `large ${Kind.name}`);
}
const small = new Uint8Array([42, 43, 44]);  // on V8's heap until asked for its buffer
same(small, 'small literal');
same(small.subarray(1), 'subarray of a small array');
same(Buffer.from('pooled'), 'a Buffer from the pool');
same(Buffer.from('pooled').subarray(2, 4), 'a slice of a pooled Buffer');
same(Buffer.alloc(10000, 9), 'a Buffer of its own');
same(Buffer.allocUnsafeSlow(5).fill(77), 'an unpooled small Buffer');
same(new DataView(big, 100, 8), 'a DataView');
same(new Uint8Array(new ArrayBuffer(0)), 'an empty view');

// After its buffer is detached, a view covers nothing.
const victim = new ArrayBuffer(16);
const views = [new Uint8Array(victim), new Float64Array(victim, 8, 1), new Uint8Array(victim, 4)];
views.forEach((view) => same(view, 'before detaching'));
assert.strictEqual(arraybuffers.detach(victim), 0);
views.forEach((view) => assert.deepStrictEqual(a.getInfo(view), [0, -1], 'detached'));

// napi_get_typedarray_info gives the same facts for each kind and memory
// location: length in elements, byte offset, the buffer itself, and data at
// that offset into the buffer's memory. (Not over a SharedArrayBuffer: the
// addon reads the buffer with napi_get_arraybuffer_info, which Node 20
// refuses for one.)
const typedarrays = require('../typedarrays/build/typedarrays.node');
function sameInfo(view, label) {
  const info = typedarrays.info(view);
  assert.strictEqual(info.length, view.length, label);
  assert.strictEqual(info.byteOffset, view.byteOffset, label);
  assert.strictEqual(info.buffer, view.buffer, label);
  assert.strictEqual(info.dataOffset, view.byteOffset, label);
}
for (const Kind of kinds) {
  sameInfo(new Kind(big, 16, 3), `${Kind.name} over a buffer`);
  sameInfo(new Kind(2), `small ${Kind.name}`);
}
sameInfo(Buffer.from('pool').subarray(1), 'a pooled Buffer');
const gone = new ArrayBuffer(8);
const goneView = new Uint16Array(gone, 2, 2);
arraybuffers.detach(gone);
assert.strictEqual(typedarrays.info(goneView).length, 0);
assert.strictEqual(typedarrays.info(goneView).byteOffset, 0);
assert.strictEqual(typedarrays.info(goneView).buffer, gone);
