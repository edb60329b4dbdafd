'use strict';
// An exception thrown by a `complete` callback is an uncaught exception.
const assert = require('assert');
const a = require('./build/async_work.node');

let caught = null;
process.on('uncaughtException', (err) => { caught = err; });
globalThis.asyncWorkDone = () => assert.fail('not called');
a.queue(1, 1, false, true);
process.on('exit', () => {
  assert.ok(caught instanceof Error);
  assert.strictEqual(caught.message, 'thrown in complete');
  assert.strictEqual(caught.code, 'E_COMPLETE');
  console.log('async work throw: ok');
});
