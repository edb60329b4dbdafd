// process.env: strings only; assigning converts to a string; delete removes.
'use strict';
const assert = require('assert');

const key = 'NARI_TEST_ENV_VARIABLE';
assert.strictEqual(process.env[key], undefined);
assert.ok(!(key in process.env));

process.env[key] = 1;
assert.strictEqual(process.env[key], '1');
assert.ok(key in process.env);
assert.ok(Object.keys(process.env).includes(key));

process.env[key] = undefined;
assert.strictEqual(process.env[key], 'undefined');
process.env[key] = { toString: () => 'custom' };
assert.strictEqual(process.env[key], 'custom');
process.env[key] = true;
assert.strictEqual(process.env[key], 'true');

assert.throws(() => { process.env[key] = Symbol('s'); }, TypeError);
assert.strictEqual(process.env[key], 'true');

assert.strictEqual(delete process.env[key], true);
assert.strictEqual(process.env[key], undefined);
assert.ok(!(key in process.env));
assert.strictEqual(delete process.env[key], true);

// JSON and spreading see plain string values.
const copy = { ...process.env };
assert.strictEqual(copy.PATH, process.env.PATH);
assert.strictEqual(JSON.parse(JSON.stringify(process.env)).PATH, process.env.PATH);
