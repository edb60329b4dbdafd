// require.resolve and the MODULE_NOT_FOUND error.
'use strict';
const assert = require('assert');
const path = require('path');

const fixtures = path.join(__dirname, 'fixtures', 'cjs');

assert.strictEqual(require.resolve('./fixtures/cjs/plain'), path.join(fixtures, 'plain.js'));
assert.strictEqual(require.resolve('./fixtures/cjs/data'), path.join(fixtures, 'data.json'));
assert.strictEqual(require.resolve('./fixtures/cjs/dir-index'), path.join(fixtures, 'dir-index', 'index.js'));
assert.strictEqual(require.resolve('./fixtures/cjs/dir-main'), path.join(fixtures, 'dir-main', 'lib', 'entry.js'));
assert.strictEqual(require.resolve(path.join(fixtures, 'plain.js')), path.join(fixtures, 'plain.js'));
assert.strictEqual(require.resolve('path'), 'path');
assert.strictEqual(require.resolve('node:path'), 'node:path');
// resolve does not load.
assert.ok(!(path.join(fixtures, 'nested', 'sibling.js') in require.cache));
require.resolve('./fixtures/cjs/nested/sibling');
assert.ok(!(path.join(fixtures, 'nested', 'sibling.js') in require.cache));

assert.ok(Array.isArray(require.resolve.paths('anything')));
assert.strictEqual(require.resolve.paths('anything')[0], path.join(__dirname, 'node_modules'));
assert.strictEqual(require.resolve.paths('path'), null);

function expectNotFound(fn, request) {
  let caught;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof Error, `expected an Error for ${request}`);
  assert.strictEqual(caught.code, 'MODULE_NOT_FOUND');
  assert.ok(caught.message.startsWith(`Cannot find module '${request}'`), caught.message);
  assert.ok(Array.isArray(caught.requireStack));
  assert.strictEqual(caught.requireStack[0], __filename);
}

expectNotFound(() => require.resolve('./fixtures/cjs/missing'), './fixtures/cjs/missing');
expectNotFound(() => require('./fixtures/cjs/missing'), './fixtures/cjs/missing');
expectNotFound(() => require('definitely-not-installed-pkg'), 'definitely-not-installed-pkg');
expectNotFound(() => require.resolve('./fixtures/cjs/plain.js/'), './fixtures/cjs/plain.js/');
// A failed require leaves nothing in the cache.
assert.ok(!Object.keys(require.cache).some((k) => k.includes('missing')));

assert.throws(() => require(42), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => require(''), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
