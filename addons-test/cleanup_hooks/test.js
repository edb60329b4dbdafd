'use strict';
// Registration statuses and the module's file name. The teardown order
// itself is checked by tests/teardown.rs (it prints after 'exit').
const assert = require('assert');
const path = require('path');
const a = require('./build/cleanup_hooks.node');
const ok = 0, invalid_arg = 1;

assert.deepStrictEqual(a.nullArgs(), [invalid_arg, invalid_arg, invalid_arg]);
assert.strictEqual(a.addHook(100), ok);
assert.strictEqual(a.removeHook(100), ok);
assert.strictEqual(a.addAsyncHook(101, true), ok);
assert.strictEqual(a.moduleFileName(), `file://${path.join(__dirname, 'build', 'cleanup_hooks.node')}`);
console.log('cleanup hooks: ok');
