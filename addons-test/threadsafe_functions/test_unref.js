'use strict';
// A ref'd threadsafe function keeps the process alive; unref'd, it does not
// (this test would never end otherwise: nothing releases it). It is
// finalized at teardown.
const assert = require('assert');
const a = require('./build/threadsafe_functions.node');
const ok = 0;

a.mainThread(0);
assert.strictEqual(a.refMain(false), ok);
assert.strictEqual(a.refMain(false), ok); // twice is fine
assert.strictEqual(a.refMain(true), ok);
assert.strictEqual(a.refMain(false), ok);
process.on('exit', () => console.log('threadsafe function unref: ok'));
