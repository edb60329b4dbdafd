// Errors in ES modules reach the importer: syntax errors, a missing named
// export, an exception while evaluating (the same one on each import), and
// import() keeps the importer's synchronous code first.
'use strict';
const assert = require('assert');

const order = [];

(async () => {
  await assert.rejects(import('./fixtures/esm/syntax-error.mjs'), (err) => {
    assert.ok(err instanceof SyntaxError);
    assert.match(err.message, /Unexpected token/);
    return true;
  });
  await assert.rejects(import('./fixtures/esm/missing-export.mjs'), (err) => {
    assert.ok(err instanceof SyntaxError);
    assert.match(err.message, /does not provide an export named 'nope'/);
    return true;
  });
  // The module that failed to link can still be imported by itself.
  assert.strictEqual((await import('./fixtures/esm/dep.mjs')).value, 21);

  let first;
  await assert.rejects(import('./fixtures/esm/throws.mjs'), (err) => {
    first = err;
    assert.strictEqual(err.message, 'thrown while evaluating');
    assert.match(err.stack, /throws\.mjs:2/);
    return true;
  });
  await assert.rejects(import('./fixtures/esm/throws.mjs'), (err) => err === first);

  // import() from CommonJS: the module loads after the current code.
  const pending = import('./fixtures/esm/dep.mjs').then(() => order.push('imported'));
  order.push('sync');
  await pending;
  assert.deepStrictEqual(order, ['sync', 'imported']);

  // The specifier is converted to a string; a rejected promise, never a throw.
  const p = import({ toString: () => './fixtures/esm/dep.mjs' });
  assert.ok(p instanceof Promise);
  assert.strictEqual((await p).value, 21);
  const bad = import('');
  assert.ok(bad instanceof Promise);
  await assert.rejects(bad);
})();
