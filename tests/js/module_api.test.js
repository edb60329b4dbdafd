// require('module'): builtinModules, isBuiltin, createRequire (path, file URL
// string, URL object), require.main, module.paths, _nodeModulePaths.
'use strict';
const assert = require('assert');
const path = require('path');
const Module = require('module');
const { pathToFileURL } = require('url');

assert.strictEqual(require('node:module'), Module);
assert.strictEqual(Module.Module, Module);
assert.ok(Array.isArray(Module.builtinModules));
for (const name of ['assert', 'buffer', 'crypto', 'events', 'module', 'path', 'stream', 'string_decoder',
  'url', 'util', 'worker_threads', 'perf_hooks', 'querystring', 'timers']) {
  assert.ok(Module.builtinModules.includes(name), name);
  assert.strictEqual(Module.isBuiltin(name), true, name);
  assert.strictEqual(Module.isBuiltin(`node:${name}`), true, name);
}
assert.ok(!Module.builtinModules.some((n) => n.startsWith('internal/')));
assert.ok(Module.builtinModules.includes('stream/promises'));
assert.strictEqual(Module.isBuiltin('internal/natives'), false);
assert.strictEqual(Module.isBuiltin('nope'), false);
assert.strictEqual(Module.isBuiltin('node:nope'), false);
assert.throws(() => require('internal/natives'), { code: 'MODULE_NOT_FOUND' });

const fixtures = path.join(__dirname, 'fixtures', 'resolution');
for (const from of [path.join(fixtures, 'x.js'), pathToFileURL(path.join(fixtures, 'x.js')),
  pathToFileURL(path.join(fixtures, 'x.js')).href, `${fixtures}/`]) {
  const req = Module.createRequire(from);
  assert.strictEqual(req('exp-string'), 'exp-string/main');
  assert.strictEqual(req.resolve('./selfpkg/util.js'), path.join(fixtures, 'selfpkg', 'util.js'));
  assert.strictEqual(req.main, require.main);
  assert.strictEqual(req.cache, require.cache);
}
assert.throws(() => Module.createRequire('relative/path.js'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => Module.createRequire(42), { code: 'ERR_INVALID_ARG_VALUE' });

// require.main is the entry module, everywhere
assert.strictEqual(require.main, module);
assert.strictEqual(process.mainModule, module);
const child = require('./fixtures/resolution/main-check/child.js');
assert.strictEqual(child.main, module);
assert.strictEqual(child.isMain, false);
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.deepStrictEqual(module.paths, Module._nodeModulePaths(__dirname));
assert.strictEqual(module.paths[0], path.join(__dirname, 'node_modules'));
assert.deepStrictEqual(Module._nodeModulePaths('/a/node_modules/b'), ['/a/node_modules/b/node_modules', '/a/node_modules', '/node_modules']);
assert.deepStrictEqual(Module._nodeModulePaths('/'), ['/node_modules']);

// require.resolve.paths
assert.strictEqual(require.resolve.paths('path'), null);
const lookup = require.resolve.paths('pkg');
assert.deepStrictEqual(lookup.slice(-3), [path.join(process.env.HOME, '.node_modules'),
  path.join(process.env.HOME, '.node_libraries'), path.resolve(process.execPath, '..', '..', 'lib', 'node')]);
assert.strictEqual(require.resolve.paths('./x')[0], __dirname);
assert.strictEqual(require.resolve.paths('pkg')[0], path.join(__dirname, 'node_modules'));

// JSON modules are cached and shared
const a = require('./fixtures/resolution/node_modules/exp-subpath/data.json');
assert.strictEqual(require('./fixtures/resolution/node_modules/exp-subpath/data.json'), a);
assert.deepStrictEqual(a, { answer: 42 });
