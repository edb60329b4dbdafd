// The module object: id, filename, loaded, parent, children, require.main.
'use strict';
const assert = require('assert');
const path = require('path');

// The main script.
assert.strictEqual(require.main, module);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.loaded, false);
assert.strictEqual(module.exports, exports);
assert.ok(Array.isArray(module.children));
assert.strictEqual(module.children.length, 0);
assert.ok(Array.isArray(module.paths));
assert.strictEqual(module.paths[0], path.join(__dirname, 'node_modules'));
assert.strictEqual(module.path, __dirname);
assert.strictEqual(process.mainModule, module);
assert.strictEqual(typeof module.require, 'function');

// Builtins do not become children.
require('path');
assert.strictEqual(module.children.length, 0);

const file = path.join(__dirname, 'fixtures', 'cjs', 'module-tree', 'child.js');
const child = require('./fixtures/cjs/module-tree/child');
assert.strictEqual(child.id, file);
assert.strictEqual(child.filename, file);
assert.strictEqual(child.loadedWhileRunning, false);
assert.strictEqual(child.self.loaded, true);
assert.strictEqual(child.parentFilename, __filename);
assert.strictEqual(child.parentLoadedWhileChildRuns, false);
assert.strictEqual(child.isMain, false);
assert.strictEqual(child.mainIsParent, true);
assert.strictEqual(child.self.parent, module);
assert.strictEqual(child.self.path, path.dirname(file));
assert.deepStrictEqual(module.children.map((m) => m.id), [file]);
assert.strictEqual(module.children[0], child.self);
assert.strictEqual(require.cache[file], child.self);

// A second require of a cached module does not add it again.
require('./fixtures/cjs/module-tree/child');
assert.strictEqual(module.children.length, 1);

// module.require resolves relative to that module.
assert.strictEqual(child.self.require('../plain').kind, 'plain');
