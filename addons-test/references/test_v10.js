'use strict';
// Flags: --expose-gc
// References under Node-API 10: any value can be referenced; values that
// cannot be held weakly (primitives) are released when the count reaches 0.
if (Number(process.versions.napi) < 10) {
  console.log('SKIPPED (needs Node-API 10): references to primitive values');
  process.exit(0);
}
const assert = require('assert');
const a = require('./build/references_v10.node');
const ok = 0, generic_failure = 9;

const primitives = [1, 1.5, 'text', true, false, undefined, null, 10n, -0];
for (const value of primitives) {
  assert.strictEqual(a.createStatus(value, 1), ok, String(value));
  assert.strictEqual(a.createStatus(value, 0), ok, String(value));
}

// Held while the count is above 0.
for (const value of primitives) {
  const slot = a.create(value, 1);
  gc();
  assert.deepStrictEqual(a.get(slot), { value }, String(value));
  assert.deepStrictEqual(a.ref(slot), [ok, 2]);
  assert.deepStrictEqual(a.unref(slot), [ok, 1]);
  // At 0 the value is released at once (no gc needed) ...
  assert.deepStrictEqual(a.unref(slot), [ok, 0]);
  assert.strictEqual(a.get(slot), null, String(value));
  // ... and cannot come back.
  assert.deepStrictEqual(a.ref(slot), [ok, 0]);
  assert.deepStrictEqual(a.unref(slot), [generic_failure, -1]);
  assert.strictEqual(a.del(slot), ok);
}

// Created with count 0: never holds the value.
const weakPrimitive = a.create('text', 0);
assert.strictEqual(a.get(weakPrimitive), null);
assert.strictEqual(a.del(weakPrimitive), ok);

// Objects behave as below version 10.
const kept = {};
const objectRef = a.create(kept, 0);
assert.strictEqual(a.get(objectRef).value, kept);
const gone = (() => a.create({}, 0))();
gc();
assert.strictEqual(a.get(gone), null);
assert.strictEqual(a.del(objectRef), ok);
assert.strictEqual(a.del(gone), ok);
console.log('references (Node-API 10): ok');
