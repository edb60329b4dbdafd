// CommonJS loading: .js, .json, directories (index.js, package.json "main"),
// relative requires from nested folders, module.exports vs exports,
// __filename/__dirname, `this` at top level, shebang lines, node: builtins.
'use strict';
const assert = require('assert');
const path = require('path');

const fixtures = path.join(__dirname, 'fixtures', 'cjs');

// .js, with and without the extension; both give the same cached object.
const plain = require('./fixtures/cjs/plain.js');
assert.strictEqual(require('./fixtures/cjs/plain'), plain);
assert.strictEqual(plain.kind, 'plain');
assert.strictEqual(plain.filename, path.join(fixtures, 'plain.js'));
assert.strictEqual(plain.dirname, fixtures);
assert.ok(path.isAbsolute(plain.filename));
assert.strictEqual(plain.thisIsExports, true);
assert.strictEqual(plain.thisIsExportsParam, true);

// The main script's own names.
assert.strictEqual(__filename, path.join(__dirname, 'cjs_load.test.js'));
assert.strictEqual(path.dirname(__filename), __dirname);
assert.strictEqual(this, module.exports);
assert.strictEqual(exports, module.exports);

// .json, with and without the extension.
const data = require('./fixtures/cjs/data.json');
assert.deepStrictEqual(data, { name: 'data', list: [1, 2, 3], nested: { ok: true } });
assert.strictEqual(require('./fixtures/cjs/data'), data);

// Directories.
assert.strictEqual(require('./fixtures/cjs/dir-index'), 'dir-index');
assert.strictEqual(require('./fixtures/cjs/dir-index/'), 'dir-index');
assert.strictEqual(require('./fixtures/cjs/dir-main'), 'dir-main:entry.js');

// Absolute paths.
assert.strictEqual(require(path.join(fixtures, 'plain.js')), plain);
assert.strictEqual(require(path.join(fixtures, 'dir-index')), 'dir-index');

// Relative requires resolve against the requiring file, not the cwd.
const leaf = require('./fixtures/cjs/nested/deep/leaf');
assert.deepStrictEqual(leaf, {
  sibling: 'sibling',
  topKind: 'plain',
  dirname: path.join(fixtures, 'nested', 'deep'),
});

// module.exports replaced vs exports reassigned.
const replaced = require('./fixtures/cjs/replace-exports');
assert.strictEqual(typeof replaced, 'function');
assert.strictEqual(replaced(), 'replaced');
assert.strictEqual(replaced.lost, undefined);
assert.deepStrictEqual(require('./fixtures/cjs/reassign-exports'), { kept: true });

// A shebang line in a required file is ignored.
assert.strictEqual(require('./fixtures/cjs/shebang'), 'shebang ok');

// Builtins: with and without node:, the same object.
assert.strictEqual(require('node:path'), require('path'));
assert.strictEqual(require('node:util'), require('util'));
assert.strictEqual(require('node:assert'), assert);
assert.strictEqual(typeof require('module'), 'function');
assert.strictEqual(require('module').isBuiltin('node:path'), true);
assert.strictEqual(require('module').isBuiltin('path'), true);
assert.strictEqual(require('module').isBuiltin('definitely-not-builtin'), false);
