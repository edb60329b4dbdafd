'use strict';
// Async work: execute runs on a pool thread, complete on the JS thread;
// cancelling a queued item gives napi_cancelled; a running one can't be.
const assert = require('assert');
const a = require('./build/async_work.node');
const ok = 0, invalid_arg = 1, generic_failure = 9;

// Cancelling an item that was never queued: napi_invalid_arg.
assert.deepStrictEqual(a.nullArgs(), [invalid_arg, invalid_arg, invalid_arg, invalid_arg, invalid_arg, invalid_arg,
  ok, invalid_arg, ok]);

// complete calls globalThis.asyncWorkDone(id, status, sum, ranOnMainThread).
const results = [];
const callbacks = new Map();
let nextId = 0;
globalThis.asyncWorkDone = (id, ...rest) => callbacks.get(id)(...rest);
const queue = (n, block, throwInComplete, callback) => {
  callbacks.set(++nextId, callback);
  return a.queue(nextId, n, block, throwInComplete);
};
const done = (label) => (status, sum, onMainThread) => results.push([label, status, sum, onMainThread]);

// Plain items: executed off the JS thread, completed on it, in any order.
for (let i = 0; i < 10; i++) queue(100 + i, false, false, done(`plain${i}`));

// Fill the pool (4 threads by default) with blocked items, queue one more and
// cancel it while it waits; cancelling a running item fails.
const blocked = [];
const waitForBlocked = () => new Promise((resolve) => {
  const poll = () => (a.startedCount() >= 14 ? resolve() : setImmediate(poll));
  poll();
});

(async () => {
  // The plain items finish first (nothing blocks them).
  while (results.length < 10) await new Promise((r) => setImmediate(r));
  for (let i = 0; i < 4; i++) blocked.push(queue(10, true, false, done(`blocked${i}`)));
  const victim = queue(10, false, false, done('victim'));
  await waitForBlocked();
  assert.strictEqual(a.cancel(victim), ok);
  assert.strictEqual(a.cancel(blocked[0]), generic_failure);
  a.release();
})().catch((err) => { console.error(err); process.exit(1); });

let uncaught = null;
process.on('uncaughtException', (err) => { uncaught = err; });

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  const plain = results.filter(([label]) => label.startsWith('plain'));
  assert.strictEqual(plain.length, 10);
  for (const [label, status, sum, onMainThread] of plain) {
    const n = 100 + Number(label.slice(5));
    assert.deepStrictEqual([status, sum, onMainThread], ['ok', (n * (n + 1)) / 2, false]);
  }
  const victim = results.find(([label]) => label === 'victim');
  assert.deepStrictEqual(victim, ['victim', 'cancelled', 0, false]);
  assert.strictEqual(results.filter(([label, status]) => label.startsWith('blocked') && status === 'ok').length, 4);
  assert.ok(uncaught === null);
  console.log('async work: ok');
});
