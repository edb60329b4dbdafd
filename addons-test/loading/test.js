'use strict';
// Module registration paths and init return values.
const assert = require('assert');
const path = require('path');

// (a) napi_register_module_v1 (NAPI_MODULE_INIT).
const mod = require('./build/loading.node');
assert.strictEqual(typeof mod, 'object');
assert.strictEqual(mod.hello(), 'hello from napi_register_module_v1');
assert.strictEqual(mod.initCalls(), 1);

// (j) Requiring again returns the cached exports; init is not re-run.
assert.strictEqual(require('./build/loading.node'), mod);
assert.strictEqual(require(path.join(__dirname, 'build', 'loading.node')), mod);
assert.strictEqual(mod.initCalls(), 1);

// (b) Legacy napi_module_register() from a load-time constructor.
const legacy = require('./build/legacy.node');
assert.deepStrictEqual(legacy, { registeredBy: 'legacy' });
assert.strictEqual(require('./build/legacy.node'), legacy);

// (c) Init throws: require() throws exactly that error.
const initThrows = (e) => {
  assert.ok(e instanceof Error);
  assert.strictEqual(e.message, 'init_throws: init failed on purpose');
  assert.strictEqual(e.code, 'E_INIT_FAILED');
  return true;
};
assert.throws(() => require('./build/init_throws.node'), initThrows);
// A failed load is not cached: it throws again.
assert.throws(() => require('./build/init_throws.node'), initThrows);

// (d) Init returns NULL: require() returns the original exports object,
// including what init put on it.
const initNull = require('./build/init_null.node');
assert.strictEqual(typeof initNull, 'object');
assert.deepStrictEqual(initNull, { touched: true });
assert.strictEqual(require('./build/init_null.node'), initNull);

// (e) Init returns another value: require() returns it.
const fn = require('./build/init_function.node');
assert.strictEqual(typeof fn, 'function');
assert.strictEqual(fn.name, 'answer');
assert.strictEqual(fn(), 42);
assert.strictEqual(fn.original, undefined);
assert.strictEqual(require('./build/init_function.node'), fn);

// (i) Missing file.
assert.throws(() => require('./build/does_not_exist.node'), (e) => {
  assert.ok(e instanceof Error);
  assert.strictEqual(e.code, 'MODULE_NOT_FOUND');
  return true;
});

console.log('loading: ok');
