// Errors while loading: a syntax error names the file; a module that throws
// is not cached (the next require evaluates it again); a package.json "main"
// that does not exist falls back to index.js with warning DEP0128; an
// invalid package.json is an error naming it.
'use strict';
const assert = require('assert');
const path = require('path');

const dir = path.join(__dirname, 'fixtures', 'cjs', 'errors');

// Syntax error.
{
  const file = path.join(dir, 'syntax-error.js');
  let caught;
  try {
    require('./fixtures/cjs/errors/syntax-error');
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof SyntaxError, String(caught));
  assert.ok(caught.stack.startsWith(file), caught.stack);
  assert.ok(caught.stack.includes(`SyntaxError: ${caught.message}`));
  assert.ok(!(file in require.cache));
}

// A module that throws while loading.
{
  const file = path.join(dir, 'throws.js');
  for (let i = 1; i <= 2; i++) {
    assert.throws(() => require('./fixtures/cjs/errors/throws'), { message: `thrown while loading (${i})` });
    assert.ok(!(file in require.cache));
    assert.strictEqual(globalThis.__throwsEvaluations, i);
  }
}

// package.json "main" missing: index.js, plus a deprecation warning (emitted
// on a later tick).
const warnings = [];
process.on('warning', (w) => warnings.push(w));
assert.strictEqual(require('./fixtures/cjs/errors/main-missing'), 'index despite bad main');
assert.strictEqual(warnings.length, 0);
process.on('exit', () => {
  const dep = warnings.filter((w) => w.code === 'DEP0128');
  assert.ok(dep.length >= 1, JSON.stringify(warnings.map((w) => w.message)));
  assert.strictEqual(dep[0].name, 'DeprecationWarning');
  assert.ok(dep[0].message.startsWith(`Invalid 'main' field in '${path.join(dir, 'main-missing', 'package.json')}' of 'not-there.js'.`));
});

// Invalid package.json.
{
  let caught;
  try {
    require('./fixtures/cjs/errors/bad-package');
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof Error);
  assert.ok(caught.message.includes(path.join(dir, 'bad-package', 'package.json')), caught.message);
}
