'use strict';
// require() of an ES module (Node 20.19+ and 22.12+): .mjs files and .js
// files in a "type": "module" package give their namespace, evaluated
// synchronously; the same module instance as import() gives.
const assert = require('assert');
const path = require('path');

const dep = require('./fixtures/esm/dep.mjs');
assert.strictEqual(dep.value, 21);
assert.strictEqual(typeof dep.bump, 'function');
dep.bump();
assert.strictEqual(dep.counter, 1); // live binding

const typeModule = require('./fixtures/esm/type-module/index.js');
assert.strictEqual(typeModule.kind, 'esm');

// A .cjs file inside that package stays CommonJS.
assert.strictEqual(typeof require('./fixtures/esm/type-module/lib/helper.cjs'), 'object');

(async () => {
  const imported = await import(path.join(__dirname, 'fixtures/esm/dep.mjs'));
  assert.strictEqual(imported.counter, 1); // the same instance
  console.log('require(esm): ok');
})().catch((err) => { console.error(err); process.exit(1); });
