'use strict';
// Closing a scope when none is open: napi_handle_scope_mismatch (13).
// (Node does not record this status in napi_get_last_error_info.)
const assert = require('assert');
const a = require('./build/scopes.node');

const handle_scope_mismatch = 13;
assert.deepStrictEqual(a.closeTwice(), [handle_scope_mismatch, handle_scope_mismatch]);
// Still usable afterwards.
assert.deepStrictEqual(a.escapeOne(), { escaped: 1 });

console.log('scopes mismatch: ok');
