// JSON modules need a `type: 'json'` import assertion, which no other module
// may carry (Node 20 rules; V8 10.2 knows `assert`, not yet `with`).
'use strict';
const assert = require('assert');

async function rejects(promise, code) {
  await assert.rejects(promise, (err) => {
    assert.ok(err instanceof TypeError);
    assert.strictEqual(err.code, code);
    return true;
  });
}

(async () => {
  const { data } = await import('./fixtures/esm/json-user.mjs');
  assert.deepStrictEqual(data, { name: 'data', list: [1, 2] });
  const ns = await import('./fixtures/esm/data.json', { assert: { type: 'json' } });
  assert.strictEqual(ns.default, data);
  assert.deepStrictEqual(Object.keys(ns), ['default']);
  await rejects(import('./fixtures/esm/data.json'), 'ERR_IMPORT_ASSERTION_TYPE_MISSING');
  await rejects(import('./fixtures/esm/dep.mjs', { assert: { type: 'json' } }), 'ERR_IMPORT_ASSERTION_TYPE_FAILED');
  await rejects(import('./fixtures/esm/data.json', { assert: { type: 'css' } }), 'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED');
})();
