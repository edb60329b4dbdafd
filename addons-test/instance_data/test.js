'use strict';
// Instance data: one pointer per addon (env), replaced without finalizing.
const assert = require('assert');
const a = require('./build/instance_data.node');
const b = require('./build/second_instance.node');
const ok = 0, invalid_arg = 1;

assert.strictEqual(a.get(), null); // none yet
assert.strictEqual(a.set(0, 100, true), ok);
assert.strictEqual(a.get(), 100);

// Replacing the data drops the old one without running its finalizer.
assert.strictEqual(a.set(1, 200, true), ok);
assert.strictEqual(a.get(), 200);
assert.strictEqual(a.finalizeCount(0), 0);
assert.strictEqual(a.set(2, 300, false), ok);
assert.strictEqual(a.get(), 300);
assert.strictEqual(a.finalizeCount(1), 0);

// Each addon has its own (the second addon has its own copy of the C statics).
assert.strictEqual(b.get(), null);
assert.strictEqual(b.set(0, 400, true), ok);
assert.strictEqual(b.get(), 400);
assert.strictEqual(a.get(), 300);

// NULL data is allowed and reads back as NULL.
assert.strictEqual(a.setNull(), ok);
assert.strictEqual(a.get(), null);
assert.strictEqual(a.set(3, 500, true), ok); // finalized at teardown

// NULL out-pointer, NULL env (set and get); neither runs JS, so both work
// while an exception is pending.
assert.deepStrictEqual(a.nulls(), [invalid_arg, ok, ok, ok]);
console.log('instance_data: ok');
