'use strict';
// node_api_create_syntax_error / node_api_throw_syntax_error (Node-API 9).
const assert = require('assert');
const a = require('./build/syntax_errors.node');
const invalid_arg = 1, string_expected = 3;

const e = a.createSyntaxError('E_CODE', 'oops');
assert.ok(e instanceof SyntaxError);
assert.strictEqual(e.message, 'oops');
assert.strictEqual(e.code, 'E_CODE');
const plain = a.createSyntaxError(undefined, 'no code');
assert.ok(plain instanceof SyntaxError);
assert.strictEqual('code' in plain, false);

assert.throws(() => a.throwSyntaxError(true), { name: 'SyntaxError', message: 'bad syntax', code: 'E_SYNTAX' });
assert.throws(() => a.throwSyntaxError(false), (err) => err instanceof SyntaxError && !('code' in err));

assert.deepStrictEqual(a.syntaxErrorNulls(), [invalid_arg, invalid_arg, string_expected, string_expected, invalid_arg]);
console.log('syntax errors: ok');
