'use strict';
// Flags: --expose-gc
// External ArrayBuffers: V8 uses the addon's memory; the finalizer runs
// exactly once — after the buffer is collected or detached, or at the end of
// the process — never inside the call that releases the buffer. The addon
// checks the final counts in an atexit handler (exit status 1 on mismatch).
const assert = require('assert');
const a = require('./build/arraybuffers.node');

const ok = 0, generic_failure = 9;
const major = Number(process.versions.node.split('.')[0]);
const counts = () => a.finalizeCounts().slice(0, 8);

// Slot 0: kept alive to the end; finalized at teardown.
const kept = a.createExternal(0, 16, true);
assert.ok(kept instanceof ArrayBuffer);
assert.strictEqual(kept.byteLength, 16);
assert.strictEqual(a.externalData(kept, 0), true); // same memory, no copy
assert.deepStrictEqual([...new Uint8Array(kept)].slice(0, 4), [0, 1, 2, 3]);
new Uint8Array(kept)[1] = 77; // JS writes land in the addon's memory
assert.strictEqual(a.readByte(kept, 1), 77);
assert.strictEqual(a.isArrayBuffer(kept), true);

// Slot 1: detached; the finalizer is queued, not run inside the detach.
const detached = a.createExternal(1, 8, true);
assert.strictEqual(a.detach(detached), ok);
assert.strictEqual(a.isDetached(detached), true);
assert.deepStrictEqual(counts(), [0, 0, 0, 0, 0, 0, 0, 0]);

// Slot 2: zero-length.
assert.strictEqual(a.createExternal(2, 0, true).byteLength, 0);

// Slot 3: no finalizer; the memory is still used.
const nofin = a.createExternal(3, 4, false);
assert.deepStrictEqual([...new Uint8Array(nofin)], [48, 49, 50, 51]);

// Slot 4: collected (in a function so nothing keeps it).
(function () {
  const lost = a.createExternal(4, 16, true);
  assert.strictEqual(lost.byteLength, 16);
})();
global.gc();
global.gc();

// Slot 5: a TypedArray keeps the buffer (and the memory) alive.
const u = new Uint8Array(a.createExternal(5, 16, true));
global.gc();
assert.strictEqual(u[3], 5 * 16 + 3);

// Nothing ran synchronously.
assert.deepStrictEqual(counts(), [0, 0, 0, 0, 0, 0, 0, 0]);
assert.strictEqual(a.finalizeCounts()[8], 0); // no finalizer saw wrong data

// Slot 6: too long for any buffer: Node's ERR_BUFFER_TOO_LARGE, and the
// finalizer runs at once since no buffer will ever own the memory.
const huge = a.createHuge(6);
assert.strictEqual(huge.status, generic_failure);
assert.ok(huge.exception instanceof Error);
assert.strictEqual(huge.exception.code, 'ERR_BUFFER_TOO_LARGE');
const limit = major >= 22 ? '0x1fffffffffffff' : '0x100000000';
assert.strictEqual(huge.exception.message, `Cannot create a Buffer larger than ${limit} bytes`);
assert.deepStrictEqual(counts(), [0, 0, 0, 0, 0, 0, 1, 0]);

// Many short-lived buffers, collected (V8 may free their memory on other
// threads): each finalizer runs once, none inside the calls.
for (let i = 0; i < 20; i++) {
  assert.strictEqual(a.createMany(500), 0);
  global.gc();
}

a.expectAtExit([1, 1, 1, 0, 1, 1, 1, 0]);
console.log('arraybuffers external: ok (finalizers are checked at exit)');
