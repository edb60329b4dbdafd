// ES modules imported from CommonJS with import(): named and default
// exports, re-exports, live bindings, import.meta, cycles, top-level await,
// CommonJS and builtins seen as modules, createRequire to a native addon,
// "type": "module" scopes.
'use strict';
const assert = require('assert');
const path = require('path');

const fixtures = path.join(__dirname, 'fixtures', 'esm');
const url = (file) => `file://${path.join(fixtures, file)}`;

(async () => {
  // Exports, re-exports and a live binding.
  const basic = await import('./fixtures/esm/basic.mjs');
  assert.strictEqual(basic.default, 'basic default');
  assert.strictEqual(basic.value, 42);
  assert.strictEqual(basic.fromStar, 'star');
  assert.strictEqual(basic.renamed, 'renamed');
  assert.strictEqual(basic.renamedSource, 'renamed'); // export * includes it too
  assert.strictEqual(basic.counter, 0);
  assert.strictEqual(basic.increment(), 1);
  assert.strictEqual(basic.counter, 1); // a live binding
  assert.strictEqual(Object.prototype.toString.call(basic), '[object Module]');
  assert.strictEqual(Object.getPrototypeOf(basic), null);
  assert.throws(() => { basic.value = 1; }, TypeError);
  // Module code is strict, `this` is undefined, no CommonJS names.
  assert.strictEqual(basic.self, 'undefined');
  assert.strictEqual(basic.hasRequire, 'undefined');

  // import.meta.
  assert.strictEqual(basic.meta.url, url('basic.mjs'));
  assert.strictEqual(basic.meta.filename, path.join(fixtures, 'basic.mjs'));
  assert.strictEqual(basic.meta.dirname, fixtures);
  assert.strictEqual(Object.getPrototypeOf(basic.meta), null);
  assert.strictEqual(basic.meta.resolve('./dep.mjs'), url('dep.mjs'));
  assert.strictEqual(basic.meta.resolve('node:path'), 'node:path');
  assert.strictEqual(basic.meta.resolve('path'), 'node:path');

  // One instance per URL: importing again gives the same namespace, and the
  // module body ran once; a different query string is another instance.
  assert.strictEqual(await import('./fixtures/esm/basic.mjs'), basic);
  assert.strictEqual(await import(url('basic.mjs')), basic);
  const first = await import('./fixtures/esm/evaluations.mjs');
  assert.strictEqual(await import('./fixtures/esm/evaluations.mjs'), first);
  const again = await import('./fixtures/esm/evaluations.mjs?again');
  assert.notStrictEqual(again, first);
  assert.strictEqual(again.evaluations, first.evaluations + 1);

  // CommonJS from ESM: default is module.exports, named exports are its own
  // enumerable keys (but never `default`); builtins alike.
  const { results } = await import('./fixtures/esm/uses-cjs.mjs');
  const cjs = require('./fixtures/esm/commonjs.cjs');
  assert.strictEqual(results.cjs, cjs);
  assert.strictEqual(results.required, cjs);
  assert.strictEqual(results.alpha, 'a');
  assert.strictEqual(results.beta, 'b');
  assert.strictEqual(results.callable, 'called');
  assert.strictEqual(results.extra, 'extra');
  assert.strictEqual(results.path, path);
  assert.strictEqual(results.nodePath, path);
  assert.strictEqual(results.requiredPath, path);
  assert.strictEqual(results.join, path.join);
  const cjsNs = await import('./fixtures/esm/commonjs.cjs');
  assert.strictEqual(cjsNs.default, cjs);
  assert.strictEqual(cjsNs.alpha, 'a');
  assert.ok(!('hidden' in cjsNs));
  const pathNs = await import('node:path');
  assert.strictEqual(pathNs.default, path);
  assert.strictEqual(pathNs.join, path.join);
  assert.strictEqual(await import('path'), pathNs);
  // This very file, imported from itself.
  const selfNs = await import('./esm_import.test.js');
  assert.strictEqual(selfNs.default, module.exports);

  // A native addon through module.createRequire(import.meta.url).
  const addon = await import('./fixtures/esm/addon.mjs');
  assert.strictEqual(addon.greeting, 'Hello, esm, from a Node-API addon');
  assert.strictEqual(addon.sum, 42);

  // Cycles: both modules see each other's bindings once initialised.
  const cycle = await import('./fixtures/esm/cycle/a.mjs');
  assert.deepStrictEqual([cycle.a, cycle.b, cycle.seenFromB], ['a', 'b', 'a']);

  // Top-level await: the importer gets the namespace when it is done.
  const started = Date.now();
  const tla = await import('./fixtures/esm/tla.mjs');
  assert.ok(tla.after - tla.before >= 15, `${tla.after - tla.before}`);
  assert.ok(Date.now() - started >= 15);
  assert.deepStrictEqual(tla.steps, [1, 2, 3]);

  // import() inside a module resolves relative to the module.
  const dynamic = await import('./fixtures/esm/dynamic.mjs');
  assert.strictEqual(dynamic.loaded.value, 21);
  assert.strictEqual(dynamic.builtin.default, path);

  // "type": "module": .js files are modules; .cjs files are CommonJS.
  const typed = await import('./fixtures/esm/type-module/index.js');
  assert.strictEqual(typed.kind, 'esm');
  assert.strictEqual(typed.strictMode, true);
  assert.deepStrictEqual(typed.helper, { helper: true, kind: 'function' });
  // Outside such a scope a .js file is CommonJS.
  const plain = await import('./fixtures/esm/plain-commonjs.js');
  assert.strictEqual(plain.default(), 'called');
  assert.strictEqual(plain.extra, 'extra');
})();
