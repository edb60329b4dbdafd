// CommonJS resolution per Node: package.json "exports" (strings, subpaths,
// conditions, patterns, null targets, errors), "imports", self-reference,
// require.resolve with paths, module.paths.
'use strict';
const assert = require('assert');
const path = require('path');
const { createRequire } = require('module');

const root = path.join(__dirname, 'fixtures', 'resolution');
const nm = path.join(root, 'node_modules');
const req = createRequire(path.join(root, 'x.js'));

function ok(request, value, file) {
  assert.deepStrictEqual(req(request), value, request);
  assert.strictEqual(req.resolve(request), file, request);
}
function fails(request, code, message, name = 'Error', r = req) {
  assert.throws(() => r(request), (err) => {
    assert.strictEqual(err.code, code, `${request}: ${err.code} ${err.message}`);
    assert.strictEqual(err.name, name);
    if (message instanceof RegExp) assert.match(err.message, message);
    else if (message !== undefined) assert.strictEqual(err.message, message);
    return true;
  });
}

// exports: a string
ok('exp-string', 'exp-string/main', path.join(nm, 'exp-string', 'main.js'));
const notExported = (pkg, sub) =>
  `Package subpath '${sub}' is not defined by "exports" in ${path.join(nm, pkg, 'package.json')}`;
fails('exp-string/other', 'ERR_PACKAGE_PATH_NOT_EXPORTED', notExported('exp-string', './other'));
fails('exp-string/main.js', 'ERR_PACKAGE_PATH_NOT_EXPORTED', notExported('exp-string', './main.js'));
// A relative path into the package is not subject to "exports".
assert.strictEqual(req('./node_modules/exp-string/other'), 'exp-string/other');

// exports: subpaths and patterns ("main" is ignored)
const sp = path.join(nm, 'exp-subpath');
ok('exp-subpath', 'exp-subpath/index', path.join(sp, 'index.js'));
ok('exp-subpath/feature', 'exp-subpath/feature', path.join(sp, 'lib', 'feature.js'));
ok('exp-subpath/data.json', { answer: 42 }, path.join(sp, 'data.json'));
ok('exp-subpath/lib/a', 'exp-subpath/lib/a', path.join(sp, 'lib', 'a.js'));
ok('exp-subpath/lib/sub/b', 'exp-subpath/lib/sub/b', path.join(sp, 'lib', 'sub', 'b.js'));
ok('exp-subpath/deep/x/file', 'exp-subpath/deep/x/file', path.join(sp, 'deep', 'x', 'file.js'));
assert.strictEqual(req('exp-subpath/package.json').name, 'exp-subpath');
fails('exp-subpath/lib/internal/secret', 'ERR_PACKAGE_PATH_NOT_EXPORTED', notExported('exp-subpath', './lib/internal/secret'));
fails('exp-subpath/private', 'ERR_PACKAGE_PATH_NOT_EXPORTED', notExported('exp-subpath', './private'));
fails('exp-subpath/nope', 'ERR_PACKAGE_PATH_NOT_EXPORTED', notExported('exp-subpath', './nope'));
fails('exp-subpath/./feature', 'ERR_PACKAGE_PATH_NOT_EXPORTED', notExported('exp-subpath', '././feature'));
const spJson = path.join(sp, 'package.json');
fails('exp-subpath/bad', 'ERR_INVALID_PACKAGE_TARGET',
  `Invalid "exports" target "../outside.js" defined for './bad' in the package config ${spJson}; targets must start with "./"`);
fails('exp-subpath/bad-nm', 'ERR_INVALID_PACKAGE_TARGET',
  `Invalid "exports" target "./node_modules/x.js" defined for './bad-nm' in the package config ${spJson}`);
fails('exp-subpath/not-relative', 'ERR_INVALID_PACKAGE_TARGET', /targets must start with "\.\/"$/);
// A target that does not exist: no extensions are tried.
fails('exp-subpath/missing', 'MODULE_NOT_FOUND', `Cannot find module '${path.join(sp, 'missing.js')}'`);

// exports: conditions (require/node/node-addons/default, nested, sugar)
const cond = path.join(nm, 'exp-cond');
ok('exp-cond', 'exp-cond/cjs', path.join(cond, 'cjs.js'));
ok('exp-cond/nested', 'exp-cond/nested-require', path.join(cond, 'nested-require.js'));
ok('exp-cond/fallback', 'exp-cond/default', path.join(cond, 'default.js'));
ok('exp-cond/arr', 'exp-cond/arr', path.join(cond, 'arr.js'));
ok('exp-cond/addons', 'exp-cond/addons', path.join(cond, 'addons.js'));
fails('exp-cond/browser-only', 'ERR_PACKAGE_PATH_NOT_EXPORTED', notExported('exp-cond', './browser-only'));
ok('exp-sugar', 'exp-sugar/r', path.join(nm, 'exp-sugar', 'r.js'));
fails('exp-no-main', 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  `No "exports" main defined in ${path.join(nm, 'exp-no-main', 'package.json')}`);
ok('exp-no-main/sub', 'exp-no-main/sub', path.join(nm, 'exp-no-main', 'sub.js'));
fails('exp-mixed', 'ERR_INVALID_PACKAGE_CONFIG', /^Invalid package config .*exp-mixed\/package\.json\. "exports" cannot contain some keys starting with '\.' and some not/);

// scoped packages, "main" without "exports", "exports": null
ok('@scope/pkg', '@scope/pkg', path.join(nm, '@scope', 'pkg', 'index.js'));
ok('@scope/pkg/x', '@scope/pkg/x', path.join(nm, '@scope', 'pkg', 'x.js'));
fails('@scope/pkg/y', 'ERR_PACKAGE_PATH_NOT_EXPORTED', notExported('@scope/pkg', './y'));
ok('main-only', 'main-only/m', path.join(nm, 'main-only', 'lib', 'm.js'));
ok('main-only/lib/other', 'main-only/other', path.join(nm, 'main-only', 'lib', 'other.js'));
ok('exp-null', 'exp-null/m', path.join(nm, 'exp-null', 'm.js'));
ok('exp-null/deep', 'exp-null/deep', path.join(nm, 'exp-null', 'deep.js'));

// nested node_modules win; module.paths
const outer = req('outer');
assert.strictEqual(outer.inner, 'inner@2');
assert.strictEqual(req('inner'), 'inner@1');
assert.deepStrictEqual(outer.paths.slice(0, 3), [
  path.join(nm, 'outer', 'node_modules'), nm, path.join(root, '..', 'node_modules'),
]);
assert.strictEqual(outer.paths[outer.paths.length - 1], '/node_modules');
assert.deepStrictEqual(module.paths, require('module')._nodeModulePaths(__dirname));

// self-reference and "imports" (only from inside the package)
const self = path.join(root, 'selfpkg');
assert.deepStrictEqual(req('./selfpkg/lib/user.js'), {
  self: 'self-pkg', selfUtil: 'self-pkg/util', internal: 'internal', dep: 'exp-string/main',
  cond: 'cond-node', pat: 'pat/one', ext: 'pat/one', resolveInternal: path.join(self, 'internal.js'),
});
fails('self-pkg', 'MODULE_NOT_FOUND', /^Cannot find module 'self-pkg'\nRequire stack:/);
fails('#internal', 'MODULE_NOT_FOUND', /^Cannot find module '#internal'/);
const inner = createRequire(path.join(self, 'lib', 'x.js'));
const base = path.join(self, 'lib', 'x.js');
const selfJson = path.join(self, 'package.json');
fails('#null', 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
  `Package import specifier "#null" is not defined in package ${selfJson} imported from ${base}`, 'TypeError', inner);
fails('#nope', 'ERR_PACKAGE_IMPORT_NOT_DEFINED', undefined, 'TypeError', inner);
fails('#pat/two', 'MODULE_NOT_FOUND', `Cannot find module '${path.join(self, 'pat', 'two.js')}'`, 'Error', inner);
fails('self-pkg/nope', 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  `Package subpath './nope' is not defined by "exports" in ${selfJson} imported from ${base}`, 'Error', inner);
const noImports = createRequire(path.join(root, 'noimports', 'x.js'));
fails('#x', 'MODULE_NOT_FOUND', /^Cannot find module '#x'/, 'Error', noImports);

// require.resolve with paths
assert.strictEqual(req.resolve('exp-string', { paths: [self] }), path.join(nm, 'exp-string', 'main.js'));
assert.strictEqual(req.resolve('./util', { paths: [self] }), path.join(self, 'util.js'));
assert.strictEqual(req.resolve('./node_modules/exp-string/other', { paths: [root] }), path.join(nm, 'exp-string', 'other.js'));
assert.throws(() => req.resolve('./util', { paths: ['/'] }), { code: 'MODULE_NOT_FOUND' });

// node: prefix
assert.throws(() => require('node:nope'), { code: 'ERR_UNKNOWN_BUILTIN_MODULE', message: 'No such built-in module: node:nope' });
assert.strictEqual(require('node:path'), require('path'));
