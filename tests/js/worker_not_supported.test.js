// new Worker() fails with an error that says nari does not support it yet.
'use strict';
const assert = require('assert');
const { Worker, isMainThread } = require('worker_threads');
assert.strictEqual(isMainThread, true);
if (process.versions.nari) {
  assert.throws(() => new Worker('console.log(1)', { eval: true }), (err) => {
    assert.match(err.message, /not supported by nari yet/);
    return true;
  });
}
