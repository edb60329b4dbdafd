'use strict';
// Externals carry a native pointer through JS unchanged.
const assert = require('assert');
const a = require('./build/externals.node');
const ok = 0, invalid_arg = 1;

const x = a.makeExternal(0);
const y = a.makeExternal(1);
assert.strictEqual(typeof x, 'object');
assert.strictEqual(Object.getPrototypeOf(x), null);
assert.strictEqual(a.readExternal(x), 1);
assert.strictEqual(a.readExternal(y), 2);
assert.notStrictEqual(x, a.makeExternal(0)); // a new value each time
assert.deepStrictEqual(a.externalNulls(x), [invalid_arg, invalid_arg, invalid_arg, invalid_arg, ok]);
console.log('externals: ok');
