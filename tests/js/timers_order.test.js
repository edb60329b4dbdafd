'use strict';
// Ordering of nextTick, microtasks, timers and immediates in the cases Node
// guarantees, and the Timeout / Immediate object API.
const assert = require('assert');

const order = [];
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
queueMicrotask(() => order.push('microtask'));

setTimeout(() => {
  order.push('t10');
  // Inside a timer callback: immediates run before the next timers phase.
  setImmediate(() => order.push('immediate-from-timer'));
  setTimeout(() => {
    order.push('timeout-from-timer');
    // Chained, so that no timing race can interleave them with the above.
    // Timers with the same delay run in creation order, each followed by its ticks.
    setTimeout(() => { order.push('a'); process.nextTick(() => order.push('a-tick')); }, 5);
    setTimeout(() => order.push('b'), 5);
    // Arguments are passed on.
    setTimeout((x, y) => order.push(`args:${x}${y}`), 1, 1, 2);
  }, 0);
  process.nextTick(() => order.push('tick-from-timer'));
  Promise.resolve().then(() => order.push('promise-from-timer'));
}, 10);


let count = 0;
const interval = setInterval(() => {
  count++;
  if (count === 3) clearInterval(interval);
}, 1);

const cancelled = setTimeout(() => order.push('cancelled'), 5);
clearTimeout(cancelled);
const cancelledImmediate = setImmediate(() => order.push('cancelled-immediate'));
clearImmediate(cancelledImmediate);

// An unref'd timer does not keep the process alive.
const unrefd = setTimeout(() => order.push('unrefd'), 1e6);
assert.strictEqual(unrefd.unref(), unrefd);
assert.strictEqual(unrefd.hasRef(), false);
assert.strictEqual(unrefd.ref().hasRef(), true);
unrefd.unref();

// clearTimeout accepts the numeric id.
const byId = setTimeout(() => order.push('by-id'), 5);
clearTimeout(Number(byId));

assert.throws(() => setTimeout('not a function'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => setImmediate(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => queueMicrotask(1), { code: 'ERR_INVALID_ARG_TYPE' });

let beforeExitRuns = 0;
process.on('beforeExit', () => {
  beforeExitRuns++;
  // The first beforeExit may schedule more work; the loop goes on.
  if (beforeExitRuns === 1) setTimeout(() => order.push('after-beforeExit'), 1);
});

process.on('exit', () => {
  assert.deepStrictEqual(order, [
    'tick', 'promise', 'microtask',
    't10', 'tick-from-timer', 'promise-from-timer', 'immediate-from-timer', 'timeout-from-timer',
    'args:12',
    'a', 'a-tick', 'b',
    'after-beforeExit',
  ]);
  assert.strictEqual(count, 3);
  assert.strictEqual(beforeExitRuns, 2);
});
