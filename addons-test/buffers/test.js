'use strict';
// Buffers made by an addon are real Buffer instances.
const assert = require('assert');
const a = require('./build/buffers.node');
const ok = 0, invalid_arg = 1;

const b = a.create(8);
assert.ok(Buffer.isBuffer(b));
assert.ok(b instanceof Uint8Array);
assert.strictEqual(Object.getPrototypeOf(b), Buffer.prototype);
assert.strictEqual(b.length, 8);
// The memory is uninitialized in Node (nari zero-fills it): check what was written.
assert.strictEqual(b[0], 0xab);
b.fill(1, 1);
assert.strictEqual(b.toString('hex'), 'ab01010101010101');
assert.strictEqual(a.create(0).length, 0);

const c = a.copy();
assert.ok(Buffer.isBuffer(c));
assert.strictEqual(c.toString(), 'hello');

const e = a.external();
assert.ok(Buffer.isBuffer(e));
assert.strictEqual(e.toString('latin1'), 'external bytes');

assert.deepStrictEqual(a.getInfo(Buffer.from('xyz')), [3, 'x'.charCodeAt(0)]);
assert.deepStrictEqual(a.getInfo(Buffer.from('abcdef').subarray(2, 5)), [3, 'c'.charCodeAt(0)]);
// As in Node, any ArrayBuffer view counts as a buffer here.
assert.deepStrictEqual(a.getInfo(new Uint16Array([7, 8])), [4, 7]);
assert.deepStrictEqual(a.getInfo(new DataView(new ArrayBuffer(2))), [2, 0]);
assert.strictEqual(a.isBuffer(b), true);
assert.strictEqual(a.isBuffer(new Float64Array(1)), true);
assert.strictEqual(a.isBuffer(new ArrayBuffer(1)), false);
assert.strictEqual(a.isBuffer('buffer'), false);

assert.deepStrictEqual(a.nullArgs(), [invalid_arg, ok, invalid_arg, invalid_arg, invalid_arg, invalid_arg, ok,
  invalid_arg, invalid_arg]);
console.log('buffers: ok');
