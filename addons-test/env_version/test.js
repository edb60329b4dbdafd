'use strict';
// napi_get_version, napi_get_node_version, napi_get_last_error_info
const assert = require('assert');
const addon = require('./build/env_version.node');

const ok = 0, invalid_arg = 1, boolean_expected = 7, number_expected = 6,
  string_expected = 3, array_expected = 8;

// napi_get_version reports the runtime's Node-API version.
assert.strictEqual(typeof addon.getVersion(), 'number');
assert.strictEqual(addon.getVersion(), Number(process.versions.napi));
assert.ok(addon.getVersion() >= 8);

// napi_get_node_version
const v = addon.getNodeVersion();
const [major, minor, patch] = process.versions.node.split('.').map(Number);
assert.strictEqual(v.major, major);
assert.strictEqual(v.minor, minor);
assert.strictEqual(v.patch, patch);
const release = (process.release && process.release.name) || 'node';
assert.strictEqual(v.release, release);
assert.strictEqual(addon.nodeVersionStable(), true);

// NULL result pointers.
assert.deepStrictEqual(addon.nullArgs(), [invalid_arg, invalid_arg, invalid_arg]);

// NULL env.
assert.deepStrictEqual(addon.nullEnv(),
                       [invalid_arg, invalid_arg, invalid_arg, invalid_arg]);

// napi_get_last_error_info after failures: code matches, message non-empty.
const cases = [
  [0, number_expected],
  [1, boolean_expected],
  [2, string_expected],
  [3, array_expected],
  [4, invalid_arg],
];
for (const [which, expected] of cases) {
  const info = addon.errorAfter(which);
  assert.strictEqual(info.status, expected, `case ${which}`);
  assert.strictEqual(info.code, expected, `case ${which}`);
  assert.strictEqual(typeof info.message, 'string', `case ${which}`);
  assert.ok(info.message.length > 0, `case ${which}`);
}
// Distinct failures have distinct messages.
const msgs = new Set(cases.map(([w]) => addon.errorAfter(w).message));
assert.strictEqual(msgs.size, cases.length);

// After a successful call the error is cleared (code napi_ok, no message).
assert.deepStrictEqual(addon.errorAfter(5),
                       { status: ok, code: ok, message: null });
assert.deepStrictEqual(addon.clearedAfterSuccess(),
                       { status: ok, code: ok, message: null });

// Reading the error info does not itself reset it.
assert.deepStrictEqual(addon.errorInfoIdempotent(),
                       [number_expected, number_expected, number_expected]);

console.log('env_version: ok');
