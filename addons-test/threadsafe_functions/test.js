'use strict';
// Threadsafe functions fed by producer threads: every call is delivered
// exactly once, in order per thread; finalize runs once after the last
// release; abort closes the function for every thread.
const assert = require('assert');
const a = require('./build/threadsafe_functions.node');
const ok = 0, invalid_arg = 1;

// napi_create_threadsafe_function and friends with NULL / wrong arguments.
assert.deepStrictEqual(a.nullArgs(() => {}), [
  invalid_arg, invalid_arg, invalid_arg, invalid_arg, invalid_arg, ok,
  1, // context round trip
  ok, // released
]);
if (process.versions.nari) {
  assert.deepStrictEqual(a.nullHandles(), new Array(6).fill(invalid_arg));
} else {
  console.log('SKIPPED under Node.js (it aborts on a NULL threadsafe function): NULL handle statuses');
}

// Runs one scenario; resolves with the finalize stats and the values seen.
function run(threads, calls, maxQueue, blocking, abortAfter = -1) {
  return new Promise((resolve) => {
    const seen = [];
    globalThis.tsfnFinalized = (stats) => resolve({ stats, seen });
    a.start((value) => seen.push(value), threads, calls, maxQueue, blocking, abortAfter);
  });
}

function checkAllDelivered({ stats, seen }, threads, calls) {
  assert.strictEqual(stats.otherFailures, 0);
  assert.strictEqual(stats.closing, 0);
  assert.strictEqual(stats.delivered, threads * calls);
  assert.strictEqual(seen.length, threads * calls);
  // Per producer, values arrive in the order they were queued.
  const next = new Array(threads).fill(0);
  for (const value of seen) {
    const thread = Math.floor(value / 1e6);
    assert.strictEqual(value % 1e6, next[thread]++);
  }
  assert.deepStrictEqual(next, new Array(threads).fill(calls));
}

async function main() {
  // Unbounded queue, blocking calls.
  checkAllDelivered(await run(4, 1000, 0, true), 4, 1000);
  // A bounded queue of 2: blocking producers wait for room. Node.js 20 and 26
  // hang here with as few as 4 producers (lost wake-up: a known defect).
  if (process.versions.nari || process.env.NARI_RUN_NODE_HANG_REPRO) {
    checkAllDelivered(await run(4, 500, 2, true), 4, 500);
  } else {
    console.log('SKIPPED under Node.js (known defect: lost wake-up hang): 4 blocking producers, queue of 2');
  }
  // Non-blocking on a queue of 1: napi_queue_full, retried until accepted.
  const nonBlocking = await run(2, 300, 1, false);
  checkAllDelivered(nonBlocking, 2, 300);

  // Abort: thread 0 aborts after 50 calls; the other thread then gets
  // napi_closing; queued items not yet called go to call_js_cb with a NULL env.
  const aborted = await run(2, 100000, 4, true, 50);
  assert.strictEqual(aborted.stats.otherFailures, 0);
  assert.ok(aborted.stats.delivered < 200000);
  await new Promise((resolve) => setImmediate(resolve));
  const leftovers = a.leftovers();
  assert.ok(leftovers >= 0 && leftovers <= 4, `leftovers ${leftovers}`);

  // Abort with an unbounded queue (whose items nari hands to the JS thread
  // in batches): what was delivered is, per producer, the values in order
  // with none skipped or repeated; thread 0 delivered at most its 50.
  const abortedUnbounded = await run(2, 100000, 0, true, 50);
  assert.strictEqual(abortedUnbounded.stats.otherFailures, 0);
  const next = [0, 0];
  for (const value of abortedUnbounded.seen) {
    const thread = Math.floor(value / 1e6);
    assert.strictEqual(value % 1e6, next[thread]++);
  }
  assert.ok(next[0] <= 50, `thread 0 delivered ${next[0]}`);
  await new Promise((resolve) => setImmediate(resolve));
  assert.ok(a.leftovers() >= 0);
  console.log('threadsafe functions: ok');
}

main().catch((err) => { console.error(err); process.exit(1); });
