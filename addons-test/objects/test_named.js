'use strict';
// napi_set/get/has_named_property with names from one reused C buffer (the
// addon converts each JS string into the same stack array): nari caches
// property keys by their bytes, so every name must still reach its own
// property — around the cache's length limit, for many names sharing
// buckets, and for names that differ in their last byte only.
const assert = require('assert');
const a = require('./build/objects.node');

const OK = { ok: true };
const val = (value) => ({ ok: true, value });

const o = {};
const names = [];
for (const length of [1, 2, 7, 8, 31, 32, 33, 64, 100]) {
  for (const last of 'abc') names.push('k'.repeat(length - 1) + last);
}
for (let i = 0; i < 3000; i++) names.push(`name${i}`);  // more names than buckets
names.push('ünï', 'ü', 'x\u00e9');
names.forEach((name, i) => assert.deepStrictEqual(a.setNamed(o, name, i), OK, name));
names.forEach((name, i) => {
  assert.deepStrictEqual(a.getNamed(o, name), val(i), name);
  assert.strictEqual(o[name], i, name);
  assert.deepStrictEqual(a.hasNamed(o, name), val(true), name);
});
assert.deepStrictEqual(Object.keys(o).length, names.length);
assert.deepStrictEqual(a.getNamed(o, 'k'.repeat(31) + 'd'), val(undefined));
assert.deepStrictEqual(a.hasNamed(o, 'k'.repeat(32) + 'd'), val(false));
