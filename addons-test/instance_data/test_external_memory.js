'use strict';
// napi_adjust_external_memory writes V8's adjusted total of external memory.
const assert = require('assert');
const a = require('./build/external_memory.node');
const ok = 0, invalid_arg = 1;

const base = a.adjust(0);
assert.ok(Number.isInteger(base) && base >= 0);
assert.strictEqual(a.adjust(1024) - base, 1024);
assert.strictEqual(a.adjust(1 << 20) - base, 1024 + (1 << 20));
assert.strictEqual(a.adjust(-(1 << 20)) - base, 1024);
assert.strictEqual(a.adjust(-1024), base);
assert.strictEqual(a.adjust(0), base);

// NULL out-pointer; NULL env; it runs no JS, so it works with an exception pending.
assert.deepStrictEqual(a.nulls(), [invalid_arg, ok, ok]);
console.log('external memory: ok');
