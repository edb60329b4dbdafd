// Cycles: a requires b requires a; b sees a's exports as they were when a
// required b (a partial object), as in node.
'use strict';
const assert = require('assert');

const a = require('./fixtures/cjs/cycle/a');
const b = require('./fixtures/cjs/cycle/b');
assert.strictEqual(a.done, true);
assert.strictEqual(b.done, true);
assert.deepStrictEqual(b.sawA, { done: false, early: 'a-early', keys: ['done', 'early'] });
assert.deepStrictEqual(a.bSawPartialA, b.sawA);
assert.strictEqual(a.bDoneWhenLoaded, true);
