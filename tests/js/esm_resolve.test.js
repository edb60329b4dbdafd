// ESM resolution: packages with "exports" conditions, subpaths and patterns,
// self-reference, "imports" (#…), "main" without "exports"; and its errors.
'use strict';
const assert = require('assert');
const path = require('path');

const fixtures = path.join(__dirname, 'fixtures', 'esm');

// import() from a module in the fixtures (next to their node_modules).
let load;
async function rejects(specifier, code, message) {
  await assert.rejects(load(specifier), (err) => {
    assert.strictEqual(err.code, code, `${specifier}: ${err.code} ${err.message}`);
    if (message) assert.match(err.message, message);
    return true;
  });
}

(async () => {
  ({ load } = await import('./fixtures/esm/importer.mjs'));
  const { results } = await import('./fixtures/esm/packages.mjs');
  // "import" wins over "require" under "node"; imports and self-reference.
  assert.strictEqual(results.esmPkg.condition, 'import');
  assert.strictEqual(results.esmPkg.internal, 'internal');
  assert.strictEqual(results.esmPkg.feature, 'feature');
  assert.strictEqual(results.one, 'one');
  assert.deepStrictEqual(results.legacy, { legacy: true });
  assert.strictEqual(results.sugar, 'sugar esm');

  const scoped = await import('./fixtures/esm/imports-scope/user.mjs');
  assert.deepStrictEqual(scoped.results, {
    dep: 'imports dep', join: path.join, pattern: 'x', conditional: 'imports dep',
  });

  // Errors.
  const parent = path.join(fixtures, 'importer.mjs');
  await rejects('./nope.mjs', 'ERR_MODULE_NOT_FOUND',
    new RegExp(`^Cannot find module '${path.join(fixtures, 'nope.mjs')}' imported from ${parent}$`));
  // No extension search and no directory index for ES modules.
  await rejects('./dep', 'ERR_MODULE_NOT_FOUND');
  await rejects('./type-module', 'ERR_UNSUPPORTED_DIR_IMPORT', /^Directory import '.*type-module' is not supported/);
  await rejects('no-such-package-anywhere', 'ERR_MODULE_NOT_FOUND',
    new RegExp(`^Cannot find package 'no-such-package-anywhere' imported from ${parent}$`));
  await rejects('esm-pkg/lib/feature.js', 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    /^Package subpath '\.\/lib\/feature\.js' is not defined by "exports" in .*esm-pkg[/]package\.json imported from /);
  await rejects('esm-pkg/sub/private/secret', 'ERR_PACKAGE_PATH_NOT_EXPORTED');
  await rejects('#nothing', 'ERR_PACKAGE_IMPORT_NOT_DEFINED');
  await rejects('node:no-such-builtin', 'ERR_UNKNOWN_BUILTIN_MODULE');
  await rejects('https://example.com/x.mjs', 'ERR_UNSUPPORTED_ESM_URL_SCHEME');
  // A .node file cannot be imported (createRequire is the way).
  await rejects('../../../../examples/hello/build/hello.node', 'ERR_UNKNOWN_FILE_EXTENSION',
    /^Unknown file extension "\.node" for /);
  // Resolution from a module: its own folder.
  await assert.rejects(import('./fixtures/esm/missing-import.mjs'), (err) => {
    assert.strictEqual(err.code, 'ERR_MODULE_NOT_FOUND');
    assert.ok(err.message.includes(`'${path.join(fixtures, 'does-not-exist.mjs')}' imported from ${path.join(fixtures, 'missing-import.mjs')}`), err.message);
    return true;
  });
})();
