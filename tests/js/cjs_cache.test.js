// require.cache: modules are cached by resolved filename; deleting the entry
// makes the next require evaluate the file again.
'use strict';
const assert = require('assert');
const path = require('path');

const file = path.join(__dirname, 'fixtures', 'cjs', 'cache', 'counter.js');
const first = require('./fixtures/cjs/cache/counter');
assert.strictEqual(first.evaluation, 1);
assert.strictEqual(require('./fixtures/cjs/cache/counter.js'), first);
assert.strictEqual(globalThis.__cacheTestEvaluations, 1);

assert.ok(file in require.cache);
const entry = require.cache[file];
assert.strictEqual(entry.exports, first);
assert.strictEqual(entry.filename, file);
assert.strictEqual(entry.id, file);
assert.strictEqual(entry.loaded, true);
assert.strictEqual(require.cache, require('module')._cache);
assert.ok(__filename in require.cache);

delete require.cache[file];
assert.ok(!(file in require.cache));
const second = require('./fixtures/cjs/cache/counter');
assert.notStrictEqual(second, first);
assert.strictEqual(second.evaluation, 2);
assert.strictEqual(require.cache[file].exports, second);

// Builtins are not in require.cache.
require('path');
assert.ok(!('path' in require.cache));
assert.ok(!('node:path' in require.cache));
